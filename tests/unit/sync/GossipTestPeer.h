#pragma once

// One in-process peer for the session tests: a commons repository, its Replica and
// GossipHub, and a listener on 127.0.0.1 with the commons' network key.

#include "core/crypto/SecretHandshakeKeys.h"
#include "core/net/Connection.h"
#include "core/net/Dialer.h"
#include "core/net/Listener.h"
#include "core/sync/GossipHub.h"
#include "core/sync/GossipSession.h"
#include "core/sync/Replica.h"
#include "unit/sync/SyncTestSupport.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

namespace cp::test {

inline QByteArray testNetworkKey()
{
    return QByteArray(32, '\x5a');
}

inline net::TransportOptions fastTransport()
{
    net::TransportOptions options;
    options.dialTimeoutMs = 3000;
    options.handshakeTimeoutMs = 3000;
    options.closeTimeoutMs = 3000;
    return options;
}

struct GossipTestPeer
{
    QString dir;
    std::shared_ptr<const Identity> identity;
    std::unique_ptr<sync::Replica> replica;
    std::unique_ptr<sync::GossipHub> hub;
    std::unique_ptr<net::Listener> listener;
    std::unique_ptr<net::Dialer> dialer;

    // Opens the commons at `dir` as the peer with seed byte `seed`, listening on 127.0.0.1.
    static std::unique_ptr<GossipTestPeer> open(const QString& dir, char seed, sync::SyncOptions options = {})
    {
        auto peer = std::make_unique<GossipTestPeer>();
        peer->dir = dir;
        peer->identity = sharedIdentity(seed);
        auto replica = sync::Replica::open(dir, peer->identity, std::move(options));
        if (!replica) {
            qWarning().noquote() << replica.error().message;
            return nullptr;
        }
        peer->replica = std::move(*replica);
        peer->hub = std::make_unique<sync::GossipHub>(*peer->replica);
        (void)peer->hub->checkLocal();
        peer->listener = std::make_unique<net::Listener>(fastTransport());
        peer->listener->setCandidates({*SecretHandshakeKeys::fromIdentity(testNetworkKey(), *peer->identity)});
        GossipTestPeer* self = peer.get();
        QObject::connect(peer->listener.get(), &net::Listener::connectionReady, peer->hub.get(),
                         [self](net::Connection* c) { self->hub->addConnection(c, {}); });
        if (!peer->listener->listen(QHostAddress::LocalHost, 0))
            return nullptr;
        peer->dialer = std::make_unique<net::Dialer>(fastTransport());
        QObject::connect(peer->dialer.get(), &net::Dialer::connected, peer->hub.get(),
                         [self](net::Connection* c) { self->hub->addConnection(c, {}); });
        return peer;
    }

    void dial(const GossipTestPeer& other)
    {
        dialer->dial(QStringLiteral("127.0.0.1"), other.listener->port(), other.identity->publicKey().bytes(),
                     *SecretHandshakeKeys::fromIdentity(testNetworkKey(), *identity));
    }

    [[nodiscard]] git::Repository& repo() { return replica->repository(); }
    [[nodiscard]] std::optional<git::Oid> ref(const QString& name)
    {
        return repo().resolve(name).value_or(std::nullopt);
    }
    [[nodiscard]] std::optional<git::Oid> peerMain(const GossipTestPeer& other)
    {
        return ref(sync::SignedRefs::peerRefName(other.identity->publicKey(), u"refs/heads/main"));
    }
    [[nodiscard]] bool synced() const { return !hub->sessions().isEmpty() && hub->allSynced() && hub->isIdle(); }

    // A new commit of `file` on main, then a new signed record announced.
    Result<git::Oid> commit(const QString& file, const QByteArray& content)
    {
        auto head = ref(QStringLiteral("refs/heads/main"));
        auto c = commitFile(repo(), file, content, head ? QList<git::Oid>{*head} : QList<git::Oid>{});
        if (!c)
            return c;
        if (auto ok = repo().updateReference(QStringLiteral("refs/heads/main"), *c, head, QStringLiteral("test")); !ok)
            return fail(ok.error());
        if (auto ok = hub->checkLocal(); !ok)
            return fail(ok.error());
        return c;
    }
};

} // namespace cp::test
