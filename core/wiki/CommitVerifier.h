#pragma once

#include "core/Error.h"
#include "core/git/Oid.h"
#include "core/wiki/CommitVerification.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>

namespace cp {

namespace git {
class Commit;
class Repository;
} // namespace git

// Checks the SSH signatures in commits' gpgsig headers against the content they
// sign (git_commit_extract_signature, then SshSignature): verified with the
// signer's key, unsigned, or bad. The signer's key travels in the signature, so
// no list of known keys is needed to say who signed; whether to trust that peer
// is the caller's decision.
//
// Keeps a reference to `repo` (use it on the repository's thread) and remembers
// every answer by commit id, since a commit never changes.
class CommitVerifier
{
    Q_DECLARE_TR_FUNCTIONS(CommitVerifier)

public:
    explicit CommitVerifier(const git::Repository& repo);

    // Fails only when the commit cannot be read (not there, damaged repository).
    [[nodiscard]] Result<CommitVerification> verify(const git::Oid& commit);
    [[nodiscard]] Result<CommitVerification> verify(const git::Commit& commit);

    // The verdict on `signature` (a gpgsig header's value, empty for none) over
    // `signedData` (the commit object without that header). Author and committer
    // keys are left empty.
    [[nodiscard]] static CommitVerification check(QByteArrayView signature, QByteArrayView signedData);

    [[nodiscard]] qsizetype cachedCount() const { return m_cache.size(); }
    void clearCache() { m_cache.clear(); }

private:
    const git::Repository& m_repo;
    QHash<git::Oid, CommitVerification> m_cache;
};

} // namespace cp
