#pragma once

#include "core/crypto/PublicKey.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace cp::node {

// A snapshot of what a Node knows of one peer of one commons, for `status` and the
// Peers panel. Plain values: safe to copy across threads.
struct PeerStatus
{
    // How we reach the peer: found on the LAN, dialed/accepted over an address that is
    // not on a local network, or only through others (we hold its records, no session).
    enum class Reach { Unknown, Lan, Internet, Relayed };

    PublicKey pid;
    QString name;           // author name on the tip of its main we hold; empty when none
    bool online = false;    // a session with it is open
    bool inbound = false;   // that session was dialed by the peer
    Reach reach = Reach::Unknown;
    QString address;        // of the open session, else the first one known; empty when none
    QStringList addresses;  // every known "host:port", most recent first
    QString source;         // how we learnt of it: manual, invite, lan, exchange; empty: records only
    qint64 lastSeen = 0;    // unix seconds of the last session, 0 never
    qint64 lastExchange = 0;// unix seconds when an exchange with it last finished
    int failures = 0;       // failed dials since the last session
    QString lastError;      // last failed dial, misbehaviour or disconnect reason; empty when none
    QString trust;          // TrustPolicy key: review, auto, block
    quint64 seq = 0;        // of its newest record held here, 0 none

    [[nodiscard]] static QString reachKey(Reach reach); // "lan", "internet", "relayed", "unknown"
    // From what the address book knows: found on the LAN, or an address on a local network
    // (private, link-local, loopback, *.local): Lan; any other address: Internet; none, but
    // its records are held: Relayed.
    [[nodiscard]] static Reach reachFor(const QString& source, const QString& address, bool hasRecord);
};

// One served commons.
struct CommonsStatus
{
    QString commonsId;
    QString path;
    quint64 ownSeq = 0;
    int online = 0;           // peers with an open session
    qint64 lastExchange = 0;  // newest PeerStatus::lastExchange
    QList<PeerStatus> peers;  // sorted: online first, then by name / id
};

// The node as a whole: what answers "why am I not connected?".
struct NodeDiagnostics
{
    bool listening = false;
    quint16 port = 0;
    QString listenError;      // why listening failed; empty when listening or not asked to
    QStringList advertised;   // addresses peers are told
    QString portMapping;      // PortMapper::describe(), or "off"
    QString lan;              // LAN discovery state in words, worded like describe(), or "off"
};

} // namespace cp::node

Q_DECLARE_METATYPE(cp::node::CommonsStatus)
Q_DECLARE_METATYPE(cp::node::NodeDiagnostics)
