// Real `commonplace-cli serve` processes in network namespaces made by the test, LAN discovery
// off in all of them, so that the only addresses a node has are the one it was told and those
// peer exchange tells it:
// - relay: A and C sit on two segments that only B (two interfaces, no forwarding) joins; A and C
//   are told B's address only, cannot reach each other, and an edit made at A still arrives at C,
//   through B;
// - exchange: A, B and C on one segment; A and C are told B's address only; B tells A about C
//   when A connects, and A then connects to C.
// Skipped, with the reason, where namespaces cannot be made.
#include "CliProcess.h"
#include "NetnsLab.h"
#include "NetnsServe.h"
#include "core/git/Repository.h"
#include "core/node/NetworkKeyFile.h"
#include "unit/sync/SyncTestSupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;
using cp::test::NetnsServe;
using Run = cp::test::CliRun;

class TestRelayNetns : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<NetnsLab> m_lab;
    QString m_cli = QStringLiteral(CLI_PATH);

    QString path(const QString& relative) const { return m_dir.path() + u'/' + relative; }

    QProcessEnvironment environment() const
    {
        return cp::test::isolatedEnvironment(m_dir.path(), cp::test::noKeychainNorAgent());
    }

    // commonplace-cli --profile <profile> args…, here (not in a namespace: no network needed).
    Run cli(const QString& profile, const QStringList& args, const QByteArray& input = {})
    {
        return cp::test::runProcess(m_cli, QStringList{u"--profile"_s, path(profile)} + args, environment(), input);
    }

    // `serve REPO` in `ns` on the default port, with neither LAN discovery nor port mapping.
    bool serve(NetnsServe& node, const QString& ns, const QString& profile, const QString& repo)
    {
        return node.start(
            ns, m_cli, {u"--profile"_s, path(profile), u"serve"_s, path(repo), u"--no-lan"_s, u"--no-port-mapping"_s},
            environment());
    }

    std::optional<cp::git::Oid> ref(const QString& repo, const QString& name)
    {
        auto r = cp::git::Repository::open(path(repo));
        if (!r)
            return std::nullopt;
        auto target = r->resolve(name);
        return target ? *target : std::nullopt;
    }

    // A commons made by `profile` in `repo`, with one page, and plain clones of it (with its
    // network key) in `copies`.
    bool makeCommons(const QString& profile, const QString& repo, const QStringList& copies)
    {
        if (cli(profile, {u"init"_s, path(repo), u"--name"_s, u"Circle"_s}).exitCode != 0 ||
            cli(profile, {u"edit"_s, path(repo), u"Welcome"_s, u"-"_s}, "# Welcome\n").exitCode != 0)
            return false;
        auto key = cp::node::NetworkKeyFile::loadOrCreate(path(repo + u"/.git"_s));
        if (!key)
            return false;
        for (const QString& copy : copies)
            if (!cp::test::cloneCommons(path(repo), path(copy)) ||
                !cp::node::NetworkKeyFile::store(path(copy + u"/.git"_s), key->view()))
                return false;
        return true;
    }

    // `connect REPO PID@ADDRESS`: the only address `repo`'s node is given.
    bool tell(const QString& profile, const QString& repo, const QString& pid, const QString& address)
    {
        return cli(profile, {u"connect"_s, path(repo), pid + u'@' + address}).exitCode == 0;
    }

    // What `status --json` of `repo` (its node running) says about `pid`; empty if nothing.
    QJsonObject peer(const QString& profile, const QString& repo, const QString& pid)
    {
        const Run status = cli(profile, {u"status"_s, path(repo), u"--json"_s});
        for (const QJsonValue& p : QJsonDocument::fromJson(status.out).object().value(u"peers"_s).toArray())
            if (p.toObject().value(u"pid"_s).toString() == pid)
                return p.toObject();
        return {};
    }

    // Whether a plain TCP connection from inside `ns` to `host`:47474 is accepted.
    bool tcpReaches(const QString& ns, const QString& host)
    {
        QProcess p;
        p.start(u"ip"_s, {u"netns"_s, u"exec"_s, ns, u"timeout"_s, u"5"_s, u"bash"_s, u"-c"_s,
                          u"exec 3<>/dev/tcp/%1/47474"_s.arg(host)});
        return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFileInfo(m_cli).isExecutable());
        m_lab = std::make_unique<NetnsLab>();
        if (const QString why = m_lab->unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(QStringLiteral("Relaying through a peer and peer exchange not tested: ") + why));
        QVERIFY2(!QStandardPaths::findExecutable(u"bash"_s).isEmpty() &&
                     !QStandardPaths::findExecutable(u"timeout"_s).isEmpty(),
                 "bash and timeout (coreutils) are needed to try plain TCP connections");
    }

    void cleanupTestCase() { m_lab.reset(); }

    // A (10.47.5.1) — B (10.47.5.2 | 10.47.6.2) — C (10.47.6.3): two veth pairs, B forwards
    // nothing, and neither A nor C has a route to the other's segment.
    void editTravelsThroughB()
    {
        const QString a = m_lab->addNamespace(u"ra"_s);
        const QString b = m_lab->addNamespace(u"rb"_s);
        const QString c = m_lab->addNamespace(u"rc"_s);
        QVERIFY2(!a.isEmpty() && !b.isEmpty() && !c.isEmpty(), qPrintable(m_lab->lastError()));
        QVERIFY2(m_lab->veth(a, u"eth0"_s, u"10.47.5.1/24"_s, b, u"eth0"_s), qPrintable(m_lab->lastError()));
        QVERIFY2(m_lab->ip(b, u"addr add 10.47.5.2/24 dev eth0"_s), qPrintable(m_lab->lastError()));
        QVERIFY2(m_lab->veth(c, u"eth0"_s, u"10.47.6.3/24"_s, b, u"eth1"_s), qPrintable(m_lab->lastError()));
        QVERIFY2(m_lab->ip(b, u"addr add 10.47.6.2/24 dev eth1"_s), qPrintable(m_lab->lastError()));
        QVERIFY2(m_lab->run(u"ip"_s, {u"netns"_s, u"exec"_s, b, u"sysctl"_s, u"-qw"_s, u"net.ipv4.ip_forward=0"_s}),
                 qPrintable(m_lab->lastError()));

        QVERIFY(makeCommons(u"rbea"_s, u"relay-b"_s, {u"relay-a"_s, u"relay-c"_s}));
        NetnsServe bea, ada, cy;
        QVERIFY2(serve(bea, b, u"rbea"_s, u"relay-b"_s), bea.poll().constData());
        QVERIFY(tell(u"rada"_s, u"relay-a"_s, bea.pid(), u"10.47.5.2:47474"_s));
        QVERIFY(tell(u"rcy"_s, u"relay-c"_s, bea.pid(), u"10.47.6.2:47474"_s));
        QVERIFY2(serve(ada, a, u"rada"_s, u"relay-a"_s), ada.poll().constData());
        QVERIFY2(serve(cy, c, u"rcy"_s, u"relay-c"_s), cy.poll().constData());
        QVERIFY2(ada.address().endsWith(u"@10.47.5.1:47474"_s), qPrintable(ada.address()));
        QVERIFY2(cy.address().endsWith(u"@10.47.6.3:47474"_s), qPrintable(cy.address()));

        // C's node listens, and A still cannot open a connection to it; B it can.
        QVERIFY(tcpReaches(a, u"10.47.5.2"_s));
        QVERIFY(tcpReaches(b, u"10.47.6.3"_s));
        QVERIFY(!tcpReaches(a, u"10.47.6.3"_s));
        QVERIFY(!tcpReaches(c, u"10.47.5.1"_s));

        // Both reach B.
        QTRY_VERIFY2_WITH_TIMEOUT(peer(u"rbea"_s, u"relay-b"_s, ada.pid()).value(u"online"_s).toBool() &&
                                      peer(u"rbea"_s, u"relay-b"_s, cy.pid()).value(u"online"_s).toBool(),
                                  QByteArray(bea.poll() + "\n---\n" + ada.poll() + "\n---\n" + cy.poll()).constData(),
                                  10000);

        // An edit at A arrives at C.
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(cli(u"rada"_s, {u"edit"_s, path(u"relay-a"_s), u"News"_s, u"-"_s}, "from Ada\n").exitCode, 0);
        const auto edited = ref(u"relay-a"_s, u"refs/heads/main"_s);
        QVERIFY(edited);
        QTRY_VERIFY2_WITH_TIMEOUT(ref(u"relay-c"_s, u"refs/peers/"_s + ada.pid() + u"/heads/main"_s) == edited,
                                  QByteArray(bea.poll() + "\n---\n" + ada.poll() + "\n---\n" + cy.poll()).constData(),
                                  10000);
        qInfo("the edit at A arrived at C through B in %lld ms", clock.elapsed());
        auto repo = cp::git::Repository::open(path(u"relay-c"_s));
        QVERIFY(repo);
        QVERIFY(repo->lookupCommit(*edited));

        // Not by a direct connection: C never had A online (it may know A's address from B).
        QVERIFY(!peer(u"rcy"_s, u"relay-c"_s, ada.pid()).value(u"online"_s).toBool());
        QVERIFY(!cy.poll().contains(QString(u"connected to "_s + ada.pid()).toUtf8()));
        QVERIFY(peer(u"rcy"_s, u"relay-c"_s, bea.pid()).value(u"online"_s).toBool());

        QVERIFY(ada.stop());
        QVERIFY(cy.stop());
        QVERIFY(bea.stop());
    }

    // A, B and C on one bridge (10.47.7.1-3). C connects to B first; then A, told only B's
    // address, hears C's address from B the moment it connects (B sends what it knows on every
    // session it opens; the periodic exchange, every 5 minutes, plays no part), and connects to C.
    void peerExchangeIntroducesC()
    {
        const QString a = m_lab->addNamespace(u"xa"_s);
        const QString b = m_lab->addNamespace(u"xb"_s);
        const QString c = m_lab->addNamespace(u"xc"_s);
        const QString br = m_lab->addNamespace(u"xbr"_s);
        QVERIFY2(!a.isEmpty() && !b.isEmpty() && !c.isEmpty() && !br.isEmpty(), qPrintable(m_lab->lastError()));
        QVERIFY2(m_lab->ip(br, u"link add br0 type bridge"_s), qPrintable(m_lab->lastError()));
        QVERIFY2(m_lab->ip(br, u"link set br0 up"_s), qPrintable(m_lab->lastError()));
        QVERIFY2(m_lab->veth(a, u"eth0"_s, u"10.47.7.1/24"_s, br, u"pa"_s), qPrintable(m_lab->lastError()));
        QVERIFY2(m_lab->veth(b, u"eth0"_s, u"10.47.7.2/24"_s, br, u"pb"_s), qPrintable(m_lab->lastError()));
        QVERIFY2(m_lab->veth(c, u"eth0"_s, u"10.47.7.3/24"_s, br, u"pc"_s), qPrintable(m_lab->lastError()));
        for (const auto* port : {"pa", "pb", "pc"})
            QVERIFY2(m_lab->ip(br, u"link set %1 master br0"_s.arg(QLatin1StringView(port))),
                     qPrintable(m_lab->lastError()));

        QVERIFY(makeCommons(u"xbea"_s, u"pex-b"_s, {u"pex-a"_s, u"pex-c"_s}));
        NetnsServe bea, ada, cy;
        QVERIFY2(serve(bea, b, u"xbea"_s, u"pex-b"_s), bea.poll().constData());
        QVERIFY(tell(u"xcy"_s, u"pex-c"_s, bea.pid(), u"10.47.7.2:47474"_s));
        QVERIFY2(serve(cy, c, u"xcy"_s, u"pex-c"_s), cy.poll().constData());
        QTRY_VERIFY2_WITH_TIMEOUT(peer(u"xbea"_s, u"pex-b"_s, cy.pid()).value(u"online"_s).toBool(),
                                  QByteArray(bea.poll() + "\n---\n" + cy.poll()).constData(), 10000);

        QVERIFY(tell(u"xada"_s, u"pex-a"_s, bea.pid(), u"10.47.7.2:47474"_s));
        QElapsedTimer clock;
        clock.start();
        QVERIFY2(serve(ada, a, u"xada"_s, u"pex-a"_s), ada.poll().constData());
        QJsonObject seen;
        QTRY_VERIFY2_WITH_TIMEOUT((seen = peer(u"xada"_s, u"pex-a"_s, cy.pid()), seen.value(u"online"_s).toBool()),
                                  QByteArray(ada.poll() + "\n---\n" + bea.poll() + "\n---\n" + cy.poll()).constData(),
                                  10000);
        qInfo("A connected to C, learnt from B, %lld ms after A's node started", clock.elapsed());
        QCOMPARE(seen.value(u"source"_s).toString(), u"exchange"_s);
        QVERIFY2(seen.value(u"addresses"_s).toArray().contains(u"10.47.7.3:47474"_s),
                 QJsonDocument(seen).toJson().constData());
        QVERIFY(peer(u"xada"_s, u"pex-a"_s, bea.pid()).value(u"online"_s).toBool());
        QCOMPARE(peer(u"xada"_s, u"pex-a"_s, bea.pid()).value(u"source"_s).toString(), u"manual"_s);

        QVERIFY(ada.stop());
        QVERIFY(cy.stop());
        QVERIFY(bea.stop());
    }
};

QTEST_GUILESS_MAIN(TestRelayNetns)
#include "tst_relaynetns.moc"
