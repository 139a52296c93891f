// The search commands of the real commonplace-cli, run as a separate process.
#include "CliProcess.h"
#include "core/wiki/Commons.h"
#include "core/wiki/PageStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using Run = cp::test::CliRun;

class TestSearchCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_commons;

    Run cli(const QStringList& args)
    {
        return cp::test::runProcess(QStringLiteral(CLI_PATH),
                                    QStringList{u"--profile"_s, m_dir.path() + u"/profile"_s} + args,
                                    cp::test::isolatedEnvironment(m_dir.path()), {}, 60000);
    }

    QJsonDocument json(const QStringList& args)
    {
        const Run run = cli(QStringList{u"--json"_s} + args);
        if (run.exitCode != 0)
            qWarning() << run.err;
        return QJsonDocument::fromJson(run.out);
    }

    void save(const QString& title, const QString& text)
    {
        auto commons = cp::Commons::open(m_commons);
        QVERIFY(commons);
        QVERIFY((*commons)->pages().save(*cp::PageName::fromTitle(title), text));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_commons = m_dir.path() + u"/commons"_s;
        QVERIFY(cp::Commons::create(m_commons, {u"Test"_s, {}}, {u"Ада"_s, {}}));
        save(u"Ёжик"_s, u"Кот и café. See [[Target]] and [[Ghost]]. <tag>"_s);
        save(u"Target"_s, u"The target page mentions a hedgehog."_s);
        save(u"Lonely"_s, u"Nobody links here."_s);
    }

    void searchBuildsTheIndexAndFinds()
    {
        const Run run = cli({u"search"_s, m_commons, u"cafe"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith("Ёжик\n"), run.out.constData());
        QVERIFY(run.out.contains("café"));
        QVERIFY(run.out.contains("<tag>")); // plain text on a terminal
        QVERIFY(!run.out.contains("<b>"));

        const QJsonArray hits = json({u"search"_s, m_commons, u"кот"_s}).array();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0)[u"title"_s].toString(), u"Ёжик"_s);
        QVERIFY(hits.at(0)[u"snippet"_s].toString().contains(u"<b>Кот</b>"_s));
        QVERIFY(hits.at(0)[u"snippet"_s].toString().contains(u"&lt;tag&gt;"_s));
        QVERIFY(hits.at(0)[u"score"_s].toDouble() > 0);
    }

    void searchFollowsNewCommits()
    {
        save(u"Later"_s, u"A quokka appears."_s);
        const QJsonArray hits = json({u"search"_s, m_commons, u"quokka"_s}).array();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0)[u"title"_s].toString(), u"Later"_s);
    }

    void limitAndHostileQueries()
    {
        QCOMPARE(json({u"search"_s, m_commons, u"ta"_s, u"--limit"_s, u"1"_s}).array().size(), 1);
        for (const QString& q : {u"\""_s, u"NEAR("_s, u"*"_s, u"-"_s, u"(a OR"_s, u"title:"_s}) {
            const Run run = cli({u"search"_s, m_commons, q});
            QVERIFY2(run.exitCode == 0, run.err.constData());
        }
        const Run bad = cli({u"search"_s, m_commons, u"x"_s, u"--limit"_s, u"zero"_s});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains("--limit"));
    }

    void links()
    {
        const QJsonObject links = json({u"links"_s, m_commons, u"Target"_s}).object();
        QCOMPARE(links[u"page"_s].toString(), u"Target"_s);
        QCOMPARE(links[u"backlinks"_s].toArray(), QJsonArray{u"Ёжик"_s});
        const QJsonArray outgoing = json({u"links"_s, m_commons, u"Ёжик"_s}).object()[u"links"_s].toArray();
        QCOMPARE(outgoing.size(), 2);
        QCOMPARE(outgoing.at(1)[u"title"_s].toString(), u"Ghost"_s);
        QCOMPARE(outgoing.at(1)[u"exists"_s].toBool(), false);
        const Run text = cli({u"links"_s, m_commons, u"Ёжик"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Ghost (missing)"));
        const Run none = cli({u"links"_s, m_commons, u"Nothing here"_s});
        QCOMPARE(none.exitCode, 1);
    }

    void orphansAndMissing()
    {
        const QJsonArray orphans = json({u"orphans"_s, m_commons}).array();
        QVERIFY(orphans.contains(u"Lonely"_s));
        QVERIFY(orphans.contains(u"Ёжик"_s));
        QVERIFY(!orphans.contains(u"Target"_s));
        const QJsonArray missing = json({u"missing"_s, m_commons}).array();
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.at(0)[u"title"_s].toString(), u"Ghost"_s);
        QCOMPARE(missing.at(0)[u"linkedFrom"_s].toArray(), QJsonArray{u"Ёжик"_s});
        const Run text = cli({u"missing"_s, m_commons});
        QVERIFY(text.out.contains("Ghost"));
    }

    void rebuildsADamagedIndex()
    {
        QFile file(m_commons + u"/.git/commonplace/index.sqlite"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        QFile::remove(file.fileName() + u"-wal"_s);
        QFile::remove(file.fileName() + u"-shm"_s);
        const Run run = cli({u"search"_s, m_commons, u"hedgehog"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("Target\n"));
        QVERIFY(run.err.contains("search index")); // progress on stderr
        const Run reindex = cli({u"reindex"_s, m_commons});
        QCOMPARE(reindex.exitCode, 0);
    }

    void notACommons()
    {
        const Run run = cli({u"search"_s, m_dir.path() + u"/nowhere"_s, u"x"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSearchCli)
#include "tst_searchcli.moc"
