#pragma once

#include "core/Error.h"
#include "core/crypto/PublicKey.h"
#include "core/git/IncomingPack.h"
#include "core/git/Oid.h"
#include "core/sync/SignedRefs.h"
#include "core/sync/SyncOptions.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QSet>
#include <memory>
#include <optional>

namespace cp {
class Identity;
namespace git {
class Repository;
}
} // namespace cp

namespace cp::sync {

// One commons as sync sees it, on the thread that owns it (the Node's): its own
// repository handle, the commons id, this installation's identity, and the signed
// refs records held (mine and every peer's, cached from the repository).
class Replica
{
    Q_DECLARE_TR_FUNCTIONS(Replica)

public:
    // Opens the repository at `path`. Its commons id is the root commit of main, unless
    // `commonsId` is given (joining: main does not exist yet).
    [[nodiscard]] static Result<std::unique_ptr<Replica>> open(const QString& path,
                                                               std::shared_ptr<const Identity> identity,
                                                               SyncOptions options,
                                                               std::optional<git::Oid> commonsId = std::nullopt);
    ~Replica();

    [[nodiscard]] const git::Oid& commonsId() const { return m_commonsId; }
    [[nodiscard]] const PublicKey& self() const;
    [[nodiscard]] const Identity& identity() const { return *m_identity; }
    [[nodiscard]] git::Repository& repository() { return *m_repo; }
    [[nodiscard]] QString path() const;
    // <git dir>/commonplace: our files beside the repository (never in the tree).
    [[nodiscard]] QString stateDir() const;
    [[nodiscard]] const SyncOptions& options() const { return m_options; }
    [[nodiscard]] qint64 now() const { return m_options.now(); }

    // Every record held: mine first (if any), then the peers' by pid.
    [[nodiscard]] QList<SignedRefs> records() const;
    [[nodiscard]] std::optional<SignedRefs> held(const PublicKey& peer) const;
    [[nodiscard]] quint64 heldSeq(const PublicKey& peer) const;

    // When main or the reviews moved (here, or by another program), signs and keeps a
    // new record of mine and returns it. `seqFloor`: a record of mine seen elsewhere.
    [[nodiscard]] Result<std::optional<SignedRefs>> refreshOwn(quint64 seqFloor = 0);

    [[nodiscard]] QList<git::Oid> missingObjects(const SignedRefs& record) const;
    // What we hold, for a want: the tips of every record held.
    [[nodiscard]] QList<git::Oid> haves() const;
    // True if `oid` is what some record held here points a ref at, or a record held
    // earlier in this run did (a peer may ask for a tip just replaced by a newer record).
    [[nodiscard]] bool isPublished(const git::Oid& oid) const;
    // A pack for a peer's want. Every want must be published (isPublished). The last
    // pack that took long to build is kept for a while and sent again as it is to the
    // next want of the same tips with the same haves (members joining one after another
    // ask for the whole history of the same tips): the objects reachable from the wants
    // and not from the haves never change, so it stays right.
    [[nodiscard]] Result<QByteArray> buildPack(const QList<git::Oid>& wants, const QList<git::Oid>& haves);
    [[nodiscard]] Result<git::IncomingPack> beginPack();
    // Keeps a verified peer record whose objects are all here (SigRefsStore::storePeer).
    [[nodiscard]] Status store(const SignedRefs& record);

private:
    Replica() = default;
    [[nodiscard]] Status load();

    std::unique_ptr<git::Repository> m_repo;
    std::shared_ptr<const Identity> m_identity;
    SyncOptions m_options;
    git::Oid m_commonsId;
    std::optional<SignedRefs> m_own;
    QHash<PublicKey, SignedRefs> m_peers;
    QSet<git::Oid> m_formerTips; // of records replaced since open (bounded)
    struct BuiltPack
    {
        QList<git::Oid> wants, haves; // sorted
        QByteArray pack;
        QElapsedTimer age;
    };
    std::optional<BuiltPack> m_lastPack;

    void rememberTips(const std::optional<SignedRefs>& replaced);
};

} // namespace cp::sync
