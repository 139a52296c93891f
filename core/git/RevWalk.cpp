#include "core/git/LibGit2_p.h"

#include <QCoreApplication>

namespace cp::git {

RevWalk::RevWalk(std::unique_ptr<Private> d) : d(std::move(d)) {}
RevWalk::RevWalk(RevWalk&&) noexcept = default;
RevWalk& RevWalk::operator=(RevWalk&&) noexcept = default;
RevWalk::~RevWalk() = default;

void RevWalk::setSorting(unsigned sort)
{
    unsigned mode = GIT_SORT_NONE;
    if (sort & Topological)
        mode |= GIT_SORT_TOPOLOGICAL;
    if (sort & Time)
        mode |= GIT_SORT_TIME;
    if (sort & Reverse)
        mode |= GIT_SORT_REVERSE;
    git_revwalk_sorting(d->handle.get(), mode);
}

void RevWalk::setFirstParentOnly()
{
    git_revwalk_simplify_first_parent(d->handle.get());
}

Status RevWalk::push(const Oid& commit)
{
    const git_oid id = toGit(commit);
    if (const int rc = git_revwalk_push(d->handle.get(), &id); rc < 0)
        return fail(lastError(
            rc, QCoreApplication::translate("cp::git::RevWalk", "Cannot walk from commit %1").arg(commit.toHex())));
    return {};
}

Status RevWalk::pushReference(const QString& refName)
{
    if (const int rc = git_revwalk_push_ref(d->handle.get(), refName.toUtf8().constData()); rc < 0)
        return fail(lastError(rc, QCoreApplication::translate("cp::git::RevWalk", "Cannot walk from %1").arg(refName)));
    return {};
}

Status RevWalk::hide(const Oid& commit)
{
    const git_oid id = toGit(commit);
    if (const int rc = git_revwalk_hide(d->handle.get(), &id); rc < 0)
        return fail(lastError(
            rc,
            QCoreApplication::translate("cp::git::RevWalk", "Cannot stop the walk at commit %1").arg(commit.toHex())));
    return {};
}

Result<std::optional<Oid>> RevWalk::next()
{
    git_oid id;
    const int rc = git_revwalk_next(&id, d->handle.get());
    if (rc == GIT_ITEROVER) {
        git_error_clear();
        return std::optional<Oid>();
    }
    if (rc < 0)
        return fail(lastError(rc, QCoreApplication::translate("cp::git::RevWalk", "Cannot walk the history")));
    return std::optional(fromGit(&id));
}

void RevWalk::reset()
{
    git_revwalk_reset(d->handle.get());
}

} // namespace cp::git
