#include "core/wiki/CommitVerifier.h"

#include "core/crypto/SshSignature.h"
#include "core/git/Commit.h"
#include "core/git/Repository.h"
#include "core/wiki/PeerEmail.h"

namespace cp {

namespace {

// Signatures git can carry that are not SSH ones: named, so that the reason says
// what was found instead of calling it malformed.
QString foreignKind(QByteArrayView signature)
{
    const QByteArrayView text = signature.trimmed();
    if (text.startsWith("-----BEGIN PGP SIGNATURE-----"))
        return QStringLiteral("OpenPGP");
    if (text.startsWith("-----BEGIN SIGNED MESSAGE-----"))
        return QStringLiteral("X.509");
    return {};
}

} // namespace

CommitVerifier::CommitVerifier(const git::Repository& repo) : m_repo(repo) {}

CommitVerification CommitVerifier::check(QByteArrayView signature, QByteArrayView signedData)
{
    CommitVerification result;
    if (signature.isEmpty())
        return result; // Unsigned
    result.state = CommitVerification::State::Bad;
    if (const QString kind = foreignKind(signature); !kind.isEmpty()) {
        result.reason = tr("the commit carries an %1 signature; Commonplace checks SSH signatures only").arg(kind);
        return result;
    }
    auto parsed = SshSignature::parse(signature);
    if (!parsed) {
        result.reason = parsed.error().message;
        return result;
    }
    result.signer = parsed->signer();
    if (auto checked = parsed->check(signedData, QStringLiteral("git")); !checked) {
        result.reason = checked.error().message;
        return result;
    }
    result.state = CommitVerification::State::Verified;
    return result;
}

Result<CommitVerification> CommitVerifier::verify(const git::Oid& commit)
{
    if (auto cached = m_cache.constFind(commit); cached != m_cache.cend())
        return *cached;
    auto found = m_repo.lookupCommit(commit);
    if (!found)
        return fail(found.error());
    return verify(*found);
}

Result<CommitVerification> CommitVerifier::verify(const git::Commit& commit)
{
    const git::Oid id = commit.id();
    if (auto cached = m_cache.constFind(id); cached != m_cache.cend())
        return *cached;
    auto signature = commit.signature();
    if (!signature)
        return fail(signature.error());
    CommitVerification result =
        *signature ? check((*signature)->signature, (*signature)->signedData) : CommitVerification{};
    result.authorKey = PeerEmail::keyIn(commit.author().email);
    result.committerKey = PeerEmail::keyIn(commit.committer().email);
    m_cache.insert(id, result);
    return result;
}

} // namespace cp
