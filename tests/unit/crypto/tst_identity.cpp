#include "SshKeygen.h"
#include "core/crypto/Identity.h"
#include "core/crypto/OpenSshKey.h"
#include "core/crypto/SshSignature.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using cp::Identity;

namespace {
// RFC 8032, section 7.1, test 2.
const QByteArray kSeed = QByteArray::fromHex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb");
const QByteArray kPublic = QByteArray::fromHex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c");
const QByteArray kMessage = QByteArray::fromHex("72");
const QByteArray kSignature = QByteArray::fromHex(
    "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb0"
    "0d291612bb0c00");
} // namespace

class TestIdentity : public QObject
{
    Q_OBJECT
private slots:
    void matchesRfc8032()
    {
        auto identity = Identity::fromSeed(kSeed);
        QVERIFY(identity);
        QCOMPARE(identity->publicKey().bytes(), kPublic);
        QCOMPARE(identity->sign(kMessage), kSignature);
        QCOMPARE(identity->seed().view(), kSeed);
        QCOMPARE(identity->secretKey().view(), QByteArray(kSeed + kPublic));
        QVERIFY(identity->publicKey().verify(kMessage, identity->sign(kMessage)));
    }

    void generatesDistinctKeys()
    {
        const Identity a = Identity::generate();
        const Identity b = Identity::generate();
        QVERIFY(a.publicKey() != b.publicKey());
        QVERIFY(!(a.seed() == b.seed()));
        QCOMPARE(a.did(), a.publicKey().did());
        // The seed alone gives back the same identity.
        QCOMPARE(Identity::fromSeed(a.seed().view())->publicKey(), a.publicKey());
        QCOMPARE(Identity::fromSecretKey(a.secretKey().view())->publicKey(), a.publicKey());
        // Signatures of one key do not pass for the other.
        QVERIFY(!b.publicKey().verify("commit", a.sign("commit")));
    }

    void refusesBadSecrets()
    {
        QCOMPARE(Identity::fromSeed(QByteArray(31, 'x')).error().kind, cp::Error::Kind::Crypto);
        QVERIFY(!Identity::fromSecretKey(kSeed));
        // A 64-byte key whose public half belongs to another seed.
        auto mismatched = Identity::fromSecretKey(QByteArray(kSeed + Identity::generate().publicKey().bytes()));
        QVERIFY(!mismatched);
        QVERIFY2(mismatched.error().message.contains(QStringLiteral("damaged")),
                 qPrintable(mismatched.error().message));
    }

    void commitSignerMakesGitSignatures()
    {
        auto identity = std::make_shared<const Identity>(Identity::generate());
        const cp::CommitSigner signer = Identity::commitSigner(identity);
        QVERIFY(signer);
        const QByteArray content = "tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\nauthor A <a@b> 1 +0000\n"
                                   "committer A <a@b> 1 +0000\n\nFirst page\n";
        auto armored = signer(content);
        QVERIFY(armored);
        QVERIFY(armored->startsWith("-----BEGIN SSH SIGNATURE-----\n"));
        QCOMPARE(cp::SshSignature::verify(*armored, content, QStringLiteral("git")).value(), identity->publicKey());
        QVERIFY(!cp::SshSignature::verify(*armored, QByteArray(content + "x"), QStringLiteral("git")));

        auto none = Identity::commitSigner(nullptr)(content);
        QVERIFY(!none);
    }

    // What the integration must achieve, checked early with stock git: a commit
    // object carrying our signature in gpgsig passes `git verify-commit`.
    void stockGitVerifiesSignedCommits()
    {
        SKIP_WITHOUT_SSH_KEYGEN();
        const QString git = QStandardPaths::findExecutable(QStringLiteral("git"));
        if (git.isEmpty())
            QSKIP("git is not installed: the stock git check did not run");
        QTemporaryDir dir;
        const auto run = [&](const QStringList& args, const QByteArray& input = {}) {
            QProcess process;
            process.setWorkingDirectory(dir.path());
            process.start(git, args);
            process.write(input);
            process.closeWriteChannel();
            process.waitForFinished(20000);
            const int code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
            const QByteArray err = process.readAllStandardError();
            // stdout (trimmed) when it worked, stderr to explain a failure
            return std::pair{code, code == 0 ? process.readAllStandardOutput().trimmed() : err};
        };
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("-q")}).first, 0);

        auto identity = std::make_shared<const Identity>(Identity::generate());
        const QByteArray author = "Ada <" + identity->did().toUtf8() + "> 1700000000 +0000\n";
        const QByteArray header =
            "tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\nauthor " + author + "committer " + author;
        const QByteArray message = "\nFirst page\n";
        const QByteArray signature = Identity::commitSigner(identity)(header + message).value();
        QByteArray gpgsig = signature.trimmed();
        gpgsig.replace("\n", "\n ");
        const QByteArray commit = header + "gpgsig " + gpgsig + "\n" + message;
        const auto [hashed, oid] = run({QStringLiteral("hash-object"), QStringLiteral("-t"), QStringLiteral("commit"),
                                        QStringLiteral("-w"), QStringLiteral("--stdin")},
                                       commit);
        QVERIFY2(hashed == 0, oid.constData());

        const QString signers = dir.filePath(QStringLiteral("allowed_signers"));
        QFile file(signers);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(cp::OpenSshKey::allowedSignersLine(identity->publicKey()).toUtf8() + '\n');
        file.close();
        const QStringList verify = {QStringLiteral("-c"),
                                    QStringLiteral("gpg.format=ssh"),
                                    QStringLiteral("-c"),
                                    QStringLiteral("gpg.ssh.allowedSignersFile=") + signers,
                                    QStringLiteral("verify-commit"),
                                    QString::fromLatin1(oid)};
        const auto [verified, output] = run(verify);
        QVERIFY2(verified == 0, output.constData());

        // The same signature on a changed message fails.
        QByteArray forged = commit;
        forged.replace("First page", "Forged page");
        const auto [hashedForged, forgedOid] =
            run({QStringLiteral("hash-object"), QStringLiteral("-t"), QStringLiteral("commit"), QStringLiteral("-w"),
                 QStringLiteral("--stdin")},
                forged);
        QCOMPARE(hashedForged, 0);
        QStringList verifyForged = verify;
        verifyForged.last() = QString::fromLatin1(forgedOid);
        QVERIFY(run(verifyForged).first != 0);
    }
};

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
