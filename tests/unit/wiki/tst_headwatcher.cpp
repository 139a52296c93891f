#include "core/Error.h"
#include "core/git/Commit.h"
#include "core/git/Repository.h"
#include "core/wiki/Commons.h"
#include "core/wiki/HeadWatcher.h"
#include "core/wiki/PageStore.h"
#include "core/wiki/WorkingTreeWatcher.h"
#include "unit/git/GitRunner.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cp::Commons;
using cp::PageName;

namespace {
PageName page(const QString& title)
{
    return *PageName::fromTitle(title);
}
} // namespace

// main moved by another handle (the sync node's thread, the CLI) is noticed and
// announced; saving over a stale base merges instead of reverting the other change.
class TestHeadWatcher : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Commons> m_commons; // the window's handle
    std::unique_ptr<Commons> m_other;   // someone else's

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString dir = m_dir.path() + u'/' + QString::fromLatin1(QTest::currentTestFunction());
        auto commons = Commons::create(dir, {u"Test"_s, {}}, {u"Ада"_s, {}});
        QVERIFY2(commons, qPrintable(commons ? QString() : commons.error().message));
        m_commons = std::move(*commons);
        auto other = Commons::open(dir);
        QVERIFY(other);
        m_other = std::move(*other);
        m_other->setAuthor({u"Bea"_s, {}});
    }

    void cleanup()
    {
        m_other.reset();
        m_commons.reset();
    }

    void noticesMainMovedByAnotherHandle()
    {
        cp::HeadWatcher watcher(*m_commons);
        watcher.setInterval(0); // file events alone
        watcher.start();
        QSignalSpy heads(m_commons.get(), &Commons::headChanged);

        auto saved = m_other->pages().save(page(u"Elsewhere"_s), u"from the other handle\n"_s);
        QVERIFY(saved);
        QElapsedTimer noticed;
        noticed.start();
        QVERIFY(heads.wait(2000));
        qInfo("noticed %lld ms after the other handle's commit", qint64(noticed.elapsed()));
        QCOMPARE(heads.count(), 1);
        QCOMPARE(heads.first().first().toString(), *saved);
        QCOMPARE(watcher.knownHead(), *saved);
        QVERIFY(m_commons->pages().exists(page(u"Elsewhere"_s)));

        // Our own commits are announced once, by the store, never again by the watcher.
        auto own = m_commons->pages().save(page(u"Mine"_s), u"mine\n"_s);
        QVERIFY(own);
        QCOMPARE(heads.count(), 2);
        QCOMPARE(watcher.knownHead(), *own);
        QVERIFY(!watcher.checkNow());
        QVERIFY(!heads.wait(300));
        QCOMPARE(heads.count(), 2);
    }

    void plainGitMovesAndPackedRefs()
    {
        if (!cp::test::haveGit())
            QSKIP("git is not installed; the other handle tests cover the same");
        const QString first = m_commons->head();
        auto second = m_commons->pages().save(page(u"Second"_s), u"2\n"_s);
        QVERIFY(second);
        cp::HeadWatcher watcher(*m_commons);
        watcher.setInterval(0);
        watcher.start();
        QSignalSpy heads(m_commons.get(), &Commons::headChanged);
        // Packing the refs moves no head: nothing to announce.
        QCOMPARE(cp::test::runGit(m_commons->path(), {u"pack-refs"_s, u"--all"_s}).exitCode, 0);
        QVERIFY(!heads.wait(300));
        // main set back by git, in packed-refs now.
        QCOMPARE(cp::test::runGit(m_commons->path(), {u"update-ref"_s, u"refs/heads/main"_s, first}).exitCode, 0);
        QVERIFY(heads.wait(2000));
        QCOMPARE(heads.last().first().toString(), first);
    }

    void checkNowWhileStopped()
    {
        cp::HeadWatcher watcher(*m_commons);
        watcher.start();
        watcher.stop(); // neither file events nor periodic looks now
        QSignalSpy heads(m_commons.get(), &Commons::headChanged);
        auto saved = m_other->pages().save(page(u"Elsewhere"_s), u"x\n"_s);
        QVERIFY(saved);
        QVERIFY(!heads.wait(300));   // stopped: nothing
        QVERIFY(watcher.checkNow()); // as on window activation
        QCOMPARE(heads.count(), 1);
        QVERIFY(!watcher.checkNow());
    }

    void workingTreeWatcherRunsOne()
    {
        cp::WorkingTreeWatcher watcher(*m_commons);
        watcher.start();
        QSignalSpy heads(m_commons.get(), &Commons::headChanged);
        auto saved = m_other->pages().save(page(u"Elsewhere"_s), u"x\n"_s);
        QVERIFY(saved);
        QTRY_COMPARE_WITH_TIMEOUT(heads.count(), 1, 2000);
        QCOMPARE(heads.first().first().toString(), *saved);
        watcher.checkNow();
        QCOMPARE(heads.count(), 1);
    }

    void saveOverStaleBaseMerges()
    {
        const PageName notes = page(u"Notes"_s);
        QVERIFY(m_commons->pages().save(notes, u"one\ntwo\nthree\nfour\nfive\n"_s));
        auto base = m_commons->pages().committed(notes);
        QVERIFY(base);
        QVERIFY(!base->blob.isEmpty());
        QCOMPARE(base->text, u"one\ntwo\nthree\nfour\nfive\n"_s);

        // They change the first line, we the last one.
        auto theirs = m_other->pages().save(notes, u"ONE\ntwo\nthree\nfour\nfive\n"_s);
        QVERIFY(theirs);
        const QString mine = u"one\ntwo\nthree\nfour\nFIVE\n"_s;
        auto merge = m_commons->pages().mergeWithMain(notes, base->blob, mine);
        QVERIFY(merge);
        QVERIFY(merge->clean);
        QCOMPARE(merge->text, u"ONE\ntwo\nthree\nfour\nFIVE\n"_s);

        auto saved = m_commons->pages().saveOver(notes, base->blob, mine);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
        QCOMPARE(*m_commons->pages().read(notes), u"ONE\ntwo\nthree\nfour\nFIVE\n"_s);
        QCOMPARE(m_commons->pages().committed(notes)->text, u"ONE\ntwo\nthree\nfour\nFIVE\n"_s);
        // Their commit is in main's history: ours is on top of it.
        auto parent = m_commons->repository().lookupCommit(*cp::git::Oid::fromHex(*saved));
        QVERIFY(parent);
        QCOMPARE(parent->parentCount(), 1);
    }

    void saveOverConflictRefusesAndLosesNothing()
    {
        const PageName notes = page(u"Notes"_s);
        QVERIFY(m_commons->pages().save(notes, u"one\ntwo\nthree\n"_s));
        const QString base = m_commons->pages().committed(notes)->blob;
        auto theirs = m_other->pages().save(notes, u"one\nTHEIRS\nthree\n"_s);
        QVERIFY(theirs);
        const QString mine = u"one\nMINE\nthree\n"_s;

        auto saved = m_commons->pages().saveOver(notes, base, mine);
        QVERIFY(!saved);
        QCOMPARE(saved.error().kind, cp::Error::Kind::Conflict);
        QCOMPARE(m_commons->head(), *theirs); // nothing committed
        QCOMPARE(*m_commons->pages().read(notes), u"one\nTHEIRS\nthree\n"_s);

        auto merge = m_commons->pages().mergeWithMain(notes, base, mine);
        QVERIFY(merge);
        QVERIFY(!merge->clean);
        QVERIFY(merge->text.contains(u"MINE"_s));
        QVERIFY(merge->text.contains(u"THEIRS"_s));
        QVERIFY(merge->text.contains(u"<<<<<<<"_s));
        QCOMPARE(merge->theirs, m_commons->pages().committed(notes)->blob);

        // Unchanged base: saveOver is a plain save.
        auto plain = m_commons->pages().saveOver(notes, merge->theirs, u"one\nboth\nthree\n"_s);
        QVERIFY(plain);
        QCOMPARE(*m_commons->pages().read(notes), u"one\nboth\nthree\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestHeadWatcher)
#include "tst_headwatcher.moc"
