#include "core/crypto/SshSignature.h"

#include "core/crypto/Armor.h"
#include "core/crypto/Identity.h"
#include "core/crypto/Sodium.h"
#include "core/crypto/SshWireReader.h"
#include "core/crypto/SshWireWriter.h"

#include <sodium.h>

namespace cp {

namespace {

constexpr QByteArrayView kLabel = "SSH SIGNATURE";
constexpr QByteArrayView kMagic = "SSHSIG";
constexpr QByteArrayView kKeyType = "ssh-ed25519";
constexpr std::uint32_t kVersion = 1;

QByteArrayView hashName(SshSignature::Hash hash)
{
    return hash == SshSignature::Hash::Sha256 ? QByteArrayView("sha256") : QByteArrayView("sha512");
}

QByteArray digest(SshSignature::Hash hash, QByteArrayView data)
{
    ensureSodium();
    const auto* in = reinterpret_cast<const unsigned char*>(data.data());
    const auto size = static_cast<unsigned long long>(data.size());
    if (hash == SshSignature::Hash::Sha256) {
        QByteArray out(crypto_hash_sha256_BYTES, '\0');
        crypto_hash_sha256(reinterpret_cast<unsigned char*>(out.data()), in, size);
        return out;
    }
    QByteArray out(crypto_hash_sha512_BYTES, '\0');
    crypto_hash_sha512(reinterpret_cast<unsigned char*>(out.data()), in, size);
    return out;
}

// The bytes the Ed25519 signature covers (PROTOCOL.sshsig, "Signed Data").
QByteArray signedData(QByteArrayView nameSpace, SshSignature::Hash hash, QByteArrayView data)
{
    const QByteArray h = digest(hash, data);
    return SshWireWriter::toByteArray([&](SshWireWriter& w) {
        w.raw(kMagic);
        w.string(nameSpace);
        w.string({}); // reserved
        w.string(hashName(hash));
        w.string(h);
    });
}

} // namespace

Result<QByteArray> SshSignature::sign(const Identity& identity, QByteArrayView data, const QString& nameSpace)
{
    if (nameSpace.isEmpty())
        return fail(Error::internal(tr("An SSH signature needs a namespace (such as “git”).")));
    const QByteArray ns = nameSpace.toUtf8();
    const QByteArray signature = identity.sign(signedData(ns, Hash::Sha512, data));
    const QByteArray envelope = SshWireWriter::toByteArray([&](SshWireWriter& w) {
        w.raw(kMagic);
        w.u32(kVersion);
        w.u32(static_cast<std::uint32_t>(4 + kKeyType.size() + 4 + PublicKey::Size));
        w.string(kKeyType);
        w.string(identity.publicKey().bytes());
        w.string(ns);
        w.string({}); // reserved
        w.string(hashName(Hash::Sha512));
        w.u32(static_cast<std::uint32_t>(4 + kKeyType.size() + 4 + signature.size()));
        w.string(kKeyType);
        w.string(signature);
    });
    return armor::wrap(kLabel, envelope);
}

Result<SshSignature> SshSignature::parse(QByteArrayView armored)
{
    auto envelope = armor::unwrap(kLabel, armored, tr("The SSH signature"));
    if (!envelope)
        return fail(envelope.error());
    const auto malformed = [](const QString& detail) {
        return fail(Error::crypto(tr("The SSH signature is malformed: %1.").arg(detail)));
    };

    SshWireReader r(*envelope);
    if (const auto magic = r.raw(kMagic.size()); !magic || *magic != kMagic)
        return malformed(tr("it does not start with “SSHSIG”"));
    const auto version = r.u32();
    if (!version)
        return malformed(tr("it ends before its version"));
    if (*version != kVersion)
        return fail(Error::crypto(tr("SSH signature version %1 is not supported (only version 1).").arg(*version)));

    const auto keyBlob = r.string();
    const auto nameSpace = r.string();
    const auto reserved = r.string();
    const auto hash = r.string();
    const auto sigBlob = r.string();
    if (r.failed())
        return malformed(tr("it ends in the middle of a field"));
    if (!r.atEnd())
        return malformed(tr("it has %1 bytes of unexpected data at the end").arg(r.rest().size()));

    SshSignature out;
    SshWireReader key(*keyBlob);
    const auto keyType = key.string();
    const auto keyBytes = key.string();
    if (key.failed() || !key.atEnd())
        return malformed(tr("its public key field is damaged"));
    if (*keyType != kKeyType)
        return fail(Error::crypto(tr("The signature was made with a key of type “%1”; only ssh-ed25519 keys are "
                                     "accepted.")
                                      .arg(QString::fromUtf8(*keyType))));
    auto signer = PublicKey::fromBytes(*keyBytes);
    if (!signer)
        return malformed(signer.error().message);
    out.m_signer = *signer;

    if (nameSpace->isEmpty())
        return malformed(tr("its namespace is empty"));
    out.m_nameSpace = QString::fromUtf8(*nameSpace);
    if (!reserved->isEmpty())
        return malformed(tr("its reserved field is not empty"));

    if (*hash == "sha512")
        out.m_hash = Hash::Sha512;
    else if (*hash == "sha256")
        out.m_hash = Hash::Sha256;
    else
        return fail(Error::crypto(tr("The signature uses the hash “%1”; only sha256 and sha512 are accepted.")
                                      .arg(QString::fromUtf8(*hash))));

    SshWireReader sig(*sigBlob);
    const auto sigType = sig.string();
    const auto sigBytes = sig.string();
    if (sig.failed() || !sig.atEnd())
        return malformed(tr("its signature field is damaged"));
    if (*sigType != kKeyType)
        return fail(Error::crypto(
            tr("The signature is of type “%1”, not ssh-ed25519 like its key.").arg(QString::fromUtf8(*sigType))));
    if (sigBytes->size() != Identity::SignatureSize)
        return malformed(tr("its Ed25519 signature has %1 bytes instead of 64").arg(sigBytes->size()));
    out.m_signature = sigBytes->toByteArray();
    return out;
}

Status SshSignature::check(QByteArrayView data, const QString& nameSpace) const
{
    if (nameSpace != m_nameSpace)
        return fail(Error::crypto(tr("The signature was made for “%1”, not for “%2”.").arg(m_nameSpace, nameSpace)));
    if (!m_signer.verify(signedData(m_nameSpace.toUtf8(), m_hash, data), m_signature))
        return fail(Error::crypto(tr("The signature by %1 does not match: the signed content or the signature was "
                                     "changed after signing.")
                                      .arg(m_signer.did())));
    return {};
}

Result<PublicKey> SshSignature::verify(QByteArrayView armored, QByteArrayView data, const QString& nameSpace)
{
    auto parsed = parse(armored);
    if (!parsed)
        return fail(parsed.error());
    if (auto checked = parsed->check(data, nameSpace); !checked)
        return fail(checked.error());
    return parsed->signer();
}

} // namespace cp
