// Node: the status snapshot (status(), diagnostics()) and what keeps it current.

#include "core/node/NodeStatus.h"

#include "core/git/Repository.h"
#include "core/net/Connection.h"
#include "core/net/Listener.h"
#include "core/net/PortMapper.h"
#include "core/node/Node.h"
#include "core/node/NodeServed_p.h"
#include "core/sync/GossipSession.h"

#include <QHostAddress>
#include <algorithm>

namespace cp::node {

void Node::noteError(Served& served, const PublicKey& peer, const QString& error)
{
    served.lastErrors.insert(peer, error);
    statusSoon(served);
}

void Node::statusSoon(Served& served)
{
    if (served.statusTimer && !served.statusTimer->isActive())
        served.statusTimer->start();
}

namespace {

bool isLocalNetwork(const QString& hostPort)
{
    auto address = PeerAddress::parse(hostPort);
    if (!address)
        return false;
    const QHostAddress host(address->host);
    if (host.isNull())
        return address->host.endsWith(QLatin1String(".local"));
    static const QList<QPair<QHostAddress, int>> privateRanges{
        QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),
        QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
        QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16")),
    };
    return host.isLoopback() || host.isLinkLocal() || host.isUniqueLocalUnicast() ||
           std::ranges::any_of(privateRanges, [&](const auto& range) { return host.isInSubnet(range); });
}

} // namespace

PeerStatus::Reach PeerStatus::reachFor(const QString& source, const QString& address, bool hasRecord)
{
    if (source == QLatin1String("lan"))
        return Reach::Lan;
    if (!address.isEmpty())
        return isLocalNetwork(address) ? Reach::Lan : Reach::Internet;
    return hasRecord ? Reach::Relayed : Reach::Unknown;
}

QString PeerStatus::reachKey(Reach reach)
{
    switch (reach) {
    case Reach::Lan:
        return QStringLiteral("lan");
    case Reach::Internet:
        return QStringLiteral("internet");
    case Reach::Relayed:
        return QStringLiteral("relayed");
    case Reach::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<CommonsStatus> Node::status(const QString& id) const
{
    Served* served = find(id);
    if (!served)
        return std::nullopt;
    CommonsStatus out;
    out.commonsId = id;
    out.path = served->replica->path();
    if (auto own = served->replica->held(self()))
        out.ownSeq = own->seq();
    const auto trust = TrustPolicy::load(served->replica->repository().gitDir());

    QHash<PublicKey, PeerStatus> peers;
    for (const AddressBookEntry& e : served->book.entries()) {
        PeerStatus& p = peers[e.pid];
        p.pid = e.pid;
        p.addresses = e.addresses;
        p.address = e.addresses.value(0);
        p.source = e.source;
        p.lastSeen = e.lastSeen;
        p.lastExchange = e.lastExchange;
        p.failures = e.failures;
    }
    for (const sync::SignedRefs& record : served->replica->records())
        if (record.peer() != self()) {
            PeerStatus& p = peers[record.peer()];
            p.pid = record.peer();
            p.seq = record.seq();
        }
    for (sync::GossipSession* session : served->hub->sessions()) {
        if (!session->isOpen() || !peers.contains(session->peer()))
            continue;
        PeerStatus& p = peers[session->peer()];
        p.online = true;
        p.inbound = session->isInbound();
        if (net::Connection* c = session->connection()) {
            const QHostAddress host = c->peerAddress();
            const QString text = host.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + host.toString() + u']'
                                                                                     : host.toString();
            // An inbound session comes from the peer's ephemeral port: show where it listens.
            p.address = p.inbound ? p.addresses.value(0, text) : text + u':' + QString::number(c->peerPort());
        }
    }
    for (auto it = peers.begin(); it != peers.end(); ++it) {
        PeerStatus& p = *it;
        p.lastError = served->lastErrors.value(p.pid);
        p.trust = TrustPolicy::key(trust ? trust->level(p.pid) : TrustPolicy::Level::Review);
        p.reach = m_lanPeers.contains(p.pid.bytes()) ? PeerStatus::Reach::Lan
                                                     : PeerStatus::reachFor(p.source, p.address, p.seq > 0);
        const QString head = sync::SignedRefs::peerRefName(p.pid, u"refs/heads/main");
        if (auto tip = served->replica->repository().resolve(head); tip && *tip)
            if (auto commit = served->replica->repository().lookupCommit(**tip))
                p.name = commit->author().name;
        if (p.online)
            ++out.online;
        out.lastExchange = std::max(out.lastExchange, p.lastExchange);
    }
    out.peers = peers.values();
    std::ranges::sort(out.peers, [](const PeerStatus& a, const PeerStatus& b) {
        if (a.online != b.online)
            return a.online;
        const QString an = a.name.isEmpty() ? a.pid.pid() : a.name;
        const QString bn = b.name.isEmpty() ? b.pid.pid() : b.name;
        return an.localeAwareCompare(bn) < 0;
    });
    return out;
}

NodeDiagnostics Node::diagnostics() const
{
    NodeDiagnostics out;
    out.listening = m_listener != nullptr;
    out.port = port();
    if (m_options.listen && !m_listener)
        out.listenError = m_listenError;
    out.advertised = advertisedAddresses();
    out.portMapping = m_portMapper ? m_portMapper->describe() : tr("off");
    out.lan = lanDescription();
    return out;
}

} // namespace cp::node
