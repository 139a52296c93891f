#include "SshKeygen.h"
#include "core/crypto/Identity.h"
#include "core/crypto/KeyFile.h"
#include "core/crypto/OpenSshKey.h"
#include "core/crypto/SshSignature.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using cp::Identity;
using cp::OpenSshKey;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestOpenSshKey : public QObject
{
    Q_OBJECT
private slots:
    void publicLineRoundTrip()
    {
        const auto key = Identity::generate().publicKey();
        const QString line = OpenSshKey::publicKeyLine(key, QStringLiteral("ada@engine"));
        QVERIFY(line.startsWith(QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI")));
        QVERIFY(line.endsWith(QStringLiteral(" ada@engine")));
        QCOMPARE(OpenSshKey::parsePublicKeyLine(line).value(), key);
        QCOMPARE(OpenSshKey::parsePublicKeyLine(OpenSshKey::publicKeyLine(key)).value(), key);
        QCOMPARE(OpenSshKey::allowedSignersLine(key),
                 key.did() + QStringLiteral(" namespaces=\"git\" ") + OpenSshKey::publicKeyLine(key));
    }

    void refusesOtherPublicLines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("empty") << QString();
        QTest::newRow("rsa") << QStringLiteral("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ user");
        QTest::newRow("not base64") << QStringLiteral("ssh-ed25519 AAAA*AAA");
        QTest::newRow("short key") << QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAAQA=");
    }
    void refusesOtherPublicLines()
    {
        QFETCH(QString, line);
        QVERIFY(!OpenSshKey::parsePublicKeyLine(line));
    }

    void privateKeyRoundTrip()
    {
        const Identity identity = Identity::generate();
        const cp::SecureBuffer pem = OpenSshKey::privateKeyPem(identity, QStringLiteral("a comment"));
        QVERIFY(pem.view().startsWith("-----BEGIN OPENSSH PRIVATE KEY-----\n"));
        QVERIFY(pem.view().endsWith("-----END OPENSSH PRIVATE KEY-----\n"));
        auto back = OpenSshKey::parsePrivateKeyPem(pem.view());
        QVERIFY(back);
        QVERIFY(back->secretKey() == identity.secretKey());
    }

    void refusesDamagedPrivateKeys()
    {
        const Identity identity = Identity::generate();
        const cp::SecureBuffer pem = OpenSshKey::privateKeyPem(identity);
        QByteArray text = pem.view().toByteArray();
        QByteArray cut = text;
        cut.remove(60, 40);
        QVERIFY(!OpenSshKey::parsePrivateKeyPem(cut));
        QVERIFY(!OpenSshKey::parsePrivateKeyPem(text.left(text.size() / 2)));
        QVERIFY(!OpenSshKey::parsePrivateKeyPem("ssh-ed25519 AAAA"));
    }

    // Keys made by ssh-keygen are read, and sign exactly as ssh-keygen signs with them.
    void readsSshKeygenKeys()
    {
        SKIP_WITHOUT_SSH_KEYGEN();
        QTemporaryDir dir;
        const QString key = dir.filePath(QStringLiteral("key"));
        const QString data = dir.filePath(QStringLiteral("page.md"));
        const QByteArray content = "# Engines\n\nThe analytical engine weaves algebraic patterns.\n";
        QVERIFY(writeFile(data, content));
        SshKeygenRun made =
            runSshKeygen({QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                          QString(), QStringLiteral("-C"), QStringLiteral("someone"), QStringLiteral("-f"), key});
        QVERIFY2(made.exitCode == 0, made.err.constData());

        auto identity = OpenSshKey::parsePrivateKeyPem(readFile(key));
        QVERIFY2(identity, qPrintable(identity ? QString() : identity.error().message));
        const QString publicLine = QString::fromUtf8(readFile(key + QStringLiteral(".pub"))).trimmed();
        QCOMPARE(OpenSshKey::parsePublicKeyLine(publicLine).value(), identity->publicKey());
        QCOMPARE(OpenSshKey::publicKeyLine(identity->publicKey(), QStringLiteral("someone")), publicLine);

        SshKeygenRun sign = runSshKeygen({QStringLiteral("-Y"), QStringLiteral("sign"), QStringLiteral("-n"),
                                          QStringLiteral("git"), QStringLiteral("-f"), key, data});
        QVERIFY2(sign.exitCode == 0, sign.err.constData());
        QCOMPARE(cp::SshSignature::sign(*identity, content).value(), readFile(data + QStringLiteral(".sig")));
    }

    // Our private key file is one ssh-keygen reads: it derives the same public key.
    void sshKeygenReadsOurKeys()
    {
        SKIP_WITHOUT_SSH_KEYGEN();
        QTemporaryDir dir;
        const Identity identity = Identity::generate();
        const QString key = dir.filePath(QStringLiteral("ours"));
        QVERIFY(cp::KeyFile::write(key, identity));
        SshKeygenRun derived = runSshKeygen({QStringLiteral("-y"), QStringLiteral("-f"), key});
        QVERIFY2(derived.exitCode == 0, derived.err.constData());
        QCOMPARE(OpenSshKey::parsePublicKeyLine(QString::fromUtf8(derived.out)).value(), identity.publicKey());
        QVERIFY(derived.out.contains(identity.did().toUtf8())); // the comment names the peer
    }

    void refusesPassphraseProtectedKeys()
    {
        SKIP_WITHOUT_SSH_KEYGEN();
        QTemporaryDir dir;
        const QString key = dir.filePath(QStringLiteral("locked"));
        SshKeygenRun made =
            runSshKeygen({QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                          QStringLiteral("a passphrase"), QStringLiteral("-f"), key});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        auto identity = OpenSshKey::parsePrivateKeyPem(readFile(key));
        QVERIFY(!identity);
        QVERIFY2(identity.error().message.contains(QStringLiteral("passphrase")), qPrintable(identity.error().message));
    }
};

QTEST_GUILESS_MAIN(TestOpenSshKey)
#include "tst_opensshkey.moc"
