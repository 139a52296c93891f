#pragma once

#include "core/Error.h"
#include "core/crypto/PublicKey.h"
#include "core/git/IncomingPack.h"
#include "core/net/Connection.h"
#include "core/sync/SignedRefs.h"
#include "core/sync/SyncOptions.h"
#include "core/sync/WireMessage.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QTimer>
#include <optional>

namespace cp::sync {

class GossipHub;
class Replica;

// The sync protocol with one peer over one authenticated connection (PROTOCOL.md):
// hello both ways, every record held on connect, then announcements; wants answered
// with packs streamed in chunks; packs received into quarantine and checked; "synced"
// acknowledgements; ping after silence, drop after long silence. Records and fetches
// are decided by the GossipHub of the commons; the session speaks and checks the rules.
// Any breach (malformed or forged data, replayed records, unsafe or broken packs,
// messages out of order) ends the session with an error message and misbehaved().
class GossipSession : public QObject
{
    Q_OBJECT

public:
    enum class State { Hello, Open, Closing, Ended };

    // Takes over `connection` (it becomes our child). `listen`: our addresses for hello.
    GossipSession(net::Connection* connection, Replica& replica, GossipHub& hub, QStringList listen,
                  QObject* parent = nullptr);
    ~GossipSession() override;

    void start();
    [[nodiscard]] const PublicKey& peer() const { return m_peer; }
    [[nodiscard]] bool isInbound() const;
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isOpen() const { return m_state == State::Open; }
    // The peer's hello: its listening addresses and agent.
    [[nodiscard]] const QStringList& peerListen() const { return m_peerListen; }
    [[nodiscard]] const QString& peerAgent() const { return m_peerAgent; }
    [[nodiscard]] net::Connection* connection() const { return m_connection; }

    // True when both sides have handled everything the other sent, and no pack is on its way.
    [[nodiscard]] bool isSynced() const;
    [[nodiscard]] bool isFetching() const { return m_fetch.has_value(); }
    // The highest seq of `pid` the peer is known to hold or to have been offered.
    [[nodiscard]] quint64 peerKnows(const PublicKey& pid) const { return m_peerKnows.value(pid, 0); }
    // Lazy push (PROTOCOL.md): the peer speaks it; it gets ihave notices instead of records.
    [[nodiscard]] bool peerSpeaksLazy() const { return m_peerLazy; }
    [[nodiscard]] bool isLazy() const { return m_lazy; }

    // Sends `record` unless the peer knows it already (batched within the event loop turn).
    void announce(const SignedRefs& record);
    // Fetches what `record` names from this peer; the hub hears fetchFinished().
    void fetch(const SignedRefs& record);
    void sendPeers(const QList<PeerEntry>& entries);
    // Re-evaluates which of the peer's refs messages are handled; sends "synced".
    void updateAcknowledgement();
    // Ends politely (an error message with `code`, then goodbye), without blame.
    void closeWith(const QString& code, const QString& text);
    // Ends at once, like a cut cable (tests, shutdown).
    void abort();

signals:
    void opened(); // hello exchanged
    void syncedChanged(bool synced);
    void peersReceived(const QList<cp::sync::PeerEntry>& entries);
    void packProgress(qint64 receivedBytes, qint64 objects);
    // An ihave notice came: the peer holds the record of `pid` with `seq`.
    void noticeReceived(const cp::PublicKey& pid, quint64 seq);
    // The peer broke the protocol: the session is ending; back off from this peer.
    void misbehaved(const cp::Error& error);
    // The connection is gone; `error` when it did not end with both goodbyes.
    void ended(const std::optional<cp::Error>& error);

private:
    struct Fetch
    {
        SignedRefs record;
        QList<git::Oid> wants;
        quint64 packId = 0;
        quint64 nextSeq = 0;
        std::optional<git::IncomingPack> pack;
    };
    struct OutgoingPack
    {
        quint64 id = 0;
        quint64 seq = 0;
        QByteArray data;
        qsizetype offset = 0;
    };
    struct Received
    {
        PublicKey pid;
        quint64 seq = 0;
    };

    void onMessages();
    void handle(const WireMessage& message);
    void onHello(const HelloMessage& hello);
    void onRefs(const RefsMessage& refs);
    void onWant(const WantMessage& want);
    void onPack(const PackMessage& pack);
    void onSynced(const SyncedMessage& synced);
    void onIHave(const IHaveMessage& notice);
    void onPrune();
    void onGraft(const GraftMessage& graft);
    void graftMissing();
    void serveNextWant();
    void finishFetch();
    void sendRecords(const QList<SignedRefs>& records);
    void flushAnnouncements();
    void queue(const WireMessage& message);
    void flush();
    void violation(const Error& error);
    void onConnectionEnded(const std::optional<Error>& error);
    void heard();
    void checkSynced();

    QPointer<net::Connection> m_connection;
    Replica& m_replica;
    GossipHub& m_hub;
    QStringList m_listen;
    PublicKey m_peer;
    State m_state = State::Hello;
    QStringList m_peerListen;
    QString m_peerAgent;

    QQueue<QByteArray> m_control;      // encoded messages waiting to go out
    std::optional<OutgoingPack> m_out; // the pack being streamed
    QQueue<WantMessage> m_wants;       // wants waiting for their pack
    quint64 m_wantsReceived = 0;
    QList<SignedRefs> m_announce; // records to send at the end of this turn
    bool m_announceScheduled = false;

    std::optional<Fetch> m_fetch;
    QElapsedTimer m_fetchClock;
    quint64 m_wantsSent = 0;

    // Acknowledgements and replay rules.
    QHash<PublicKey, quint64> m_peerKnows;                 // highest seq the peer has shown or been sent
    QHash<PublicKey, quint64> m_peerSent;                  // highest seq the peer sent, per pid
    QHash<PublicKey, quint64> m_ackedFloor;                // highest seq we sent that the peer acknowledged
    QList<QList<std::pair<PublicKey, quint64>>> m_sentLog; // records per refs message we sent
    quint64 m_refsSent = 0;
    quint64 m_peerAcked = 0;
    QList<QList<Received>> m_receivedLog; // records per refs message received
    quint64 m_refsReceived = 0;
    quint64 m_ackSent = 0;
    bool m_synced = false;

    // Lazy push.
    bool m_peerLazy = false;                // both sides speak it
    bool m_lazy = false;                    // we send the peer ihave notices, not records
    QHash<PublicKey, quint64> m_recordSent; // highest seq we sent the peer in a refs message, per pid
    QHash<PublicKey, quint64> m_ihaveSent;  // highest seq we noticed to the peer, per pid
    QHash<PublicKey, quint64> m_lazyWants;  // noticed by the peer, missing here: graft when due
    QTimer m_graftTimer;

    QTimer m_helloTimer;
    QTimer m_pingTimer;
    QTimer m_dropTimer;
    quint64 m_pings = 0;
    bool m_ended = false;
    std::optional<Error> m_endError; // what the peer said when it ended the session
};

} // namespace cp::sync
