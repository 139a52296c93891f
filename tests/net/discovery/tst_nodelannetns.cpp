// Real `commonplace-cli` processes in network namespaces joined by a bridge (made by the test):
// two `serve` nodes given no address find each other by LAN discovery within 2 s and sync;
// `status` shows the peer as online on the LAN with the node's diagnostics; and `join` with an
// invite whose address is stale reaches the inviter through LAN discovery. Skipped, with the
// reason, where namespaces cannot be made.
#include "CliProcess.h"
#include "NetnsLab.h"
#include "NetnsServe.h"
#include "core/git/Repository.h"
#include "core/node/NetworkKeyFile.h"
#include "core/sync/SignedRefs.h"
#include "unit/sync/SyncTestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

using Run = cp::test::CliRun;

namespace {
// A `serve` running in a namespace, and when it first found a peer by LAN discovery.
struct Server : cp::test::NetnsServe
{
    const QElapsedTimer* since = nullptr; // from when found is measured
    qint64 foundMs = -1;                  // when it logged "found … on this network" (no sooner than that)

    void poll()
    {
        const QByteArray& err = NetnsServe::poll();
        if (foundMs < 0 && since && err.contains("on this network at"))
            foundMs = since->elapsed();
    }
};
} // namespace

class TestNodeLanNetns : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<NetnsLab> m_lab;
    QString m_a, m_b; // namespaces on the bridge: 10.47.2.1 and 10.47.2.2
    QString m_cli = QStringLiteral(CLI_PATH);

    QString path(const QString& relative) const { return m_dir.path() + u'/' + relative; }

    QProcessEnvironment environment() const
    {
        return cp::test::isolatedEnvironment(m_dir.path(), cp::test::noKeychainNorAgent());
    }

    // commonplace-cli --profile <profile> args…, in namespace `ns` (none: here).
    Run cli(const QString& ns, const QString& profile, const QStringList& args, const QByteArray& input = {},
            int timeoutMs = 60000)
    {
        return cp::test::runProcess(m_cli, QStringList{u"--profile"_s, path(profile)} + args, environment(), input,
                                    timeoutMs, ns);
    }

    // `serve DIR` on the default port in `ns`, LAN discovery on, port mapping off.
    bool serve(Server& server, const QString& ns, const QString& profile, const QString& repo)
    {
        return server.start(ns, m_cli, {u"--profile"_s, path(profile), u"serve"_s, path(repo), u"--no-port-mapping"_s},
                            environment());
    }

    static void stop(Server& server) { QVERIFY(server.stop()); }

    std::optional<cp::git::Oid> ref(const QString& repo, const QString& name)
    {
        auto r = cp::git::Repository::open(path(repo));
        if (!r)
            return std::nullopt;
        auto target = r->resolve(name);
        return target ? *target : std::nullopt;
    }

    // A commons made by `profile` in `repo`, with one page.
    bool makeCommons(const QString& profile, const QString& repo)
    {
        return cli({}, profile, {u"init"_s, path(repo), u"--name"_s, u"Circle"_s}).exitCode == 0 &&
               cli({}, profile, {u"edit"_s, path(repo), u"Welcome"_s, u"-"_s}, "# Welcome\n").exitCode == 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFileInfo(m_cli).isExecutable());
        m_lab = std::make_unique<NetnsLab>();
        if (const QString why = m_lab->unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(QStringLiteral("Nodes finding each other on a LAN not tested: ") + why));
        m_a = m_lab->addNamespace(u"na"_s);
        m_b = m_lab->addNamespace(u"nb"_s);
        const QString br = m_lab->addNamespace(u"nbr"_s);
        QVERIFY2(!m_a.isEmpty() && !m_b.isEmpty() && !br.isEmpty(), qPrintable(m_lab->lastError()));
        QVERIFY2(m_lab->ip(br, u"link add br0 type bridge"_s), qPrintable(m_lab->lastError()));
        QVERIFY2(m_lab->ip(br, u"link set br0 up"_s), qPrintable(m_lab->lastError()));
        QVERIFY2(m_lab->veth(m_a, u"eth0"_s, u"10.47.2.1/24"_s, br, u"pa"_s), qPrintable(m_lab->lastError()));
        QVERIFY2(m_lab->veth(m_b, u"eth0"_s, u"10.47.2.2/24"_s, br, u"pb"_s), qPrintable(m_lab->lastError()));
        QVERIFY(m_lab->ip(br, u"link set pa master br0"_s));
        QVERIFY(m_lab->ip(br, u"link set pb master br0"_s));
    }

    void cleanupTestCase() { m_lab.reset(); }

    // Ada and Bob hold copies of one commons (Bob's a plain clone with the network key) and
    // know no address of each other.
    void findEachOtherAndSync()
    {
        QVERIFY(makeCommons(u"ada"_s, u"a"_s));
        QVERIFY(cp::test::cloneCommons(path(u"a"_s), path(u"b"_s)));
        auto key = cp::node::NetworkKeyFile::loadOrCreate(path(u"a/.git"_s));
        QVERIFY(key);
        QVERIFY(cp::node::NetworkKeyFile::store(path(u"b/.git"_s), key->view()));

        Server ada, bob;
        QVERIFY2(serve(ada, m_a, u"ada"_s, u"a"_s), ada.err().constData());
        QVERIFY2(ada.address().contains(u"@10.47.2.1:47474"_s), qPrintable(ada.address()));
        QElapsedTimer both; // from Bob's start, when both run
        both.start();
        ada.since = &both;
        bob.since = &both;
        QVERIFY2(serve(bob, m_b, u"bob"_s, u"b"_s), bob.err().constData());
        QTRY_VERIFY2_WITH_TIMEOUT((ada.poll(), bob.poll(), ada.foundMs >= 0 && bob.foundMs >= 0),
                                  QByteArray(ada.err() + "\n---\n" + bob.err()).constData(), 10000);
        qInfo("found each other after %lld ms (ada) and %lld ms (bob)", ada.foundMs, bob.foundMs);
        QVERIFY2(ada.foundMs <= 2000 && bob.foundMs <= 2000, "LAN discovery took more than 2 s");
        QVERIFY(
            bob.err().contains(QString(u"found "_s + ada.pid() + u" on this network at 10.47.2.1:47474"_s).toUtf8()));

        // They sync: each holds the other's main as that peer's view.
        const auto adaMain = ref(u"a"_s, u"refs/heads/main"_s);
        QTRY_COMPARE_WITH_TIMEOUT(ref(u"b"_s, u"refs/peers/"_s + ada.pid() + u"/heads/main"_s), adaMain, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(ref(u"a"_s, u"refs/peers/"_s + bob.pid() + u"/heads/main"_s),
                                  ref(u"b"_s, u"refs/heads/main"_s), 15000);
        // An edit at Ada arrives at Bob's node without any address given.
        QCOMPARE(cli({}, u"ada"_s, {u"edit"_s, path(u"a"_s), u"News"_s, u"-"_s}, "fresh\n").exitCode, 0);
        const auto edited = ref(u"a"_s, u"refs/heads/main"_s);
        QTRY_COMPARE_WITH_TIMEOUT(ref(u"b"_s, u"refs/peers/"_s + ada.pid() + u"/heads/main"_s), edited, 15000);

        // `status` (another process) shows what Bob's running node knows.
        QJsonObject peer;
        QJsonObject node;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     const Run status = cli({}, u"bob"_s, {u"status"_s, path(u"b"_s), u"--json"_s});
                                     const QJsonObject s = QJsonDocument::fromJson(status.out).object();
                                     node = s.value(u"node"_s).toObject();
                                     for (const QJsonValue& p : s.value(u"peers"_s).toArray())
                                         if (p.toObject().value(u"pid"_s).toString() == ada.pid())
                                             peer = p.toObject();
                                     return peer.value(u"online"_s).toBool();
                                 }()),
                                 5000);
        QCOMPARE(peer.value(u"reach"_s).toString(), u"lan"_s);
        QCOMPARE(peer.value(u"address"_s).toString().section(u':', 0, 0), u"10.47.2.1"_s);
        QCOMPARE(peer.value(u"trust"_s).toString(), u"review"_s);
        QCOMPARE(peer.value(u"shortId"_s).toString(), ada.pid().right(8));
        QVERIFY(node.value(u"running"_s).toBool());
        QCOMPARE(node.value(u"port"_s).toInt(), 47474);
        QVERIFY2(node.value(u"lan"_s).toString().contains(u"interface"_s),
                 qPrintable(node.value(u"lan"_s).toString()));
        QVERIFY(!node.value(u"portMapping"_s).toString().isEmpty());
        const Run text = cli({}, u"bob"_s, {u"status"_s, path(u"b"_s)});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("A node runs") && text.out.contains("LAN discovery:"), text.out.constData());

        stop(ada);
        stop(bob);
        // With no node running, `status` says so and shows what the address book knows.
        const Run after = cli({}, u"bob"_s, {u"status"_s, path(u"b"_s), u"--json"_s});
        QCOMPARE(after.exitCode, 0);
        const QJsonObject s = QJsonDocument::fromJson(after.out).object();
        QVERIFY(!s.value(u"node"_s).toObject().value(u"running"_s).toBool());
        bool found = false;
        for (const QJsonValue& p : s.value(u"peers"_s).toArray()) {
            if (p.toObject().value(u"pid"_s).toString() != ada.pid())
                continue;
            found = true;
            QCOMPARE(p.toObject().value(u"online"_s).toBool(), false);
            QCOMPARE(p.toObject().value(u"reach"_s).toString(), u"lan"_s);
            QCOMPARE(p.toObject().value(u"source"_s).toString(), u"lan"_s);
        }
        QVERIFY(found);
        const Run afterText = cli({}, u"bob"_s, {u"status"_s, path(u"b"_s)});
        QVERIFY2(afterText.out.contains("No node of this commons runs"), afterText.out.constData());
    }

    // The invite names an address where nobody answers any more; the inviter is on this LAN.
    void joinWithStaleInvite()
    {
        QVERIFY(makeCommons(u"cy"_s, u"c"_s));
        Server cy;
        QVERIFY2(serve(cy, m_a, u"cy"_s, u"c"_s), cy.err().constData());
        const Run invite = cli({}, u"cy"_s, {u"invite"_s, path(u"c"_s), u"--address"_s, u"10.47.2.99:47474"_s});
        QCOMPARE(invite.exitCode, 0);
        const QString inviteText = QString::fromUtf8(invite.out).trimmed();

        QElapsedTimer clock;
        clock.start();
        const Run join = cli(m_b, u"dee"_s, {u"join"_s, inviteText, path(u"d"_s), u"--timeout"_s, u"30"_s});
        cy.poll();
        QVERIFY2(join.exitCode == 0, QByteArray(join.err + "\n---\n" + cy.err()).constData());
        qInfo("joined through LAN discovery in %lld ms", clock.elapsed());
        QCOMPARE(ref(u"d"_s, u"refs/heads/main"_s), ref(u"c"_s, u"refs/heads/main"_s));
        QFile page(path(u"d/Welcome.md"_s));
        QVERIFY(page.open(QIODevice::ReadOnly));
        QCOMPARE(page.readAll(), QByteArray("# Welcome\n"));

        // Without LAN discovery the same invite fails, and leaves nothing behind.
        const Run noLan = cli(m_b, u"dee"_s,
                              {u"join"_s, inviteText, path(u"e"_s), u"--timeout"_s, u"20"_s, u"--no-lan"_s});
        QCOMPARE(noLan.exitCode, 1);
        QVERIFY(!QFileInfo::exists(path(u"e"_s)));
        stop(cy);
    }
};

QTEST_GUILESS_MAIN(TestNodeLanNetns)
#include "tst_nodelannetns.moc"
