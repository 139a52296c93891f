#include "core/git/Commit.h"
#include "core/git/Repository.h"
#include "core/git/Tree.h"
#include "core/git/TreeBuilder.h"
#include "unit/git/GitRunner.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cp::git;
using cp::Error;

namespace {
const QString kMain = QStringLiteral("refs/heads/main");
const QByteArray kArmored = "-----BEGIN SSH SIGNATURE-----\n"
                            "U1NIU0lHAAAAAQAAADMAAAALc3NoLWVkMjU1MTkAAAAg\n"
                            "-----END SSH SIGNATURE-----\n";

Oid treeWith(Repository& repo, const QString& name, const QByteArray& content)
{
    auto blob = repo.writeBlob(content);
    auto builder = repo.treeBuilder();
    if (!blob || !builder || !builder->insert(name, *blob))
        return {};
    auto tree = builder->write();
    return tree ? *tree : Oid();
}

CommitDraft draftFor(const Oid& tree, const QString& message)
{
    const QDateTime when = QDateTime::fromSecsSinceEpoch(1700000000, Qt::OffsetFromUTC, 3 * 3600);
    return {tree, {}, {QStringLiteral("Ада Лавлейс"), QStringLiteral("ada@example.org"), when}, {}, message};
}
} // namespace

class TestCommit : public QObject
{
    Q_OBJECT
private slots:
    void plainCommitOntoMain()
    {
        QTemporaryDir dir;
        auto repo = Repository::init(dir.path());
        QVERIFY(repo);
        const Oid tree = treeWith(*repo, QStringLiteral("Welcome.md"), "# Hello\n");
        auto root = repo->commitOnto(kMain, draftFor(tree, QStringLiteral("Create the commons\n\nWith a body.")));
        QVERIFY2(root, qPrintable(root ? QString() : root.error().message));
        QCOMPARE(**repo->resolve(kMain), *root);

        auto commit = repo->lookupCommit(*root);
        QVERIFY(commit);
        QCOMPARE(commit->id(), *root);
        QCOMPARE(commit->treeId(), tree);
        QCOMPARE(commit->parentCount(), 0);
        QCOMPARE(commit->summary(), QStringLiteral("Create the commons"));
        QVERIFY(commit->message().startsWith(QStringLiteral("Create the commons\n\nWith a body.")));
        QCOMPARE(commit->author().name, QStringLiteral("Ада Лавлейс"));
        QCOMPARE(commit->author().email, QStringLiteral("ada@example.org"));
        QCOMPARE(commit->author().when.toSecsSinceEpoch(), 1700000000);
        QCOMPARE(commit->author().when.offsetFromUtc(), 3 * 3600);
        QCOMPARE(commit->committer().name, commit->author().name); // empty committer = author
        auto sig = commit->signature();
        QVERIFY(sig);
        QVERIFY(!sig->has_value());

        auto draft = draftFor(treeWith(*repo, QStringLiteral("Welcome.md"), "# Hello again\n"), QStringLiteral("Edit"));
        draft.parents = {*root};
        draft.committer = Signature::now(QStringLiteral("Bob"), QStringLiteral("bob@example.org"));
        auto child = repo->commitOnto(kMain, draft);
        QVERIFY(child);
        auto childCommit = repo->lookupCommit(*child);
        QCOMPARE(childCommit->parentIds(), QList<Oid>{*root});
        QCOMPARE(childCommit->committer().name, QStringLiteral("Bob"));
        QCOMPARE(**repo->resolve(kMain), *child);

        if (cp::test::haveGit()) {
            const auto log = cp::test::runGit(dir.path(), {QStringLiteral("log"), QStringLiteral("--format=%an|%s")});
            QCOMPARE(log.exitCode, 0);
            QCOMPARE(QString::fromUtf8(log.out), QStringLiteral("Ада Лавлейс|Edit\nАда Лавлейс|Create the commons\n"));
            QCOMPARE(cp::test::runGit(dir.path(), {QStringLiteral("fsck"), QStringLiteral("--strict")}).exitCode, 0);
        }
    }

    void commitOntoAMovedReferenceIsAConflict()
    {
        QTemporaryDir dir;
        auto repo = Repository::init(dir.path());
        QVERIFY(repo);
        const Oid tree = treeWith(*repo, QStringLiteral("a.md"), "a");
        auto root = repo->commitOnto(kMain, draftFor(tree, QStringLiteral("root")));
        QVERIFY(root);
        // A second root commit onto an existing main must not replace it.
        auto other = repo->commitOnto(kMain, draftFor(tree, QStringLiteral("another root")));
        QVERIFY(!other);
        QCOMPARE(other.error().kind, Error::Kind::Conflict);
        QCOMPARE(**repo->resolve(kMain), *root);
    }

    void signedCommitCarriesTheSignerOutputInGpgsig()
    {
        QTemporaryDir dir;
        auto repo = Repository::init(dir.path());
        QVERIFY(repo);
        const Oid tree = treeWith(*repo, QStringLiteral("Page.md"), "text\n");
        QByteArray seen;
        cp::CommitSigner signer = [&seen](const QByteArray& content) -> cp::Result<QByteArray> {
            seen = content;
            return kArmored;
        };
        auto id = repo->commitOnto(kMain, draftFor(tree, QStringLiteral("Signed")), signer);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        QVERIFY(seen.startsWith(QByteArray("tree " + tree.toHex().toLatin1() + '\n')));
        QVERIFY(seen.contains("author Ада Лавлейс <ada@example.org> 1700000000 +0300\n"));

        auto commit = repo->lookupCommit(*id);
        QVERIFY(commit);
        QVERIFY(commit->rawHeader().contains("gpgsig -----BEGIN SSH SIGNATURE-----\n"));
        auto sig = commit->signature();
        QVERIFY(sig);
        QVERIFY(sig->has_value());
        QCOMPARE((*sig)->signature, kArmored.chopped(1));
        QCOMPARE((*sig)->signedData, seen);

        if (!cp::test::haveGit())
            QSKIP("git is not installed");
        const auto raw = cp::test::runGit(dir.path(), {QStringLiteral("cat-file"), QStringLiteral("-p"), id->toHex()});
        QCOMPARE(raw.exitCode, 0);
        const QByteArray expected = "gpgsig -----BEGIN SSH SIGNATURE-----\n"
                                    " U1NIU0lHAAAAAQAAADMAAAALc3NoLWVkMjU1MTkAAAAg\n"
                                    " -----END SSH SIGNATURE-----\n\nSigned";
        QVERIFY2(raw.out.contains(expected), raw.out.constData());
        QCOMPARE(cp::test::runGit(dir.path(), {QStringLiteral("fsck"), QStringLiteral("--strict")}).exitCode, 0);
    }

    void failingSignerCommitsNothing()
    {
        QTemporaryDir dir;
        auto repo = Repository::init(dir.path());
        QVERIFY(repo);
        const Oid tree = treeWith(*repo, QStringLiteral("Page.md"), "text\n");
        cp::CommitSigner refusing = [](const QByteArray&) -> cp::Result<QByteArray> {
            return cp::fail(Error::crypto(QStringLiteral("the key is locked")));
        };
        auto id = repo->commitOnto(kMain, draftFor(tree, QStringLiteral("Signed")), refusing);
        QVERIFY(!id);
        QCOMPARE(id.error().kind, Error::Kind::Crypto);
        QVERIFY(id.error().message.contains(QStringLiteral("the key is locked")));
        QVERIFY(!repo->resolve(kMain)->has_value());

        cp::CommitSigner empty = [](const QByteArray&) -> cp::Result<QByteArray> { return QByteArray("\n"); };
        auto none = repo->commitOnto(kMain, draftFor(tree, QStringLiteral("Signed")), empty);
        QVERIFY(!none);
        QCOMPARE(none.error().kind, Error::Kind::Crypto);
        QVERIFY(!repo->resolve(kMain)->has_value());
    }

    void badAuthorAndMissingTreeAreErrors()
    {
        QTemporaryDir dir;
        auto repo = Repository::init(dir.path());
        QVERIFY(repo);
        const Oid tree = treeWith(*repo, QStringLiteral("a.md"), "a");
        auto draft = draftFor(tree, QStringLiteral("x"));
        draft.author.name.clear();
        auto noName = repo->createCommit(draft);
        QVERIFY(!noName);
        QVERIFY(!noName.error().message.isEmpty());

        auto missingTree = repo->createCommit(draftFor(*Oid::fromHex(QString(40, u'b')), QStringLiteral("x")));
        QVERIFY(!missingTree);
        QCOMPARE(missingTree.error().kind, Error::Kind::NotFound);

        auto orphanParent = draftFor(tree, QStringLiteral("x"));
        orphanParent.parents = {*Oid::fromHex(QString(40, u'c'))};
        QVERIFY(!repo->createCommit(orphanParent));
    }
};

QTEST_GUILESS_MAIN(TestCommit)
#include "tst_commit.moc"
