#include "core/git/LibGit2_p.h"

#include <QCoreApplication>

namespace cp::git {

namespace {
IndexEntry toEntry(const git_index_entry* e)
{
    return {QString::fromUtf8(e->path), fromGit(&e->id), FileMode(int(e->mode)), GIT_INDEX_ENTRY_STAGE(e)};
}

} // namespace

Index::Index(std::unique_ptr<Private> d) : d(std::move(d)) {}
Index::Index(Index&&) noexcept = default;
Index& Index::operator=(Index&&) noexcept = default;
Index::~Index() = default;

Status Index::read(bool force)
{
    if (const int rc = git_index_read(d->handle.get(), force ? 1 : 0); rc < 0)
        return fail(lastError(rc, QCoreApplication::translate("cp::git::Index", "Cannot read the index")));
    return {};
}

Status Index::write()
{
    if (const int rc = git_index_write(d->handle.get()); rc < 0)
        return fail(lastError(rc, QCoreApplication::translate("cp::git::Index", "Cannot write the index")));
    return {};
}

int Index::entryCount() const
{
    return int(git_index_entrycount(d->handle.get()));
}

QList<IndexEntry> Index::entries() const
{
    QList<IndexEntry> out;
    const size_t count = git_index_entrycount(d->handle.get());
    out.reserve(qsizetype(count));
    for (size_t i = 0; i < count; ++i)
        out.append(toEntry(git_index_get_byindex(d->handle.get(), i)));
    return out;
}

QList<QByteArray> Index::paths(const QByteArray& suffix) const
{
    QList<QByteArray> out;
    const size_t count = git_index_entrycount(d->handle.get());
    out.reserve(qsizetype(count));
    for (size_t i = 0; i < count; ++i) {
        const git_index_entry* e = git_index_get_byindex(d->handle.get(), i);
        if (GIT_INDEX_ENTRY_STAGE(e) != 0)
            continue;
        const QByteArrayView path(e->path);
        if (path.endsWith(suffix))
            out.append(path.toByteArray());
    }
    return out;
}

std::optional<IndexEntry> Index::entry(const QString& path, int stage) const
{
    const git_index_entry* e = git_index_get_bypath(d->handle.get(), path.toUtf8().constData(), stage);
    if (!e) {
        git_error_clear();
        return std::nullopt;
    }
    return toEntry(e);
}

bool Index::hasConflicts() const
{
    return git_index_has_conflicts(d->handle.get()) == 1;
}

Status Index::add(const QString& path, const Oid& id, FileMode mode)
{
    const QByteArray utf8 = path.toUtf8();
    git_index_entry entry{};
    entry.path = utf8.constData();
    entry.mode = std::uint32_t(mode);
    entry.id = toGit(id);
    const QString what = QCoreApplication::translate("cp::git::Index", "Cannot stage %1").arg(path);
    if (auto ok = requireObject(d->state->repo.get(), id, mode, what); !ok)
        return ok;
    if (const int rc = git_index_add(d->handle.get(), &entry); rc < 0)
        return fail(lastError(rc, QCoreApplication::translate("cp::git::Index", "Cannot stage %1").arg(path)));
    return {};
}

Status Index::addFromWorkdir(const QString& path)
{
    if (const int rc = git_index_add_bypath(d->handle.get(), path.toUtf8().constData()); rc < 0)
        return fail(lastError(rc, QCoreApplication::translate("cp::git::Index", "Cannot stage %1").arg(path)));
    return {};
}

Status Index::remove(const QString& path)
{
    if (const int rc = git_index_remove(d->handle.get(), path.toUtf8().constData(), 0); rc < 0)
        return fail(lastError(rc, QCoreApplication::translate("cp::git::Index", "Cannot unstage %1").arg(path)));
    return {};
}

Status Index::readTree(const Tree& tree)
{
    if (const int rc = git_index_read_tree(d->handle.get(), Internal::raw(tree)); rc < 0)
        return fail(lastError(rc, QCoreApplication::translate("cp::git::Index", "Cannot load tree %1 into the index")
                                      .arg(tree.id().toHex())));
    return {};
}

Result<Oid> Index::writeTree()
{
    git_oid id;
    if (const int rc = git_index_write_tree(&id, d->handle.get()); rc < 0)
        return fail(lastError(rc, QCoreApplication::translate("cp::git::Index", "Cannot write the staged tree")));
    return fromGit(&id);
}

} // namespace cp::git
