#include "core/git/LibGit2_p.h"

#include <QCoreApplication>
#include <cstring>

namespace cp::git {

void ensureLibGit2()
{
    // libgit2 is initialised once and left initialised until the process ends:
    // shutting it down from a static destructor would race handles still alive.
    static const int initialised = [] {
        const int count = git_libgit2_init();
        // Strict object creation makes every tree entry written (also by
        // git_index_write_tree) read its object's header from disk first: with
        // 10,000 loose blobs, a quarter of a second per commit. Index::add and
        // TreeBuilder::insert check the one object they are given instead.
        git_libgit2_opts(GIT_OPT_ENABLE_STRICT_OBJECT_CREATION, 0);
        // Like git, do not hash every object again each time it is read: reading the
        // 40,000 trees of a 20,000-commit history takes 7.7 s with it, 3.1 s without.
        // Objects from peers are hashed once, as they arrive (IncomingPack's indexer).
        git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
        return count;
    }();
    Q_UNUSED(initialised);
}

Error lastError(int code, const QString& what)
{
    const git_error* e = git_error_last();
    QString detail = e && e->message ? QString::fromUtf8(e->message) : QString();
    const int klass = e ? e->klass : GIT_ERROR_NONE;
    git_error_clear();
    if (detail.isEmpty())
        detail = QCoreApplication::translate("cp::git", "libgit2 error %1").arg(code);
    const QString message = what + QStringLiteral(": ") + detail;

    switch (code) {
    case GIT_ENOTFOUND:
        return Error::notFound(message);
    case GIT_EEXISTS:
    case GIT_EMODIFIED:
    case GIT_ELOCKED:
    case GIT_ECONFLICT:
    case GIT_EMERGECONFLICT:
    case GIT_EUNMERGED:
        return Error::conflict(message);
    case GIT_EINVALIDSPEC:
    case GIT_EAMBIGUOUS:
        return Error::user(message);
    default:
        break;
    }
    if (klass == GIT_ERROR_OS || klass == GIT_ERROR_FILESYSTEM)
        return Error::io(message);
    return Error::internal(message);
}

Status requireObject(git_repository* repo, const Oid& id, FileMode mode, const QString& what)
{
    if (mode == FileMode::Commit)
        return {};
    git_odb* odb = nullptr;
    if (const int rc = git_repository_odb(&odb, repo); rc < 0)
        return fail(lastError(rc, what));
    OdbPtr owned(odb);
    const git_oid oid = toGit(id);
    if (git_odb_exists(odb, &oid) != 1)
        return fail(Error::notFound(
            what + QStringLiteral(": ") +
            QCoreApplication::translate("cp::git", "object %1 is not in the repository").arg(id.toHex())));
    return {};
}

git_oid toGit(const Oid& oid)
{
    git_oid out;
    std::memcpy(out.id, oid.bytes().data(), Oid::RawSize);
    return out;
}

Oid fromGit(const git_oid* oid)
{
    // fromRaw cannot fail on exactly RawSize bytes.
    return *Oid::fromRaw(QByteArray(reinterpret_cast<const char*>(oid->id), Oid::RawSize));
}

Signature fromGit(const git_signature* sig)
{
    Signature out;
    out.name = QString::fromUtf8(sig->name);
    out.email = QString::fromUtf8(sig->email);
    out.when = QDateTime::fromSecsSinceEpoch(sig->when.time, Qt::OffsetFromUTC, sig->when.offset * 60);
    return out;
}

Result<SignaturePtr> toGit(const Signature& sig)
{
    git_signature* out = nullptr;
    const QByteArray name = sig.name.toUtf8();
    const QByteArray email = sig.email.toUtf8();
    const QDateTime when = sig.when.isValid() ? sig.when : QDateTime::currentDateTime();
    const int offsetMinutes = when.offsetFromUtc() / 60;
    if (const int rc =
            git_signature_new(&out, name.constData(), email.constData(), when.toSecsSinceEpoch(), offsetMinutes);
        rc < 0)
        return fail(lastError(
            rc,
            QCoreApplication::translate("cp::git", "Invalid author or committer “%1 <%2>”").arg(sig.name, sig.email)));
    return SignaturePtr(out);
}

Repository Internal::wrapRepository(std::shared_ptr<RepositoryState> state)
{
    auto d = std::make_unique<Repository::Private>();
    d->state = std::move(state);
    return Repository(std::move(d));
}

} // namespace cp::git
