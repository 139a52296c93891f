// Nodes with LAN discovery on, in one process on 127.0.0.1 (LanDiscoveryOptions::targets sends
// each node's announcements to the other's UDP port instead of broadcasting): they find each
// other with no address given and sync, the peer shows as reached on the LAN, the diagnostics
// describe LAN discovery, and a joiner whose invite address is stale finds the inviter.
// (The same with real broadcast between network namespaces: tst_nodelannetns.)
#include "core/node/Invite.h"
#include "core/node/Joiner.h"
#include "net/sync/NodeTestSupport.h"

#include <QTemporaryDir>
#include <QUdpSocket>

using namespace Qt::StringLiterals;
using namespace cp;
using cp::test::TestCommons;

namespace {

// A UDP port nobody uses right now on 127.0.0.1.
quint16 freeUdpPort()
{
    QUdpSocket s;
    s.bind(QHostAddress::LocalHost, 0);
    return s.localPort();
}

node::NodeOptions lanOptions(quint16 ownUdp, quint16 otherUdp)
{
    node::NodeOptions o = test::fastNodeOptions();
    o.lanDiscovery = true;
    o.lan.port = ownUdp;
    o.lan.ipv6Multicast = false;
    o.lan.targets = {{QHostAddress(QHostAddress::LocalHost), otherUdp}};
    return o;
}

} // namespace

class TestNodeLan : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    int m_round = 0;

    QString freshDir() { return m_tmp.path() + u"/"_s + QString::number(++m_round); }

private slots:
    void findEachOtherAndSync()
    {
        TestCommons c;
        QVERIFY(c.make(freshDir(), 2));
        const quint16 udpA = freeUdpPort(), udpB = freeUdpPort();
        QVERIFY(udpA && udpB && udpA != udpB);
        auto a1 = c[0].edit(u"a.md"_s, "from A");
        QVERIFY(a1);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(c[0].start(lanOptions(udpA, udpB)));
        QVERIFY(c[1].start(lanOptions(udpB, udpA)));
        // No address given: found on the "LAN", dialed, synced.
        QTRY_COMPARE_WITH_TIMEOUT(c[1].viewOf(c[0]), std::optional(*a1), 10000);
        QTRY_COMPARE(c[0].viewOf(c[1]), c[1].main());
        qInfo("synced %lld ms after the first node started", clock.elapsed());

        QSignalSpy status(c[0].thread.get(), &node::NodeThread::statusChanged);
        node::CommonsStatus snapshot;
        node::NodeDiagnostics diagnostics;
        QTRY_VERIFY([&] {
            c[0].thread->requestStatus(c[0].commonsId);
            if (!status.wait(2000))
                return false;
            snapshot = status.last().at(0).value<node::CommonsStatus>();
            diagnostics = status.last().at(1).value<node::NodeDiagnostics>();
            return snapshot.online == 1;
        }());
        QCOMPARE(snapshot.peers.size(), 1);
        const node::PeerStatus& b = snapshot.peers.first();
        QCOMPARE(b.pid, c[1].pid());
        QCOMPARE(b.reach, node::PeerStatus::Reach::Lan);
        QCOMPARE(b.source, u"lan"_s);
        QCOMPARE(b.addresses.first(), u"127.0.0.1:"_s + QString::number(c[1].port));
        QVERIFY2(diagnostics.lan.contains(u"1 interface"_s) && diagnostics.lan.contains(QString::number(udpA)),
                 qPrintable(diagnostics.lan));
        QVERIFY2(diagnostics.lan.contains(u"1 peer"_s), qPrintable(diagnostics.lan));
        QCOMPARE(diagnostics.portMapping, u"off"_s);

        // The address book keeps what LAN discovery found.
        c[0].stop();
        auto book = node::AddressBook::load(node::AddressBook::fileIn(c[0].dir + u"/.git"_s));
        QVERIFY(book);
        QCOMPARE(book->entry(c[1].pid())->source, u"lan"_s);
    }

    void offWhenSwitchedOff()
    {
        TestCommons c;
        QVERIFY(c.make(freshDir(), 1));
        QVERIFY(c[0].start());
        QSignalSpy status(c[0].thread.get(), &node::NodeThread::statusChanged);
        c[0].thread->requestStatus(c[0].commonsId);
        QVERIFY(status.wait());
        const auto diagnostics = status.last().at(1).value<node::NodeDiagnostics>();
        QCOMPARE(diagnostics.lan, u"off"_s);
        QCOMPARE(diagnostics.portMapping, u"off"_s);
    }

    // The invite names a port where nobody listens (or no address at all); the inviter is
    // found on the LAN.
    void joinWithStaleInviteAddress_data()
    {
        QTest::addColumn<QStringList>("addresses");
        QTest::newRow("stale") << QStringList{u"127.0.0.1:1"_s};
        QTest::newRow("none") << QStringList();
    }

    void joinWithStaleInviteAddress()
    {
        QFETCH(QStringList, addresses);
        TestCommons c;
        QVERIFY(c.make(freshDir(), 1));
        auto a1 = c[0].edit(u"Page.md"_s, "# Hello\n");
        QVERIFY(a1);
        const quint16 udpInviter = freeUdpPort(), udpJoiner = freeUdpPort();
        QVERIFY(c[0].start(lanOptions(udpInviter, udpJoiner)));
        node::Invite invite;
        invite.commons = c.root;
        invite.name = u"Test"_s;
        invite.networkKey = *node::NetworkKeyFile::load(c[0].dir + u"/.git"_s);
        invite.inviter = c[0].pid();
        invite.addresses = addresses;
        node::Joiner join(test::sharedIdentity('\x74'), lanOptions(udpJoiner, udpInviter));
        QSignalSpy finished(&join, &node::Joiner::finished);
        QSignalSpy failed(&join, &node::Joiner::failed);
        const QString dir = c.base + u"/joined"_s;
        join.start(invite, dir);
        QVERIFY(finished.wait(15000));
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().value<Error>().message));
        auto repo = git::Repository::open(dir);
        QVERIFY(repo);
        QCOMPARE(*repo->resolve(u"refs/heads/main"_s), std::optional(*a1));
        auto book = node::AddressBook::load(node::AddressBook::fileIn(dir + u"/.git"_s));
        QCOMPARE(book->entry(c[0].pid())->addresses.first(), u"127.0.0.1:"_s + QString::number(c[0].port));
    }

    // Without LAN discovery the same invites fail with a clear error, and quickly.
    void staleInviteWithoutLanFails_data()
    {
        QTest::addColumn<QStringList>("addresses");
        QTest::addColumn<QString>("why");
        QTest::newRow("stale") << QStringList{u"127.0.0.1:1"_s} << u"reach"_s;
        QTest::newRow("none") << QStringList() << u"no address"_s;
    }

    void staleInviteWithoutLanFails()
    {
        QFETCH(QStringList, addresses);
        QFETCH(QString, why);
        TestCommons c;
        QVERIFY(c.make(freshDir(), 1));
        QVERIFY(c[0].start());
        node::Invite invite;
        invite.commons = c.root;
        invite.name = u"Test"_s;
        invite.networkKey = *node::NetworkKeyFile::load(c[0].dir + u"/.git"_s);
        invite.inviter = c[0].pid();
        invite.addresses = addresses;
        node::Joiner join(test::sharedIdentity('\x75'), test::fastNodeOptions());
        QSignalSpy failed(&join, &node::Joiner::failed);
        const QString dir = c.base + u"/joined"_s;
        join.start(invite, dir);
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.first().first().value<Error>().message.contains(why),
                 qPrintable(failed.first().first().value<Error>().message));
        QVERIFY(!QFileInfo::exists(dir));
    }
};

QTEST_GUILESS_MAIN(TestNodeLan)
#include "tst_nodelan.moc"
