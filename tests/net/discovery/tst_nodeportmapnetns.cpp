// A node behind a home router (MiniupnpdLab: a real miniupnpd in a namespace) maps its port:
// `serve` logs the mapping, `status` shows it and advertises the external address, `invite`
// hands it out, and a member on the internet side (the wan namespace, with no route to the
// home network) joins through it. Stopping the node removes the mapping. Skipped, with the
// reason, where namespaces, miniupnpd or iptables-legacy are unavailable.
#include "CliProcess.h"
#include "MiniupnpdLab.h"
#include "core/git/Repository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

using Run = cp::test::CliRun;

class TestNodePortMapNetns : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cli = QStringLiteral(CLI_PATH);

    QString path(const QString& relative) const { return m_dir.path() + u'/' + relative; }

    QProcessEnvironment environment() const
    {
        return cp::test::isolatedEnvironment(m_dir.path(), cp::test::noKeychainNorAgent());
    }

    // commonplace-cli --profile <profile> args…, in namespace `ns` (none: here).
    Run cli(const QString& ns, const QString& profile, const QStringList& args, const QByteArray& input = {})
    {
        return cp::test::runProcess(m_cli, QStringList{u"--profile"_s, path(profile)} + args, environment(), input,
                                    60000, ns);
    }

    std::optional<cp::git::Oid> ref(const QString& repo, const QString& name)
    {
        auto r = cp::git::Repository::open(path(repo));
        if (!r)
            return std::nullopt;
        auto target = r->resolve(name);
        return target ? *target : std::nullopt;
    }

private slots:
    void mappedAndJoinedFromTheInternet()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFileInfo(m_cli).isExecutable());
        NetnsLab lab;
        if (const QString why = lab.unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(QStringLiteral("a node's port mapping against miniupnpd not tested: ") + why));
        if (const QString why = MiniupnpdLab::missingTool(); !why.isEmpty())
            QSKIP(qPrintable(QStringLiteral("a node's port mapping against miniupnpd not tested: ") + why));
        MiniupnpdLab home(lab);
        if (const QString error = home.setUp(true); !error.isEmpty())
            QFAIL(qPrintable(error));

        QCOMPARE(cli({}, u"ada"_s, {u"init"_s, path(u"a"_s), u"--name"_s, u"Circle"_s}).exitCode, 0);
        QCOMPARE(cli({}, u"ada"_s, {u"edit"_s, path(u"a"_s), u"Welcome"_s, u"-"_s}, "# Welcome\n").exitCode, 0);

        QProcess server;
        server.setProcessEnvironment(environment());
        server.start(u"ip"_s, {u"netns"_s, u"exec"_s, home.client, m_cli, u"--profile"_s, path(u"ada"_s), u"serve"_s,
                               path(u"a"_s), u"--no-lan"_s});
        QByteArray err;
        QElapsedTimer clock;
        clock.start();
        QTRY_VERIFY2_WITH_TIMEOUT((err += server.readAllStandardError(), err.contains("port mapping: mapped")),
                                  err.constData(), 15000);
        qInfo("mapped %lld ms after serve started", clock.elapsed());
        QVERIFY2(err.contains("port mapping: mapped 11.47.0.1:47474 via UPnP"), err.constData());
        QVERIFY2(home.rules().contains(u"--dport 47474"_s), qPrintable(home.rules()));

        // `status` shows the mapping, and the external address is advertised.
        QJsonObject node;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     const Run status = cli({}, u"ada"_s, {u"status"_s, path(u"a"_s), u"--json"_s});
                                     node = QJsonDocument::fromJson(status.out).object().value(u"node"_s).toObject();
                                     return node.value(u"portMapping"_s).toString().startsWith(u"mapped"_s);
                                 }()),
                                 15000);
        QCOMPARE(node.value(u"portMapping"_s).toString(), u"mapped 11.47.0.1:47474 via UPnP"_s);
        QVERIFY2(node.value(u"advertised"_s).toArray().contains(u"11.47.0.1:47474"_s),
                 QJsonDocument(node).toJson().constData());
        QCOMPARE(node.value(u"lan"_s).toString(), u"off"_s);

        // `invite` hands the external address out; a member on the internet side joins through it.
        const Run invite = cli({}, u"ada"_s, {u"invite"_s, path(u"a"_s), u"--json"_s});
        QCOMPARE(invite.exitCode, 0);
        const QJsonObject inviteJson = QJsonDocument::fromJson(invite.out).object();
        QVERIFY2(inviteJson.value(u"addresses"_s).toArray().contains(u"11.47.0.1:47474"_s), invite.out.constData());
        const Run join = cli(home.wan, u"bob"_s,
                             {u"join"_s, inviteJson.value(u"invite"_s).toString(), path(u"b"_s), u"--no-lan"_s,
                              u"--timeout"_s, u"30"_s});
        err += server.readAllStandardError();
        QVERIFY2(join.exitCode == 0, QByteArray(join.err + "\n---\n" + err).constData());
        QCOMPARE(ref(u"b"_s, u"refs/heads/main"_s), ref(u"a"_s, u"refs/heads/main"_s));

        // A clean stop removes the mapping from the router.
        server.terminate();
        QVERIFY(server.waitForFinished(15000));
        QCOMPARE(server.exitCode(), 0);
        QTRY_VERIFY2_WITH_TIMEOUT(!home.rules().contains(u"--dport 47474"_s), qPrintable(home.rules()), 5000);
    }
};

QTEST_GUILESS_MAIN(TestNodePortMapNetns)
#include "tst_nodeportmapnetns.moc"
