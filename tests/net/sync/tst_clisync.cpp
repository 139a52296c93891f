#include "CliProcess.h"
#include "core/git/Repository.h"
#include "core/sync/SignedRefs.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using Run = cp::test::CliRun;

// The sync commands of the real commonplace-cli, as a person would chain them.
class TestCliSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString& relative) const { return m_dir.path() + u'/' + relative; }

    QProcessEnvironment environment() const { return cp::test::isolatedEnvironment(m_dir.path()); }

    // commonplace-cli --profile <profile> args…
    Run cli(const QString& profile, const QStringList& args, const QByteArray& input = {})
    {
        return cp::test::runProcess(QStringLiteral(CLI_PATH), QStringList{u"--profile"_s, path(profile)} + args,
                                    environment(), input, 60000);
    }

    std::optional<cp::git::Oid> ref(const QString& repo, const QString& name)
    {
        auto r = cp::git::Repository::open(path(repo));
        if (!r)
            return std::nullopt;
        auto target = r->resolve(name);
        return target ? *target : std::nullopt;
    }

    // Starts `serve` and returns the first address it prints (PID@HOST:PORT).
    QString serve(QProcess& process, const QString& profile, const QString& repo)
    {
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(CLI_PATH),
                      {u"--profile"_s, path(profile), u"serve"_s, path(repo), u"--listen"_s, u"127.0.0.1:0"_s,
                       u"--no-lan"_s, u"--no-port-mapping"_s});
        if (!QTest::qWaitFor([&] { return process.canReadLine() || process.state() == QProcess::NotRunning; }, 15000))
            return {};
        return QString::fromUtf8(process.readLine()).trimmed();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFileInfo(QStringLiteral(CLI_PATH)).isExecutable());
    }

    void serveInviteJoinEditSyncStatus()
    {
        QCOMPARE(cli(u"ada"_s, {u"init"_s, path(u"a"_s), u"--name"_s, u"Circle"_s}).exitCode, 0);
        QCOMPARE(cli(u"ada"_s, {u"edit"_s, path(u"a"_s), u"Welcome"_s, u"-"_s}, "# Welcome\n").exitCode, 0);

        QProcess server;
        const QString address = serve(server, u"ada"_s, u"a"_s);
        QVERIFY2(address.contains(u"@127.0.0.1:"_s),
                 qPrintable(address + QString::fromUtf8(server.readAllStandardError())));
        const QString adaPid = address.section(u'@', 0, 0);
        QVERIFY(adaPid.startsWith(u"z6Mk"_s));

        // The invite carries the address serve remembered in the profile.
        const Run invite = cli(u"ada"_s, {u"invite"_s, path(u"a"_s)});
        QCOMPARE(invite.exitCode, 0);
        const QString inviteText = QString::fromUtf8(invite.out).trimmed();
        QVERIFY(inviteText.startsWith(u"commonplace://invite/"_s));

        const Run join = cli(u"bob"_s, {u"join"_s, inviteText, path(u"b"_s), u"--no-lan"_s});
        QVERIFY2(join.exitCode == 0, join.err.constData());
        QCOMPARE(ref(u"b"_s, u"refs/heads/main"_s), ref(u"a"_s, u"refs/heads/main"_s));
        QFile page(path(u"b/Welcome.md"_s));
        QVERIFY(page.open(QIODevice::ReadOnly));
        QCOMPARE(page.readAll(), QByteArray("# Welcome\n"));

        // Bob edits and syncs; Ada's node keeps his commit as his view, not in her main.
        QCOMPARE(cli(u"bob"_s, {u"edit"_s, path(u"b"_s), u"Welcome"_s, u"-"_s}, "# Welcome, Bob\n").exitCode, 0);
        const auto bobMain = ref(u"b"_s, u"refs/heads/main"_s);
        const Run sync = cli(u"bob"_s, {u"sync"_s, path(u"b"_s), u"--timeout"_s, u"30"_s});
        QVERIFY2(sync.exitCode == 0, sync.err.constData());
        const Run bobId = cli(u"bob"_s, {u"id"_s, u"--json"_s});
        const QString bobPid = QJsonDocument::fromJson(bobId.out).object().value(u"pid"_s).toString();
        QVERIFY(bobPid.startsWith(u"z6Mk"_s));
        QCOMPARE(ref(u"a"_s, u"refs/peers/"_s + bobPid + u"/heads/main"_s), bobMain);
        QVERIFY(ref(u"a"_s, u"refs/heads/main"_s) != bobMain);

        const Run status = cli(u"ada"_s, {u"status"_s, path(u"a"_s), u"--json"_s});
        QCOMPARE(status.exitCode, 0);
        const QJsonObject s = QJsonDocument::fromJson(status.out).object();
        QCOMPARE(s.value(u"me"_s).toObject().value(u"pid"_s).toString(), adaPid);
        bool found = false;
        for (const QJsonValue& p : s.value(u"peers"_s).toArray()) {
            if (p.toObject().value(u"pid"_s).toString() != bobPid)
                continue;
            found = true;
            QCOMPARE(p.toObject().value(u"pending"_s).toInt(), 1);
            QCOMPARE(p.toObject().value(u"head"_s).toString(), bobMain->toHex());
        }
        QVERIFY(found);
        const Run text = cli(u"ada"_s, {u"status"_s, path(u"a"_s)});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(bobPid.toUtf8()));

        // An edit made by another process while serving is announced; Bob's next sync gets it.
        QCOMPARE(cli(u"ada"_s, {u"edit"_s, path(u"a"_s), u"News"_s, u"-"_s}, "fresh\n").exitCode, 0);
        const auto adaMain = ref(u"a"_s, u"refs/heads/main"_s);
        const Run again = cli(u"bob"_s, {u"sync"_s, path(u"b"_s), u"--timeout"_s, u"30"_s});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QTRY_COMPARE(ref(u"b"_s, u"refs/peers/"_s + adaPid + u"/heads/main"_s), adaMain);

        // A clean stop on SIGTERM.
        server.terminate();
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);
        QByteArray out;
        QProcess fsck;
        fsck.start(u"git"_s, {u"-C"_s, path(u"b"_s), u"fsck"_s, u"--strict"_s});
        QVERIFY(fsck.waitForFinished(30000));
        QCOMPARE(fsck.exitCode(), 0);
    }

    void connectAndSyncFailures()
    {
        QCOMPARE(cli(u"cy"_s, {u"init"_s, path(u"c"_s)}).exitCode, 0);
        const Run none = cli(u"cy"_s, {u"sync"_s, path(u"c"_s), u"--timeout"_s, u"5"_s});
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains("connect"));
        QCOMPARE(cli(u"cy"_s, {u"connect"_s, path(u"c"_s), u"127.0.0.1:1"_s}).exitCode, 1); // no peer id
        const QString ghost = u"z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"_s;
        QCOMPARE(cli(u"cy"_s, {u"connect"_s, path(u"c"_s), ghost + u"@127.0.0.1:1"_s}).exitCode, 0);
        // Nobody listens there: sync says so and fails.
        const Run unreachable = cli(u"cy"_s, {u"sync"_s, path(u"c"_s), u"--timeout"_s, u"10"_s});
        QCOMPARE(unreachable.exitCode, 1);
        QVERIFY(unreachable.err.contains("reach"));
        const Run bad = cli(u"cy"_s, {u"join"_s, u"commonplace://invite/xyz"_s, path(u"d"_s), u"--no-lan"_s});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(!QFileInfo::exists(path(u"d"_s)));
    }
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_clisync.moc"
