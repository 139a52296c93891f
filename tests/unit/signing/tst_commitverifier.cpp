#include "SigningTestSupport.h"
#include "core/crypto/OpenSshKey.h"
#include "core/crypto/SshSignature.h"
#include "core/git/Commit.h"
#include "core/wiki/CommitVerifier.h"
#include "core/wiki/Commons.h"
#include "core/wiki/PageName.h"
#include "core/wiki/PageStore.h"
#include "unit/crypto/SshKeygen.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cp::CommitVerification;
using cp::CommitVerifier;
using cp::Identity;
using State = cp::CommitVerification::State;

Q_DECLARE_METATYPE(cp::CommitVerification::State)

class TestCommitVerifier : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<cp::git::Repository> m_repo;
    std::shared_ptr<const Identity> m_ada = std::make_shared<const Identity>(Identity::generate());
    std::shared_ptr<const Identity> m_bob = std::make_shared<const Identity>(Identity::generate());
    cp::git::Oid m_tree;
    cp::git::Oid m_otherTree;

    cp::git::Repository& repo() { return *m_repo; }

    cp::git::CommitDraft draft(const QString& message, const cp::git::Signature& author) const
    {
        return {m_tree, {}, author, {}, message};
    }

    CommitVerification verified(const cp::git::Oid& commit)
    {
        CommitVerifier verifier(repo());
        auto verdict = verifier.verify(commit);
        if (!verdict)
            qWarning() << verdict.error().message;
        return verdict.value_or(CommitVerification{State::Bad, {}, u"could not read"_s, {}, {}});
    }

private slots:
    void initTestCase()
    {
        auto made = cp::git::Repository::init(m_dir.path() + u"/repo"_s);
        QVERIFY(made);
        m_repo.emplace(std::move(*made));
        m_tree = cp::test::treeWith(repo(), u"Page.md"_s, "# Page\n").value();
        m_otherTree = cp::test::treeWith(repo(), u"Page.md"_s, "# Page, changed\n").value();
    }

    void verifiedCommitNamesItsSigner()
    {
        auto id = repo().createCommit(draft(u"Add a page"_s, cp::test::personFor(*m_ada, u"Ada"_s)),
                                      Identity::commitSigner(m_ada));
        QVERIFY(id);
        const CommitVerification verdict = verified(*id);
        QCOMPARE(verdict.state, State::Verified);
        QCOMPARE(verdict.signer, m_ada->publicKey());
        QVERIFY(verdict.reason.isEmpty());
        QCOMPARE(verdict.authorKey, std::optional(m_ada->publicKey()));
        QVERIFY(verdict.isSignedByAuthor());
        QVERIFY(!verdict.claimsAnotherSigner());
        QVERIFY(verdict.describe().contains(m_ada->did()));
        QVERIFY(verdict.label().contains(m_ada->publicKey().shortId()));
        QCOMPARE(CommitVerification::stateKey(verdict.state), u"verified"_s);
    }

    void commonsCommitsAreVerified()
    {
        // Commons::create signs the root commit, PageStore::save every later one.
        const cp::Author author{u"Ada"_s, cp::PeerEmail::forKey(m_ada->publicKey())};
        auto commons =
            cp::Commons::create(m_dir.path() + u"/commons"_s, {u"Circle"_s, {}}, author, Identity::commitSigner(m_ada));
        QVERIFY(commons);
        CommitVerifier verifier((*commons)->repository());
        const auto root = verifier.verify(cp::git::Oid::fromHex((*commons)->id()).value());
        QVERIFY(root);
        QCOMPARE(root->state, State::Verified);
        QCOMPARE(root->signer, m_ada->publicKey());
        auto saved = (*commons)->pages().save(cp::PageName::fromTitle(u"Notes"_s).value(), u"text\n"_s, {});
        QVERIFY(saved);
        const auto verdict = verifier.verify(cp::git::Oid::fromHex(*saved).value());
        QVERIFY(verdict);
        QCOMPARE(verdict->state, State::Verified);
        QCOMPARE(verdict->signer, m_ada->publicKey());
        QVERIFY(verdict->isSignedByAuthor());
    }

    void unsignedCommitIsUnsigned()
    {
        auto id = repo().createCommit(draft(u"No signature"_s, cp::test::person(u"Eve"_s, u"eve@example.org"_s)));
        QVERIFY(id);
        const CommitVerification verdict = verified(*id);
        QCOMPARE(verdict.state, State::Unsigned);
        QVERIFY(verdict.signer.isNull());
        QVERIFY(!verdict.authorKey);
        QVERIFY(!verdict.isVerified());
        QCOMPARE(CommitVerification::stateKey(verdict.state), u"unsigned"_s);
    }

    void commitByPlainGitIsUnsigned()
    {
        if (cp::test::systemGit().isEmpty())
            QSKIP("git is not installed: the plain-git commit check did not run");
        const QString dir = m_dir.path() + u"/plain"_s;
        QVERIFY(QDir().mkpath(dir));
        QCOMPARE(cp::test::git(dir, {u"init"_s, u"-q"_s}).exitCode, 0);
        QFile file(dir + u"/a.md"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("a\n");
        file.close();
        QCOMPARE(cp::test::git(dir, {u"add"_s, u"a.md"_s}).exitCode, 0);
        const auto committed =
            cp::test::git(dir, {u"-c"_s, u"user.name=Plain"_s, u"-c"_s, u"user.email=p@example.org"_s, u"commit"_s,
                                u"-q"_s, u"-m"_s, u"plain"_s});
        QVERIFY2(committed.exitCode == 0, committed.err.constData());
        auto plain = cp::git::Repository::open(dir);
        QVERIFY(plain);
        const QString head = QString::fromLatin1(cp::test::git(dir, {u"rev-parse"_s, u"HEAD"_s}).out.trimmed());
        CommitVerifier verifier(*plain);
        auto verdict = verifier.verify(cp::git::Oid::fromHex(head).value());
        QVERIFY(verdict);
        QCOMPARE(verdict->state, State::Unsigned);
    }

    void tamperedCommitsAreBad_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("otherTree");
        QTest::addColumn<bool>("otherAuthor");
        QTest::newRow("message altered") << u"Add a page, said someone else"_s << false << false;
        QTest::newRow("tree altered") << u"Add a page"_s << true << false;
        QTest::newRow("author altered") << u"Add a page"_s << false << true;
    }

    void tamperedCommitsAreBad()
    {
        QFETCH(QString, message);
        QFETCH(bool, otherTree);
        QFETCH(bool, otherAuthor);
        QByteArray signature;
        const cp::git::Signature ada = cp::test::personFor(*m_ada, u"Ada"_s);
        auto original = repo().createCommit(draft(u"Add a page"_s, ada),
                                            cp::test::keeping(Identity::commitSigner(m_ada), &signature));
        QVERIFY(original);
        QCOMPARE(verified(*original).state, State::Verified);

        // The same signature on a commit that differs in one place.
        cp::git::CommitDraft changed = draft(message, otherAuthor ? cp::test::personFor(*m_bob, u"Bob"_s) : ada);
        if (otherTree)
            changed.tree = m_otherTree;
        auto forged = repo().createCommit(changed, cp::test::replaying(signature));
        QVERIFY(forged);
        QVERIFY(*forged != *original);
        const CommitVerification verdict = verified(*forged);
        QCOMPARE(verdict.state, State::Bad);
        QVERIFY2(!verdict.reason.isEmpty(), qPrintable(verdict.reason));
        // Whose signature it claims to be is still said, for the person to judge.
        QCOMPARE(verdict.signer, m_ada->publicKey());
        QVERIFY(!verdict.isVerified());
        QVERIFY(!verdict.isSignedByAuthor());
        QVERIFY(verdict.describe().contains(verdict.reason));
    }

    void messageRewrittenWithStockGitIsBad()
    {
        if (cp::test::systemGit().isEmpty())
            QSKIP("git is not installed: the hash-object rewrite check did not run");
        auto original = repo().createCommit(draft(u"Honest message"_s, cp::test::personFor(*m_ada, u"Ada"_s)),
                                            Identity::commitSigner(m_ada));
        QVERIFY(original);
        const QString dir = repo().workdir();
        const auto raw = cp::test::git(dir, {u"cat-file"_s, u"commit"_s, original->toHex()});
        QCOMPARE(raw.exitCode, 0);
        QVERIFY(raw.out.contains("gpgsig -----BEGIN SSH SIGNATURE-----"));
        QByteArray altered = raw.out;
        altered.replace("Honest message", "Dishonest message");
        const auto written =
            cp::test::git(dir, {u"hash-object"_s, u"-t"_s, u"commit"_s, u"-w"_s, u"--stdin"_s}, altered);
        QVERIFY2(written.exitCode == 0, written.err.constData());
        const auto rewritten = cp::git::Oid::fromHex(QString::fromLatin1(written.out.trimmed())).value();
        const CommitVerification verdict = verified(rewritten);
        QCOMPARE(verdict.state, State::Bad);
        QCOMPARE(verdict.signer, m_ada->publicKey());
    }

    void authorClaimingSomeoneElseShowsTheRealSigner()
    {
        // Bob's name and id in author and committer, but Ada's key signed it.
        auto id = repo().createCommit(draft(u"Pretend to be Bob"_s, cp::test::personFor(*m_bob, u"Bob"_s)),
                                      Identity::commitSigner(m_ada));
        QVERIFY(id);
        const CommitVerification verdict = verified(*id);
        QCOMPARE(verdict.state, State::Verified);
        QCOMPARE(verdict.signer, m_ada->publicKey());
        QCOMPARE(verdict.authorKey, std::optional(m_bob->publicKey()));
        QCOMPARE(verdict.committerKey, std::optional(m_bob->publicKey()));
        QVERIFY(!verdict.isSignedByAuthor());
        QVERIFY(verdict.claimsAnotherSigner());
        QVERIFY(verdict.describe().contains(m_ada->did()));
        QVERIFY(!verdict.describe().contains(m_bob->did()));

        // A cherry-pick: Bob authored it, Ada made and signed this commit of it.
        cp::git::CommitDraft picked = draft(u"Bob's change, approved"_s, cp::test::personFor(*m_bob, u"Bob"_s));
        picked.committer = cp::test::personFor(*m_ada, u"Ada"_s);
        const CommitVerification pick = verified(repo().createCommit(picked, Identity::commitSigner(m_ada)).value());
        QCOMPARE(pick.state, State::Verified);
        QVERIFY(!pick.isSignedByAuthor());
        QVERIFY(!pick.claimsAnotherSigner());
    }

    void unreadableSignaturesAreBad_data()
    {
        QTest::addColumn<QByteArray>("armored");
        QTest::addColumn<QString>("reasonMentions");
        QTest::newRow("garbage") << QByteArray("-----BEGIN SSH SIGNATURE-----\nbm90IGEgc2lnbmF0dXJl\n"
                                               "-----END SSH SIGNATURE-----")
                                 << QString();
        QTest::newRow("openpgp") << QByteArray("-----BEGIN PGP SIGNATURE-----\n\niQEzBAABCAAdFiEE\n"
                                               "-----END PGP SIGNATURE-----")
                                 << u"OpenPGP"_s;
        QTest::newRow("x509") << QByteArray(
                                     "-----BEGIN SIGNED MESSAGE-----\nMIAGCSqGSIb3\n-----END SIGNED MESSAGE-----")
                              << u"X.509"_s;
    }

    void unreadableSignaturesAreBad()
    {
        QFETCH(QByteArray, armored);
        QFETCH(QString, reasonMentions);
        auto id = repo().createCommit(draft(u"Strange signature "_s + QString::fromLatin1(QTest::currentDataTag()),
                                            cp::test::personFor(*m_ada, u"Ada"_s)),
                                      cp::test::replaying(armored));
        QVERIFY(id);
        const CommitVerification verdict = verified(*id);
        QCOMPARE(verdict.state, State::Bad);
        QVERIFY(verdict.signer.isNull());
        QVERIFY(!verdict.reason.isEmpty());
        QVERIFY2(verdict.reason.contains(reasonMentions), qPrintable(verdict.reason));
        QCOMPARE(CommitVerification::stateKey(verdict.state), u"bad"_s);
    }

    void signatureInAnotherNamespaceIsBad()
    {
        const QByteArray content = "tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\n\nmessage\n";
        const QByteArray fileSignature = cp::SshSignature::sign(*m_ada, content, u"file"_s).value();
        const CommitVerification verdict = CommitVerifier::check(fileSignature, content);
        QCOMPARE(verdict.state, State::Bad);
        QCOMPARE(verdict.signer, m_ada->publicKey());
        const QByteArray gitSignature = cp::SshSignature::sign(*m_ada, content).value();
        QCOMPARE(CommitVerifier::check(gitSignature, content).state, State::Verified);
        QCOMPARE(CommitVerifier::check({}, content).state, State::Unsigned);
    }

    void acceptsSignaturesMadeBySshKeygen()
    {
        SKIP_WITHOUT_SSH_KEYGEN();
        // A key of our own, written as ssh-keygen reads it, signs a commit's content
        // with `ssh-keygen -Y sign -n git`, as git does with gpg.format=ssh.
        const Identity carol = Identity::generate();
        const QString keyPath = m_dir.path() + u"/carol_ed25519"_s;
        QFile key(keyPath);
        QVERIFY(key.open(QIODevice::WriteOnly));
        QVERIFY(key.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        key.write(cp::OpenSshKey::privateKeyPem(carol).view().toByteArray());
        key.close();

        QByteArray content;
        auto capture = [&content](const QByteArray& c) -> cp::Result<QByteArray> {
            content = c;
            return QByteArray("-----BEGIN SSH SIGNATURE-----\nAA==\n-----END SSH SIGNATURE-----");
        };
        QVERIFY(repo().createCommit(draft(u"By Carol"_s, cp::test::personFor(carol, u"Carol"_s)), capture));
        const QString contentPath = m_dir.path() + u"/carol-commit"_s;
        QFile file(contentPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const SshKeygenRun signedRun =
            runSshKeygen({u"-Y"_s, u"sign"_s, u"-n"_s, u"git"_s, u"-f"_s, keyPath}, contentPath);
        QVERIFY2(signedRun.exitCode == 0, signedRun.err.constData());

        auto id = repo().createCommit(draft(u"By Carol"_s, cp::test::personFor(carol, u"Carol"_s)),
                                      cp::test::replaying(signedRun.out));
        QVERIFY(id);
        const CommitVerification verdict = verified(*id);
        QCOMPARE(verdict.state, State::Verified);
        QCOMPARE(verdict.signer, carol.publicKey());
        QVERIFY(verdict.isSignedByAuthor());
    }

    void remembersVerdictsAndReportsMissingCommits()
    {
        auto id = repo().createCommit(draft(u"Cached"_s, cp::test::personFor(*m_ada, u"Ada"_s)),
                                      Identity::commitSigner(m_ada));
        QVERIFY(id);
        CommitVerifier verifier(repo());
        QCOMPARE(verifier.cachedCount(), 0);
        QCOMPARE(verifier.verify(*id)->signer, m_ada->publicKey());
        QCOMPARE(verifier.cachedCount(), 1);
        QCOMPARE(verifier.verify(*id)->state, State::Verified);
        QCOMPARE(verifier.cachedCount(), 1);
        verifier.clearCache();
        QCOMPARE(verifier.cachedCount(), 0);

        auto missing = verifier.verify(cp::git::Oid::fromHex(QString(40, u'e')).value());
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, cp::Error::Kind::NotFound);
        // A tree is not a commit.
        QVERIFY(!verifier.verify(m_tree));
    }
};

QTEST_GUILESS_MAIN(TestCommitVerifier)
#include "tst_commitverifier.moc"
