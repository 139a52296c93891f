#pragma once

#include "core/Error.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace cp::git {

// What a tree from a peer may hold before anything can check it out (DESIGN §6):
// plain files (100644, 100755) and folders (040000) with ordinary names. Refused:
// symlinks (120000), gitlinks (160000) and any other mode; names that are empty,
// "." or "..", ".git" in any case or with trailing dots or spaces (and its short
// form "git~1"), or that contain '/', '\\' or NUL. Entries must also be in git's
// order without repeats, as `git fsck` demands.
class EntrySafety
{
    Q_DECLARE_TR_FUNCTIONS(EntrySafety)

public:
    [[nodiscard]] static Status checkEntry(QByteArrayView name, int mode);
    // True if `next` may follow `previous` in a tree (git orders a folder as if its
    // name ended with '/'); false for a repeated name.
    [[nodiscard]] static bool inOrder(QByteArrayView previous, bool previousIsTree, QByteArrayView next,
                                      bool nextIsTree);
};

} // namespace cp::git
