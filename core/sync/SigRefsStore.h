#pragma once

#include "core/Error.h"
#include "core/crypto/PublicKey.h"
#include "core/git/Oid.h"
#include "core/sync/SignedRefs.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QStringList>
#include <optional>

namespace cp {
class Identity;
namespace git {
class Repository;
}
} // namespace cp

namespace cp::sync {

// Keeps signed refs records in a commons repository (DESIGN §3):
//  - mine as a blob at refs/commonplace/sigrefs;
//  - each peer's as a blob at refs/peers/<pid>/sigrefs, next to the refs it names
//    (refs/peers/<pid>/heads/main, …/notes/reviews), all moved in one transaction,
//    and only when every object the record names is here.
// Works on a repository handle owned by the caller's thread.
class SigRefsStore
{
    Q_DECLARE_TR_FUNCTIONS(SigRefsStore)

public:
    static const QString kOwnRecordRef;
    // The refs a peer publishes: its view and its reviews.
    static const QStringList kPublishedRefs;

    explicit SigRefsStore(git::Repository& repo) : m_repo(repo) {}

    [[nodiscard]] Result<std::optional<SignedRefs>> own() const;
    [[nodiscard]] Result<std::optional<SignedRefs>> peer(const PublicKey& peer) const;
    // Every peer record kept here (a damaged one is skipped with a warning).
    [[nodiscard]] Result<QList<SignedRefs>> peers() const;

    // Where kPublishedRefs point now (those that exist).
    [[nodiscard]] Result<QMap<QString, git::Oid>> publishedRefs() const;
    // When the published refs differ from my record (or I have none), signs a new one
    // with seq one higher than the last (and above `seqFloor`), keeps it and returns it;
    // std::nullopt when nothing moved.
    [[nodiscard]] Result<std::optional<SignedRefs>> updateOwn(const Identity& identity, const git::Oid& commons,
                                                              qint64 now, quint64 seqFloor = 0);

    // The objects `record` names that are not here.
    [[nodiscard]] QList<git::Oid> missingObjects(const SignedRefs& record) const;
    // Keeps a verified peer record and moves that peer's refs to it, in one transaction.
    // Refused (nothing changes) when the record is not newer than the one held, or an
    // object it names is missing or not a commit.
    [[nodiscard]] Status storePeer(const SignedRefs& record);

private:
    [[nodiscard]] Result<std::optional<SignedRefs>> readRecord(const QString& refName) const;

    git::Repository& m_repo;
};

} // namespace cp::sync
