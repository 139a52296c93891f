#pragma once

// Private to core/node: what Node keeps for each commons it serves, included only by
// core/node/Node*.cpp (Node.cpp, NodeTrust.cpp, NodeStatus.cpp, NodeDiscovery.cpp).

#include "core/crypto/SecretHandshakeKeys.h"
#include "core/net/Dialer.h"
#include "core/node/Node.h"
#include "core/review/TrustPolicy.h"
#include "core/sync/GossipHub.h"
#include "core/sync/Replica.h"

#include <QDateTime>
#include <QFileSystemWatcher>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <memory>
#include <optional>

namespace cp::node {

struct Node::Dial
{
    QPointer<net::Dialer> dialer;
    int backoffMs = 0;
    qint64 nextAttemptMs = 0;
    int addressIndex = 0;
};

struct Node::Served
{
    QString id;
    std::unique_ptr<sync::Replica> replica; // before the hub: the hub works on it
    std::unique_ptr<sync::GossipHub> hub;
    AddressBook book;
    std::optional<SecretHandshakeKeys> keys;
    QHash<PublicKey, Dial> dials;
    QHash<PublicKey, std::pair<int, qint64>> bans; // back-off ms, refused until (ms)
    std::unique_ptr<QFileSystemWatcher> watcher;
    std::unique_ptr<QTimer> localTimer;
    std::unique_ptr<QTimer> changed; // a watched file moved: check soon
    QDateTime bookModified;          // of the address book file when we last read or wrote it
    QHash<PublicKey, QString> lastErrors; // per peer, for status()
    std::unique_ptr<QTimer> statusTimer;  // coalesces statusChanged
    QHash<PublicKey, TrustPolicy::Level> trust;  // trust.json as last read
    std::optional<QDateTime> trustModified;      // of trust.json when last read (invalid: none)
    std::unique_ptr<QTimer> autoAcceptTimer;     // coalesces auto-accept runs
};

} // namespace cp::node
