#include "core/crypto/Identity.h"

#include "core/crypto/Sodium.h"
#include "core/crypto/SshSignature.h"

#include <sodium.h>

namespace cp {

Identity::Identity(PublicKey publicKey, SecureBuffer secretKey)
    : m_publicKey(publicKey), m_secretKey(std::move(secretKey))
{
}

Identity Identity::generate()
{
    ensureSodium();
    SecureBuffer secret(SecretKeySize);
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    crypto_sign_keypair(pk, secret.data());
    return {*PublicKey::fromBytes(QByteArrayView(pk, sizeof pk)), std::move(secret)};
}

Result<Identity> Identity::fromSeed(QByteArrayView seed)
{
    if (seed.size() != SeedSize)
        return fail(Error::crypto(tr("An Ed25519 private key has 32 bytes, not %1.").arg(seed.size())));
    ensureSodium();
    SecureBuffer secret(SecretKeySize);
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    crypto_sign_seed_keypair(pk, secret.data(), reinterpret_cast<const unsigned char*>(seed.data()));
    return Identity(*PublicKey::fromBytes(QByteArrayView(pk, sizeof pk)), std::move(secret));
}

Result<Identity> Identity::fromSecretKey(QByteArrayView secretKey)
{
    if (secretKey.size() != SecretKeySize)
        return fail(Error::crypto(tr("An Ed25519 secret key has 64 bytes, not %1.").arg(secretKey.size())));
    auto identity = fromSeed(secretKey.first(SeedSize));
    if (!identity)
        return identity;
    if (identity->publicKey().bytes() != secretKey.sliced(SeedSize))
        return fail(Error::crypto(tr("The secret key is damaged: its public half does not belong to it.")));
    return identity;
}

SecureBuffer Identity::seed() const
{
    SecureBuffer seed(SeedSize);
    crypto_sign_ed25519_sk_to_seed(seed.data(), m_secretKey.data());
    return seed;
}

QByteArray Identity::sign(QByteArrayView message) const
{
    QByteArray signature(SignatureSize, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.data()),
                         static_cast<unsigned long long>(message.size()), m_secretKey.data());
    return signature;
}

CommitSigner Identity::commitSigner(std::shared_ptr<const Identity> identity)
{
    return [identity = std::move(identity)](const QByteArray& content) -> Result<QByteArray> {
        if (!identity)
            return fail(Error::internal(tr("No identity to sign the commit with.")));
        return SshSignature::sign(*identity, content, QStringLiteral("git"));
    };
}

} // namespace cp
