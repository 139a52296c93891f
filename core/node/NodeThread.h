#pragma once

#include "core/Error.h"
#include "core/crypto/PublicKey.h"
#include "core/node/NodeOptions.h"
#include "core/node/NodeStatus.h"
#include "core/node/PeerAddress.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <memory>

namespace cp {
class Identity;
}

namespace cp::node {

class Node;

// A Node on a thread of its own, for the GUI (and any caller that must not block):
// the node's repository handles, sockets and timers all live there. Calls are queued
// to the node; its signals come back here on the caller's thread. Destroying the
// NodeThread stops the node and joins the thread.
class NodeThread : public QObject
{
    Q_OBJECT

public:
    NodeThread(std::shared_ptr<const Identity> identity, NodeOptions options, QObject* parent = nullptr);
    ~NodeThread() override;

    // Starts the thread and the node's listener; then started() or failed().
    void start();
    // Queued to the node; commonsAdded() or failed() tells how it went.
    void addCommons(const QString& path);
    void removeCommons(const QString& id);
    void connectTo(const QString& commonsId, const PeerAddress& address);
    void checkLocalNow();
    // Keeps <git dir>/commonplace/node-status.json of every commons served up to date, so
    // that `commonplace-cli status` can show what this node sees (NodeStatusPublisher).
    void publishStatusFiles();
    // Asks for a fresh statusChanged() of `commonsId` now.
    void requestStatus(const QString& commonsId);
    // Stops the node and joins its thread (also done by the destructor).
    void stop();

    [[nodiscard]] const PublicKey& self() const { return m_self; }
    // The node itself: it lives on the other thread; use it only through queued calls.
    [[nodiscard]] Node* node() const { return m_node; }

signals:
    void started(quint16 port, const QStringList& addresses);
    void commonsAdded(const QString& path, const QString& commonsId);
    void failed(const QString& what, const cp::Error& error);
    void peerConnected(const QString& commons, const cp::PublicKey& peer);
    void peerDisconnected(const QString& commons, const cp::PublicKey& peer, const QString& reason);
    void recordReceived(const QString& commons, const cp::PublicKey& peer, quint64 seq);
    void ownRecordChanged(const QString& commons, quint64 seq);
    void exchangeFinished(const QString& commons, const cp::PublicKey& peer);
    void transferProgress(const QString& commons, const cp::PublicKey& peer, qint64 bytes, qint64 objects);
    void peerMisbehaved(const QString& commons, const cp::PublicKey& peer, const cp::Error& error);
    void problem(const QString& commons, const cp::Error& error);
    // A snapshot of one commons' peers and of the node (at most every 200 ms while things change).
    void statusChanged(const cp::node::CommonsStatus& status, const cp::node::NodeDiagnostics& diagnostics);

private:
    void postStatus(const QString& commonsId);

    QThread m_thread;
    Node* m_node = nullptr;
    QPointer<QObject> m_publisher; // a NodeStatusPublisher; used on the node's thread only
    PublicKey m_self;
};

} // namespace cp::node
