#include "core/git/Repository.h"
#include "core/net/LanDiscovery.h"
#include "core/net/Listener.h"
#include "core/net/PortMapper.h"
#include "core/node/NetworkKeyFile.h"
#include "core/node/Node.h"
#include "core/node/NodeServed_p.h"

#include <QHostAddress>
#include <QtDebug>

namespace cp::node {

// LAN discovery and port mapping (DESIGN §7) ---------------------------------------------

void Node::startDiscovery()
{
    if (!m_listener)
        return; // both need a port to announce or map
    if (m_options.lanDiscovery && !m_lan) {
        auto* lan = new net::LanDiscovery(self().bytes(), m_listener->port(), m_options.lan, this);
        connect(lan, &net::LanDiscovery::peerFound, this, &Node::onLanPeerFound);
        connect(lan, &net::LanDiscovery::peerExpired, this, &Node::onLanPeerExpired);
        m_lan = lan;
        for (const auto& s : m_served) // before start(): the first announcement names them all
            lanAddCommons(*s);
        if (auto ok = lan->start(); !ok) {
            m_lanError = ok.error().message;
            qWarning().noquote() << m_lanError;
            delete lan;
        } else {
            m_lanError.clear();
        }
        discoveryChanged();
    }
    if (m_options.portMapping && !m_portMapper) {
        auto* mapper = new net::PortMapper(m_listener->port(), m_options.portMap, this);
        connect(mapper, &net::PortMapper::stateChanged, this, &Node::onMappingChanged);
        m_portMapper = mapper;
        mapper->start();
    }
}

void Node::stopDiscovery()
{
    if (m_lan) {
        m_lan->stop();
        delete m_lan;
    }
    m_lanPeers.clear();
    if (m_portMapper) {
        disconnect(m_portMapper, nullptr, this, nullptr);
        m_portMapper->stop(); // undoes the mapping on a worker of its own
        m_portMapper->deleteLater();
        m_portMapper = nullptr;
    }
}

void Node::lanAddCommons(const Served& served)
{
    auto key = NetworkKeyFile::load(served.replica->repository().gitDir());
    if (!key) {
        emit problem(served.id, key.error());
        return;
    }
    if (auto ok = m_lan->addCommons(served.id, key->view()); !ok)
        emit problem(served.id, ok.error());
}

void Node::onLanPeerFound(const QByteArray& pidBytes, const QHostAddress& address, quint16 port,
                          const QStringList& commons)
{
    auto pid = PublicKey::fromBytes(pidBytes);
    if (!pid || *pid == self() || port == 0 || address.isNull())
        return;
    const QString hostPort = PeerAddress{PublicKey(), address.toString(), port}.hostPort();
    m_lanPeers.insert(pidBytes, hostPort);
    for (const QString& id : commons) {
        Served* served = find(id);
        if (!served)
            continue;
        served->book.add(*pid, {hostPort}, QStringLiteral("lan")); // the LAN address first
        saveBook(*served);
        if (!served->hub->session(*pid)) {
            // Dial it now, at the LAN address: a dial under way (to a stale address) gives way.
            Dial& dial = served->dials[*pid];
            if (dial.dialer) {
                dial.dialer->cancel();
                dial.dialer->deleteLater();
                dial.dialer = nullptr;
            }
            dial.nextAttemptMs = 0;
            dial.addressIndex = 0;
        }
        statusSoon(*served);
        emit lanPeerFound(id, *pid, hostPort);
    }
    emit diagnosticsChanged();
    maintainSoon();
}

void Node::onLanPeerExpired(const QByteArray& pid)
{
    if (m_lanPeers.remove(pid))
        discoveryChanged();
}

void Node::onMappingChanged()
{
    // Mapped: the external address is advertised from now on (hello, invites, peer exchange).
    discoveryChanged();
}

void Node::discoveryChanged()
{
    for (const auto& s : m_served)
        statusSoon(*s);
    emit diagnosticsChanged();
}

QString Node::mappedAddress() const
{
    if (!m_portMapper || m_portMapper->state() != net::PortMapper::State::Mapped ||
        m_portMapper->externalAddress().isNull() || m_portMapper->externalPort() == 0)
        return {};
    return PeerAddress{PublicKey(), m_portMapper->externalAddress().toString(), m_portMapper->externalPort()}
        .hostPort();
}

QString Node::lanDescription() const
{
    // Worded like PortMapper::describe(): what follows "LAN discovery:" in `status` and the Peers panel.
    if (!m_options.lanDiscovery)
        return tr("off");
    if (!m_lan)
        return m_lanError.isEmpty() ? tr("starts when the node listens") : tr("not running: %1").arg(m_lanError);
    QString text = tr("announcing on %n interface(s) to UDP port %1", nullptr, m_lan->lastInterfaceCount())
                       .arg(m_options.lan.port);
    text += QStringLiteral("; ") + tr("%n peer(s) found on this network", nullptr, int(m_lanPeers.size()));
    if (!m_lan->lastSendError().isEmpty())
        text += QStringLiteral("; ") + tr("last send error: %1").arg(m_lan->lastSendError());
    return text;
}

} // namespace cp::node
