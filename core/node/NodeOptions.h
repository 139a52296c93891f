#pragma once

#include "core/net/LanDiscovery.h"
#include "core/net/PortMapResult.h"
#include "core/net/TransportOptions.h"
#include "core/sync/SyncOptions.h"

#include <QHostAddress>
#include <QStringList>

namespace cp::node {

// How a Node runs; the defaults are DESIGN §5–7's. Tests shorten the timers.
struct NodeOptions
{
    bool listen = true;
    QHostAddress listenAddress = QHostAddress::Any;
    quint16 listenPort = 47474; // 0: any free port
    // "host:port" addresses told to peers (hello, invites); empty: derived from the listener.
    QStringList advertised;
    net::TransportOptions transport;
    sync::SyncOptions sync;
    // Outbound connections to the peers in the address book.
    bool dialKnownPeers = true;
    int reconnectMinMs = 3000;   // doubling after each failure...
    int reconnectMaxMs = 600000; // ...up to this
    // A peer that broke the protocol is refused (in and out) this long, doubling.
    int misbehaviourBackoffMs = 60000;
    int maxOutbound = 8; // per commons
    int maxInbound = 64; // per commons
    // Local changes by other programs: a file watch, and a check this often besides.
    int localCheckMs = 1000;
    // Peer exchange: addresses learnt from peers join the address book (and get dialed).
    bool peerExchange = true;
    int peerExchangeMs = 300000;
    // My name on the merges that auto-accepting a trusted peer's changes makes (the profile's).
    QString authorName;
    // LAN discovery (DESIGN §7, needs listen): announces the served commons on the local
    // network with the listener's port, and dials the members found there.
    bool lanDiscovery = true;
    net::LanDiscoveryOptions lan;
    // Maps the listening port on the home router (UPnP IGD, NAT-PMP); the external address
    // joins the advertised ones.
    bool portMapping = true;
    net::PortMapperOptions portMap;
};

} // namespace cp::node
