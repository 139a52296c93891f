#pragma once

#include "core/Error.h"
#include "core/crypto/PublicKey.h"
#include "core/git/Oid.h"
#include "core/node/AddressBook.h"
#include "core/node/NodeOptions.h"
#include "core/node/NodeStatus.h"
#include "core/node/PeerAddress.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <memory>
#include <optional>

namespace cp {
class Identity;
namespace net {
class Connection;
class LanDiscovery;
class Listener;
class PortMapper;
} // namespace net
namespace sync {
class GossipHub;
class GossipSession;
class Replica;
} // namespace sync
} // namespace cp

namespace cp::node {

// Runs sync for every commons it serves, on the thread it lives on (one owner thread
// for its repository handles; NodeThread gives it one of its own): one listening port
// for all of them (each commons' network key is a handshake candidate), outbound
// connections to the peers in each address book with reconnect back-off, peer exchange,
// a back-off for peers that break the protocol, and a watch on main and the reviews so
// that a commit made by any program becomes a new signed record within a second.
// Commons are named by their id (hex of the root commit).
class Node : public QObject
{
    Q_OBJECT

public:
    Node(std::shared_ptr<const Identity> identity, NodeOptions options, QObject* parent = nullptr);
    ~Node() override;

    // Starts listening (when options say so).
    [[nodiscard]] Status start();
    // Ends every session and stops listening and dialing.
    void stop();

    // Serves the commons at `path`; creates its network key if it has none. Returns its id.
    [[nodiscard]] Result<QString> addCommons(const QString& path);
    // Serves a repository that has no main yet (joining), as the commons `commonsId`.
    [[nodiscard]] Result<QString> addCommons(const QString& path, const git::Oid& commonsId);
    void removeCommons(const QString& id);
    [[nodiscard]] QStringList commonsIds() const;

    // Remembers `address` (which must name the peer) in the commons' address book and dials it now.
    [[nodiscard]] Status connectTo(const QString& id, const PeerAddress& address,
                                   const QString& source = QStringLiteral("manual"));
    // Checks every commons for local changes now.
    void checkLocalNow();

    [[nodiscard]] const PublicKey& self() const;
    [[nodiscard]] quint16 port() const;
    // What peers are told: options.advertised, or the listening address(es).
    [[nodiscard]] QStringList advertisedAddresses() const;
    [[nodiscard]] sync::GossipHub* hub(const QString& id) const;
    [[nodiscard]] sync::Replica* replica(const QString& id) const;
    [[nodiscard]] std::optional<AddressBook> addressBook(const QString& id) const;
    // Connected to at least one peer, all sessions synced, nothing waiting for objects.
    [[nodiscard]] bool isConverged(const QString& id) const;
    [[nodiscard]] int sessionCount(const QString& id) const;
    // Snapshots for `status` and the Peers panel (cheap: a few ref lookups per peer).
    [[nodiscard]] std::optional<CommonsStatus> status(const QString& id) const;
    [[nodiscard]] NodeDiagnostics diagnostics() const;

signals:
    void listening(quint16 port);
    void peerConnected(const QString& commons, const cp::PublicKey& peer);
    void peerDisconnected(const QString& commons, const cp::PublicKey& peer, const QString& reason);
    void recordReceived(const QString& commons, const cp::PublicKey& peer, quint64 seq);
    void ownRecordChanged(const QString& commons, quint64 seq);
    void exchangeFinished(const QString& commons, const cp::PublicKey& peer);
    void transferProgress(const QString& commons, const cp::PublicKey& peer, qint64 bytes, qint64 objects);
    void dialFailed(const QString& commons, const cp::PublicKey& peer, const cp::Error& error);
    void peerMisbehaved(const QString& commons, const cp::PublicKey& peer, const cp::Error& error);
    void problem(const QString& commons, const cp::Error& error);
    // Something status() shows changed (peers, sessions, records, errors); at most every 200 ms.
    void statusChanged(const QString& commons);
    // LAN discovery found `peer`, a member of `commons`, listening at `address` ("host:port").
    void lanPeerFound(const QString& commons, const cp::PublicKey& peer, const QString& address);
    // What diagnostics() shows of LAN discovery or port mapping changed.
    void diagnosticsChanged();

private:
    struct Served;
    struct Dial;

    [[nodiscard]] Result<QString> serve(std::unique_ptr<sync::Replica> replica);
    [[nodiscard]] Served* find(const QString& id) const;
    void wire(Served& served);
    void updateCandidates();
    void onInbound(net::Connection* connection);
    void onSessionOpened(Served& served, sync::GossipSession* session);
    void onSessionEnded(Served& served, const PublicKey& peer, const std::optional<Error>& error);
    void onMisbehaved(Served& served, const PublicKey& peer, const Error& error);
    void maintainSoon();
    void maintain();
    void startDial(Served& served, const PublicKey& peer);
    void exchangePeers();
    [[nodiscard]] bool isBanned(const Served& served, const PublicKey& peer) const;
    [[nodiscard]] qint64 nowMs() const { return m_clock.elapsed(); }
    void saveBook(Served& served);
    void reloadBook(Served& served);
    void noteError(Served& served, const PublicKey& peer, const QString& error);
    void statusSoon(Served& served);
    // Trust (DESIGN §8): each commons' TrustPolicy, re-read when trust.json changes; a
    // blocked peer is refused, never dialed, cut off and its records turned down; the
    // changes of a peer trusted with Auto are approved as they arrive.
    void setUpTrust(Served& served);
    void reloadTrust(Served& served);
    void applyTrust(Served& served);
    [[nodiscard]] bool isBlocked(const Served& served, const PublicKey& peer) const;
    void autoAcceptSoon(Served& served);
    void autoAccept(Served& served);
    // LAN discovery and port mapping (DESIGN §7); they run while the node listens.
    void startDiscovery();
    void stopDiscovery();
    void lanAddCommons(const Served& served);
    void onLanPeerFound(const QByteArray& pid, const QHostAddress& address, quint16 port, const QStringList& commons);
    void onLanPeerExpired(const QByteArray& pid);
    void onMappingChanged();
    void discoveryChanged();
    [[nodiscard]] QString lanDescription() const;
    [[nodiscard]] QString mappedAddress() const;

    std::shared_ptr<const Identity> m_identity;
    NodeOptions m_options;
    QElapsedTimer m_clock;
    QPointer<net::Listener> m_listener;
    std::vector<std::unique_ptr<Served>> m_served;
    QStringList m_candidateOrder; // commons id per listener candidate index
    QTimer m_maintainTimer;
    QTimer m_exchangeTimer;
    QString m_listenError;
    QPointer<net::LanDiscovery> m_lan;
    QPointer<net::PortMapper> m_portMapper;
    QString m_lanError;                    // why LAN discovery could not start
    QHash<QByteArray, QString> m_lanPeers; // pid → "host:port" where LAN discovery found it
    bool m_stopped = false;
};

} // namespace cp::node
