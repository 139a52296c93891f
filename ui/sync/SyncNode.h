#pragma once

#include "core/Error.h"
#include "core/node/NodeOptions.h"
#include "core/node/NodeStatus.h"
#include "core/node/PeerAddress.h"

#include <QObject>
#include <QStringList>
#include <memory>

namespace cp {

class Identity;

namespace node {
class NodeThread;
}

// The app's node in the background: one NodeThread serving the open commons. It
// starts once the identity that signs its records is there, listens on port 47474
// (or on any free port when that is taken, as by a second instance), and keeps the
// newest status of the commons for the views. Destroying it stops the node.
//
// Test seam: the environment variable COMMONPLACE_LISTEN="HOST:PORT" replaces where
// the node listens (the GUI tests use "127.0.0.1:0": loopback, any free port).
class SyncNode : public QObject
{
    Q_OBJECT
public:
    explicit SyncNode(QObject* parent = nullptr);
    ~SyncNode() override;

    // The options for real use (with COMMONPLACE_LISTEN applied) and this profile's name.
    [[nodiscard]] static node::NodeOptions defaultOptions(const QString& authorName);

    // Starts the node (once) with `options` (normally defaultOptions()); when it cannot
    // listen where asked it tries any free port, then runs without listening. The
    // commons given to setCommons() is added once it runs.
    void start(std::shared_ptr<const Identity> identity, node::NodeOptions options);
    // Serves the commons at `path` instead of the one before (empty: none).
    void setCommons(const QString& path);
    void connectTo(const node::PeerAddress& address);
    void requestStatus();
    void stop();
    // Says why sync is not working (in the status bar and the Peers panel); empty clears it.
    void setProblem(const QString& problem);

    [[nodiscard]] node::NodeThread* thread() const { return m_thread.get(); }
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] QString commonsId() const { return m_commonsId; }
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QStringList advertisedAddresses() const { return m_advertised; }
    [[nodiscard]] const node::CommonsStatus& status() const { return m_status; }
    [[nodiscard]] const node::NodeDiagnostics& diagnostics() const { return m_diagnostics; }
    // Why the node is not running or not listening as asked, and the last problem the
    // node reported (until the next exchange finishes); empty when all is well.
    [[nodiscard]] QString problem() const;
    // Said when the node listens elsewhere than asked (the port was taken); empty otherwise.
    [[nodiscard]] QString listenNote() const { return m_listenNote; }

signals:
    void started();
    void addressesChanged();
    void statusChanged();
    void problemChanged(const QString& problem);
    // A peer's record was stored: its changes may now wait for review.
    void recordReceived();
    void transferProgress(qint64 bytes, qint64 objects);
    void exchangeFinished();
    // A "Connect to…" (or another request) failed.
    void requestFailed(const QString& what, const cp::Error& error);

private:
    void launch(node::NodeOptions options);
    void onStarted(quint16 port, const QStringList& addresses);
    void onFailed(const QString& what, const Error& error);
    void addCurrent();
    void setPassingProblem(const QString& problem);
    void setAdvertised(const QStringList& addresses);

    std::shared_ptr<const Identity> m_identity;
    node::NodeOptions m_options;
    std::unique_ptr<node::NodeThread> m_thread;
    bool m_running = false;
    bool m_fellBack = false;
    QString m_path;
    QString m_commonsId;
    quint16 m_port = 0;
    QStringList m_advertised;
    node::CommonsStatus m_status;
    node::NodeDiagnostics m_diagnostics;
    QString m_problem;
    QString m_passingProblem;
    QString m_listenNote;
};

} // namespace cp
