#include "core/git/Commit.h"
#include "core/git/Repository.h"
#include "core/git/TreeDiff.h"
#include "core/wiki/Commons.h"
#include "core/wiki/PageRenamer.h"
#include "core/wiki/PageStore.h"
#include "core/wiki/WikiIndex.h"
#include "unit/git/GitRunner.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cp::Commons;
using cp::PageName;
using cp::PageRenamer;
using cp::WikiIndex;

namespace {
PageName page(const QString& title)
{
    return *PageName::fromTitle(title);
}
} // namespace

class TestPageRenamer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_runs = 0;
    std::unique_ptr<Commons> m_commons;
    std::unique_ptr<WikiIndex> m_index;

    void save(const QString& title, const QString& text)
    {
        auto saved = m_commons->pages().save(page(title), text);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    }

    QString read(const QString& title) { return m_commons->pages().read(page(title)).value_or(u"<missing>"_s); }

    // The paths the head commit changed against its only parent.
    QStringList changedByHead()
    {
        cp::git::Repository& repo = m_commons->repository();
        auto head = repo.lookupCommit(**repo.resolve(u"refs/heads/main"_s));
        if (!head || head->parentCount() != 1)
            return {u"<not one parent>"_s};
        auto parent = repo.lookupCommit(head->parentIds().first());
        auto changes = cp::git::TreeDiff::between(repo, parent->treeId(), head->treeId());
        QStringList paths;
        for (const cp::git::TreeChange& change : *changes)
            paths.append(change.path);
        paths.sort();
        return paths;
    }

    void seed()
    {
        save(u"Old"_s, u"The page. Self: [[Old]]. Sibling: [s](Sibling.md)."_s);
        save(u"A"_s, u"Link [[Old]] here."_s);
        save(u"B"_s, u"Labelled [[Old|the old page]]."_s);
        save(u"C"_s, u"Markdown [x](Old.md)."_s);
        save(u"Folder/D"_s, u"Relative [[../Old]] and code `[[Old]]`."_s);
        save(u"E"_s, u"Unrelated [[Older]]."_s);
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto commons = Commons::create(
            m_dir.path() + u"/%1-%2"_s.arg(QString::fromLatin1(QTest::currentTestFunction())).arg(++m_runs),
            {u"Test"_s, {}}, {u"Ада"_s, {}});
        QVERIFY(commons);
        m_commons = std::move(*commons);
        auto index = WikiIndex::openReady(*m_commons);
        QVERIFY(index);
        m_index = std::move(*index);
    }

    void cleanup()
    {
        m_index.reset();
        m_commons.reset();
    }

    void renameUpdatesLinksInOneCommit()
    {
        seed();
        PageRenamer renamer(*m_commons, *m_index);
        QCOMPARE(*renamer.linkingPages(page(u"Old"_s)), (QStringList{u"A"_s, u"B"_s, u"C"_s, u"Folder/D"_s}));
        const QString before = m_commons->head();
        QSignalSpy heads(m_commons.get(), &Commons::headChanged);
        QSignalSpy renamed(&m_commons->pages(), &cp::PageStore::pageRenamed);
        QSignalSpy saved(&m_commons->pages(), &cp::PageStore::pageSaved);

        auto outcome = renamer.rename(page(u"Old"_s), page(u"New"_s), true);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
        QCOMPARE(outcome->updatedPages, (QStringList{u"A"_s, u"B"_s, u"C"_s, u"Folder/D"_s}));
        QCOMPARE(outcome->commit, m_commons->head());

        // One commit on top of the one before, touching exactly these files.
        auto head = m_commons->repository().lookupCommit(*cp::git::Oid::fromHex(m_commons->head()));
        QCOMPARE(head->parentIds().first().toHex(), before);
        QCOMPARE(changedByHead(),
                 (QStringList{u"A.md"_s, u"B.md"_s, u"C.md"_s, u"Folder/D.md"_s, u"New.md"_s, u"Old.md"_s}));
        QVERIFY(head->summary().contains(u"Old"_s));
        QCOMPARE(heads.size(), 1);
        QCOMPARE(renamed.size(), 1);
        QCOMPARE(saved.size(), 4);

        QCOMPARE(read(u"A"_s), u"Link [[New]] here."_s);
        QCOMPARE(read(u"B"_s), u"Labelled [[New|the old page]]."_s);
        QCOMPARE(read(u"C"_s), u"Markdown [x](New.md)."_s);
        QCOMPARE(read(u"Folder/D"_s), u"Relative [[../New]] and code `[[Old]]`."_s);
        QCOMPARE(read(u"E"_s), u"Unrelated [[Older]]."_s);
        QCOMPARE(read(u"New"_s), u"The page. Self: [[New]]. Sibling: [s](Sibling.md)."_s);
        QVERIFY(!m_commons->pages().exists(page(u"Old"_s)));

        // The index followed the commit.
        QCOMPARE(*m_index->backlinks(u"New"_s), (QStringList{u"A"_s, u"B"_s, u"C"_s, u"Folder/D"_s, u"New"_s}));
        QVERIFY(m_index->backlinks(u"Old"_s)->isEmpty());
        QCOMPARE(m_index->search(u"Labelled"_s)->size(), 1);

        if (cp::test::haveGit()) {
            const auto status = cp::test::runGit(m_commons->path(), {u"status"_s, u"--porcelain"_s});
            QCOMPARE(status.exitCode, 0);
            QVERIFY2(status.out.isEmpty(), status.out.constData());
        }
    }

    void movingToAnotherFolderKeepsRelativeLinks()
    {
        seed();
        PageRenamer renamer(*m_commons, *m_index);
        auto outcome = renamer.rename(page(u"Old"_s), page(u"Archive/New"_s), true);
        QVERIFY(outcome);
        QCOMPARE(read(u"A"_s), u"Link [[Archive/New]] here."_s);
        QCOMPARE(read(u"Folder/D"_s), u"Relative [[Archive/New]] and code `[[Old]]`."_s);
        QCOMPARE(read(u"C"_s), u"Markdown [x](/Archive/New.md)."_s);
        QCOMPARE(read(u"Archive/New"_s), u"The page. Self: [[Archive/New]]. Sibling: [s](/Sibling.md)."_s);
        QVERIFY(m_index->missingPages()->isEmpty() || m_index->missingPages()->first().title != u"Archive/New"_s);
    }

    void renameWithoutUpdateLeavesLinks()
    {
        seed();
        PageRenamer renamer(*m_commons, *m_index);
        auto outcome = renamer.rename(page(u"Old"_s), page(u"New"_s), false);
        QVERIFY(outcome);
        QVERIFY(outcome->updatedPages.isEmpty());
        QCOMPARE(changedByHead(), (QStringList{u"New.md"_s, u"Old.md"_s}));
        QCOMPARE(read(u"A"_s), u"Link [[Old]] here."_s);
        auto missing = m_index->missingPages();
        QVERIFY(missing && !missing->isEmpty());
        bool oldMissing = false;
        for (const cp::MissingPage& m : *missing)
            oldMissing = oldMissing || m.title == u"Old"_s;
        QVERIFY(oldMissing);
    }

    void refusals()
    {
        seed();
        PageRenamer renamer(*m_commons, *m_index);
        const QString before = m_commons->head();
        auto taken = renamer.rename(page(u"Old"_s), page(u"A"_s), true);
        QVERIFY(!taken);
        QCOMPARE(taken.error().kind, cp::Error::Kind::Conflict);
        auto absent = renamer.rename(page(u"Nothing"_s), page(u"Z"_s), true);
        QVERIFY(!absent);
        QCOMPARE(absent.error().kind, cp::Error::Kind::NotFound);
        auto same = renamer.rename(page(u"Old"_s), page(u"Old"_s), true);
        QVERIFY(!same);
        QVERIFY(!renamer.rename(PageName(), page(u"Z"_s), true));
        QCOMPARE(m_commons->head(), before);
        QCOMPARE(read(u"A"_s), u"Link [[Old]] here."_s);
    }

    void refusedWhileTheIndexIsNotReady()
    {
        seed();
        m_index->startRebuild();
        PageRenamer renamer(*m_commons, *m_index);
        const QString before = m_commons->head();
        auto refused = renamer.rename(page(u"Old"_s), page(u"New"_s), true);
        QVERIFY(!refused);
        QCOMPARE(m_commons->head(), before);
        QSignalSpy finished(m_index.get(), &WikiIndex::rebuildFinished);
        QVERIFY(finished.wait(20000));
        QVERIFY(renamer.rename(page(u"Old"_s), page(u"New"_s), true));
    }
};

QTEST_GUILESS_MAIN(TestPageRenamer)
#include "tst_pagerenamer.moc"
