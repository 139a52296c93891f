#include "core/git/Commit.h"
#include "core/git/Repository.h"
#include "core/wiki/Commons.h"
#include "core/wiki/ExternalEdits.h"
#include "core/wiki/History.h"
#include "core/wiki/PageStore.h"
#include "core/wiki/WorkingTreeWatcher.h"
#include "unit/git/GitRunner.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cp::Commons;
using cp::ExternalChange;
using cp::ExternalEdits;
using cp::PageName;

namespace {
PageName page(const QString& title)
{
    return *PageName::fromTitle(title);
}

QStringList describe(const QList<ExternalChange>& changes)
{
    QStringList out;
    for (const ExternalChange& c : changes)
        out << ExternalChange::kindKey(c.kind) + u' ' + c.path + (c.isPage() ? u" (page)"_s : QString());
    return out;
}
} // namespace

class TestExternalEdits : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Commons> m_commons;

    QString path(const QString& relative) const { return m_commons->path() + u'/' + relative; }

    void writeBehindTheBack(const QString& relative, const QByteArray& bytes)
    {
        QDir().mkpath(QFileInfo(path(relative)).path());
        QFile file(path(relative));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    QByteArray readFile(const QString& relative) const
    {
        QFile file(path(relative));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QString headSummary()
    {
        auto& repo = m_commons->repository();
        return repo.lookupCommit(**repo.resolve(u"refs/heads/main"_s))->summary();
    }

    // Makes Foo, Bar and an attachment, committed; then edits behind PageStore's back.
    void makeExternalChanges()
    {
        QVERIFY(m_commons->pages().save(page(u"Foo"_s), u"foo committed\n"_s));
        QVERIFY(m_commons->pages().save(page(u"Bar"_s), u"bar committed\n"_s));
        writeBehindTheBack(u"Foo.md"_s, "foo edited outside\n");
        QVERIFY(QFile::remove(path(u"Bar.md"_s)));
        writeBehindTheBack(u"Folder/Sub/New page.md"_s, "new page\n");
        writeBehindTheBack(u"attachments/pic.png"_s, "png bytes");
        writeBehindTheBack(u"notes.txt"_s, "not a page");                    // neither page nor attachment
        writeBehindTheBack(u".commonplace/stray.md"_s, "not a page either"); // a name the rules refuse
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString dir = m_dir.path() + u'/' + QString::fromLatin1(QTest::currentTestFunction());
        auto commons = Commons::create(dir, {u"Test"_s, {}}, {u"Ада"_s, {}});
        QVERIFY(commons);
        m_commons = std::move(*commons);
    }

    void cleanup() { m_commons.reset(); }

    void scanFindsPagesAndAttachmentsOnly()
    {
        ExternalEdits edits(*m_commons);
        auto clean = edits.scan();
        QVERIFY(clean);
        QVERIFY(clean->isEmpty());
        makeExternalChanges();
        auto found = edits.scan();
        QVERIFY2(found, found ? "" : qPrintable(found.error().message));
        QCOMPARE(describe(*found), (QStringList{u"removed Bar.md (page)"_s, u"added Folder/Sub/New page.md (page)"_s,
                                                u"modified Foo.md (page)"_s, u"added attachments/pic.png"_s}));
        QCOMPARE(found->at(1).page, page(u"Folder/Sub/New page"_s));
    }

    void commitTakesTheFolderAsItIs()
    {
        makeExternalChanges();
        ExternalEdits edits(*m_commons);
        QSignalSpy created(&m_commons->pages(), &cp::PageStore::pageCreated);
        QSignalSpy saved(&m_commons->pages(), &cp::PageStore::pageSaved);
        QSignalSpy removed(&m_commons->pages(), &cp::PageStore::pageRemoved);
        QSignalSpy headMoved(m_commons.get(), &Commons::headChanged);
        const QString before = m_commons->head();
        auto head = edits.commit();
        QVERIFY2(head, head ? "" : qPrintable(head.error().message));
        QVERIFY(*head != before);
        QCOMPARE(*head, m_commons->head());
        QCOMPARE(headSummary(), u"Commit external changes to 4 files"_s);
        QCOMPARE(headMoved.size(), 1);
        QCOMPARE(created.size(), 1);
        QCOMPARE(saved.size(), 2);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().first().value<PageName>(), page(u"Bar"_s));

        QVERIFY(edits.scan()->isEmpty());
        cp::History history(*m_commons);
        QCOMPARE(*history.pageText(page(u"Foo"_s), {}), u"foo edited outside\n"_s);
        QCOMPARE(*history.pageText(page(u"Folder/Sub/New page"_s), {}), u"new page\n"_s);
        QVERIFY(!history.pageText(page(u"Bar"_s), {}));
        QCOMPARE(**history.fileAt(u"attachments/pic.png"_s, *history.resolve({})), QByteArray("png bytes"));
        QVERIFY(!*history.fileAt(u"notes.txt"_s, *history.resolve({})));
        QCOMPARE(readFile(u"notes.txt"_s), QByteArray("not a page")); // left alone

        // Stock git agrees that pages and attachments are committed.
        if (cp::test::haveGit()) {
            const auto status = cp::test::runGit(m_commons->path(),
                                                 {u"status"_s, u"--porcelain"_s, u"--"_s, u"*.md"_s, u"attachments"_s});
            QCOMPARE(status.exitCode, 0);
            QCOMPARE(status.out, QByteArray("?? .commonplace/stray.md\n"));
        }
        // Nothing left: committing again changes nothing.
        auto again = edits.commit();
        QVERIFY(again);
        QCOMPARE(*again, *head);
        QCOMPARE(headMoved.size(), 1);
    }

    void commitChosenPathsWithAMessage()
    {
        makeExternalChanges();
        ExternalEdits edits(*m_commons);
        auto head = edits.commit({}, {u"Foo.md"_s});
        QVERIFY(head);
        QCOMPARE(headSummary(), u"Edit Foo outside Commonplace"_s);
        QCOMPARE(edits.scan()->size(), 3);
        QVERIFY(edits.commit(u"Tidy up"_s, {u"Bar.md"_s, u"attachments/pic.png"_s}));
        QCOMPARE(headSummary(), u"Tidy up"_s);
        QCOMPARE(describe(*edits.scan()), (QStringList{u"added Folder/Sub/New page.md (page)"_s}));
    }

    void discardPutsMainsVersionBack()
    {
        makeExternalChanges();
        ExternalEdits edits(*m_commons);
        const QString head = m_commons->head();
        QVERIFY(edits.discard({u"Foo.md"_s, u"Bar.md"_s, u"attachments/pic.png"_s, u"notes.txt"_s}));
        QCOMPARE(readFile(u"Foo.md"_s), QByteArray("foo committed\n"));
        QCOMPARE(readFile(u"Bar.md"_s), QByteArray("bar committed\n"));
        QVERIFY(!QFile::exists(path(u"attachments/pic.png"_s)));
        QVERIFY(QFile::exists(path(u"notes.txt"_s))); // not an external change: never touched
        QCOMPARE(m_commons->head(), head);
        QCOMPARE(describe(*edits.scan()), (QStringList{u"added Folder/Sub/New page.md (page)"_s}));
    }

    void savingOverAnOutsideEditIsRefused()
    {
        // The documented behaviour: before an editor buffer is saved, checkSafeToSave
        // refuses when the file holds an edit no commit has; History::restore applies it.
        cp::PageStore& pages = m_commons->pages();
        const QString first = *pages.save(page(u"Foo"_s), u"version one\n"_s);
        QVERIFY(pages.save(page(u"Foo"_s), u"version two\n"_s));
        ExternalEdits edits(*m_commons);
        QVERIFY(edits.checkSafeToSave(page(u"Foo"_s), u"my buffer\n"_s));
        QVERIFY(edits.checkSafeToSave(page(u"Missing"_s), u"anything\n"_s));

        writeBehindTheBack(u"Foo.md"_s, "edited in another editor\n");
        auto refused = edits.checkSafeToSave(page(u"Foo"_s), u"my buffer\n"_s);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, cp::Error::Kind::Conflict);
        QVERIFY2(refused.error().message.contains(u"changed outside Commonplace"_s),
                 qPrintable(refused.error().message));
        // Saving what the file already holds loses nothing.
        QVERIFY(edits.checkSafeToSave(page(u"Foo"_s), u"edited in another editor\n"_s));

        cp::History history(*m_commons);
        const QString head = m_commons->head();
        auto restore = history.restore(page(u"Foo"_s), first);
        QVERIFY(!restore);
        QCOMPARE(restore.error().kind, cp::Error::Kind::Conflict);
        QCOMPARE(m_commons->head(), head);
        QCOMPARE(readFile(u"Foo.md"_s), QByteArray("edited in another editor\n")); // untouched

        // Commit the outside edit, then restore: both versions are in the history.
        QVERIFY(edits.commit());
        QVERIFY(history.restore(page(u"Foo"_s), first));
        QCOMPARE(readFile(u"Foo.md"_s), QByteArray("version one\n"));
        QCOMPARE(*history.pageText(page(u"Foo"_s), u"main~1"_s), u"edited in another editor\n"_s);

        // A file made outside under a page's name is not overwritten either.
        writeBehindTheBack(u"Fresh.md"_s, "made by a script\n");
        auto fresh = edits.checkSafeToSave(page(u"Fresh"_s), u"typed in the editor\n"_s);
        QVERIFY(!fresh);
        QCOMPARE(fresh.error().kind, cp::Error::Kind::Conflict);
    }

    void watcherAnnouncesChanges()
    {
        QVERIFY(m_commons->pages().save(page(u"Foo"_s), u"foo\n"_s));
        cp::WorkingTreeWatcher watcher(*m_commons);
        watcher.setDebounce(50);
        QSignalSpy found(&watcher, &cp::WorkingTreeWatcher::changesFound);
        watcher.start();
        QVERIFY(watcher.isRunning());
        QVERIFY(watcher.watchedCount() >= 2); // the folder and Foo.md

        // An edit in place (no rename): the file watch sees it.
        QFile file(path(u"Foo.md"_s));
        QVERIFY(file.open(QIODevice::Append));
        file.write("appended by another program\n");
        file.close();
        QVERIFY(found.wait(5000));
        auto changes = found.takeLast().first().value<QList<ExternalChange>>();
        QCOMPARE(describe(changes), (QStringList{u"modified Foo.md (page)"_s}));

        // A new folder with a page in it.
        writeBehindTheBack(u"New/Page.md"_s, "new\n");
        QTRY_VERIFY_WITH_TIMEOUT(!found.isEmpty(), 5000);
        changes = found.takeLast().first().value<QList<ExternalChange>>();
        QCOMPARE(describe(changes), (QStringList{u"modified Foo.md (page)"_s, u"added New/Page.md (page)"_s}));
        QCOMPARE(watcher.changes(), changes);

        // Committing them empties the list, and the watcher says so.
        QVERIFY(ExternalEdits(*m_commons).commit());
        QTRY_VERIFY_WITH_TIMEOUT(!found.isEmpty(), 5000);
        QVERIFY(found.takeLast().first().value<QList<ExternalChange>>().isEmpty());

        // Our own saves are not external changes: no announcement.
        QVERIFY(m_commons->pages().save(page(u"Foo"_s), u"saved in the app\n"_s));
        watcher.checkNow();
        QVERIFY(found.isEmpty());
        watcher.stop();
        QCOMPARE(watcher.watchedCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestExternalEdits)
#include "tst_externaledits.moc"
