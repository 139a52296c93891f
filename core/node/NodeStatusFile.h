#pragma once

#include "core/Error.h"
#include "core/node/NodeStatus.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <optional>

namespace cp::node {

class Node;

// What a running node tells other programs (`commonplace-cli status`) about one commons:
// its status and the node's diagnostics as JSON in <git dir>/commonplace/node-status.json
// (never in the tree), rewritten when they change and every kHeartbeatMs, removed when the
// node stops. A file that is not rewritten for kStaleMs, or whose process is gone, means
// that no node runs.
class NodeStatusFile
{
    Q_DECLARE_TR_FUNCTIONS(NodeStatusFile)

public:
    static constexpr int kVersion = 1;
    static constexpr int kHeartbeatMs = 10000;
    static constexpr qint64 kStaleMs = 30000;
    static constexpr qsizetype kMaxSize = 4 * 1024 * 1024;

    struct Snapshot
    {
        CommonsStatus status;
        NodeDiagnostics diagnostics;
        qint64 processId = 0;
        qint64 writtenMs = 0; // unix milliseconds
    };

    [[nodiscard]] static QString pathIn(const QString& gitDir);
    [[nodiscard]] static QByteArray encode(const Snapshot& snapshot);
    // Refuses anything but a well-formed snapshot of our version (clear error).
    [[nodiscard]] static Result<Snapshot> decode(QByteArrayView json);

    [[nodiscard]] static Status write(const QString& gitDir, const Snapshot& snapshot);
    // The snapshot in `gitDir`; nullopt when there is none.
    [[nodiscard]] static Result<std::optional<Snapshot>> read(const QString& gitDir);
    static void remove(const QString& gitDir);
    // Written recently enough by a process that still runs.
    [[nodiscard]] static bool isLive(const Snapshot& snapshot, qint64 nowMs);
};

// Keeps the status files of every commons a Node serves up to date (on the node's thread),
// and removes them when it is destroyed or the node stops.
class NodeStatusPublisher : public QObject
{
    Q_OBJECT

public:
    explicit NodeStatusPublisher(Node* node, QObject* parent = nullptr);
    ~NodeStatusPublisher() override;

    // Writes every commons' file now.
    void publishAll();
    // Removes every file written.
    void withdraw();

private:
    void publish(const QString& commonsId);

    QPointer<Node> m_node;
    QTimer m_heartbeat;
    QHash<QString, QString> m_written; // commons id → git dir
    bool m_withdrawn = false;
};

} // namespace cp::node
