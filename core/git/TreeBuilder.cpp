#include "core/git/LibGit2_p.h"

#include <QCoreApplication>

namespace cp::git {

TreeBuilder::TreeBuilder(std::unique_ptr<Private> d) : d(std::move(d)) {}
TreeBuilder::TreeBuilder(TreeBuilder&&) noexcept = default;
TreeBuilder& TreeBuilder::operator=(TreeBuilder&&) noexcept = default;
TreeBuilder::~TreeBuilder() = default;

Status TreeBuilder::insert(const QString& name, const Oid& id, FileMode mode)
{
    const git_oid oid = toGit(id);
    if (auto ok =
            requireObject(d->state->repo.get(), id, mode,
                          QCoreApplication::translate("cp::git::TreeBuilder", "Cannot add “%1” to a tree").arg(name));
        !ok)
        return ok;
    if (const int rc = git_treebuilder_insert(nullptr, d->handle.get(), name.toUtf8().constData(), &oid,
                                              git_filemode_t(int(mode)));
        rc < 0)
        return fail(
            lastError(rc, QCoreApplication::translate("cp::git::TreeBuilder", "Cannot add “%1” to a tree").arg(name)));
    return {};
}

Status TreeBuilder::remove(const QString& name)
{
    if (const int rc = git_treebuilder_remove(d->handle.get(), name.toUtf8().constData()); rc < 0)
        return fail(lastError(
            rc, QCoreApplication::translate("cp::git::TreeBuilder", "Cannot remove “%1” from a tree").arg(name)));
    return {};
}

int TreeBuilder::entryCount() const
{
    return int(git_treebuilder_entrycount(d->handle.get()));
}

Result<Oid> TreeBuilder::write()
{
    git_oid id;
    if (const int rc = git_treebuilder_write(&id, d->handle.get()); rc < 0)
        return fail(lastError(rc, QCoreApplication::translate("cp::git::TreeBuilder", "Cannot write a tree")));
    return fromGit(&id);
}

} // namespace cp::git
