#include "core/git/LibGit2_p.h"

#include <QCoreApplication>

namespace cp::git {

namespace {
TreeEntry toEntry(const git_tree_entry* e, const QString& name)
{
    return {name, fromGit(git_tree_entry_id(e)), FileMode(int(git_tree_entry_filemode(e)))};
}
} // namespace

Tree::Tree(std::unique_ptr<Private> d) : d(std::move(d)) {}
Tree::Tree(Tree&&) noexcept = default;
Tree& Tree::operator=(Tree&&) noexcept = default;
Tree::~Tree() = default;

Oid Tree::id() const
{
    return fromGit(git_tree_id(d->handle.get()));
}

int Tree::entryCount() const
{
    return int(git_tree_entrycount(d->handle.get()));
}

QList<TreeEntry> Tree::entries() const
{
    QList<TreeEntry> out;
    const size_t count = git_tree_entrycount(d->handle.get());
    out.reserve(qsizetype(count));
    for (size_t i = 0; i < count; ++i) {
        const git_tree_entry* e = git_tree_entry_byindex(d->handle.get(), i);
        out.append(toEntry(e, QString::fromUtf8(git_tree_entry_name(e))));
    }
    return out;
}

Result<std::optional<TreeEntry>> Tree::entryByPath(const QString& path) const
{
    git_tree_entry* entry = nullptr;
    const int rc = git_tree_entry_bypath(&entry, d->handle.get(), path.toUtf8().constData());
    if (rc == GIT_ENOTFOUND) {
        git_error_clear();
        return std::optional<TreeEntry>();
    }
    if (rc < 0)
        return fail(lastError(rc, QCoreApplication::translate("cp::git::Tree", "Cannot look up %1").arg(path)));
    TreeEntryPtr owned(entry);
    return std::optional(toEntry(entry, path));
}

} // namespace cp::git
