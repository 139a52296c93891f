#pragma once

#include "core/wiki/PageDiff.h"

#include <QCoreApplication>
#include <QList>
#include <QPalette>
#include <QString>

namespace cp {

// A change's page diffs as HTML for the review panel: "rendered" shows every
// changed page's lines with removed ones struck through on a red tint and added
// ones on a green tint; "source" shows the plain `diff -u` text.
class ReviewDiffHtml
{
    Q_DECLARE_TR_FUNCTIONS(ReviewDiffHtml)

public:
    [[nodiscard]] static QString rendered(const QList<PageDiff>& diffs, const QPalette& palette);
    [[nodiscard]] static QString source(const QList<PageDiff>& diffs);
};

} // namespace cp
