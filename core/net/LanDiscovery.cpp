#include "core/net/LanDiscovery.h"

#include <QCoreApplication>
#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QUdpSocket>
#include <algorithm>

namespace cp::net {

namespace {

constexpr qsizetype kMaxPeers = 1024; // bounds the cache against a flood of forged pids

} // namespace

QHostAddress LanDiscovery::multicastGroup()
{
    return QHostAddress(QStringLiteral("ff12::4747"));
}

LanDiscovery::LanDiscovery(QByteArray ownPid, quint16 tcpPort, LanDiscoveryOptions options, QObject* parent)
    : QObject(parent), m_pid(std::move(ownPid)), m_tcpPort(tcpPort), m_options(std::move(options))
{
    m_clock.start();
    m_announceTimer.setInterval(m_options.announceIntervalMs);
    connect(&m_announceTimer, &QTimer::timeout, this, &LanDiscovery::announce);
    m_expireTimer.setInterval(std::max(m_options.cacheTtlMs / 4, 20));
    connect(&m_expireTimer, &QTimer::timeout, this, &LanDiscovery::expire);
    m_triggerTimer.setSingleShot(true);
    connect(&m_triggerTimer, &QTimer::timeout, this, &LanDiscovery::announce);
}

LanDiscovery::~LanDiscovery() = default;

Status LanDiscovery::addCommons(const QString& commonsId, QByteArrayView networkKey)
{
    if (auto s = m_matcher.addCommons(commonsId, networkKey); !s)
        return s;
    if (isRunning())
        triggerAnnounce();
    return {};
}

void LanDiscovery::removeCommons(const QString& commonsId)
{
    m_matcher.removeCommons(commonsId);
    for (auto it = m_peers.begin(); it != m_peers.end();) {
        it->peer.commons.removeAll(commonsId);
        if (it->peer.commons.isEmpty()) {
            const QByteArray pid = it.key();
            it = m_peers.erase(it);
            emit peerExpired(pid);
        } else {
            ++it;
        }
    }
    if (isRunning())
        triggerAnnounce();
}

void LanDiscovery::setTcpPort(quint16 port)
{
    m_tcpPort = port;
    if (isRunning())
        triggerAnnounce();
}

Status LanDiscovery::start()
{
    if (isRunning())
        return {};
    const auto mode = QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint;
    m_v4 = new QUdpSocket(this);
    if (!m_v4->bind(QHostAddress::AnyIPv4, m_options.port, mode)) {
        const QString why = m_v4->errorString();
        delete m_v4;
        m_v4 = nullptr;
        return fail(Error::network(tr("LAN discovery cannot listen on UDP port %1: %2. Peers on this network will "
                                      "not be found automatically; invites still work.")
                                       .arg(m_options.port)
                                       .arg(why)));
    }
    connect(m_v4, &QUdpSocket::readyRead, this, [this] { readPending(m_v4); });
    if (m_options.ipv6Multicast) {
        m_v6 = new QUdpSocket(this);
        if (m_v6->bind(QHostAddress::AnyIPv6, m_options.port, mode)) {
            connect(m_v6, &QUdpSocket::readyRead, this, [this] { readPending(m_v6); });
            joinMulticast();
        } else { // no IPv6 here: IPv4 broadcast alone still works
            delete m_v6;
            m_v6 = nullptr;
        }
    }
    m_announceTimer.start();
    m_expireTimer.start();
    announce();
    return {};
}

void LanDiscovery::stop()
{
    m_announceTimer.stop();
    m_expireTimer.stop();
    m_triggerTimer.stop();
    delete m_v4;
    m_v4 = nullptr;
    delete m_v6;
    m_v6 = nullptr;
}

bool LanDiscovery::isRunning() const
{
    return m_v4 != nullptr;
}

void LanDiscovery::joinMulticast()
{
    const QHostAddress group = multicastGroup();
    for (const QNetworkInterface& iface : QNetworkInterface::allInterfaces()) {
        const auto flags = iface.flags();
        if (flags.testFlag(QNetworkInterface::IsUp) && flags.testFlag(QNetworkInterface::CanMulticast))
            m_v6->joinMulticastGroup(group, iface); // failure is not fatal: broadcast still works
    }
}

void LanDiscovery::announce()
{
    if (!isRunning())
        return;
    LanAnnouncement a;
    a.pid = m_pid;
    a.port = m_tcpPort;
    a.tags = m_matcher.tagsFor(m_pid);
    const auto bytes = a.encode();
    if (!bytes) {
        m_lastSendError = bytes.error().message;
        return;
    }
    m_lastAnnounceMs = m_clock.elapsed();
    auto send = [&](QUdpSocket* socket, const QHostAddress& to, quint16 port) {
        if (socket && socket->writeDatagram(*bytes, to, port) < 0)
            m_lastSendError = tr("Sending to %1: %2").arg(to.toString(), socket->errorString());
    };
    if (!m_options.targets.isEmpty()) {
        for (const auto& [address, port] : m_options.targets)
            send(address.protocol() == QAbstractSocket::IPv6Protocol ? m_v6 : m_v4, address, port);
        m_lastInterfaceCount = int(m_options.targets.size());
        return;
    }
    int interfaces = 0;
    for (const QNetworkInterface& iface : QNetworkInterface::allInterfaces()) {
        const auto flags = iface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp))
            continue;
        bool used = false;
        if (m_options.ipv4Broadcast && flags.testFlag(QNetworkInterface::CanBroadcast)) {
            for (const QNetworkAddressEntry& entry : iface.addressEntries()) {
                if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol && !entry.broadcast().isNull()) {
                    send(m_v4, entry.broadcast(), m_options.port);
                    used = true;
                }
            }
        }
        if (m_v6 && flags.testFlag(QNetworkInterface::CanMulticast)) {
            QHostAddress group = multicastGroup();
            group.setScopeId(iface.name());
            m_v6->setMulticastInterface(iface);
            send(m_v6, group, m_options.port);
            used = true;
        }
        interfaces += used ? 1 : 0;
    }
    m_lastInterfaceCount = interfaces;
}

void LanDiscovery::triggerAnnounce()
{
    if (m_triggerTimer.isActive())
        return;
    // Only triggered announcements count towards the gap, so the first new peer is answered at once.
    const qint64 since = m_lastTriggeredMs < 0 ? m_options.minTriggeredGapMs : m_clock.elapsed() - m_lastTriggeredMs;
    const qint64 delay = std::max<qint64>(0, m_options.minTriggeredGapMs - since);
    m_lastTriggeredMs = m_clock.elapsed() + delay;
    m_triggerTimer.start(int(delay));
}

void LanDiscovery::readPending(QUdpSocket* socket)
{
    while (socket && socket->hasPendingDatagrams()) {
        const QNetworkDatagram d = socket->receiveDatagram(LanAnnouncement::kMaxDatagramSize + 1);
        handleDatagram(d.data(), d.senderAddress());
    }
}

void LanDiscovery::handleDatagram(const QByteArray& data, QHostAddress sender)
{
    const auto a = LanAnnouncement::decode(data);
    if (!a) {
        ++m_malformed;
        return;
    }
    if (a->pid == m_pid)
        return;
    bool isV4 = false;
    const quint32 v4 = sender.toIPv4Address(&isV4);
    if (isV4)
        sender = QHostAddress(v4); // a v4-mapped sender becomes plain IPv4
    const QStringList commons = m_matcher.match(*a);
    auto it = m_peers.find(a->pid);
    if (commons.isEmpty()) {
        if (it != m_peers.end()) {
            m_peers.erase(it);
            emit peerExpired(a->pid);
        }
        return;
    }
    const bool known = it != m_peers.end();
    if (!known && m_peers.size() >= kMaxPeers)
        return;
    Entry& e = known ? *it : m_peers[a->pid];
    // A peer heard over both IPv4 and IPv6 keeps its IPv4 address, so it does not flap.
    const bool senderIsV4 = sender.protocol() == QAbstractSocket::IPv4Protocol;
    const bool oldIsV4 = e.peer.address.protocol() == QAbstractSocket::IPv4Protocol;
    const bool takeAddress = !known || senderIsV4 || !oldIsV4;
    const bool changed =
        !known || (takeAddress && e.peer.address != sender) || e.peer.port != a->port || e.peer.commons != commons;
    e.peer.pid = a->pid;
    if (takeAddress)
        e.peer.address = sender;
    e.peer.port = a->port;
    e.peer.commons = commons;
    e.peer.lastSeen = QDateTime::currentDateTimeUtc();
    e.lastSeenMs = m_clock.elapsed();
    if (changed)
        emit peerFound(e.peer.pid, e.peer.address, e.peer.port, e.peer.commons);
    if (!known)
        triggerAnnounce();
}

void LanDiscovery::expire()
{
    const qint64 now = m_clock.elapsed();
    for (auto it = m_peers.begin(); it != m_peers.end();) {
        if (now - it->lastSeenMs > m_options.cacheTtlMs) {
            const QByteArray pid = it.key();
            it = m_peers.erase(it);
            emit peerExpired(pid);
        } else {
            ++it;
        }
    }
}

QList<LanDiscovery::Peer> LanDiscovery::peers() const
{
    QList<Peer> out;
    for (const Entry& e : m_peers)
        out.append(e.peer);
    return out;
}

} // namespace cp::net
