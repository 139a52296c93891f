#include "core/git/TreeDiff.h"

#include "core/git/LibGit2_p.h"

#include <QCoreApplication>

namespace cp::git {

namespace {

using DiffPtr = Owned<git_diff, git_diff_free>;

Result<TreePtr> lookup(git_repository* repo, const Oid& id)
{
    git_tree* tree = nullptr;
    const git_oid oid = toGit(id);
    if (const int rc = git_tree_lookup(&tree, repo, &oid); rc < 0)
        return fail(lastError(
            rc, QCoreApplication::translate("cp::git::TreeDiff", "Cannot find folder tree %1").arg(id.toHex())));
    return TreePtr(tree);
}

} // namespace

Result<QList<TreeChange>> TreeDiff::between(const Repository& repo, const std::optional<Oid>& oldTree,
                                            const Oid& newTree)
{
    git_repository* raw = Internal::raw(repo);
    TreePtr before;
    if (oldTree) {
        auto tree = lookup(raw, *oldTree);
        if (!tree)
            return fail(tree.error());
        before = std::move(*tree);
    }
    auto after = lookup(raw, newTree);
    if (!after)
        return fail(after.error());

    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    // Names and ids only: no content is loaded, no binary detection is done.
    options.flags = GIT_DIFF_SKIP_BINARY_CHECK;
    git_diff* diff = nullptr;
    if (const int rc = git_diff_tree_to_tree(&diff, raw, before.get(), after->get(), &options); rc < 0)
        return fail(lastError(rc, QCoreApplication::translate("cp::git::TreeDiff", "Cannot compare two versions of the "
                                                                                   "commons")));
    DiffPtr owned(diff);

    QList<TreeChange> changes;
    const size_t count = git_diff_num_deltas(diff);
    changes.reserve(qsizetype(count));
    for (size_t i = 0; i < count; ++i) {
        const git_diff_delta* delta = git_diff_get_delta(diff, i);
        TreeChange change;
        switch (delta->status) {
        case GIT_DELTA_ADDED:
            change.kind = TreeChange::Kind::Added;
            break;
        case GIT_DELTA_DELETED:
            change.kind = TreeChange::Kind::Deleted;
            break;
        case GIT_DELTA_MODIFIED:
            change.kind = TreeChange::Kind::Modified;
            break;
        default:
            continue; // tree-to-tree diffs without rename detection give nothing else
        }
        const bool gone = change.kind == TreeChange::Kind::Deleted;
        const git_diff_file& file = gone ? delta->old_file : delta->new_file;
        change.path = QString::fromUtf8(file.path);
        change.mode = FileMode(int(file.mode));
        if (change.kind != TreeChange::Kind::Added)
            change.oldId = fromGit(&delta->old_file.id);
        if (!gone)
            change.newId = fromGit(&delta->new_file.id);
        changes.append(std::move(change));
    }
    return changes;
}

} // namespace cp::git
