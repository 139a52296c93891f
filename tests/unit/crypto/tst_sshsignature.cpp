#include "SshKeygen.h"
#include "core/crypto/Armor.h"
#include "core/crypto/Identity.h"
#include "core/crypto/KeyFile.h"
#include "core/crypto/OpenSshKey.h"
#include "core/crypto/SshSignature.h"
#include "core/crypto/SshWireWriter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using cp::Identity;
using cp::SshSignature;

namespace {

const QByteArray kCommit = "tree 9bf3c8f1e2d7a5b4c3d2e1f0a9b8c7d6e5f4a3b2\n"
                           "parent 1f0e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6\n"
                           "author Ада Лавлейс <did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK> "
                           "1700000000 +0100\n"
                           "committer Ада Лавлейс <did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK> "
                           "1700000000 +0100\n\nEdit Notes/Engines.md\n\nA longer summary line.\n";

// An SSHSIG envelope with every field open to change, signed correctly for what it says.
struct Envelope
{
    QByteArray magic = "SSHSIG";
    quint32 version = 1;
    QByteArray keyType = "ssh-ed25519";
    QByteArray key;
    QByteArray nameSpace = "git";
    QByteArray reserved;
    QByteArray hash = "sha512";
    QByteArray sigType = "ssh-ed25519";
    QByteArray signature; // empty: sign properly
    QByteArray trailing;

    QByteArray armored(const Identity& identity, QByteArrayView data)
    {
        if (key.isNull())
            key = identity.publicKey().bytes();
        if (signature.isNull()) {
            const auto algorithm = hash == "sha256" ? QCryptographicHash::Sha256 : QCryptographicHash::Sha512;
            const QByteArray digest = QCryptographicHash::hash(data, algorithm);
            signature = identity.sign(cp::SshWireWriter::toByteArray([&](cp::SshWireWriter& w) {
                w.raw("SSHSIG");
                w.string(nameSpace);
                w.string({});
                w.string(hash);
                w.string(digest);
            }));
        }
        const QByteArray keyBlob = cp::SshWireWriter::toByteArray([&](cp::SshWireWriter& w) {
            w.string(keyType);
            w.string(key);
        });
        const QByteArray sigBlob = cp::SshWireWriter::toByteArray([&](cp::SshWireWriter& w) {
            w.string(sigType);
            w.string(signature);
        });
        return cp::armor::wrap("SSH SIGNATURE", cp::SshWireWriter::toByteArray([&](cp::SshWireWriter& w) {
                                   w.raw(magic);
                                   w.u32(version);
                                   w.string(keyBlob);
                                   w.string(nameSpace);
                                   w.string(reserved);
                                   w.string(hash);
                                   w.string(sigBlob);
                                   w.raw(trailing);
                               }));
    }
};

QByteArray decodeArmor(const QByteArray& armored)
{
    return cp::armor::unwrap("SSH SIGNATURE", armored, QStringLiteral("test")).value();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestSshSignature : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        const Identity identity = Identity::generate();
        auto armored = SshSignature::sign(identity, kCommit);
        QVERIFY(armored);
        QVERIFY(armored->startsWith("-----BEGIN SSH SIGNATURE-----\n"));
        QVERIFY(armored->endsWith("\n-----END SSH SIGNATURE-----\n"));
        for (const QByteArray& line : armored->split('\n'))
            QVERIFY(line.size() <= 70 || line.startsWith("-----"));
        QCOMPARE(SshSignature::verify(*armored, kCommit).value(), identity.publicKey());
        // Deterministic: the same key and data give the same bytes.
        QCOMPARE(SshSignature::sign(identity, kCommit).value(), *armored);

        auto parsed = SshSignature::parse(*armored);
        QVERIFY(parsed);
        QCOMPARE(parsed->nameSpace(), QStringLiteral("git"));
        QCOMPARE(parsed->hash(), SshSignature::Hash::Sha512);
        QCOMPARE(parsed->signer(), identity.publicKey());
    }

    void signsBinaryAndEmptyData()
    {
        const Identity identity = Identity::generate();
        const QByteArray binary("\0\x01\xff\0", 4);
        QCOMPARE(SshSignature::verify(SshSignature::sign(identity, binary).value(), binary).value(),
                 identity.publicKey());
        QCOMPARE(SshSignature::verify(SshSignature::sign(identity, {}).value(), {}).value(), identity.publicKey());
        QVERIFY(!SshSignature::verify(SshSignature::sign(identity, binary).value(), binary.left(3)));
        QVERIFY(!SshSignature::sign(identity, kCommit, QString()));
    }

    void acceptsSha256AndCrlf()
    {
        const Identity identity = Identity::generate();
        Envelope e;
        e.hash = "sha256";
        QCOMPARE(SshSignature::verify(e.armored(identity, kCommit), kCommit).value(), identity.publicKey());
        QByteArray crlf = SshSignature::sign(identity, kCommit).value();
        crlf.replace("\n", "\r\n");
        QCOMPARE(SshSignature::verify(QByteArray("  \n" + crlf), kCommit).value(), identity.publicKey());
    }

    void reportsTheRealSigner()
    {
        const Identity alice = Identity::generate();
        const Identity mallory = Identity::generate();
        const QByteArray bySomeoneElse = SshSignature::sign(mallory, kCommit).value();
        auto signer = SshSignature::verify(bySomeoneElse, kCommit);
        QCOMPARE(signer.value(), mallory.publicKey());
        QVERIFY(signer.value() != alice.publicKey());
    }

    void refusesTampering_data()
    {
        QTest::addColumn<QByteArray>("armored");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("nameSpace");
        QTest::addColumn<QString>("complaint");

        const Identity identity = Identity::generate();
        const Identity other = Identity::generate();
        const QByteArray good = SshSignature::sign(identity, kCommit).value();

        QByteArray changed = kCommit;
        changed[changed.indexOf("Edit")] = 'e';
        QTest::newRow("flipped data byte")
            << good << changed << QStringLiteral("git") << QStringLiteral("does not match");

        QByteArray binary = decodeArmor(good);
        binary[binary.size() - 5] = char(binary[binary.size() - 5] ^ 0x01);
        QTest::newRow("flipped signature byte") << cp::armor::wrap("SSH SIGNATURE", binary) << kCommit
                                                << QStringLiteral("git") << QStringLiteral("does not match");

        QTest::newRow("wrong namespace") << good << kCommit << QStringLiteral("file")
                                         << QStringLiteral("made for “git”, not for “file”");

        QByteArray noEnd = good;
        noEnd.chop(QByteArray("-----END SSH SIGNATURE-----\n").size());
        QTest::newRow("truncated armor") << noEnd << kCommit << QStringLiteral("git") << QStringLiteral("cut short");

        const QList<QByteArray> lines = good.split('\n');
        const QByteArray shortBody = lines[0] + '\n' + lines[1] + '\n' + lines.last(2).first() + '\n';
        QTest::newRow("lines missing") << shortBody << kCommit << QStringLiteral("git")
                                       << QStringLiteral("The SSH signature is");

        QByteArray garbage = good;
        garbage[40] = '#';
        QTest::newRow("not base64") << garbage << kCommit << QStringLiteral("git") << QStringLiteral("base64");

        Envelope spliced;
        spliced.signature = decodeArmor(SshSignature::sign(other, kCommit).value()).right(64);
        QTest::newRow("other key's signature") << spliced.armored(identity, kCommit) << kCommit << QStringLiteral("git")
                                               << QStringLiteral("does not match");

        QTest::newRow("empty") << QByteArray() << kCommit << QStringLiteral("git")
                               << QStringLiteral("does not start with");
        QTest::newRow("a PGP signature") << QByteArray(
                                                "-----BEGIN PGP SIGNATURE-----\nabc\n-----END PGP SIGNATURE-----\n")
                                         << kCommit << QStringLiteral("git") << QStringLiteral("does not start with");
    }
    void refusesTampering()
    {
        QFETCH(QByteArray, armored);
        QFETCH(QByteArray, data);
        QFETCH(QString, nameSpace);
        QFETCH(QString, complaint);
        auto result = SshSignature::verify(armored, data, nameSpace);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, cp::Error::Kind::Crypto);
        QVERIFY2(result.error().message.contains(complaint), qPrintable(result.error().message));
    }

    void parsesStrictly_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("complaint");
        QTest::newRow("magic") << 0 << QStringLiteral("does not start with “SSHSIG”");
        QTest::newRow("version") << 1 << QStringLiteral("version 2 is not supported");
        QTest::newRow("key type") << 2 << QStringLiteral("“ssh-rsa”");
        QTest::newRow("key length") << 3 << QStringLiteral("32 bytes");
        QTest::newRow("empty namespace") << 4 << QStringLiteral("namespace is empty");
        QTest::newRow("reserved") << 5 << QStringLiteral("reserved field");
        QTest::newRow("hash") << 6 << QStringLiteral("“sha1”");
        QTest::newRow("signature type") << 7 << QStringLiteral("“rsa-sha2-512”");
        QTest::newRow("signature length") << 8 << QStringLiteral("63 bytes");
        QTest::newRow("trailing") << 9 << QStringLiteral("unexpected data at the end");
    }
    void parsesStrictly()
    {
        QFETCH(int, field);
        QFETCH(QString, complaint);
        const Identity identity = Identity::generate();
        Envelope e;
        switch (field) {
        case 0:
            e.magic = "SSHSIH";
            break;
        case 1:
            e.version = 2;
            break;
        case 2:
            e.keyType = "ssh-rsa";
            break;
        case 3:
            e.key = identity.publicKey().bytes().left(31);
            break;
        case 4:
            e.nameSpace = "";
            break;
        case 5:
            e.reserved = "x";
            break;
        case 6:
            e.hash = "sha1";
            break;
        case 7:
            e.sigType = "rsa-sha2-512";
            break;
        case 8:
            e.signature = QByteArray(63, 'a');
            break;
        case 9:
            e.trailing = QByteArray(1, '\0');
            break;
        }
        auto result = SshSignature::verify(e.armored(identity, kCommit), kCommit, QString::fromUtf8(e.nameSpace));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, cp::Error::Kind::Crypto);
        QVERIFY2(result.error().message.contains(complaint), qPrintable(result.error().message));
        // The unchanged envelope is fine: the test changes exactly one thing.
        QVERIFY(SshSignature::verify(Envelope().armored(identity, kCommit), kCommit));
    }

    // Our signature, checked by `ssh-keygen -Y verify` as git does.
    void sshKeygenVerifiesOurs()
    {
        SKIP_WITHOUT_SSH_KEYGEN();
        QTemporaryDir dir;
        const Identity identity = Identity::generate();
        const QString data = dir.filePath(QStringLiteral("commit"));
        const QString sig = dir.filePath(QStringLiteral("commit.sig"));
        const QString signers = dir.filePath(QStringLiteral("allowed_signers"));
        QVERIFY(writeFile(data, kCommit));
        QVERIFY(writeFile(sig, SshSignature::sign(identity, kCommit).value()));
        QVERIFY(writeFile(signers, cp::OpenSshKey::allowedSignersLine(identity.publicKey()).toUtf8() + '\n'));

        const QStringList verify = {QStringLiteral("-Y"), QStringLiteral("verify"),
                                    QStringLiteral("-f"), signers,
                                    QStringLiteral("-I"), identity.did(),
                                    QStringLiteral("-n"), QStringLiteral("git"),
                                    QStringLiteral("-s"), sig};
        const SshKeygenRun good = runSshKeygen(verify, data);
        QVERIFY2(good.exitCode == 0, good.err.constData());
        QVERIFY2(good.out.contains(QByteArray("Good \"git\" signature for " + identity.did().toUtf8())),
                 good.out.constData());

        // The same check fails for changed content: ssh-keygen really looked.
        QVERIFY(writeFile(data, kCommit + "!"));
        QVERIFY(runSshKeygen(verify, data).exitCode != 0);
    }

    // ssh-keygen's signature with our key: byte for byte ours, and we accept it.
    void weVerifySshKeygens()
    {
        SKIP_WITHOUT_SSH_KEYGEN();
        QTemporaryDir dir;
        const Identity identity = Identity::generate();
        const QString key = dir.filePath(QStringLiteral("id_ed25519"));
        const QString data = dir.filePath(QStringLiteral("commit"));
        QVERIFY(cp::KeyFile::write(key, identity));
        QVERIFY(writeFile(data, kCommit));

        const SshKeygenRun sign = runSshKeygen({QStringLiteral("-Y"), QStringLiteral("sign"), QStringLiteral("-n"),
                                                QStringLiteral("git"), QStringLiteral("-f"), key, data});
        QVERIFY2(sign.exitCode == 0, sign.err.constData());
        const QByteArray theirs = readFile(data + QStringLiteral(".sig"));
        QCOMPARE(SshSignature::verify(theirs, kCommit).value(), identity.publicKey());
        QCOMPARE(theirs, SshSignature::sign(identity, kCommit).value());
        QVERIFY(!SshSignature::verify(theirs, kCommit, QStringLiteral("file")));

        // sha256, which ssh-keygen makes on request, is accepted too.
        QVERIFY(QFile::remove(data + QStringLiteral(".sig")));
        const SshKeygenRun sha256 =
            runSshKeygen({QStringLiteral("-Y"), QStringLiteral("sign"), QStringLiteral("-n"), QStringLiteral("git"),
                          QStringLiteral("-O"), QStringLiteral("hashalg=sha256"), QStringLiteral("-f"), key, data});
        QVERIFY2(sha256.exitCode == 0, sha256.err.constData());
        auto parsed = SshSignature::parse(readFile(data + QStringLiteral(".sig")));
        QVERIFY(parsed);
        QCOMPARE(parsed->hash(), SshSignature::Hash::Sha256);
        QVERIFY(parsed->check(kCommit, QStringLiteral("git")));
    }
};

QTEST_GUILESS_MAIN(TestSshSignature)
#include "tst_sshsignature.moc"
