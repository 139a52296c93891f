#pragma once

#include "core/Error.h"
#include "core/git/Oid.h"
#include "core/git/Tree.h"

#include <QList>
#include <QString>
#include <optional>

namespace cp::git {

class Repository;

// One file that differs between two trees. Folders never appear: a folder that
// came or went shows as each file under it.
struct TreeChange
{
    enum class Kind {
        Added,
        Modified,
        Deleted,
    };
    Kind kind = Kind::Modified;
    QString path;                   // '/'-separated, from the root of the trees
    Oid oldId;                      // null for Added
    Oid newId;                      // null for Deleted
    FileMode mode = FileMode::Blob; // the new mode (the old one for Deleted)
};

// Which files differ between two trees, by object id only: file contents are never
// read, and folders whose tree ids match are skipped whole, so a diff of two
// commits that touch one page costs a few tree lookups whatever the commons' size.
class TreeDiff
{
public:
    // The changes that turn `oldTree` into `newTree`; with no old tree, every file of
    // `newTree` as Added (a listing of the whole tree). A file whose kind changed
    // (file to link, file to folder) is one Deleted and one Added.
    [[nodiscard]] static Result<QList<TreeChange>> between(const Repository& repo, const std::optional<Oid>& oldTree,
                                                           const Oid& newTree);
};

} // namespace cp::git
