#pragma once

#include "core/Error.h"
#include "core/crypto/PublicKey.h"
#include "core/sync/SignedRefs.h"
#include "core/sync/WireMessage.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

namespace cp::net {
class Connection;
}

namespace cp::sync {

class GossipSession;
class Replica;

// Gossip for one commons: its sessions, the records waiting for their objects, and
// forwarding. A record newer than the one held (and than any already waiting) waits
// here with the sessions that offered it; one of them fetches the objects (want →
// pack → checks), then the record is stored (refs in one transaction) and announced
// to every other session, except those known to have it. A local change becomes a
// new record of mine, announced at once. Lives on the thread that owns the Replica.
class GossipHub : public QObject
{
    Q_OBJECT

public:
    explicit GossipHub(Replica& replica, QObject* parent = nullptr);
    ~GossipHub() override;

    [[nodiscard]] Replica& replica() { return m_replica; }

    // A connection of this commons after the handshake: its session starts at once.
    // A second connection to the same peer keeps the one dialed by the smaller peer id
    // (both sides pick the same); a connection to ourselves is dropped.
    GossipSession* addConnection(net::Connection* connection, const QStringList& listen);
    [[nodiscard]] QList<GossipSession*> sessions() const;
    [[nodiscard]] GossipSession* session(const PublicKey& peer) const;
    // Every session past hello is synced (PROTOCOL.md "synced"); none still says hello.
    [[nodiscard]] bool allSynced() const;

    // Main or the reviews may have moved: sign a new record and announce it.
    Status checkLocal();
    void sendPeers(const QList<PeerEntry>& entries);
    void closeAll();
    // Records `filter` turns down (the Node's: by a peer I blocked) are neither fetched,
    // stored, forwarded nor offered to peers. None set: every record is taken.
    void setRecordFilter(std::function<bool(const SignedRefs&)> filter) { m_recordFilter = std::move(filter); }
    [[nodiscard]] bool accepts(const SignedRefs& record) const { return !m_recordFilter || m_recordFilter(record); }

    // Nothing waits for objects.
    [[nodiscard]] bool isIdle() const { return m_pending.isEmpty(); }
    // A record of `pid` with at least `seq` waits for its objects.
    [[nodiscard]] bool isPending(const PublicKey& pid, quint64 seq) const;

    // From sessions.
    void offer(GossipSession* from, const SignedRefs& record);
    void fetchFinished(GossipSession* session, const SignedRefs& record, const Status& result);
    // Lazy push: `by` may ask its peer for the record of `pid` with `seq` (graft), unless
    // another open session asked for it less than two seconds ago.
    [[nodiscard]] bool claimGraft(const PublicKey& pid, quint64 seq, GossipSession* by);

signals:
    void sessionOpened(cp::sync::GossipSession* session);
    void sessionEnded(const cp::PublicKey& peer, const std::optional<cp::Error>& error);
    void sessionSynced(const cp::PublicKey& peer, bool synced);
    void peerMisbehaved(const cp::PublicKey& peer, const cp::Error& error);
    void peersReceived(const cp::PublicKey& from, const QList<cp::sync::PeerEntry>& entries);
    void transferProgress(const cp::PublicKey& from, qint64 bytes, qint64 objects);
    // A peer's record was stored here (its refs moved under refs/peers/<pid>/).
    void recordStored(const cp::sync::SignedRefs& record, const cp::PublicKey& from);
    void ownRecordChanged(const cp::sync::SignedRefs& record);
    // Every valid record a session received, new or not (for measuring gossip).
    void recordOffered(const cp::sync::SignedRefs& record, const cp::PublicKey& from);
    // An ihave notice (lazy push): `from` holds the record of `pid` with `seq`.
    void noticeReceived(const cp::PublicKey& pid, quint64 seq, const cp::PublicKey& from);
    // Something went wrong here (not the peer's fault): disk, repository.
    void problem(const cp::Error& error);

private:
    struct GraftClaim
    {
        quint64 seq = 0;
        QPointer<GossipSession> by;
        qint64 sinceMs = 0;
    };
    struct Pending
    {
        SignedRefs record;
        QList<QPointer<GossipSession>> sources;
        QPointer<GossipSession> fetcher;
    };

    void scheduleSoon();
    void schedule();
    void storeRecord(const SignedRefs& record, const PublicKey& from);
    void forward(const SignedRefs& record);
    void acknowledgeAll();
    void onSessionEnded(GossipSession* session, const std::optional<Error>& error);

    Replica& m_replica;
    QList<GossipSession*> m_sessions;
    QHash<PublicKey, Pending> m_pending;
    QHash<PublicKey, GraftClaim> m_grafts;
    QElapsedTimer m_clock;
    bool m_scheduled = false;
    std::function<bool(const SignedRefs&)> m_recordFilter;
};

} // namespace cp::sync
