#include "core/git/Commit.h"
#include "core/git/Index.h"
#include "core/git/Repository.h"
#include "core/wiki/Commons.h"
#include "core/wiki/PageStore.h"
#include "unit/git/GitRunner.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cp::Commons;
using cp::Error;
using cp::PageName;

namespace {
PageName page(const QString& title)
{
    return *PageName::fromTitle(title);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestPageStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Commons> m_commons;

    cp::PageStore& pages() { return m_commons->pages(); }
    cp::git::Repository& repo() { return m_commons->repository(); }
    QString path(const QString& relative) const { return m_commons->path() + u'/' + relative; }

    cp::git::Commit headCommit() { return *repo().lookupCommit(**repo().resolve(u"refs/heads/main"_s)); }

    // The index, the folder and main agree (checked with stock git).
    void verifyClean()
    {
        if (!cp::test::haveGit())
            return;
        const auto status = cp::test::runGit(m_commons->path(), {u"status"_s, u"--porcelain"_s});
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.isEmpty(), status.out.constData());
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString dir = m_dir.path() + u'/' + QString::fromLatin1(QTest::currentTestFunction());
        auto commons = Commons::create(dir, {u"Test"_s, {}}, {u"Ада"_s, {}});
        QVERIFY2(commons, qPrintable(commons ? QString() : commons.error().message));
        m_commons = std::move(*commons);
    }

    void cleanup() { m_commons.reset(); }

    void saveCreatesReadsAndCommits()
    {
        QSignalSpy saved(&pages(), &cp::PageStore::pageSaved);
        QSignalSpy created(&pages(), &cp::PageStore::pageCreated);
        QSignalSpy head(m_commons.get(), &Commons::headChanged);
        const PageName welcome = page(u"Welcome"_s);
        QVERIFY(!pages().exists(welcome));

        auto first = pages().save(welcome, u"# Hello\n"_s);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QCOMPARE(*first, m_commons->head());
        QVERIFY(pages().exists(welcome));
        QCOMPARE(*pages().read(welcome), u"# Hello\n"_s);
        QCOMPARE(readFile(path(u"Welcome.md"_s)), QByteArray("# Hello\n"));
        QCOMPARE(created.count(), 1);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.at(0).at(0).value<PageName>(), welcome);
        QCOMPARE(head.count(), 1);
        QCOMPARE(head.at(0).at(0).toString(), *first);

        auto commit = headCommit();
        QCOMPARE(commit.summary(), u"Create Welcome"_s);
        QCOMPARE(commit.author().name, u"Ада"_s);
        QCOMPARE(commit.author().email, u"anonymous@commonplace.invalid"_s);
        QCOMPARE(commit.parentIds().first().toHex(), m_commons->id());

        auto second = pages().save(welcome, u"# Hello again\n"_s);
        QVERIFY(second);
        QVERIFY(*second != *first);
        QCOMPARE(headCommit().summary(), u"Edit Welcome"_s);
        QCOMPARE(headCommit().parentIds().first().toHex(), *first);
        QCOMPARE(created.count(), 1);
        QCOMPARE(saved.count(), 2);
        QCOMPARE(head.count(), 2);

        QVERIFY(pages().save(welcome, u"Third\n"_s, u"  Rewrite the greeting  "_s));
        QCOMPARE(headCommit().summary(), u"Rewrite the greeting"_s);
        verifyClean();
    }

    void unchangedSaveCommitsNothing()
    {
        const PageName p = page(u"Same"_s);
        auto first = pages().save(p, u"text"_s);
        QVERIFY(first);
        QSignalSpy head(m_commons.get(), &Commons::headChanged);
        QSignalSpy saved(&pages(), &cp::PageStore::pageSaved);
        auto again = pages().save(p, u"text"_s, u"ignored"_s);
        QVERIFY(again);
        QCOMPARE(*again, *first);
        QCOMPARE(m_commons->head(), *first);
        QCOMPARE(head.count(), 0);
        QCOMPARE(saved.count(), 0);
    }

    void saveNeverOverwritesAnEditMadeOutside()
    {
        const PageName p = page(u"Guarded"_s);
        auto first = pages().save(p, u"committed"_s);
        QVERIFY(first);
        QFile file(path(p.path()));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("scribbled");
        file.close();
        QCOMPARE(*pages().read(p), u"scribbled"_s); // reads come from the folder
        for (const QString& text : {u"committed"_s, u"something new"_s}) {
            auto saved = pages().save(p, text);
            QVERIFY(!saved);
            QCOMPARE(saved.error().kind, Error::Kind::Conflict);
            QVERIFY(saved.error().message.contains(u"Guarded"_s));
            QCOMPARE(*pages().read(p), u"scribbled"_s);
            QCOMPARE(m_commons->head(), *first);
        }
        // Saving exactly what is on disk is no overwrite: it commits the outside edit.
        auto adopted = pages().save(p, u"scribbled"_s);
        QVERIFY(adopted);
        QVERIFY(*adopted != *first);
    }

    void createRefusesAFileMadeOutside()
    {
        const PageName p = page(u"Stray"_s);
        QFile file(path(p.path()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("written by another program");
        file.close();
        auto made = pages().create(p, u"mine"_s);
        QVERIFY(!made);
        QCOMPARE(made.error().kind, Error::Kind::Conflict);
        QCOMPARE(*pages().read(p), u"written by another program"_s);
    }

    void createRefusesAnExistingPage()
    {
        const PageName p = page(u"Notes/Plan"_s);
        QSignalSpy created(&pages(), &cp::PageStore::pageCreated);
        auto made = pages().create(p, u"plan"_s);
        QVERIFY(made);
        QCOMPARE(created.count(), 1);
        QCOMPARE(headCommit().summary(), u"Create Notes/Plan"_s);
        auto again = pages().create(p, u"other"_s);
        QVERIFY(!again);
        QCOMPARE(again.error().kind, Error::Kind::Conflict);
        QVERIFY(again.error().message.contains(u"Notes/Plan"_s));
        QCOMPARE(*pages().read(p), u"plan"_s);
        QCOMPARE(m_commons->head(), *made);
        QCOMPARE(created.count(), 1);
    }

    void listIsSortedAndHoldsOnlyPages()
    {
        for (const QString& title : {u"b"_s, u"a b"_s, u"a/x"_s, u"Заметки/Привет"_s, u"A"_s, u"a"_s})
            QVERIFY(pages().create(page(title), title));
        // Not pages: other files, and anything under .commonplace.
        auto index = repo().index();
        QVERIFY(index->add(u"attachments/image.png"_s, *repo().writeBlob("png")));
        QVERIFY(index->write());
        auto list = pages().list();
        QVERIFY(list);
        QStringList titles;
        for (const PageName& name : *list)
            titles.append(name.title());
        QCOMPARE(titles, (QStringList{u"A"_s, u"a"_s, u"a b"_s, u"a/x"_s, u"b"_s, u"Заметки/Привет"_s}));
    }

    void renameMovesTheFileAndKeepsTheText()
    {
        const PageName from = page(u"Drafts/Old name"_s);
        const PageName to = page(u"Новое имя"_s);
        QVERIFY(pages().save(from, u"keep me\n"_s));
        QSignalSpy renamed(&pages(), &cp::PageStore::pageRenamed);
        QSignalSpy head(m_commons.get(), &Commons::headChanged);
        auto moved = pages().rename(from, to);
        QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().message));
        QVERIFY(!pages().exists(from));
        QVERIFY(pages().exists(to));
        QCOMPARE(*pages().read(to), u"keep me\n"_s);
        QVERIFY(!QFileInfo::exists(path(u"Drafts/Old name.md"_s)));
        QVERIFY(!QFileInfo::exists(path(u"Drafts"_s))); // the empty folder went too
        QCOMPARE(readFile(path(u"Новое имя.md"_s)), QByteArray("keep me\n"));
        QCOMPARE(headCommit().summary(), u"Rename Drafts/Old name to Новое имя"_s);
        QCOMPARE(renamed.count(), 1);
        QCOMPARE(renamed.at(0).at(0).value<PageName>(), from);
        QCOMPARE(renamed.at(0).at(1).value<PageName>(), to);
        QCOMPARE(head.count(), 1);
        verifyClean();
    }

    void renameRefusesBadRequests()
    {
        const PageName a = page(u"A"_s);
        const PageName b = page(u"B"_s);
        QVERIFY(pages().save(a, u"a"_s));
        QVERIFY(pages().save(b, u"b"_s));
        const QString before = m_commons->head();
        auto onto = pages().rename(a, b);
        QVERIFY(!onto);
        QCOMPARE(onto.error().kind, Error::Kind::Conflict);
        auto missing = pages().rename(page(u"Missing"_s), page(u"C"_s));
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
        auto same = pages().rename(a, a);
        QVERIFY(!same);
        QCOMPARE(same.error().kind, Error::Kind::User);
        QVERIFY(!pages().rename(PageName(), b));
        QCOMPARE(m_commons->head(), before);
        QCOMPARE(*pages().read(b), u"b"_s);
    }

    void removeDeletesThePage()
    {
        const PageName p = page(u"Folder/Gone"_s);
        QVERIFY(pages().save(p, u"bye"_s));
        QVERIFY(pages().save(page(u"Stays"_s), u"here"_s));
        QSignalSpy removed(&pages(), &cp::PageStore::pageRemoved);
        auto gone = pages().remove(p, u"Clean up"_s);
        QVERIFY(gone);
        QVERIFY(!pages().exists(p));
        QVERIFY(!QFileInfo::exists(path(u"Folder"_s)));
        QCOMPARE(headCommit().summary(), u"Clean up"_s);
        QCOMPARE(removed.count(), 1);
        auto read = pages().read(p);
        QVERIFY(!read);
        QCOMPARE(read.error().kind, Error::Kind::NotFound);
        auto again = pages().remove(p);
        QVERIFY(!again);
        QCOMPARE(again.error().kind, Error::Kind::NotFound);
        QCOMPARE(pages().list()->size(), 1);
        verifyClean();
        if (cp::test::haveGit()) {
            const auto log = cp::test::runGit(m_commons->path(), {u"log"_s, u"--format=%s"_s});
            QCOMPARE(QString::fromUtf8(log.out),
                     u"Clean up\nCreate Stays\nCreate Folder/Gone\nCreate the commons “Test”\n"_s);
        }
    }

    void unicodeTitlesRoundTrip()
    {
        const QString decomposed = QString(QChar(0x0418)) + QChar(0x0306) + u"ога"_s; // Й as И + breve
        const PageName p = page(decomposed);
        QVERIFY(pages().save(p, u"Йога — это…\n"_s));
        const QString composed = QString(QChar(0x0419)) + u"ога"_s;
        QVERIFY(QFileInfo::exists(path(composed + u".md"_s)));
        QVERIFY(pages().exists(page(composed)));
        QCOMPARE(*pages().read(page(composed)), u"Йога — это…\n"_s);
        QCOMPARE(pages().list()->first().title(), composed);
        verifyClean();
    }

    void readOfAMissingPageIsNotFound()
    {
        auto read = pages().read(page(u"Nothing here"_s));
        QVERIFY(!read);
        QCOMPARE(read.error().kind, Error::Kind::NotFound);
        QVERIFY(read.error().message.contains(u"Nothing here"_s));
    }

    void failedSignerLeavesEverythingAsItWas()
    {
        const PageName p = page(u"Guarded"_s);
        QVERIFY(pages().save(p, u"safe"_s));
        const QString before = m_commons->head();
        m_commons->setSigner([](const QByteArray&) -> cp::Result<QByteArray> {
            return cp::fail(Error::crypto(u"the key is locked"_s));
        });
        QSignalSpy head(m_commons.get(), &Commons::headChanged);
        auto saved = pages().save(p, u"lost?"_s);
        QVERIFY(!saved);
        QVERIFY(saved.error().message.contains(u"the key is locked"_s));
        QCOMPARE(m_commons->head(), before);
        QCOMPARE(*pages().read(p), u"safe"_s);
        QCOMPARE(head.count(), 0);
        QVERIFY(!pages().create(page(u"New"_s), u"x"_s));
        QVERIFY(!pages().exists(page(u"New"_s)));
        verifyClean();
    }

    void mainMovedMeanwhileIsAConflictAndLosesNothing()
    {
        const PageName p = page(u"Contested"_s);
        QVERIFY(pages().save(p, u"mine"_s));
        // While this save is being signed, another writer moves main.
        const QString dir = m_commons->path();
        m_commons->setSigner([dir](const QByteArray&) -> cp::Result<QByteArray> {
            auto other = Commons::open(dir);
            if (!other)
                return cp::fail(other.error());
            (*other)->setSigner({});
            auto theirs = (*other)->pages().save(page(u"Theirs"_s), u"theirs"_s);
            if (!theirs)
                return cp::fail(theirs.error());
            return QByteArray("-----BEGIN SSH SIGNATURE-----\nAAAA\n-----END SSH SIGNATURE-----");
        });
        auto saved = pages().save(p, u"changed"_s);
        QVERIFY(!saved);
        QCOMPARE(saved.error().kind, Error::Kind::Conflict);
        QVERIFY(saved.error().message.contains(u"try again"_s));
        // The other writer's page is there; ours is as it was; nothing is half-done.
        QVERIFY(pages().exists(page(u"Theirs"_s)));
        QCOMPARE(*pages().read(p), u"mine"_s);
        QCOMPARE(headCommit().summary(), u"Create Theirs"_s);
        verifyClean();
        m_commons->setSigner({});
        QVERIFY(pages().save(p, u"changed"_s));
        QCOMPARE(*pages().read(p), u"changed"_s);
        QVERIFY(pages().exists(page(u"Theirs"_s)));
        verifyClean();
    }

    void invalidNamesAreRefused()
    {
        QVERIFY(!pages().save(PageName(), u"x"_s));
        QVERIFY(!pages().create(PageName(), u"x"_s));
        QVERIFY(!pages().remove(PageName()));
        QVERIFY(!pages().read(PageName()));
        QVERIFY(!pages().exists(PageName()));
    }
};

QTEST_GUILESS_MAIN(TestPageStore)
#include "tst_pagestore.moc"
