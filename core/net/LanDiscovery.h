#pragma once

#include "core/Error.h"
#include "core/net/LanTagMatcher.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

class QUdpSocket;

namespace cp::net {

struct LanDiscoveryOptions
{
    static constexpr quint16 kDefaultPort = 47474;
    quint16 port = kDefaultPort;    // UDP port we listen on and announce to
    int announceIntervalMs = 30000; // periodic announcements
    int cacheTtlMs = 90000;         // a peer not heard from for this long expires
    int minTriggeredGapMs = 1000;   // announcements triggered by new peers are at most this frequent
    bool ipv4Broadcast = true;      // announce to the broadcast address of every IPv4 interface
    bool ipv6Multicast = true;      // also announce to [ff12::4747] on every multicast interface
    // Test seam: when not empty, announce only to these (address, port) pairs instead of the
    // broadcast addresses and the multicast group.
    QList<std::pair<QHostAddress, quint16>> targets;
};

// LAN discovery (DESIGN.md §7). Announces our pid, TCP port and per-commons tags on UDP to the
// broadcast address of every interface that is up and to the IPv6 link-local group ff12::4747:
// at once on start, every announceIntervalMs, and when a new peer appears. Listens for the
// same; announcements naming none of our commons, our own, and malformed datagrams are
// ignored. Peers are cached for cacheTtlMs.
class LanDiscovery : public QObject
{
    Q_OBJECT

public:
    struct Peer
    {
        QByteArray pid;
        QHostAddress address;
        quint16 port = 0;
        QStringList commons; // our commons ids that it named
        QDateTime lastSeen;
    };

    static QHostAddress multicastGroup();

    LanDiscovery(QByteArray ownPid, quint16 tcpPort, LanDiscoveryOptions options = {}, QObject* parent = nullptr);
    ~LanDiscovery() override;

    // The commons we announce and recognise; changes are announced at once when running.
    [[nodiscard]] Status addCommons(const QString& commonsId, QByteArrayView networkKey);
    void removeCommons(const QString& commonsId);
    void setTcpPort(quint16 port);

    // Binds the UDP port (shared with other processes on this host) and announces at once.
    [[nodiscard]] Status start();
    void stop();
    [[nodiscard]] bool isRunning() const;
    // Sends one announcement now (also what the timers do).
    void announce();

    [[nodiscard]] QList<Peer> peers() const;
    [[nodiscard]] int malformedCount() const { return m_malformed; }
    [[nodiscard]] QString lastSendError() const { return m_lastSendError; }
    // Interfaces (or test targets) the last announcement went out on.
    [[nodiscard]] int lastInterfaceCount() const { return m_lastInterfaceCount; }

signals:
    // A new peer, or one whose address, port or shared commons changed.
    void peerFound(const QByteArray& pid, const QHostAddress& address, quint16 port, const QStringList& commonsIds);
    // Not heard from for cacheTtlMs, or it stopped naming any of our commons.
    void peerExpired(const QByteArray& pid);

private:
    struct Entry
    {
        Peer peer;
        qint64 lastSeenMs = 0;
    };

    void readPending(QUdpSocket* socket);
    void handleDatagram(const QByteArray& data, QHostAddress sender);
    void triggerAnnounce();
    void expire();
    void joinMulticast();

    QByteArray m_pid;
    quint16 m_tcpPort;
    LanDiscoveryOptions m_options;
    LanTagMatcher m_matcher;
    QUdpSocket* m_v4 = nullptr;
    QUdpSocket* m_v6 = nullptr;
    QTimer m_announceTimer;
    QTimer m_expireTimer;
    QTimer m_triggerTimer;
    QElapsedTimer m_clock;
    qint64 m_lastAnnounceMs = -1;
    qint64 m_lastTriggeredMs = -1;
    QHash<QByteArray, Entry> m_peers;
    int m_malformed = 0;
    QString m_lastSendError;
    int m_lastInterfaceCount = 0;
};

} // namespace cp::net
