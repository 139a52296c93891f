// Runs the real commonplace-cli: log, diff, restore, attach, changes, commit-changes.
#include "CliProcess.h"
#include "core/Profile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using Run = cp::test::CliRun;

class TestHistoryCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_commons;

    QString path(const QString& relative) const { return m_dir.path() + u'/' + relative; }

    Run cli(const QStringList& args, const QByteArray& input = {})
    {
        return cp::test::runProcess(QStringLiteral(CLI_PATH), QStringList{u"--profile"_s, path(u"profile"_s)} + args,
                                    cp::test::isolatedEnvironment(m_dir.path()), input, 30000);
    }

    QByteArray readFile(const QString& relative) const
    {
        QFile file(path(relative));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    void writeFile(const QString& relative, const QByteArray& content)
    {
        QFile file(path(relative));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto profile = cp::Profile::open(path(u"profile"_s));
        QVERIFY(profile);
        profile->setAuthorName(u"Ада"_s);
        m_commons = path(u"wiki"_s);
        const Run init = cli({u"init"_s, m_commons});
        QVERIFY2(init.exitCode == 0, init.err.constData());
        QCOMPARE(
            cli({u"edit"_s, m_commons, u"Foo"_s, u"-"_s, u"-m"_s, u"first"_s}, "alpha\nThe quick brown fox\nomega\n")
                .exitCode,
            0);
        QCOMPARE(
            cli({u"edit"_s, m_commons, u"Foo"_s, u"-"_s, u"-m"_s, u"second"_s}, "alpha\nThe slow brown fox\nomega\n")
                .exitCode,
            0);
        QCOMPARE(cli({u"edit"_s, m_commons, u"Bar"_s, u"-"_s, u"-m"_s, u"bar"_s}, "bar\n").exitCode, 0);
    }

    void log()
    {
        const Run all = cli({u"log"_s, m_commons});
        QVERIFY2(all.exitCode == 0, all.err.constData());
        const QList<QByteArray> lines = all.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4); // three edits and the root commit
        QVERIFY2(lines[0].contains("  Ада  verified  bar"), lines[0].constData());
        QVERIFY(lines[3].contains("Create the commons"));

        const Run page = cli({u"log"_s, m_commons, u"Foo"_s, u"--json"_s, u"--limit"_s, u"1"_s});
        QVERIFY2(page.exitCode == 0, page.err.constData());
        const QJsonArray entries = QJsonDocument::fromJson(page.out).array();
        QCOMPARE(entries.size(), 1);
        const QJsonObject entry = entries.first().toObject();
        QCOMPARE(entry.value(u"summary"_s).toString(), u"second"_s);
        QCOMPARE(entry.value(u"change"_s).toString(), u"modified"_s);
        QCOMPARE(entry.value(u"signature"_s).toString(), u"verified"_s);
        QVERIFY(entry.value(u"signer"_s).toString().startsWith(u"did:key:z6Mk"_s));
        QCOMPARE(entry.value(u"commit"_s).toString().size(), 40);

        QCOMPARE(cli({u"log"_s, m_commons, u"--limit"_s, u"zero"_s}).exitCode, 1);
        QCOMPARE(cli({u"log"_s, m_commons, u"Foo"_s, u"--rev"_s, u"nonsense"_s}).exitCode, 1);
    }

    void diff()
    {
        const Run unified = cli({u"diff"_s, m_commons, u"Foo"_s, u"main~2"_s, u"main~1"_s});
        QVERIFY2(unified.exitCode == 0, unified.err.constData());
        QVERIFY(unified.out.startsWith("--- Foo.md @ "));
        QVERIFY(unified.out.endsWith("@@ -1,3 +1,3 @@\n alpha\n-The quick brown fox\n+The slow brown fox\n omega\n"));
        const Run words = cli({u"diff"_s, m_commons, u"Foo"_s, u"main~2"_s, u"main~1"_s, u"--words"_s});
        QVERIFY(words.out.contains("\nThe [-quick-]{+slow+} brown fox\n"));
        // Against the working copy: nothing changed on disk.
        const Run same = cli({u"diff"_s, m_commons, u"Foo"_s, u"main"_s});
        QCOMPARE(same.exitCode, 0);
        QVERIFY(same.out.isEmpty());
        const Run bad = cli({u"diff"_s, m_commons, u"Foo"_s, u"no-such-revision"_s});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains("no-such-revision"));
    }

    void externalEditsThenRestore()
    {
        writeFile(u"wiki/Foo.md"_s, "edited in another editor\n");
        const Run changes = cli({u"changes"_s, m_commons});
        QCOMPARE(changes.exitCode, 0);
        QCOMPARE(changes.out, QByteArray("modified  Foo.md\n"));

        // Restoring over the outside edit is refused, and the file is left alone.
        const Run refused = cli({u"restore"_s, m_commons, u"Foo"_s, u"main~2"_s});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("outside Commonplace"), refused.err.constData());
        QCOMPARE(readFile(u"wiki/Foo.md"_s), QByteArray("edited in another editor\n"));

        const Run commit = cli({u"commit-changes"_s, m_commons, u"--json"_s});
        QVERIFY2(commit.exitCode == 0, commit.err.constData());
        QVERIFY(QJsonDocument::fromJson(commit.out).object().value(u"changed"_s).toBool());
        QVERIFY(cli({u"changes"_s, m_commons}).out.isEmpty());
        QVERIFY(cli({u"commit-changes"_s, m_commons}).out.startsWith("Nothing to commit"));

        // Now the restore goes through: the first version, as a new commit.
        const Run restored = cli({u"restore"_s, m_commons, u"Foo"_s, u"main~3"_s});
        QVERIFY2(restored.exitCode == 0, restored.err.constData());
        QCOMPARE(restored.out.trimmed().size(), 40);
        QCOMPARE(readFile(u"wiki/Foo.md"_s), QByteArray("alpha\nThe quick brown fox\nomega\n"));
        const Run log = cli({u"log"_s, m_commons, u"Foo"_s, u"--limit"_s, u"2"_s});
        QVERIFY(log.out.contains("Restore Foo to "));
        QVERIFY(log.out.contains("Edit Foo outside Commonplace"));
    }

    void attach()
    {
        writeFile(u"Holiday photo.png"_s, QByteArray(3000, 'p'));
        const Run added = cli({u"attach"_s, m_commons, path(u"Holiday photo.png"_s), u"--page"_s, u"Trips/2024"_s});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QCOMPARE(added.out, QByteArray("![Holiday photo](../attachments/Holiday-photo.png)\n"));
        QCOMPARE(readFile(u"wiki/attachments/Holiday-photo.png"_s).size(), 3000);

        writeFile(u"big.bin"_s, QByteArray(3000, 'b'));
        const Run tooBig = cli({u"attach"_s, m_commons, path(u"big.bin"_s), u"--max-size"_s, u"0.001"_s});
        QCOMPARE(tooBig.exitCode, 1);
        QVERIFY2(tooBig.err.contains("at most"), tooBig.err.constData());
        QVERIFY(!QFile::exists(path(u"wiki/attachments/big.bin"_s)));
        QCOMPARE(cli({u"attach"_s, m_commons, path(u"missing.png"_s)}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestHistoryCli)
#include "tst_historycli.moc"
