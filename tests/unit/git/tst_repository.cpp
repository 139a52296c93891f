#include "core/git/Commit.h"
#include "core/git/Index.h"
#include "core/git/Reference.h"
#include "core/git/Repository.h"
#include "core/git/Tree.h"
#include "core/git/TreeBuilder.h"
#include "unit/git/GitRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace cp::git;
using cp::Error;

namespace {
// A commit of one file, `name` = `content`, on top of `parent` (if any), not on any ref.
Oid commitFile(Repository& repo, const QString& name, const QByteArray& content, const std::optional<Oid>& parent)
{
    auto blob = repo.writeBlob(content);
    auto builder = repo.treeBuilder();
    if (!blob || !builder || !builder->insert(name, *blob))
        return {};
    auto tree = builder->write();
    CommitDraft draft{*tree,
                      {},
                      Signature::now(QStringLiteral("Ada"), QStringLiteral("ada@example.org")),
                      {},
                      QStringLiteral("Add ") + name};
    if (parent)
        draft.parents.append(*parent);
    auto id = repo.createCommit(draft);
    return id ? *id : Oid();
}
} // namespace

class TestRepository : public QObject
{
    Q_OBJECT
private slots:
    void initMakesANonBareRepositoryOnMain()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + QStringLiteral("/new/nested");
        auto repo = Repository::init(path);
        QVERIFY2(repo, qPrintable(repo ? QString() : repo.error().message));
        QVERIFY(!repo->isBare());
        QCOMPARE(repo->workdir(), QDir(path).absolutePath());
        QCOMPARE(repo->gitDir(), QDir(path).absolutePath() + QStringLiteral("/.git"));
        auto head = repo->lookupReference(QStringLiteral("HEAD"));
        QVERIFY(head);
        QVERIFY(head->isSymbolic());
        QCOMPARE(head->symbolicTarget(), QStringLiteral("refs/heads/main"));
        auto main = repo->resolve(QStringLiteral("refs/heads/main"));
        QVERIFY(main);
        QVERIFY(!main->has_value()); // unborn
        if (cp::test::haveGit()) {
            const auto out = cp::test::runGit(path, {QStringLiteral("symbolic-ref"), QStringLiteral("HEAD")});
            QCOMPARE(out.exitCode, 0);
            QCOMPARE(out.out.trimmed(), QByteArray("refs/heads/main"));
        }
    }

    void initRefusesAnExistingRepository()
    {
        QTemporaryDir dir;
        QVERIFY(Repository::init(dir.path()));
        auto again = Repository::init(dir.path());
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(dir.path()));
    }

    void openFailsWithAMessageNamingThePath()
    {
        QTemporaryDir dir;
        auto repo = Repository::open(dir.path());
        QVERIFY(!repo);
        QCOMPARE(repo.error().kind, Error::Kind::NotFound);
        QVERIFY(repo.error().message.contains(dir.path()));
    }

    void openDoesNotSearchParentFolders()
    {
        QTemporaryDir dir;
        QVERIFY(Repository::init(dir.path()));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
        QVERIFY(!Repository::open(dir.path() + QStringLiteral("/sub")));
        auto opened = Repository::open(dir.path());
        QVERIFY(opened);
        QCOMPARE(opened->workdir(), dir.path());
    }

    void blobsRoundTrip()
    {
        QTemporaryDir dir;
        auto repo = Repository::init(dir.path());
        QVERIFY(repo);
        const QByteArray content("Привет, мир\n\0binary", 27);
        auto hashed = Repository::hashBlob(content);
        QVERIFY(hashed);
        QVERIFY(!repo->contains(*hashed));
        auto id = repo->writeBlob(content);
        QVERIFY(id);
        QCOMPARE(*id, *hashed);
        QVERIFY(repo->contains(*id));
        auto back = repo->readBlob(*id);
        QVERIFY(back);
        QCOMPARE(*back, content);
        // The id git itself gives an empty blob.
        QCOMPARE(Repository::hashBlob({})->toHex(), QStringLiteral("e69de29bb2d1d6434b8b29ae775ad8c2e48c5391"));
    }

    void missingObjectsAreNotFound()
    {
        QTemporaryDir dir;
        auto repo = Repository::init(dir.path());
        QVERIFY(repo);
        const Oid missing = *Oid::fromHex(QString(40, u'a'));
        auto commit = repo->lookupCommit(missing);
        QVERIFY(!commit);
        QCOMPARE(commit.error().kind, Error::Kind::NotFound);
        QVERIFY(commit.error().message.contains(missing.toHex()));
        QVERIFY(!repo->readBlob(missing));
        QVERIFY(!repo->lookupTree(missing));
    }

    void referenceCompareAndSwap()
    {
        QTemporaryDir dir;
        auto repo = Repository::init(dir.path());
        QVERIFY(repo);
        const QString main = QStringLiteral("refs/heads/main");
        const Oid first = commitFile(*repo, QStringLiteral("a.md"), "one", std::nullopt);
        const Oid second = commitFile(*repo, QStringLiteral("a.md"), "two", first);
        const Oid third = commitFile(*repo, QStringLiteral("a.md"), "three", second);
        QVERIFY(!first.isNull() && !second.isNull() && !third.isNull());

        QVERIFY(repo->updateReference(main, first, std::nullopt, QStringLiteral("create")));
        // Creating again is refused: it exists now.
        auto again = repo->updateReference(main, second, std::nullopt, QStringLiteral("create again"));
        QVERIFY(!again);
        QCOMPARE(again.error().kind, Error::Kind::Conflict);
        QCOMPARE(**repo->resolve(main), first);

        QVERIFY(repo->updateReference(main, second, first, QStringLiteral("advance")));
        QCOMPARE(**repo->resolve(main), second);
        // A stale expectation leaves the reference where it is.
        auto stale = repo->updateReference(main, third, first, QStringLiteral("stale"));
        QVERIFY(!stale);
        QCOMPARE(stale.error().kind, Error::Kind::Conflict);
        QVERIFY(stale.error().message.contains(main));
        QCOMPARE(**repo->resolve(main), second);
        // HEAD follows the symbolic reference.
        QCOMPARE(**repo->resolve(QStringLiteral("HEAD")), second);

        auto ref = repo->lookupReference(main);
        QVERIFY(ref);
        QCOMPARE(ref->name(), main);
        QVERIFY(!ref->isSymbolic());
        QCOMPARE(ref->target(), std::optional(second));

        QVERIFY(repo->updateReference(QStringLiteral("refs/peers/z6Mk1/heads/main"), third, std::nullopt, {}));
        auto names = repo->referenceNames(QStringLiteral("refs/peers/*"));
        QVERIFY(names);
        QCOMPARE(*names, QStringList{QStringLiteral("refs/peers/z6Mk1/heads/main")});
        QVERIFY(repo->deleteReference(QStringLiteral("refs/peers/z6Mk1/heads/main")));
        QVERIFY(repo->referenceNames(QStringLiteral("refs/peers/*"))->isEmpty());
        QVERIFY(!repo->lookupReference(QStringLiteral("refs/peers/z6Mk1/heads/main")));
    }

    void invalidReferenceNamesAreRefused()
    {
        QTemporaryDir dir;
        auto repo = Repository::init(dir.path());
        QVERIFY(repo);
        const Oid first = commitFile(*repo, QStringLiteral("a.md"), "one", std::nullopt);
        auto bad = repo->updateReference(QStringLiteral("refs/heads/bad..name"), first, std::nullopt, {});
        QVERIFY(!bad);
        QVERIFY(!bad.error().message.isEmpty());
    }

    void configStrings()
    {
        QTemporaryDir dir;
        auto repo = Repository::init(dir.path());
        QVERIFY(repo);
        auto missing = repo->configString(QStringLiteral("commonplace.test"));
        QVERIFY(missing);
        QVERIFY(!missing->has_value());
        QVERIFY(repo->setConfigString(QStringLiteral("commonplace.test"), QStringLiteral("значение")));
        auto reopened = Repository::open(dir.path());
        QVERIFY(reopened);
        QCOMPARE(reopened->configString(QStringLiteral("commonplace.test"))->value_or(QString()),
                 QStringLiteral("значение"));
    }

    void forceCheckoutWritesTheWorkingTree()
    {
        QTemporaryDir dir;
        auto repo = Repository::init(dir.path());
        QVERIFY(repo);
        const Oid first = commitFile(*repo, QStringLiteral("page.md"), "hello\n", std::nullopt);
        QVERIFY(repo->updateReference(QStringLiteral("refs/heads/main"), first, std::nullopt, {}));
        QVERIFY(repo->checkoutHead(Repository::Checkout::Force));
        QFile file(dir.path() + QStringLiteral("/page.md"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("hello\n"));
        auto index = repo->index();
        QVERIFY(index);
        QCOMPARE(index->entryCount(), 1);
        // Written to disk, too: a fresh handle reads the same index.
        auto reopened = Repository::open(dir.path());
        QVERIFY(reopened);
        QCOMPARE(reopened->index()->entryCount(), 1);
    }

    void freshCheckoutWritesFilesDirectly_data()
    {
        QTest::addColumn<bool>("attributes");
        QTest::newRow("plain files") << false;
        QTest::newRow("with .gitattributes (libgit2's checkout)") << true;
    }

    void freshCheckoutWritesFilesDirectly()
    {
        QFETCH(bool, attributes);
        if (!cp::test::haveGit())
            QSKIP("git is not installed");
        QTemporaryDir dir;
        const QString src = dir.path() + QStringLiteral("/src"), dst = dir.path() + QStringLiteral("/dst");
        QVERIFY(QDir().mkpath(src + QStringLiteral("/Folder/Sub")));
        auto put = [&](const QString& path, const QByteArray& content) {
            QFile file(src + u'/' + path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        };
        put(QStringLiteral("top.md"), "top\n");
        put(QStringLiteral("Folder/a.md"), "a\n");
        put(QStringLiteral("Folder/Sub/b.md"), "b\n");
        put(QStringLiteral("run.sh"), "#!/bin/sh\n");
        if (attributes)
            put(QStringLiteral(".gitattributes"), "*.md text\n");
        QVERIFY(QFile::setPermissions(src + QStringLiteral("/run.sh"),
                                      QFile::permissions(src + QStringLiteral("/run.sh")) | QFile::ExeOwner));
        QCOMPARE(cp::test::runGit(
                     src, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")})
                     .exitCode,
                 0);
        QCOMPARE(cp::test::runGit(src, {QStringLiteral("add"), QStringLiteral(".")}).exitCode, 0);
        QCOMPARE(cp::test::runGit(src, {QStringLiteral("-c"), QStringLiteral("user.name=A"), QStringLiteral("-c"),
                                        QStringLiteral("user.email=a@example.org"), QStringLiteral("commit"),
                                        QStringLiteral("-qm"), QStringLiteral("x")})
                     .exitCode,
                 0);
        const auto tip = Oid::fromHex(QString::fromLatin1(
            cp::test::runGit(src, {QStringLiteral("rev-parse"), QStringLiteral("main")}).out.trimmed()));
        QVERIFY(tip);
        auto repo = Repository::init(dst);
        QVERIFY(repo);
        QCOMPARE(cp::test::runGit(dst, {QStringLiteral("fetch"), QStringLiteral("-q"), src,
                                        QStringLiteral("main:refs/remotes/src/main")})
                     .exitCode,
                 0);
        QVERIFY(repo->updateReference(QStringLiteral("refs/heads/main"), *tip, std::nullopt, {}));
        QVERIFY(repo->checkoutHead(Repository::Checkout::Fresh));
        QFile b(dst + QStringLiteral("/Folder/Sub/b.md"));
        QVERIFY(b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), QByteArray("b\n"));
        QVERIFY(QFileInfo(dst + QStringLiteral("/run.sh")).isExecutable());
        QVERIFY(!QFileInfo(dst + QStringLiteral("/top.md")).isExecutable());
        QCOMPARE(Repository::open(dst)->index()->entryCount(), attributes ? 5 : 4);
        const auto status = cp::test::runGit(dst, {QStringLiteral("status"), QStringLiteral("--porcelain")});
        QCOMPARE(status.exitCode, 0);
        QCOMPARE(status.out, QByteArray());

        // Not an empty folder any more: as Force.
        QFile::remove(dst + QStringLiteral("/top.md"));
        QVERIFY(repo->checkoutHead(Repository::Checkout::Fresh));
        QVERIFY(QFile::exists(dst + QStringLiteral("/top.md")));
    }

    void safeCheckoutKeepsEditedFiles()
    {
        QTemporaryDir dir;
        auto repo = Repository::init(dir.path());
        QVERIFY(repo);
        const Oid first = commitFile(*repo, QStringLiteral("page.md"), "one\n", std::nullopt);
        QVERIFY(repo->updateReference(QStringLiteral("refs/heads/main"), first, std::nullopt, {}));
        QVERIFY(repo->checkoutHead(Repository::Checkout::Force));
        const Oid firstTree = repo->lookupCommit(first)->treeId();
        const Oid second = commitFile(*repo, QStringLiteral("page.md"), "two\n", first);
        QVERIFY(repo->updateReference(QStringLiteral("refs/heads/main"), second, first, {}));

        // Unedited: brought up to date.
        QVERIFY(repo->checkoutHead(Repository::Checkout::Safe, firstTree));
        QFile file(dir.path() + QStringLiteral("/page.md"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("two\n"));
        file.close();

        // Edited by hand: left alone.
        const Oid secondTree = repo->lookupCommit(second)->treeId();
        const Oid third = commitFile(*repo, QStringLiteral("page.md"), "three\n", second);
        QVERIFY(repo->updateReference(QStringLiteral("refs/heads/main"), third, second, {}));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("edited by hand\n");
        file.close();
        QVERIFY(repo->checkoutHead(Repository::Checkout::Safe, secondTree));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("edited by hand\n"));
    }

    void objectsOutliveTheRepositoryHandle()
    {
        QTemporaryDir dir;
        std::optional<Commit> commit;
        {
            auto repo = Repository::init(dir.path());
            QVERIFY(repo);
            const Oid first = commitFile(*repo, QStringLiteral("a.md"), "one", std::nullopt);
            auto looked = repo->lookupCommit(first);
            QVERIFY(looked);
            commit.emplace(std::move(*looked));
        }
        QCOMPARE(commit->summary(), QStringLiteral("Add a.md"));
        auto tree = commit->tree();
        QVERIFY(tree);
        QCOMPARE(tree->entryCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRepository)
#include "tst_repository.moc"
