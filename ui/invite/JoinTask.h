#pragma once

#include "core/Error.h"
#include "core/node/NodeOptions.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <memory>

namespace cp {
class Identity;
}

namespace cp::node {
class Joiner;
struct Invite;
} // namespace cp::node

namespace cp {

// One join from an invite, run by a node::Joiner on a thread of its own: the Joiner,
// its Node, their sockets and repository handles all live there, so the window stays
// responsive while the commons arrives. Signals come back on the caller's thread.
// Destroying a task that is still running cancels it, joins the thread and removes
// what it had made of the folder.
class JoinTask : public QObject
{
    Q_OBJECT

public:
    JoinTask(std::shared_ptr<const Identity> identity, node::NodeOptions options, QObject* parent = nullptr);
    ~JoinTask() override;

    // Joins the commons of `invite` into `dir` (new or empty); then finished() or failed().
    void start(const node::Invite& invite, const QString& dir);
    // Gives up: the folder is cleaned up, then failed() with wasCancelled() true.
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] bool wasCancelled() const { return m_cancelled; }

signals:
    void connected();
    void progress(qint64 bytes, qint64 objects);
    void finished(const QString& path, const QString& commonsId);
    void failed(const cp::Error& error);

private:
    void endThread();

    QThread m_thread;
    node::Joiner* m_joiner; // lives on m_thread
    QString m_dir;
    bool m_madeFolder = false;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace cp
