#include "core/git/WorkdirStatus.h"

#include "core/git/LibGit2_p.h"

#include <QCoreApplication>
#include <vector>

namespace cp::git {

namespace {
using StatusListPtr = Owned<git_status_list, git_status_list_free>;
}

Result<QList<WorkdirChange>> WorkdirStatus::read(const Repository& repo, const QStringList& pathspecs)
{
    git_repository* raw = Internal::raw(repo);
    if (git_repository_is_bare(raw))
        return QList<WorkdirChange>();

    std::vector<QByteArray> specs;
    specs.reserve(size_t(pathspecs.size()));
    for (const QString& spec : pathspecs)
        specs.push_back(spec.toUtf8());
    std::vector<char*> specPointers;
    for (QByteArray& spec : specs)
        specPointers.push_back(spec.data());

    git_status_options options = GIT_STATUS_OPTIONS_INIT;
    options.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
    options.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS |
                    GIT_STATUS_OPT_EXCLUDE_SUBMODULES | GIT_STATUS_OPT_SORT_CASE_SENSITIVELY;
    options.pathspec.strings = specPointers.data();
    options.pathspec.count = specPointers.size();

    git_status_list* list = nullptr;
    if (const int rc = git_status_list_new(&list, raw, &options); rc < 0)
        return fail(lastError(rc, QCoreApplication::translate("cp::git::WorkdirStatus",
                                                              "Cannot compare the working folder %1 with the last "
                                                              "commit")
                                      .arg(repo.workdir())));
    StatusListPtr owned(list);

    QList<WorkdirChange> changes;
    const size_t count = git_status_list_entrycount(list);
    for (size_t i = 0; i < count; ++i) {
        const git_status_entry* entry = git_status_byindex(list, i);
        const unsigned flags = entry->status;
        const git_diff_delta* delta = entry->index_to_workdir ? entry->index_to_workdir : entry->head_to_index;
        if (!delta)
            continue;
        const char* path = delta->new_file.path ? delta->new_file.path : delta->old_file.path;
        WorkdirChange change;
        change.path = QString::fromUtf8(path);
        if (flags & GIT_STATUS_CONFLICTED) {
            change.kind = WorkdirChange::Kind::Conflicted;
            changes.append(change);
            continue;
        }
        // Through the index: was it in HEAD, and is it on disk now?
        const bool indexNew = flags & GIT_STATUS_INDEX_NEW;
        const bool indexDeleted = flags & GIT_STATUS_INDEX_DELETED;
        const bool workdirNew = flags & GIT_STATUS_WT_NEW;
        const bool workdirDeleted = flags & GIT_STATUS_WT_DELETED;
        const bool inHead = !indexNew && !(workdirNew && !indexDeleted);
        const bool onDisk = !workdirDeleted && !(indexDeleted && !workdirNew);
        if (inHead && onDisk) {
            // Modified on one side or both; staged-then-reverted comes out equal to HEAD.
            const git_diff_delta* staged = entry->head_to_index;
            const git_diff_delta* unstaged = entry->index_to_workdir;
            if (staged && unstaged && git_oid_equal(&staged->old_file.id, &unstaged->new_file.id) &&
                (unstaged->new_file.flags & GIT_DIFF_FLAG_VALID_ID) && staged->old_file.mode == unstaged->new_file.mode)
                continue;
            change.kind = WorkdirChange::Kind::Modified;
        } else if (onDisk) {
            change.kind = WorkdirChange::Kind::Added;
        } else if (inHead) {
            change.kind = WorkdirChange::Kind::Deleted;
        } else {
            continue; // staged as new, then removed from disk: nothing to tell
        }
        changes.append(change);
    }
    return changes;
}

} // namespace cp::git
