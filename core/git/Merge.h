#pragma once

#include "core/Error.h"
#include "core/git/Oid.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace cp::git {

class Repository;

// One file both sides changed in ways a 3-way merge cannot combine.
struct MergeConflict
{
    QString path;
    std::optional<Oid> base;   // the blob in the common ancestor, if any
    std::optional<Oid> ours;   // the blob on our side (absent: we deleted it)
    std::optional<Oid> theirs; // the blob on their side (absent: they deleted it)
    QByteArray merged;         // the merged text with <<<<<<< / ======= / >>>>>>> markers
};

// What merging two trees gave: a tree when clean, else the conflicts.
struct MergeResult
{
    std::optional<Oid> tree;
    QList<MergeConflict> conflicts;
    [[nodiscard]] bool isClean() const { return tree.has_value(); }
};

// What merging three versions of one text gave: the text, with <<<<<<< mine /
// ======= / >>>>>>> theirs markers around the places both changed when not clean.
struct TextMergeResult
{
    QByteArray text;
    bool clean = false;
};

// 3-way merges of trees (git_merge_trees) and the questions asked around them.
// Nothing here moves a reference or touches the working tree.
class Merge
{
public:
    // The best common ancestor of two commits; std::nullopt when they share none.
    [[nodiscard]] static Result<std::optional<Oid>> base(const Repository& repo, const Oid& a, const Oid& b);
    // True if `ancestor` is `commit` or one of its ancestors.
    [[nodiscard]] static Result<bool> isAncestor(const Repository& repo, const Oid& ancestor, const Oid& commit);
    // Merges `theirs` into `ours` over `base` (std::nullopt: an empty tree).
    [[nodiscard]] static Result<MergeResult> trees(Repository& repo, const std::optional<Oid>& base, const Oid& ours,
                                                   const Oid& theirs);
    // The same merge with each conflicted path replaced by the content in
    // `resolutions` (every conflict must have one); returns the tree written.
    [[nodiscard]] static Result<Oid> resolve(Repository& repo, const std::optional<Oid>& base, const Oid& ours,
                                             const Oid& theirs, const QHash<QString, QByteArray>& resolutions);
    // Merges the texts `ours` and `theirs` over `base` (git_merge_file), line by line.
    [[nodiscard]] static Result<TextMergeResult> texts(const QByteArray& base, const QByteArray& ours,
                                                       const QByteArray& theirs);
};

} // namespace cp::git
