#include "core/crypto/SecretHandshakeKeys.h"

#include "core/crypto/Identity.h"
#include "core/crypto/SecretHandshakeSecureMemory.h"
#include "core/crypto/Sodium.h"

#include <QCoreApplication>
#include <cstring>
#include <sodium.h>

namespace cp {

struct SecretHandshakeKeys::Material
{
    unsigned char networkKey[kNetworkKeySize];
    unsigned char publicKey[kPublicKeySize];
    unsigned char secretKey[kSecretKeySize];
};

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SecretHandshakeKeys", text);
}

Status checkNetworkKey(QByteArrayView networkKey)
{
    if (networkKey.size() != SecretHandshakeKeys::kNetworkKeySize)
        return fail(Error::user(
            tr("A network key must be 32 bytes long; this one has %1. Copy the invite again.").arg(networkKey.size())));
    return {};
}

} // namespace

SecretHandshakeKeys::SecretHandshakeKeys(std::shared_ptr<const Material> material) : m_material(std::move(material)) {}

Result<SecretHandshakeKeys> SecretHandshakeKeys::create(QByteArrayView networkKey, QByteArrayView publicKey,
                                                        QByteArrayView secretKey)
{
    ensureSodium();
    if (auto ok = checkNetworkKey(networkKey); !ok)
        return fail(ok.error());
    if (publicKey.size() != kPublicKeySize || secretKey.size() != kSecretKeySize)
        return fail(Error::user(tr("An identity needs a 32-byte public key and a 64-byte secret key.")));

    // Regenerate the pair from the seed half of the secret key: a secret key that does not
    // belong to the public key would make every handshake fail in a way that is hard to see.
    unsigned char derivedPublic[kPublicKeySize];
    auto derivedSecret = detail::makeSecure<Material>();
    crypto_sign_seed_keypair(derivedPublic, derivedSecret->secretKey,
                             reinterpret_cast<const unsigned char*>(secretKey.data()));
    if (sodium_memcmp(derivedPublic, publicKey.data(), kPublicKeySize) != 0 ||
        sodium_memcmp(derivedSecret->secretKey, secretKey.data(), kSecretKeySize) != 0)
        return fail(Error::crypto(tr("The secret key does not belong to this public key; the identity is damaged.")));

    std::memcpy(derivedSecret->networkKey, networkKey.data(), kNetworkKeySize);
    std::memcpy(derivedSecret->publicKey, derivedPublic, kPublicKeySize);
    return SecretHandshakeKeys(std::shared_ptr<const Material>(std::move(derivedSecret)));
}

Result<SecretHandshakeKeys> SecretHandshakeKeys::fromSeed(QByteArrayView networkKey, QByteArrayView seed)
{
    ensureSodium();
    if (auto ok = checkNetworkKey(networkKey); !ok)
        return fail(ok.error());
    if (seed.size() != kSeedSize)
        return fail(Error::user(tr("An identity seed must be 32 bytes long.")));
    auto material = detail::makeSecure<Material>();
    crypto_sign_seed_keypair(material->publicKey, material->secretKey,
                             reinterpret_cast<const unsigned char*>(seed.data()));
    std::memcpy(material->networkKey, networkKey.data(), kNetworkKeySize);
    return SecretHandshakeKeys(std::shared_ptr<const Material>(std::move(material)));
}

Result<SecretHandshakeKeys> SecretHandshakeKeys::fromIdentity(QByteArrayView networkKey, const Identity& identity)
{
    const auto& publicKey = identity.publicKey().raw();
    return create(networkKey, QByteArrayView(reinterpret_cast<const char*>(publicKey.data()), kPublicKeySize),
                  identity.secretKey().view());
}

Result<SecretHandshakeKeys> SecretHandshakeKeys::generate(QByteArrayView networkKey)
{
    ensureSodium();
    if (auto ok = checkNetworkKey(networkKey); !ok)
        return fail(ok.error());
    auto material = detail::makeSecure<Material>();
    crypto_sign_keypair(material->publicKey, material->secretKey);
    std::memcpy(material->networkKey, networkKey.data(), kNetworkKeySize);
    return SecretHandshakeKeys(std::shared_ptr<const Material>(std::move(material)));
}

Result<SecretHandshakeKeys> SecretHandshakeKeys::withNetworkKey(QByteArrayView networkKey) const
{
    if (auto ok = checkNetworkKey(networkKey); !ok)
        return fail(ok.error());
    auto material = detail::makeSecure<Material>();
    std::memcpy(material.get(), m_material.get(), sizeof(Material));
    std::memcpy(material->networkKey, networkKey.data(), kNetworkKeySize);
    return SecretHandshakeKeys(std::shared_ptr<const Material>(std::move(material)));
}

QByteArray SecretHandshakeKeys::publicKey() const
{
    return QByteArray(reinterpret_cast<const char*>(m_material->publicKey), kPublicKeySize);
}

QByteArrayView SecretHandshakeKeys::networkKey() const
{
    return QByteArrayView(m_material->networkKey, kNetworkKeySize);
}

QByteArrayView SecretHandshakeKeys::secretKey() const
{
    return QByteArrayView(m_material->secretKey, kSecretKeySize);
}

} // namespace cp
