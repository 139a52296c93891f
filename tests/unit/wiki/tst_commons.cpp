#include "core/git/Commit.h"
#include "core/git/Index.h"
#include "core/git/Repository.h"
#include "core/git/Tree.h"
#include "core/wiki/Commons.h"
#include "core/wiki/PageStore.h"
#include "core/wiki/WorkingCopy.h"
#include "unit/git/GitRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cp::Commons;
using cp::Error;

namespace {
const cp::Author kAda{u"Ада"_s, u"ada@example.org"_s};

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestCommons : public QObject
{
    Q_OBJECT
private slots:
    void createMakesARootCommitWithCommonsJson()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + u"/Кружок"_s;
        auto commons = Commons::create(path, {u"Study circle"_s, u"Physics notes"_s}, kAda);
        QVERIFY2(commons, qPrintable(commons ? QString() : commons.error().message));
        QCOMPARE((*commons)->path(), path);
        QCOMPARE((*commons)->info().name, u"Study circle"_s);
        QCOMPARE((*commons)->info().description, u"Physics notes"_s);
        QCOMPARE((*commons)->author().name, kAda.name);

        cp::git::Repository& repo = (*commons)->repository();
        auto head = repo.resolve(u"refs/heads/main"_s);
        QVERIFY(head && *head);
        QCOMPARE((*commons)->id(), (*head)->toHex());
        QCOMPARE((*commons)->head(), (*head)->toHex());
        auto root = repo.lookupCommit(**head);
        QCOMPARE(root->parentCount(), 0);
        QCOMPARE(root->author().name, kAda.name);
        auto entry = root->tree()->entryByPath(Commons::InfoPath);
        QVERIFY(entry && *entry);

        const QJsonObject json = QJsonDocument::fromJson(readFile(path + u"/.commonplace/commons.json"_s)).object();
        QCOMPARE(json.value(u"name"_s).toString(), u"Study circle"_s);
        QCOMPARE(json.value(u"description"_s).toString(), u"Physics notes"_s);

        if (cp::test::haveGit()) {
            const auto log = cp::test::runGit(path, {u"log"_s, u"--format=%H %an"_s});
            QCOMPARE(log.exitCode, 0);
            QCOMPARE(QString::fromUtf8(log.out).trimmed(), (*commons)->id() + u" Ада"_s);
            const auto status = cp::test::runGit(path, {u"status"_s, u"--porcelain"_s});
            QCOMPARE(status.exitCode, 0);
            QCOMPARE(status.out, QByteArray());
        }
    }

    void createRefusesANonEmptyFolderAndLeavesItAlone()
    {
        QTemporaryDir dir;
        QFile keep(dir.path() + u"/keep.txt"_s);
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("mine");
        keep.close();
        auto commons = Commons::create(dir.path(), {u"X"_s, {}}, kAda);
        QVERIFY(!commons);
        QCOMPARE(commons.error().kind, Error::Kind::Conflict);
        QVERIFY(commons.error().message.contains(dir.path()));
        QVERIFY(!QFileInfo::exists(dir.path() + u"/.git"_s));
        QCOMPARE(readFile(dir.path() + u"/keep.txt"_s), QByteArray("mine"));
    }

    void createAcceptsAnEmptyFolderAndNeedsAName()
    {
        QTemporaryDir dir;
        auto unnamed = Commons::create(dir.path(), {u"  "_s, {}}, kAda);
        QVERIFY(!unnamed);
        QCOMPARE(unnamed.error().kind, Error::Kind::User);
        QVERIFY(Commons::create(dir.path(), {u"Named"_s, {}}, kAda));
    }

    void failedCreateLeavesNothingBehind()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + u"/new"_s;
        cp::CommitSigner refusing = [](const QByteArray&) -> cp::Result<QByteArray> {
            return cp::fail(Error::crypto(u"no key"_s));
        };
        auto commons = Commons::create(path, {u"X"_s, {}}, kAda, refusing);
        QVERIFY(!commons);
        QVERIFY(commons.error().message.contains(u"no key"_s));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(Commons::create(path, {u"X"_s, {}}, kAda)); // a second attempt works
    }

    void createSignsTheRootCommit()
    {
        QTemporaryDir dir;
        cp::CommitSigner signer = [](const QByteArray&) -> cp::Result<QByteArray> {
            return QByteArray("-----BEGIN SSH SIGNATURE-----\nAAAA\n-----END SSH SIGNATURE-----\n");
        };
        auto commons = Commons::create(dir.path(), {u"Signed"_s, {}}, kAda, signer);
        QVERIFY(commons);
        QVERIFY((*commons)->signer());
        auto root = (*commons)->repository().lookupCommit(*cp::git::Oid::fromHex((*commons)->id()));
        auto sig = root->signature();
        QVERIFY(sig && *sig);
        QVERIFY((*sig)->signature.contains("AAAA"));
    }

    void openFindsTheSameCommons()
    {
        QTemporaryDir dir;
        QString id;
        {
            auto created = Commons::create(dir.path(), {u"Kept"_s, u"d"_s}, kAda);
            QVERIFY(created);
            id = (*created)->id();
            QVERIFY((*created)->pages().save(*cp::PageName::fromTitle(u"A"_s), u"a"_s));
        }
        auto opened = Commons::open(dir.path());
        QVERIFY(opened);
        QCOMPARE((*opened)->id(), id);
        QCOMPARE((*opened)->info().name, u"Kept"_s);
        QVERIFY((*opened)->id() != (*opened)->head());

        // The root is found again when its cached value is gone.
        QVERIFY((*opened)->repository().setConfigString(u"commonplace.rootcommit"_s, u"nonsense"_s));
        auto again = Commons::open(dir.path());
        QVERIFY(again);
        QCOMPARE((*again)->id(), id);
    }

    void openRefusesWhatIsNotACommons()
    {
        QTemporaryDir dir;
        auto missing = Commons::open(dir.path() + u"/nothing"_s);
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
        QVERIFY(missing.error().message.contains(u"nothing"_s));

        auto plainFolder = Commons::open(dir.path());
        QVERIFY(!plainFolder);
        QVERIFY(plainFolder.error().isUserError());
        QVERIFY(plainFolder.error().message.contains(u"not a git repository"_s));

        // A git repository with history but no commons.json.
        const QString plain = dir.path() + u"/plain"_s;
        auto repo = cp::git::Repository::init(plain);
        QVERIFY(repo);
        {
            cp::WorkingCopy copy(*repo);
            QVERIFY(copy.commit({{u"README.md"_s, QByteArray("hi")}}, u"first"_s, Commons::signatureFor(kAda), {}));
        }
        auto notCommons = Commons::open(plain);
        QVERIFY(!notCommons);
        QCOMPARE(notCommons.error().kind, Error::Kind::User);
        QVERIFY2(notCommons.error().message.contains(u".commonplace/commons.json"_s),
                 qPrintable(notCommons.error().message));

        // An empty repository: no main yet.
        const QString empty = dir.path() + u"/empty"_s;
        QVERIFY(cp::git::Repository::init(empty));
        auto unborn = Commons::open(empty);
        QVERIFY(!unborn);
        QVERIFY(unborn.error().message.contains(u"main"_s));
    }

    void openRefusesAnotherCheckedOutBranch()
    {
        QTemporaryDir dir;
        {
            auto created = Commons::create(dir.path(), {u"C"_s, {}}, kAda);
            QVERIFY(created);
        }
        QFile head(dir.path() + u"/.git/HEAD"_s);
        QVERIFY(head.open(QIODevice::WriteOnly | QIODevice::Truncate));
        head.write("ref: refs/heads/other\n");
        head.close();
        auto opened = Commons::open(dir.path());
        QVERIFY(!opened);
        QVERIFY(opened.error().message.contains(u"refs/heads/other"_s));
    }

    void damagedCommonsJsonIsReported()
    {
        QTemporaryDir dir;
        {
            auto created = Commons::create(dir.path(), {u"C"_s, {}}, kAda);
            QVERIFY(created);
            cp::WorkingCopy copy((*created)->repository());
            QVERIFY(copy.commit({{Commons::InfoPath, QByteArray("{not json")}}, u"break"_s, Commons::signatureFor(kAda),
                                {}));
        }
        auto opened = Commons::open(dir.path());
        QVERIFY(!opened);
        QVERIFY(opened.error().message.contains(u"commons.json"_s));
    }

    void infoFollowsMain()
    {
        QTemporaryDir dir;
        auto commons = Commons::create(dir.path(), {u"Old"_s, {}}, kAda);
        QVERIFY(commons);
        cp::WorkingCopy copy((*commons)->repository());
        QVERIFY(copy.commit({{Commons::InfoPath, QByteArray(R"({"name": "New", "description": "changed"})")}},
                            u"rename"_s, Commons::signatureFor(kAda), {}));
        QCOMPARE((*commons)->info().name, u"New"_s);
        QCOMPARE((*commons)->info().description, u"changed"_s);
    }

    void openRepairsAFolderLeftBehindMain()
    {
        QTemporaryDir dir;
        const auto page = *cp::PageName::fromTitle(u"Page"_s);
        {
            auto commons = Commons::create(dir.path(), {u"C"_s, {}}, kAda);
            QVERIFY(commons);
            QVERIFY((*commons)->pages().save(page, u"first\n"_s));
            // What a crash right after moving main looks like: a commit on main that
            // neither the folder nor the index has seen.
            auto& repo = (*commons)->repository();
            auto head = **repo.resolve(u"refs/heads/main"_s);
            auto index = repo.index();
            QVERIFY(index->add(page.path(), *repo.writeBlob("second\n")));
            auto tree = index->writeTree();
            QVERIFY(index->read(true)); // drop the staged change, as a crash would
            cp::git::CommitDraft draft{*tree, {head}, Commons::signatureFor(kAda), {}, u"Edit Page"_s};
            QVERIFY(repo.commitOnto(u"refs/heads/main"_s, draft));
            QCOMPARE(readFile(dir.path() + u"/Page.md"_s), QByteArray("first\n"));
        }
        auto reopened = Commons::open(dir.path());
        QVERIFY(reopened);
        QCOMPARE(readFile(dir.path() + u"/Page.md"_s), QByteArray("second\n"));
        QCOMPARE(*(*reopened)->pages().read(page), u"second\n"_s);
        if (cp::test::haveGit())
            QCOMPARE(cp::test::runGit(dir.path(), {u"status"_s, u"--porcelain"_s}).out, QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestCommons)
#include "tst_commons.moc"
