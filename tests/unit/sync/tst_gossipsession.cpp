#include "core/sync/SigRefsStore.h"
#include "core/sync/WireCodec.h"
#include "unit/sync/GossipTestPeer.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cp;
using namespace cp::sync;
using cp::test::GossipTestPeer;

namespace {

// A member who speaks the wire protocol by hand (it has the network key), to send
// what an honest peer never would.
struct RawClient
{
    std::shared_ptr<const Identity> identity = cp::test::sharedIdentity('\x77');
    net::Dialer dialer{cp::test::fastTransport()};
    QPointer<net::Connection> connection;

    bool connectTo(const GossipTestPeer& peer)
    {
        QSignalSpy connected(&dialer, &net::Dialer::connected);
        dialer.dial(u"127.0.0.1"_s, peer.listener->port(), peer.identity->publicKey().bytes(),
                    *SecretHandshakeKeys::fromIdentity(cp::test::testNetworkKey(), *identity));
        if (!connected.wait(5000))
            return false;
        connection = connected.first().first().value<net::Connection*>();
        return connection != nullptr;
    }
    bool send(const WireMessage& message) { return connection && connection->send(*WireCodec::encode(message)); }
    // The next message (waiting for it), or nothing.
    std::optional<WireMessage> next(int timeoutMs = 5000)
    {
        if (!connection)
            return std::nullopt;
        if (!connection->hasMessage() &&
            !QTest::qWaitFor([&] { return !connection || connection->hasMessage(); }, timeoutMs))
            return std::nullopt;
        if (!connection)
            return std::nullopt;
        auto m = WireCodec::decode(connection->takeMessage());
        return m ? std::optional(*m) : std::nullopt;
    }
    // Skips messages until one of type T.
    template <typename T> std::optional<T> nextOf()
    {
        for (int i = 0; i < 20; ++i) {
            auto m = next();
            if (!m)
                return std::nullopt;
            if (auto* t = std::get_if<T>(&*m))
                return *t;
        }
        return std::nullopt;
    }
    bool ended() const { return !connection || connection->state() != net::Connection::State::Open; }
};

} // namespace

class TestGossipSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_round = 0;
    std::unique_ptr<GossipTestPeer> m_a, m_b;
    git::Oid m_root;

    QString base() const { return m_dir.path() + u"/"_s + QString::number(m_round); }

    void connectAndSync()
    {
        m_b->dial(*m_a);
        QTRY_VERIFY_WITH_TIMEOUT(m_a->synced() && m_b->synced(), 10000);
    }

private slots:
    void init()
    {
        ++m_round;
        git::Repository* repo = nullptr;
        std::unique_ptr<git::Repository> holder;
        auto root = cp::test::makeCommonsRepo(base() + u"/a"_s, &repo, holder);
        QVERIFY(root);
        m_root = *root;
        holder.reset();
        QVERIFY(cp::test::cloneCommons(base() + u"/a"_s, base() + u"/b"_s));
        SyncOptions options;
        options.pingAfterMs = 200;
        m_a = GossipTestPeer::open(base() + u"/a"_s, '\x0a', options);
        m_b = GossipTestPeer::open(base() + u"/b"_s, '\x0b', options);
        QVERIFY(m_a && m_b);
        QCOMPARE(m_a->replica->commonsId(), m_root);
        QCOMPARE(m_b->replica->commonsId(), m_root);
    }

    void cleanup()
    {
        m_a.reset();
        m_b.reset();
    }

    void recordsAndCommitsFlowBothWays()
    {
        auto a1 = m_a->commit(u"a.md"_s, "from a");
        QVERIFY(a1);
        connectAndSync();
        QCOMPARE(m_b->peerMain(*m_a), *a1);
        QCOMPARE(m_a->peerMain(*m_b), m_root);
        // Sync never moves my view.
        QCOMPARE(m_b->ref(u"refs/heads/main"_s), m_root);

        QSignalSpy stored(m_a->hub.get(), &GossipHub::recordStored);
        auto b1 = m_b->commit(u"b.md"_s, "from b");
        QVERIFY(b1);
        QTRY_COMPARE(m_a->peerMain(*m_b), *b1);
        QCOMPARE(stored.size(), 1);
        QTRY_VERIFY(m_a->synced() && m_b->synced());
        QCOMPARE(m_a->replica->held(m_b->identity->publicKey())->seq(), 2u);

        // The records kept survive a restart.
        auto reopened = Replica::open(m_a->dir, m_a->identity, {});
        QVERIFY(reopened);
        QCOMPARE((*reopened)->held(m_b->identity->publicKey())->refs().value(u"refs/heads/main"_s), *b1);
    }

    void lazyPushPrunesDuplicatesAndGrafts_data()
    {
        QTest::addColumn<bool>("oldPeer");
        QTest::newRow("all speak lazy push") << false;
        QTest::newRow("c is a version 1 peer") << true;
    }

    void lazyPushPrunesDuplicatesAndGrafts()
    {
        // A triangle: A's record reaches B and C from A, and then each from the other.
        QFETCH(bool, oldPeer);
        QVERIFY(cp::test::cloneCommons(base() + u"/a"_s, base() + u"/c"_s));
        SyncOptions options;
        options.graftAfterMs = 50;
        SyncOptions old = options;
        old.lazyPush = !oldPeer;
        m_a = GossipTestPeer::open(base() + u"/a"_s, '\x0a', options);
        m_b = GossipTestPeer::open(base() + u"/b"_s, '\x0b', options);
        auto c = GossipTestPeer::open(base() + u"/c"_s, '\x0c', old);
        QVERIFY(m_a && m_b && c);
        m_b->dial(*m_a);
        c->dial(*m_b);
        m_a->dial(*c);
        QTRY_VERIFY_WITH_TIMEOUT(m_a->synced() && m_b->synced() && c->synced() && m_a->hub->sessions().size() == 2 &&
                                     m_b->hub->sessions().size() == 2 && c->hub->sessions().size() == 2,
                                 10000);
        const PublicKey b = m_b->identity->publicKey(), cKey = c->identity->publicKey();
        auto a1 = m_a->commit(u"a.md"_s, "one");
        QVERIFY(a1);
        QTRY_VERIFY(m_b->peerMain(*m_a) == *a1 && c->peerMain(*m_a) == *a1);
        QTRY_VERIFY(m_a->synced() && m_b->synced() && c->synced());
        GossipSession* bc = m_b->hub->session(cKey);
        GossipSession* cb = c->hub->session(b);
        QVERIFY(bc && cb);
        if (oldPeer) {
            // Nothing lazy with a peer that does not speak it: records go both ways as before.
            QVERIFY(!bc->peerSpeaksLazy() && !bc->isLazy() && !cb->isLazy());
        } else {
            // The duplicate pruned one link (usually B — C), on both ends: the other two form
            // the tree.
            const PublicKey aKey = m_a->identity->publicKey();
            auto lazyLinks = [&] {
                const bool ab = m_a->hub->session(b)->isLazy() && m_b->hub->session(aKey)->isLazy();
                const bool ac = m_a->hub->session(cKey)->isLazy() && c->hub->session(aKey)->isLazy();
                const bool bcLazy = bc->isLazy() && cb->isLazy();
                return int(ab) + int(ac) + int(bcLazy);
            };
            QTRY_COMPARE(lazyLinks(), 1);
        }

        // The next record: B and C hear it from A; between them only notices (or, with the
        // old peer, records) go.
        QSignalSpy noticesAtB(m_b->hub.get(), &GossipHub::noticeReceived);
        QSignalSpy noticesAtC(c->hub.get(), &GossipHub::noticeReceived);
        QSignalSpy offeredAtB(m_b->hub.get(), &GossipHub::recordOffered);
        QSignalSpy offeredAtC(c->hub.get(), &GossipHub::recordOffered);
        auto a2 = m_a->commit(u"a.md"_s, "two");
        QVERIFY(a2);
        QTRY_VERIFY(m_b->peerMain(*m_a) == *a2 && c->peerMain(*m_a) == *a2);
        QTRY_VERIFY(m_a->synced() && m_b->synced() && c->synced());
        if (oldPeer) {
            // Neither sent to the old peer nor by it (A and B may still notice each other).
            QCOMPARE(noticesAtC.size(), 0);
            for (const QList<QVariant>& notice : std::as_const(noticesAtB))
                QCOMPARE(notice.at(2).value<PublicKey>(), m_a->identity->publicKey());
        } else {
            QCOMPARE(offeredAtB.size(), 1); // from A only
            QCOMPARE(offeredAtC.size(), 1);
            QVERIFY(noticesAtB.size() + noticesAtC.size() >= 1);
        }

        // A loses C: A's next record reaches C through B, by a notice and a graft.
        m_a->hub->session(cKey)->abort();
        QTRY_COMPARE(c->hub->sessions().size(), 1);
        auto a3 = m_a->commit(u"a.md"_s, "three");
        QVERIFY(a3);
        QTRY_COMPARE(c->peerMain(*m_a), *a3);
        QTRY_VERIFY(m_b->synced() && c->synced());
        if (!oldPeer)
            QVERIFY(!m_b->hub->session(cKey)->isLazy() && !c->hub->session(b)->isLazy()); // grafted: eager again
        c.reset();
    }

    void justReplacedTipIsStillServed()
    {
        // A peer may ask for the tip of my record just as a newer record replaces it.
        const git::Oid before = *m_a->ref(u"refs/heads/main"_s);
        QVERIFY(m_a->replica->isPublished(before));
        auto a1 = m_a->commit(u"a.md"_s, "newer");
        QVERIFY(a1);
        QCOMPARE(m_a->replica->held(m_a->identity->publicKey())->refs().value(u"refs/heads/main"_s), *a1);
        QVERIFY(m_a->replica->isPublished(before));
        QVERIFY(m_a->replica->buildPack({before}, {}));
        // Never an object no record named.
        auto blob = m_a->repo().writeBlob("never published");
        QVERIFY(blob);
        QVERIFY(!m_a->replica->isPublished(*blob));
        auto refused = m_a->replica->buildPack({*blob}, {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Protocol);
    }

    void forgedRecordDisconnects()
    {
        QSignalSpy misbehaved(m_a->hub.get(), &GossipHub::peerMisbehaved);
        RawClient client;
        QVERIFY(client.connectTo(*m_a));
        QVERIFY(client.send(HelloMessage{1, u"raw"_s, m_root.toRaw(), {}}));
        QVERIFY(client.nextOf<HelloMessage>());
        auto record = SignedRefs::sign(*client.identity, m_root, 1, QDateTime::currentSecsSinceEpoch(),
                                       {{u"refs/heads/main"_s, m_root}});
        SignedRefsRecord forged = record->toWire();
        forged.body.replace("seq 1", "seq 9");
        QVERIFY(client.send(RefsMessage{{forged}}));
        auto error = client.nextOf<ErrorMessage>();
        QVERIFY(error);
        QCOMPARE(error->code, u"protocol"_s);
        QTRY_VERIFY(client.ended());
        QCOMPARE(misbehaved.size(), 1);
        QCOMPARE(misbehaved.first().first().value<PublicKey>(), client.identity->publicKey());
        QVERIFY(!m_a->replica->held(client.identity->publicKey()));
    }

    void replayedRecordDisconnects()
    {
        // B's record 1 is captured; then B moves on to 2 and A learns it.
        const SignedRefs old = *m_b->replica->held(m_b->identity->publicKey());
        QVERIFY(m_b->commit(u"b.md"_s, "newer"));
        connectAndSync();
        const PublicKey bob = m_b->identity->publicKey();
        QCOMPARE(m_a->replica->heldSeq(bob), 2u);
        m_b.reset();

        QSignalSpy misbehaved(m_a->hub.get(), &GossipHub::peerMisbehaved);
        RawClient client;
        QVERIFY(client.connectTo(*m_a));
        QVERIFY(client.send(HelloMessage{1, u"raw"_s, m_root.toRaw(), {}}));
        QVERIFY(client.send(RefsMessage{}));
        // A's full set (with B's record 2); acknowledged, so the client has surely seen it.
        auto refs = client.nextOf<RefsMessage>();
        QVERIFY(refs);
        QCOMPARE(refs->records.size(), 2);
        QVERIFY(client.send(SyncedMessage{1}));
        QVERIFY(client.send(RefsMessage{{old.toWire()}}));
        auto error = client.nextOf<ErrorMessage>();
        QVERIFY(error);
        QVERIFY(error->text.contains(u"replayed"_s));
        QTRY_VERIFY(client.ended());
        QCOMPARE(misbehaved.size(), 1);
        QCOMPARE(m_a->replica->heldSeq(bob), 2u);
    }

    void staleRecordInFirstSetIsIgnored()
    {
        // A peer that lags behind may offer an old record on connect: skipped, no blame.
        const SignedRefs old = *m_b->replica->held(m_b->identity->publicKey());
        QVERIFY(m_b->commit(u"b.md"_s, "newer"));
        connectAndSync();
        m_b.reset();
        QSignalSpy misbehaved(m_a->hub.get(), &GossipHub::peerMisbehaved);
        RawClient client;
        QVERIFY(client.connectTo(*m_a));
        QVERIFY(client.send(HelloMessage{1, u"raw"_s, m_root.toRaw(), {}}));
        QVERIFY(client.send(RefsMessage{{old.toWire()}}));
        auto synced = client.nextOf<SyncedMessage>();
        QVERIFY(synced);
        QCOMPARE(synced->n, 1u);
        QVERIFY(!client.ended());
        QCOMPARE(misbehaved.size(), 0);
    }

    void messagesOutOfOrderDisconnect_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("refs before hello") << 0;
        QTest::newRow("second hello") << 1;
        QTest::newRow("pack nobody asked for") << 2;
        QTest::newRow("want for unpublished object") << 3;
        QTest::newRow("synced beyond what was sent") << 4;
        QTest::newRow("another commons") << 5;
        QTest::newRow("not cbor") << 6;
    }

    void messagesOutOfOrderDisconnect()
    {
        QFETCH(int, which);
        QSignalSpy misbehaved(m_a->hub.get(), &GossipHub::peerMisbehaved);
        RawClient client;
        QVERIFY(client.connectTo(*m_a));
        const HelloMessage hello{1, u"raw"_s, m_root.toRaw(), {}};
        switch (which) {
        case 0:
            QVERIFY(client.send(RefsMessage{}));
            break;
        case 1:
            QVERIFY(client.send(hello) && client.send(hello));
            break;
        case 2:
            QVERIFY(client.send(hello) && client.send(PackMessage{0, 0, "PACK", true}));
            break;
        case 3:
            QVERIFY(client.send(hello) &&
                    client.send(WantMessage{client.identity->publicKey().bytes(), {QByteArray(20, '\x42')}, {}}));
            break;
        case 4:
            QVERIFY(client.send(hello) && client.send(SyncedMessage{5}));
            break;
        case 5:
            QVERIFY(client.send(HelloMessage{1, u"raw"_s, QByteArray(20, '\x01'), {}}));
            break;
        default:
            QVERIFY(client.send(hello) && client.connection->send("\xff\xff"));
            break;
        }
        QTRY_VERIFY(client.ended());
        QCOMPARE(misbehaved.size(), 1);
    }

    void unsafeTreeIsRefusedAndNothingStored()
    {
        // A's main gets a commit with a symbolic link; B must refuse it.
        auto blob = m_a->repo().writeBlob("/etc/passwd");
        auto tree = cp::test::writeRawTree(m_a->repo().gitDir(), {{"120000", "link", *blob}});
        QVERIFY(tree);
        auto commit = m_a->repo().createCommit({*tree, {m_root}, cp::test::testAuthor(), {}, u"evil"_s});
        QVERIFY(commit);
        QVERIFY(m_a->repo().updateReference(u"refs/heads/main"_s, *commit, m_root, u"t"_s));
        QVERIFY(m_a->hub->checkLocal());
        QSignalSpy misbehaved(m_b->hub.get(), &GossipHub::peerMisbehaved);
        m_b->dial(*m_a);
        QTRY_COMPARE_WITH_TIMEOUT(misbehaved.size(), 1, 10000);
        QVERIFY(misbehaved.first().at(1).value<Error>().message.contains(u"symbolic link"_s));
        QVERIFY(!m_b->peerMain(*m_a));
        QVERIFY(!m_b->repo().contains(*commit));
        QVERIFY(QDir(m_b->replica->stateDir()).entryList({u"incoming-*"_s}, QDir::Dirs).isEmpty());
    }

    void pingKeepsAQuietSessionAlive()
    {
        connectAndSync();
        GossipSession* session = m_a->hub->sessions().first();
        QSignalSpy ended(m_a->hub.get(), &GossipHub::sessionEnded);
        // pingAfterMs is 200: several pings and pongs pass, and nothing ends.
        QTest::qWait(700);
        QCOMPARE(ended.size(), 0);
        QCOMPARE(m_a->hub->sessions().first(), session);
    }

    void silentPeerIsDropped()
    {
        m_a.reset();
        SyncOptions options;
        options.pingAfterMs = 100;
        options.dropAfterMs = 300;
        m_a = GossipTestPeer::open(base() + u"/a"_s, '\x0a', options);
        QSignalSpy ended(m_a->hub.get(), &GossipHub::sessionEnded);
        RawClient client;
        QVERIFY(client.connectTo(*m_a));
        QVERIFY(client.send(HelloMessage{1, u"raw"_s, m_root.toRaw(), {}}));
        // The client never answers A's ping: A drops it.
        QVERIFY(ended.wait(3000));
        QVERIFY(ended.first().at(1).value<std::optional<Error>>().has_value());
    }

    void syncedRoundTripsOnTheWire()
    {
        auto encoded = WireCodec::encode(SyncedMessage{42});
        QVERIFY(encoded);
        auto decoded = WireCodec::decode(*encoded);
        QVERIFY(decoded);
        QCOMPARE(std::get<SyncedMessage>(*decoded).n, 42u);
        QCOMPARE(WireCodec::typeName(*decoded), u"synced"_s);
    }
};

QTEST_GUILESS_MAIN(TestGossipSession)
#include "tst_gossipsession.moc"
