#pragma once

#include "core/Error.h"
#include "core/crypto/PublicKey.h"
#include "core/crypto/SecureBuffer.h"
#include "core/git/CommitSigner.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <memory>

namespace cp {

// This installation's Ed25519 key pair. The secret half lives in a SecureBuffer
// (wiped on destruction); an Identity is move-only, so share one through
// std::shared_ptr<const Identity> (KeyStore hands it out that way).
class Identity
{
    Q_DECLARE_TR_FUNCTIONS(Identity)

public:
    static constexpr qsizetype SeedSize = 32;
    static constexpr qsizetype SecretKeySize = 64;
    static constexpr qsizetype SignatureSize = 64;

    // A fresh key pair from the system's random generator.
    [[nodiscard]] static Identity generate();
    // The key pair a 32-byte seed determines (RFC 8032 private key).
    [[nodiscard]] static Result<Identity> fromSeed(QByteArrayView seed);
    // From libsodium's 64-byte secret key (seed followed by the public key); the
    // public half must match the seed, else the key is refused as damaged.
    [[nodiscard]] static Result<Identity> fromSecretKey(QByteArrayView secretKey);

    Identity(Identity&&) noexcept = default;
    Identity& operator=(Identity&&) noexcept = default;

    [[nodiscard]] const PublicKey& publicKey() const { return m_publicKey; }
    // did:key:z6Mk… (see PublicKey for the other forms).
    [[nodiscard]] QString did() const { return m_publicKey.did(); }

    // The 32-byte seed, a secret: what export and the key stores keep.
    [[nodiscard]] SecureBuffer seed() const;
    // libsodium's 64-byte secret key (seed || public key), a secret: for
    // protocols that need the raw key (secret handshake).
    [[nodiscard]] const SecureBuffer& secretKey() const { return m_secretKey; }

    // The 64-byte Ed25519 signature of `message` (deterministic).
    [[nodiscard]] QByteArray sign(QByteArrayView message) const;

    // Signs commit content with an armored SSHSIG (namespace "git", sha512) for
    // the commit's gpgsig header. The signer keeps `identity` alive.
    [[nodiscard]] static CommitSigner commitSigner(std::shared_ptr<const Identity> identity);

private:
    Identity(PublicKey publicKey, SecureBuffer secretKey);

    PublicKey m_publicKey;
    SecureBuffer m_secretKey;
};

} // namespace cp
