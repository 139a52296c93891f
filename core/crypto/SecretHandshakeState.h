#pragma once

#include "core/crypto/SecretHandshakeKeys.h"
#include "core/crypto/SecretHandshakeSecureMemory.h"
#include "core/crypto/SecretHandshakeSession.h"

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

namespace cp::detail {

struct SecretHandshakeSecrets;
struct SecretHandshakeSecretsDeleter
{
    void operator()(SecretHandshakeSecrets* secrets) const noexcept;
};

// The steps of the secret handshake, one function per step of the reference
// implementation (secret-handshake's crypto.js), on a state held in secure memory.
// SecretHandshakeClient and SecretHandshakeServer put them in order; nothing else
// should call these directly. Every verify step returns false for a packet that does
// not check out and leaves the state unusable for anything but another failure.
class SecretHandshakeState
{
public:
    static constexpr qsizetype kChallengeSize = 64;
    static constexpr qsizetype kClientAuthSize = 112;  // secretbox(64-byte signature + 32-byte key)
    static constexpr qsizetype kServerAcceptSize = 80; // secretbox(64-byte signature)

    // The ephemeral key pair is derived from a 32-byte seed exactly as the reference does
    // (Ed25519 from seed, converted to Curve25519). An empty seed means a random one; a
    // given seed is a test seam for the reference vectors.
    explicit SecretHandshakeState(QByteArrayView ephemeralSeed = {});

    // The network key and identity to use; a server sets them once a client's challenge matched.
    void setKeys(SecretHandshakeKeys keys);
    [[nodiscard]] bool hasKeys() const { return m_keys.has_value(); }

    // Is this challenge authenticated with this network key? (The server's key search.)
    [[nodiscard]] static bool challengeMatches(QByteArrayView networkKey, QByteArrayView challenge);

    [[nodiscard]] QByteArray createChallenge() const;
    [[nodiscard]] bool verifyChallenge(QByteArrayView challenge);

    [[nodiscard]] bool clientVerifyChallenge(QByteArrayView challenge, QByteArrayView serverPublicKey);
    [[nodiscard]] QByteArray clientCreateAuth() const;
    [[nodiscard]] bool clientVerifyAccept(QByteArrayView accept);

    [[nodiscard]] bool serverVerifyAuth(QByteArrayView auth);
    [[nodiscard]] QByteArray serverCreateAccept() const;

    [[nodiscard]] QByteArray remotePublicKey() const;

    // Derives the box-stream keys and nonces and wipes every handshake secret.
    [[nodiscard]] BoxStreamKeys clean();

private:
    std::unique_ptr<SecretHandshakeSecrets, SecretHandshakeSecretsDeleter> m_secrets;
    std::optional<SecretHandshakeKeys> m_keys;
};

} // namespace cp::detail
