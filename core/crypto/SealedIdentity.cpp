#include "core/crypto/SealedIdentity.h"

#include "core/crypto/Armor.h"
#include "core/crypto/SecureBuffer.h"
#include "core/crypto/Sodium.h"
#include "core/crypto/SshWireReader.h"
#include "core/crypto/SshWireWriter.h"

#include <sodium.h>

namespace cp {

namespace {

constexpr QByteArrayView kLabel = "COMMONPLACE IDENTITY";
constexpr QByteArrayView kMagic = "CPID";
constexpr std::uint8_t kVersion = 1;
constexpr std::uint8_t kAlgorithm = crypto_pwhash_ALG_ARGON2ID13;
constexpr qsizetype kSaltSize = crypto_pwhash_SALTBYTES;
constexpr qsizetype kNonceSize = crypto_secretbox_NONCEBYTES;
constexpr qsizetype kBoxSize = Identity::SeedSize + crypto_secretbox_MACBYTES;
constexpr qsizetype kSealedSize = 4 + 1 + 1 + 4 + 4 + PublicKey::Size + kSaltSize + kNonceSize + kBoxSize;
// What open() accepts, so that a forged header cannot make us burn memory or time.
constexpr std::uint32_t kMaxOps = 10;
constexpr std::uint32_t kMaxMemKiB = crypto_pwhash_MEMLIMIT_SENSITIVE / 1024;

struct Sealed
{
    std::uint32_t ops = 0;
    std::uint32_t memKiB = 0;
    QByteArrayView publicKey, salt, nonce, box;
};

Error incomplete()
{
    return Error::crypto(SealedIdentity::tr("The exported identity is incomplete or damaged; copy all of it, from "
                                            "its BEGIN line to its END line."));
}

Result<Sealed> parse(QByteArrayView binary)
{
    SshWireReader r(binary);
    const auto magic = r.raw(kMagic.size());
    const auto header = r.raw(2);
    if (r.failed() || *magic != kMagic)
        return fail(incomplete());
    const auto version = static_cast<std::uint8_t>((*header)[0]);
    if (version != kVersion)
        return fail(Error::crypto(SealedIdentity::tr("This identity was exported in format %1, which this version of "
                                                     "Commonplace does not know; update Commonplace to import it.")
                                      .arg(version)));
    if (binary.size() != kSealedSize)
        return fail(incomplete());
    Sealed s;
    s.ops = *r.u32();
    s.memKiB = *r.u32();
    s.publicKey = *r.raw(PublicKey::Size);
    s.salt = *r.raw(kSaltSize);
    s.nonce = *r.raw(kNonceSize);
    s.box = *r.raw(kBoxSize);
    if (static_cast<std::uint8_t>((*header)[1]) != kAlgorithm || s.ops < crypto_pwhash_OPSLIMIT_MIN ||
        s.ops > kMaxOps || s.memKiB < crypto_pwhash_MEMLIMIT_MIN / 1024 || s.memKiB > kMaxMemKiB)
        return fail(
            Error::crypto(SealedIdentity::tr("The exported identity asks for key-derivation settings "
                                             "Commonplace does not use; it is damaged or not from Commonplace.")));
    return s;
}

// The secretbox key for `passphrase`.
Result<SecureBuffer> deriveKey(const QString& passphrase, QByteArrayView salt, std::uint32_t ops, std::uint32_t memKiB)
{
    QByteArray utf8 = passphrase.toUtf8();
    SecureBuffer secret = SecureBuffer::fromBytes(utf8);
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    SecureBuffer key(crypto_secretbox_KEYBYTES);
    if (crypto_pwhash(key.data(), static_cast<unsigned long long>(key.size()), secret.chars(),
                      static_cast<unsigned long long>(secret.size()),
                      reinterpret_cast<const unsigned char*>(salt.data()), ops, size_t(memKiB) * 1024,
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return fail(Error::internal(
            SealedIdentity::tr("Not enough memory to derive a key from the passphrase (it needs %1 MiB).")
                .arg(memKiB / 1024)));
    return key;
}

Result<QByteArray> unarmor(QByteArrayView text)
{
    return armor::unwrap(kLabel, text, SealedIdentity::tr("The exported identity"));
}

} // namespace

Result<QByteArray> SealedIdentity::seal(const Identity& identity, const QString& passphrase, Strength strength)
{
    if (passphrase.isEmpty())
        return fail(Error::user(tr("Choose a passphrase to protect the exported identity.")));
    ensureSodium();
    const bool moderate = strength == Strength::Moderate;
    const auto ops =
        static_cast<std::uint32_t>(moderate ? crypto_pwhash_OPSLIMIT_MODERATE : crypto_pwhash_OPSLIMIT_INTERACTIVE);
    const auto memKiB = static_cast<std::uint32_t>(
        (moderate ? crypto_pwhash_MEMLIMIT_MODERATE : crypto_pwhash_MEMLIMIT_INTERACTIVE) / 1024);

    QByteArray salt(kSaltSize, '\0');
    QByteArray nonce(kNonceSize, '\0');
    randombytes_buf(salt.data(), static_cast<size_t>(salt.size()));
    randombytes_buf(nonce.data(), static_cast<size_t>(nonce.size()));
    auto key = deriveKey(passphrase, salt, ops, memKiB);
    if (!key)
        return fail(key.error());

    const SecureBuffer seed = identity.seed();
    QByteArray box(kBoxSize, '\0');
    crypto_secretbox_easy(reinterpret_cast<unsigned char*>(box.data()), seed.data(),
                          static_cast<unsigned long long>(seed.size()),
                          reinterpret_cast<const unsigned char*>(nonce.data()), key->data());

    const QByteArray binary = SshWireWriter::toByteArray([&](SshWireWriter& w) {
        w.raw(kMagic);
        const char header[2] = {char(kVersion), char(kAlgorithm)};
        w.raw(QByteArrayView(header, 2));
        w.u32(ops);
        w.u32(memKiB);
        w.raw(identity.publicKey().bytes());
        w.raw(salt);
        w.raw(nonce);
        w.raw(box);
    });
    return armor::wrap(kLabel, binary);
}

Result<Identity> SealedIdentity::open(QByteArrayView text, const QString& passphrase)
{
    const auto binary = unarmor(text);
    if (!binary)
        return fail(binary.error());
    const auto sealed = parse(*binary);
    if (!sealed)
        return fail(sealed.error());
    auto key = deriveKey(passphrase, sealed->salt, sealed->ops, sealed->memKiB);
    if (!key)
        return fail(key.error());
    SecureBuffer seed(Identity::SeedSize);
    if (crypto_secretbox_open_easy(seed.data(), reinterpret_cast<const unsigned char*>(sealed->box.data()),
                                   static_cast<unsigned long long>(sealed->box.size()),
                                   reinterpret_cast<const unsigned char*>(sealed->nonce.data()), key->data()) != 0)
        return fail(Error::crypto(tr("Wrong passphrase: it does not open this exported identity (or the text was "
                                     "altered). Check the passphrase and try again.")));
    auto identity = Identity::fromSeed(seed.view());
    if (!identity)
        return identity;
    if (identity->publicKey().bytes() != sealed->publicKey)
        return fail(incomplete());
    return identity;
}

Result<PublicKey> SealedIdentity::peek(QByteArrayView text)
{
    const auto binary = unarmor(text);
    if (!binary)
        return fail(binary.error());
    const auto sealed = parse(*binary);
    if (!sealed)
        return fail(sealed.error());
    return PublicKey::fromBytes(sealed->publicKey);
}

} // namespace cp
