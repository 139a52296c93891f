#include "core/git/Repository.h"
#include "core/wiki/DraftStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cp::Draft;
using cp::DraftStore;
using cp::PageName;

namespace {
PageName page(const QString& title)
{
    return *PageName::fromTitle(title);
}
} // namespace

class TestDraftStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString folder() const { return m_dir.path() + u'/' + QString::fromLatin1(QTest::currentTestFunction()); }

private slots:
    void saveLoadListDiscard()
    {
        DraftStore store(folder());
        auto none = store.load(page(u"Foo"_s));
        QVERIFY(none && !*none);
        QVERIFY(store.list() && store.list()->isEmpty());

        QVERIFY(store.save({page(u"Foo"_s), u"draft one"_s, u"abc123"_s, {}}));
        QVERIFY(store.save({page(u"Папка/Страница"_s), u"черновик\n"_s, {}, {}}));
        QVERIFY(store.save({page(u"Foo"_s), u"draft two"_s, u"def456"_s, {}})); // replaces the first
        QVERIFY(store.contains(page(u"Foo"_s)));

        auto foo = store.load(page(u"Foo"_s));
        QVERIFY(foo && *foo);
        QCOMPARE((*foo)->text, u"draft two"_s);
        QCOMPARE((*foo)->baseCommit, u"def456"_s);
        QCOMPARE((*foo)->page, page(u"Foo"_s));
        QVERIFY((*foo)->savedAt.isValid());
        QVERIFY(qAbs((*foo)->savedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

        auto all = store.list();
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QVERIFY(all->at(0).savedAt <= all->at(1).savedAt); // oldest first
        const int russian = all->at(0).page == page(u"Foo"_s) ? 1 : 0;
        QCOMPARE(all->at(russian).page, page(u"Папка/Страница"_s));
        QCOMPARE(all->at(russian).text, u"черновик\n"_s);
        QCOMPARE(all->at(1 - russian).text, u"draft two"_s);

        QVERIFY(store.discard(page(u"Foo"_s)));
        QVERIFY(!store.contains(page(u"Foo"_s)));
        QVERIFY(store.discard(page(u"Foo"_s))); // nothing left: still fine
        QCOMPARE(store.list()->size(), 1);
    }

    void badInputAndDamagedFiles()
    {
        DraftStore store(folder());
        QVERIFY(!store.save({PageName(), u"x"_s, {}, {}}));
        QVERIFY(!store.load(PageName()));
        QVERIFY(store.save({page(u"Good"_s), u"fine"_s, {}, {}}));
        // A damaged file is skipped, set aside, and does not hide the good draft.
        QFile bad(folder() + u"/0000000000000000000000000000000000000000.draft"_s);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"format\":1,\"page\":\"Tru");
        bad.close();
        auto all = store.list();
        QVERIFY(all);
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().page, page(u"Good"_s));
        QVERIFY(QFile::exists(bad.fileName() + u".damaged"_s));
        QVERIFY(!QFile::exists(bad.fileName()));
    }

    void forRepositoryLivesInsideGitDir()
    {
        auto repo = cp::git::Repository::init(folder());
        QVERIFY(repo);
        const DraftStore store = DraftStore::forRepository(*repo);
        QCOMPARE(store.folder(), repo->gitDir() + u"/commonplace/drafts"_s);
    }

    void survivesSigkillWhileWriting()
    {
        // A real child process saves 200 KB drafts as fast as it can; it is killed with
        // SIGKILL at an arbitrary point of a save, again and again, and every time the
        // draft left behind must be one whole draft, at least as new as the last save
        // the child reported.
        const QString dir = folder();
        constexpr int lines = 8000;
        const QRegularExpression begins(u"^round (\\d+) begins$"_s);
        for (int kill = 0; kill < 20; ++kill) {
            QProcess writer;
            writer.setProgram(QStringLiteral(DRAFT_WRITER_PATH));
            writer.setArguments({dir, u"Crash test"_s, QString::number(lines)});
            writer.start();
            QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
            int reported = -1;
            const int target = 1 + kill % 4; // vary how far it gets before the kill
            while (reported < target) {
                if (!writer.canReadLine())
                    QVERIFY2(writer.waitForReadyRead(20000), writer.readAllStandardError().constData());
                while (writer.canReadLine())
                    reported = writer.readLine().trimmed().toInt();
            }
            writer.kill(); // SIGKILL
            QVERIFY(writer.waitForFinished(10000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

            auto draft = DraftStore(dir).load(page(u"Crash test"_s));
            QVERIFY2(draft, draft ? "" : qPrintable(draft.error().message));
            QVERIFY(*draft);
            const QStringList text = (*draft)->text.split(u'\n');
            QCOMPARE(text.size(), lines + 3); // first line, body, last line, and the final line break
            const auto first = begins.match(text.first());
            QVERIFY2(first.hasMatch(), qPrintable(text.first()));
            const int round = first.captured(1).toInt();
            QVERIFY2(round >= reported,
                     qPrintable(u"a draft of round %1, but round %2 was saved"_s.arg(round).arg(reported)));
            QCOMPARE(text[lines + 1], u"round %1 ends"_s.arg(round));
            QCOMPARE(text[lines], u"line %1 of the draft text"_s.arg(lines - 1));
            QVERIFY(text.last().isEmpty());
            QCOMPARE((*draft)->baseCommit, u"base%1"_s.arg(round));
            // Whatever the kill left, list() offers exactly the one draft.
            auto all = DraftStore(dir).list();
            QVERIFY(all);
            QCOMPARE(all->size(), 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"
