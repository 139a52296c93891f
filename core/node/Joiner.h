#pragma once

#include "core/Error.h"
#include "core/crypto/PublicKey.h"
#include "core/git/Oid.h"
#include "core/node/NodeOptions.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <memory>

namespace cp {
class Identity;
}

namespace cp::node {

class Node;
struct Invite;

// Joins a commons from an invite: makes a new repository in a new or empty folder,
// keeps the network key and the inviter's addresses, dials the inviter, fetches
// everything it holds (every record it has, checked like any other), then starts my
// view where the inviter's is (main = the inviter's main, checked out) and publishes
// my first record. On failure the folder is left as it was found. With LAN discovery on
// (the invite holds the network key, so the inviter's announcements are recognised) the
// inviter is also found on this network when the invite's addresses are stale.
class Joiner : public QObject
{
    Q_OBJECT

public:
    Joiner(std::shared_ptr<const Identity> identity, NodeOptions options, QObject* parent = nullptr);
    ~Joiner() override;

    // Ends with finished() or failed(), from the event loop.
    void start(const Invite& invite, const QString& dir);
    // Gives up (the folder is cleaned up); failed() follows.
    void cancel(const Error& reason);

signals:
    void connected(const cp::PublicKey& inviter);
    void progress(qint64 bytes, qint64 objects);
    void finished(const QString& path, const QString& commonsId);
    void failed(const cp::Error& error);

private:
    void onExchangeFinished(const QString& id, const PublicKey& peer);
    void adoptInvitersView();
    void succeed();
    void failWith(const Error& error);
    // LAN discovery: the inviter found on this network, or the invite's addresses all failed.
    void onLanPeerFound(const QString& id, const PublicKey& peer, const QString& address);
    void onInviterUnreachable(const Error& error);
    void onInviterDisconnected(const QString& why);

    std::shared_ptr<const Identity> m_identity;
    NodeOptions m_options;
    QPointer<Node> m_node;
    QString m_dir;
    QString m_id;
    git::Oid m_commons;
    PublicKey m_inviter;
    int m_addresses = 0;
    int m_dialFailures = 0;
    bool m_madeFolder = false;
    bool m_adopted = false;
    bool m_done = false;
    bool m_finishing = false;
    bool m_foundOnLan = false;
    bool m_waitingForLan = false;
    QElapsedTimer m_clock; // since start()
};

} // namespace cp::node
