#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <memory>

namespace cp {

class Identity;

// What one side brings to a secret handshake: the commons' network key (the SHS
// "app key", 32 bytes) and our long-term Ed25519 identity (32-byte public key,
// 64-byte libsodium secret key = seed || public key). The secrets live in
// sodium_malloc'd memory; copies share that memory, which is zeroed and freed with
// the last copy.
class SecretHandshakeKeys
{
public:
    static constexpr qsizetype kNetworkKeySize = 32;
    static constexpr qsizetype kPublicKeySize = 32;
    static constexpr qsizetype kSecretKeySize = 64;
    static constexpr qsizetype kSeedSize = 32;

    // Checks the sizes and that the secret key belongs to the public key.
    [[nodiscard]] static Result<SecretHandshakeKeys> create(QByteArrayView networkKey, QByteArrayView publicKey,
                                                            QByteArrayView secretKey);
    // The identity derived from a 32-byte Ed25519 seed (crypto_sign_seed_keypair).
    [[nodiscard]] static Result<SecretHandshakeKeys> fromSeed(QByteArrayView networkKey, QByteArrayView seed);
    // Our installation's identity (core/crypto/Identity) under a commons' network key.
    [[nodiscard]] static Result<SecretHandshakeKeys> fromIdentity(QByteArrayView networkKey, const Identity& identity);
    // A fresh random identity (tests, benchmarks).
    [[nodiscard]] static Result<SecretHandshakeKeys> generate(QByteArrayView networkKey);

    // The same identity under another network key.
    [[nodiscard]] Result<SecretHandshakeKeys> withNetworkKey(QByteArrayView networkKey) const;

    [[nodiscard]] QByteArray publicKey() const;
    // Views into the secure memory: valid while this object (or a copy) lives. Do not copy them
    // into ordinary memory.
    [[nodiscard]] QByteArrayView networkKey() const;
    [[nodiscard]] QByteArrayView secretKey() const;

private:
    struct Material;
    explicit SecretHandshakeKeys(std::shared_ptr<const Material> material);
    std::shared_ptr<const Material> m_material;
};

} // namespace cp
