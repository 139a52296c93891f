#pragma once

#include "core/wiki/TextDiff.h"

#include <QString>

namespace cp {

// One file's part of a diff view: what it is, what the two sides are, and the diff.
struct DiffSection
{
    QString title;     // the page's title (or the file's path)
    QString fromLabel; // e.g. "Welcome.md @ 1a2b3c4d5e"
    QString toLabel;
    bool fromExists = true; // false: the page was added
    bool toExists = true;   // false: the page was deleted
    TextDiff diff;
};

} // namespace cp
