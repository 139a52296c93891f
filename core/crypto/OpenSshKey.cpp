#include "core/crypto/OpenSshKey.h"

#include "core/crypto/Armor.h"
#include "core/crypto/SshWireReader.h"
#include "core/crypto/SshWireWriter.h"

#include <sodium.h>

namespace cp {

namespace {

constexpr QByteArrayView kLabel = "OPENSSH PRIVATE KEY";
constexpr QByteArrayView kAuthMagic("openssh-key-v1\0", 15);
constexpr QByteArrayView kKeyType = "ssh-ed25519";
constexpr QByteArrayView kNone = "none";
constexpr qsizetype kBlockSize = 8; // cipher "none"

QByteArray publicBlob(const PublicKey& key)
{
    return SshWireWriter::toByteArray([&](SshWireWriter& w) {
        w.string(kKeyType);
        w.string(key.bytes());
    });
}

Result<PublicKey> parsePublicBlob(QByteArrayView blob)
{
    SshWireReader r(blob);
    const auto type = r.string();
    const auto key = r.string();
    if (r.failed() || !r.atEnd())
        return fail(Error::crypto(OpenSshKey::tr("The SSH public key is damaged.")));
    if (*type != kKeyType)
        return fail(Error::crypto(OpenSshKey::tr("The key is of type “%1”; only ssh-ed25519 keys are supported.")
                                      .arg(QString::fromUtf8(*type))));
    return PublicKey::fromBytes(*key);
}

} // namespace

QString OpenSshKey::publicKeyLine(const PublicKey& key, const QString& comment)
{
    QString line = QString::fromLatin1(kKeyType) + u' ' + QString::fromLatin1(publicBlob(key).toBase64());
    if (!comment.isEmpty())
        line += u' ' + comment;
    return line;
}

Result<PublicKey> OpenSshKey::parsePublicKeyLine(QStringView line)
{
    const auto fields = line.trimmed().split(u' ', Qt::SkipEmptyParts);
    if (fields.size() < 2)
        return fail(Error::user(tr("“%1” is not an SSH public key line (expected “ssh-ed25519 AAAA…”).").arg(line)));
    if (fields[0] != QString::fromLatin1(kKeyType))
        return fail(Error::user(tr("The key is of type “%1”; only ssh-ed25519 keys are supported.").arg(fields[0])));
    auto blob = QByteArray::fromBase64Encoding(fields[1].toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!blob)
        return fail(Error::user(tr("The SSH public key is damaged: its text is not valid base64.")));
    return parsePublicBlob(*blob);
}

QString OpenSshKey::allowedSignersLine(const PublicKey& key)
{
    return key.did() + QStringLiteral(" namespaces=\"git\" ") + publicKeyLine(key);
}

SecureBuffer OpenSshKey::privateKeyPem(const Identity& identity, const QString& comment)
{
    const QByteArray pub = publicBlob(identity.publicKey());
    const QByteArray note = comment.toUtf8();
    const std::uint32_t check = randombytes_random();
    const auto privateSection = [&](SshWireWriter& w) {
        w.u32(check);
        w.u32(check);
        w.string(kKeyType);
        w.string(identity.publicKey().bytes());
        w.string(identity.secretKey().view());
        w.string(note);
        for (char pad = 1; w.size() % kBlockSize != 0; ++pad)
            w.raw(QByteArrayView(&pad, 1));
    };
    const SecureBuffer section = SshWireWriter::toSecureBuffer(privateSection);
    const SecureBuffer blob = SshWireWriter::toSecureBuffer([&](SshWireWriter& w) {
        w.raw(kAuthMagic);
        w.string(kNone); // cipher
        w.string(kNone); // kdf
        w.string({});    // kdf options
        w.u32(1);        // number of keys
        w.string(pub);
        w.string(section.view());
    });
    return armor::wrapSecret(kLabel, blob.view());
}

Result<Identity> OpenSshKey::parsePrivateKeyPem(QByteArrayView pem)
{
    auto blob = armor::unwrapSecret(kLabel, pem, tr("The OpenSSH private key"));
    if (!blob)
        return fail(blob.error());
    const auto damaged = [](const QString& detail) {
        return fail(Error::crypto(tr("The OpenSSH private key is damaged: %1.").arg(detail)));
    };

    SshWireReader r(blob->view());
    if (const auto magic = r.raw(kAuthMagic.size()); !magic || *magic != kAuthMagic)
        return damaged(tr("it is not in the openssh-key-v1 format"));
    const auto cipher = r.string();
    const auto kdf = r.string();
    const auto kdfOptions = r.string();
    const auto count = r.u32();
    const auto pub = r.string();
    const auto section = r.string();
    if (r.failed() || !r.atEnd())
        return damaged(tr("it ends in the middle of a field or has extra data"));
    if (*cipher != kNone || *kdf != kNone || !kdfOptions->isEmpty())
        return fail(Error::crypto(tr("The OpenSSH private key is protected with a passphrase; remove it first "
                                     "(ssh-keygen -p -N '' -f FILE) or export a key without one.")));
    if (*count != 1)
        return damaged(tr("it holds %1 keys instead of one").arg(*count));
    auto publicKey = parsePublicBlob(*pub);
    if (!publicKey)
        return fail(publicKey.error());

    SshWireReader s(*section);
    const auto check1 = s.u32();
    const auto check2 = s.u32();
    const auto type = s.string();
    const auto pk = s.string();
    const auto sk = s.string();
    [[maybe_unused]] const auto comment = s.string();
    if (s.failed())
        return damaged(tr("its private part ends too early"));
    if (*check1 != *check2)
        return damaged(tr("its check numbers differ"));
    if (*type != kKeyType)
        return fail(Error::crypto(
            tr("The key is of type “%1”; only ssh-ed25519 keys are supported.").arg(QString::fromUtf8(*type))));
    const QByteArrayView padding = s.rest();
    for (qsizetype i = 0; i < padding.size(); ++i) {
        if (static_cast<unsigned char>(padding[i]) != i + 1 || padding.size() >= kBlockSize)
            return damaged(tr("its padding is wrong"));
    }
    auto identity = Identity::fromSecretKey(*sk);
    if (!identity)
        return fail(identity.error());
    if (identity->publicKey().bytes() != *pk || identity->publicKey() != *publicKey)
        return damaged(tr("its public key does not belong to its private key"));
    return identity;
}

} // namespace cp
