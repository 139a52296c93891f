#include "core/git/LibGit2_p.h"

#include <QCoreApplication>

namespace cp::git {

Commit::Commit(std::unique_ptr<Private> d) : d(std::move(d)) {}
Commit::Commit(Commit&&) noexcept = default;
Commit& Commit::operator=(Commit&&) noexcept = default;
Commit::~Commit() = default;

Oid Commit::id() const
{
    return fromGit(git_commit_id(d->handle.get()));
}

Oid Commit::treeId() const
{
    return fromGit(git_commit_tree_id(d->handle.get()));
}

Result<Tree> Commit::tree() const
{
    git_tree* tree = nullptr;
    if (const int rc = git_commit_tree(&tree, d->handle.get()); rc < 0)
        return fail(lastError(
            rc, QCoreApplication::translate("cp::git::Commit", "Cannot read the tree of commit %1").arg(id().toHex())));
    return Internal::wrap<Tree>(d->state, TreePtr(tree));
}

QList<Oid> Commit::parentIds() const
{
    QList<Oid> ids;
    const unsigned count = git_commit_parentcount(d->handle.get());
    ids.reserve(qsizetype(count));
    for (unsigned i = 0; i < count; ++i)
        ids.append(fromGit(git_commit_parent_id(d->handle.get(), i)));
    return ids;
}

int Commit::parentCount() const
{
    return int(git_commit_parentcount(d->handle.get()));
}

QString Commit::message() const
{
    return QString::fromUtf8(git_commit_message(d->handle.get()));
}

QString Commit::summary() const
{
    const char* summary = git_commit_summary(d->handle.get());
    return summary ? QString::fromUtf8(summary) : QString();
}

Signature Commit::author() const
{
    return fromGit(git_commit_author(d->handle.get()));
}

Signature Commit::committer() const
{
    return fromGit(git_commit_committer(d->handle.get()));
}

QByteArray Commit::rawHeader() const
{
    return QByteArray(git_commit_raw_header(d->handle.get()));
}

Result<std::optional<CommitSignature>> Commit::signature(const QString& field) const
{
    Buffer signature;
    Buffer signedData;
    git_oid id = *git_commit_id(d->handle.get());
    const QByteArray name = field.toUtf8();
    const int rc =
        git_commit_extract_signature(&signature.buf, &signedData.buf, d->state->repo.get(), &id, name.constData());
    if (rc == GIT_ENOTFOUND) {
        git_error_clear();
        return std::optional<CommitSignature>();
    }
    if (rc < 0)
        return fail(
            lastError(rc, QCoreApplication::translate("cp::git::Commit", "Cannot read the signature of commit %1")
                              .arg(fromGit(&id).toHex())));
    return std::optional(CommitSignature{signature.toByteArray(), signedData.toByteArray()});
}

} // namespace cp::git
