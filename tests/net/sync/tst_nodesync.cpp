#include "core/crypto/SecretHandshakeKeys.h"
#include "core/git/PackBuilder.h"
#include "core/net/Connection.h"
#include "core/net/Dialer.h"
#include "core/sync/WireCodec.h"
#include "net/sync/NodeTestSupport.h"

#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace cp;
using cp::test::TestCommons;
using cp::test::TestNode;

class TestNodeSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    int m_round = 0;

    QString freshDir() { return m_tmp.path() + u"/"_s + QString::number(++m_round); }

private slots:
    void twoNodesSyncBothWays()
    {
        TestCommons c;
        QVERIFY(c.make(freshDir(), 2));
        QVERIFY(c[0].start() && c[1].start());
        auto a1 = c[0].edit(u"a.md"_s, "from A");
        QVERIFY(a1);
        c[1].connectTo(c[0]);
        QTRY_COMPARE_WITH_TIMEOUT(c[1].viewOf(c[0]), std::optional(*a1), 10000);
        QTRY_COMPARE(c[0].viewOf(c[1]), c[1].main());

        // An edit by another program on B reaches A, and nobody's main moves.
        auto b1 = c[1].edit(u"b.md"_s, "from B");
        QVERIFY(b1);
        QTRY_COMPARE(c[0].viewOf(c[1]), std::optional(*b1));
        QCOMPARE(c[0].main(), std::optional(*a1));
        QCOMPARE(c[1].main(), std::optional(*b1));

        // The status snapshot (Peers panel, `status`) names B, online, reached on the LAN.
        QSignalSpy status(c[0].thread.get(), &node::NodeThread::statusChanged);
        c[0].thread->requestStatus(c[0].commonsId);
        QVERIFY(status.wait());
        const auto snapshot = status.last().at(0).value<node::CommonsStatus>();
        QCOMPARE(snapshot.online, 1);
        QCOMPARE(snapshot.peers.size(), 1);
        const node::PeerStatus& b = snapshot.peers.first();
        QCOMPARE(b.pid, c[1].pid());
        QVERIFY(b.online);
        QCOMPARE(b.reach, node::PeerStatus::Reach::Lan);
        QVERIFY(!b.name.isEmpty());
        QCOMPARE(b.trust, u"review"_s);
        QVERIFY(b.seq > 0);
        const auto diagnostics = status.last().at(1).value<node::NodeDiagnostics>();
        QVERIFY(diagnostics.listening);
        QCOMPARE(diagnostics.port, c[0].port);
    }

    void lineConvergesThroughTheMiddle()
    {
        TestCommons c;
        QVERIFY(c.make(freshDir(), 3));
        for (int i = 0; i < 3; ++i)
            QVERIFY(c[i].start());
        c[0].connectTo(c[1]); // A — B
        c[2].connectTo(c[1]); // B — C; A and C never meet
        QVERIFY(c[0].edit(u"a.md"_s, "A"));
        QVERIFY(c[2].edit(u"c.md"_s, "C"));
        QTRY_VERIFY_WITH_TIMEOUT(test::allConverged(c, 3), 10000);
        QVERIFY(c[2].viewOf(c[0]).has_value());
    }

    // Peer exchange: B introduces a newcomer C to A, already connected, at once (not at the
    // next periodic exchange, minutes away), and A dials C directly.
    void newcomerIsIntroducedToPeersAlreadyConnected()
    {
        TestCommons c;
        QVERIFY(c.make(freshDir(), 3));
        auto options = test::fastNodeOptions();
        options.peerExchange = true;
        options.peerExchangeMs = 600000;
        QVERIFY(c[0].start(options));
        QVERIFY(c[1].start(options));
        auto quiet = options; // C takes no addresses from others: only A can start an A — C session
        quiet.peerExchange = false;
        QVERIFY(c[2].start(quiet));
        QSignalSpy aConnected(c[0].thread.get(), &node::NodeThread::peerConnected);
        c[0].connectTo(c[1]); // A — B
        QTRY_VERIFY_WITH_TIMEOUT(!aConnected.isEmpty(), 10000);
        c[2].connectTo(c[1]); // then C — B; nobody tells A about C but B
        auto connectedTo = [&](const PublicKey& pid) {
            return std::ranges::any_of(aConnected, [&](const QList<QVariant>& args) {
                return args.at(1).value<PublicKey>() == pid;
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(connectedTo(c[2].pid()), 10000);
    }

    void ringOfEightConvergesAfterAnEditEverywhere()
    {
        constexpr int n = 8;
        TestCommons c;
        QVERIFY(c.make(freshDir(), n));
        for (int i = 0; i < n; ++i)
            QVERIFY(c[i].start());
        for (int i = 0; i < n; ++i)
            c[i].connectTo(c[(i + 1) % n]);
        for (int i = 0; i < n; ++i)
            QVERIFY(c[i].edit(u"page%1.md"_s.arg(i), QByteArray("edit by ") + QByteArray::number(i)));
        QTRY_VERIFY_WITH_TIMEOUT(test::allConverged(c, n), 20000);
    }

    void offlineNodeCatchesUpOnReconnect()
    {
        TestCommons c;
        QVERIFY(c.make(freshDir(), 2));
        QVERIFY(c[0].start() && c[1].start());
        c[1].connectTo(c[0]);
        QTRY_COMPARE_WITH_TIMEOUT(c[1].viewOf(c[0]), c[0].main(), 10000);
        c[1].stop();
        QVERIFY(c[0].edit(u"a.md"_s, "one"));
        auto latest = c[0].edit(u"a.md"_s, "two");
        QVERIFY(latest);
        // B comes back on a new port; it remembers A and dials it.
        QVERIFY(c[1].start());
        QTRY_COMPARE_WITH_TIMEOUT(c[1].viewOf(c[0]), std::optional(*latest), 10000);
    }

    void strangerWithAnotherNetworkKeyGetsNothing()
    {
        TestCommons c;
        QVERIFY(c.make(freshDir(), 1));
        TestNode* stranger = c.addMember(QByteArray(32, '\x13'));
        QVERIFY(stranger);
        QVERIFY(c[0].start() && stranger->start());
        QVERIFY(c[0].edit(u"secret.md"_s, "members only"));
        QSignalSpy failed(stranger->thread.get(), &node::NodeThread::failed);
        QSignalSpy connected(stranger->thread.get(), &node::NodeThread::peerConnected);
        QSignalSpy accepted(c[0].thread.get(), &node::NodeThread::peerConnected);
        stranger->connectTo(c[0]);
        // Its dials fail at the handshake, again and again; nothing is exchanged.
        QTest::qWait(800);
        QCOMPARE(connected.size(), 0);
        QCOMPARE(accepted.size(), 0);
        QVERIFY(!stranger->viewOf(c[0]));
        QVERIFY(!c[0].viewOf(*stranger));
    }

    void transferCutMidPackLeavesAValidRepository()
    {
        TestCommons c;
        QVERIFY(c.make(freshDir(), 2));
        TestNode& a = c[0];
        TestNode& b = c[1];
        QByteArray big(3 * 1024 * 1024, '\0');
        QRandomGenerator(5).fillRange(reinterpret_cast<quint32*>(big.data()), big.size() / 4);
        auto commit = a.edit(u"big.bin"_s, big);
        QVERIFY(commit);
        QVERIFY(b.start());

        // A, by hand: offer the record, answer the want with half of the pack, then cut.
        auto repo = git::Repository::open(a.dir);
        QVERIFY(repo);
        auto record = sync::SignedRefs::sign(*a.identity, c.root, 1, QDateTime::currentSecsSinceEpoch(),
                                             {{u"refs/heads/main"_s, *commit}});
        net::Dialer dialer(test::fastNodeOptions().transport);
        QSignalSpy dialed(&dialer, &net::Dialer::connected);
        dialer.dial(u"127.0.0.1"_s, b.port, b.pid().bytes(),
                    *SecretHandshakeKeys::fromIdentity(QByteArray(32, '\x6b'), *a.identity));
        QVERIFY(dialed.wait(5000));
        auto* connection = dialed.first().first().value<net::Connection*>();
        auto send = [&](const sync::WireMessage& m) { return connection->send(*sync::WireCodec::encode(m)); };
        QVERIFY(send(sync::HelloMessage{1, u"raw"_s, c.root.toRaw(), {}}));
        QVERIFY(send(sync::RefsMessage{{record->toWire()}}));
        std::optional<sync::WantMessage> want;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     while (connection->hasMessage())
                                         if (auto m = sync::WireCodec::decode(connection->takeMessage());
                                             m && std::holds_alternative<sync::WantMessage>(*m))
                                             want = std::get<sync::WantMessage>(*m);
                                     return want.has_value();
                                 }()),
                                 5000);
        auto pack = git::PackBuilder::build(*repo, {*commit}, {}, 1LL << 30);
        QVERIFY(pack && pack->size() > 1024 * 1024);
        QSignalSpy progress(b.thread.get(), &node::NodeThread::transferProgress);
        const qsizetype half = pack->size() / 2;
        for (qsizetype at = 0, seq = 0; at < half; at += 60000, ++seq) {
            QTRY_VERIFY(connection->canSend(64 * 1024 + 1024));
            QVERIFY(send(sync::PackMessage{0, quint64(seq), pack->mid(at, 60000), false}));
        }
        QVERIFY(progress.wait(5000));
        connection->abort();
        delete connection;

        // B keeps nothing of it, its repository is sound, and no quarantine is left.
        const QString incoming = b.dir + u"/.git/commonplace"_s;
        QTRY_VERIFY(QDir(incoming).entryList({u"incoming-*"_s}, QDir::Dirs).isEmpty());
        QVERIFY(!b.viewOf(a));
        QByteArray out;
        QCOMPARE(test::runGit(b.dir, {u"fsck"_s, u"--strict"_s}, &out), 0);

        // The next sync, with the real node of A, completes.
        QVERIFY(a.start());
        b.connectTo(a);
        QTRY_COMPARE_WITH_TIMEOUT(b.viewOf(a), std::optional(*commit), 15000);
        QCOMPARE(test::runGit(b.dir, {u"fsck"_s, u"--strict"_s}, &out), 0);
    }
};

QTEST_GUILESS_MAIN(TestNodeSync)
#include "tst_nodesync.moc"
