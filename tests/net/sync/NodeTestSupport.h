#pragma once

// Helpers for the multi-node tests: a commons and its members' copies, nodes on threads
// of their own listening on 127.0.0.1, and edits made the way another program would
// (a separate repository handle on the test's thread).

#include "core/crypto/Identity.h"
#include "core/git/Repository.h"
#include "core/node/NetworkKeyFile.h"
#include "core/node/Node.h"
#include "core/node/NodeThread.h"
#include "core/sync/SignedRefs.h"
#include "unit/sync/SyncTestSupport.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>
#include <memory>

namespace cp::test {

inline node::NodeOptions fastNodeOptions()
{
    node::NodeOptions o;
    o.listenAddress = QHostAddress::LocalHost;
    o.listenPort = 0;
    o.transport.dialTimeoutMs = 3000;
    o.transport.handshakeTimeoutMs = 3000;
    o.transport.closeTimeoutMs = 2000;
    o.reconnectMinMs = 100;
    o.reconnectMaxMs = 1000;
    o.misbehaviourBackoffMs = 60000;
    o.localCheckMs = 200;
    o.peerExchange = false; // keep the topology each test builds
    o.lanDiscovery = false; // no datagrams beyond 127.0.0.1; the discovery tests turn it on
    o.portMapping = false;
    return o;
}

// A member: a copy of the commons, an identity, and (while running) a node on its own thread.
struct TestNode
{
    QString dir;
    std::shared_ptr<const Identity> identity;
    std::unique_ptr<node::NodeThread> thread;
    quint16 port = 0;
    QString commonsId;

    [[nodiscard]] PublicKey pid() const { return identity->publicKey(); }
    [[nodiscard]] node::PeerAddress address() const { return {pid(), QStringLiteral("127.0.0.1"), port}; }

    bool start(node::NodeOptions options = fastNodeOptions())
    {
        thread = std::make_unique<node::NodeThread>(identity, options);
        QSignalSpy started(thread.get(), &node::NodeThread::started);
        QSignalSpy added(thread.get(), &node::NodeThread::commonsAdded);
        QSignalSpy failed(thread.get(), &node::NodeThread::failed);
        thread->start();
        if (!started.wait(5000))
            return false;
        port = started.first().first().value<quint16>();
        thread->addCommons(dir);
        if (!added.wait(5000)) {
            if (!failed.isEmpty())
                qWarning().noquote() << failed.first().at(1).value<Error>().message;
            return false;
        }
        commonsId = added.first().at(1).toString();
        return true;
    }
    void stop() { thread.reset(); }
    void connectTo(const TestNode& other) { thread->connectTo(commonsId, other.address()); }

    // Reads a ref with a handle of the test's own (as another program would).
    [[nodiscard]] std::optional<git::Oid> ref(const QString& name) const
    {
        auto repo = git::Repository::open(dir);
        if (!repo)
            return std::nullopt;
        auto target = repo->resolve(name);
        return target ? *target : std::nullopt;
    }
    [[nodiscard]] std::optional<git::Oid> main() const { return ref(QStringLiteral("refs/heads/main")); }
    [[nodiscard]] std::optional<git::Oid> viewOf(const TestNode& other) const
    {
        return ref(sync::SignedRefs::peerRefName(other.pid(), u"refs/heads/main"));
    }

    // A commit on main, made outside the node (like the CLI, the GUI or plain git would).
    Result<git::Oid> edit(const QString& file, const QByteArray& content)
    {
        auto repo = git::Repository::open(dir);
        if (!repo)
            return fail(repo.error());
        auto head = repo->resolve(QStringLiteral("refs/heads/main"));
        auto commit = commitFile(*repo, file, content, head && *head ? QList<git::Oid>{**head} : QList<git::Oid>{});
        if (!commit)
            return commit;
        if (auto ok = repo->updateReference(QStringLiteral("refs/heads/main"), *commit, *head, QStringLiteral("edit"));
            !ok)
            return fail(ok.error());
        return commit;
    }
};

// A commons and `count` members' copies of it (stock git clones), all with `networkKey`.
struct TestCommons
{
    QString base;
    git::Oid root;
    std::vector<std::unique_ptr<TestNode>> nodes;

    bool make(const QString& dir, int count, const QByteArray& networkKey = QByteArray(32, '\x6b'))
    {
        base = dir;
        git::Repository* repo = nullptr;
        std::unique_ptr<git::Repository> holder;
        auto made = makeCommonsRepo(dir + QStringLiteral("/origin"), &repo, holder);
        if (!made)
            return false;
        root = *made;
        holder.reset();
        for (int i = 0; i < count; ++i)
            if (!addMember(networkKey))
                return false;
        return true;
    }

    TestNode* addMember(const QByteArray& networkKey)
    {
        const int i = int(nodes.size());
        auto node = std::make_unique<TestNode>();
        node->dir = base + QStringLiteral("/member") + QString::number(i);
        node->identity = sharedIdentity(char(0x40 + i));
        if (!cloneCommons(base + QStringLiteral("/origin"), node->dir))
            return nullptr;
        if (!node::NetworkKeyFile::store(node->dir + QStringLiteral("/.git"), networkKey))
            return nullptr;
        nodes.push_back(std::move(node));
        return nodes.back().get();
    }

    TestNode& operator[](int i) { return *nodes[size_t(i)]; }
};

// True when every node holds every other node's main as that peer's view.
inline bool allConverged(TestCommons& commons, int count)
{
    for (int i = 0; i < count; ++i)
        for (int j = 0; j < count; ++j)
            if (i != j && commons[i].viewOf(commons[j]) != commons[j].main())
                return false;
    return true;
}

} // namespace cp::test
