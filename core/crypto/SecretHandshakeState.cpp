#include "core/crypto/SecretHandshakeState.h"

#include "core/crypto/Sodium.h"

#include <QtGlobal>
#include <cstring>
#include <initializer_list>
#include <sodium.h>

namespace cp::detail {

struct SecretHandshakeSecrets
{
    unsigned char scratch[64];         // Ed25519 secret of the ephemeral pair, our Curve25519 secret
    unsigned char ephemeralPublic[32]; // Curve25519
    unsigned char ephemeralSecret[32]; // Curve25519
    unsigned char localMac[32];        // hmac(network key, ephemeralPublic)
    unsigned char remoteEphemeral[32];
    unsigned char remoteMac[32];
    unsigned char remotePublic[32]; // Ed25519 long-term key of the peer
    unsigned char shared[32];       // ab
    unsigned char sharedHash[32];   // sha256(ab)
    unsigned char aB[32];           // client ephemeral x server long-term
    unsigned char Ab[32];           // client long-term x server ephemeral
    unsigned char secret2[32];
    unsigned char secret3[32];
    unsigned char hello[96]; // the client's signature + public key
    unsigned char signature[64];
};

void SecretHandshakeSecretsDeleter::operator()(SecretHandshakeSecrets* secrets) const noexcept
{
    SecureDeleter<SecretHandshakeSecrets>()(secrets);
}

namespace {

const unsigned char* bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char*>(view.data());
}

QByteArray toByteArray(const unsigned char* data, qsizetype size)
{
    return QByteArray(reinterpret_cast<const char*>(data), size);
}

struct Part
{
    const unsigned char* data;
    std::size_t size;
};

// sha256 of the concatenation of the parts, without building the concatenation.
void hashParts(unsigned char* out, std::initializer_list<Part> parts)
{
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    for (const Part& part : parts)
        crypto_hash_sha256_update(&state, part.data, part.size);
    crypto_hash_sha256_final(&state, out);
    sodium_memzero(&state, sizeof state);
}

// Concatenation of the parts in a secure buffer, for the messages that get signed.
struct Signed
{
    unsigned char data[32 + 96 + 32];
    std::size_t size = 0;
};

void concatenate(Signed& out, std::initializer_list<Part> parts)
{
    out.size = 0;
    for (const Part& part : parts) {
        std::memcpy(out.data + out.size, part.data, part.size);
        out.size += part.size;
    }
}

const unsigned char kZeroNonce[crypto_secretbox_NONCEBYTES] = {};

} // namespace

SecretHandshakeState::SecretHandshakeState(QByteArrayView ephemeralSeed)
    : m_secrets(makeSecure<SecretHandshakeSecrets>().release())
{
    ensureSodium();
    unsigned char edPublic[crypto_sign_PUBLICKEYBYTES];
    SecretHandshakeSecrets& s = *m_secrets;
    if (ephemeralSeed.size() == crypto_sign_SEEDBYTES) {
        crypto_sign_seed_keypair(edPublic, s.scratch, bytes(ephemeralSeed));
    } else {
        unsigned char* seed = s.secret2; // borrowed until the handshake needs it
        randombytes_buf(seed, crypto_sign_SEEDBYTES);
        crypto_sign_seed_keypair(edPublic, s.scratch, seed);
        sodium_memzero(seed, crypto_sign_SEEDBYTES);
    }
    // Cannot fail for a key pair made from a seed.
    if (crypto_sign_ed25519_pk_to_curve25519(s.ephemeralPublic, edPublic) != 0)
        qFatal("libsodium could not convert a fresh ephemeral key");
    crypto_sign_ed25519_sk_to_curve25519(s.ephemeralSecret, s.scratch);
    sodium_memzero(s.scratch, sizeof s.scratch);
}

void SecretHandshakeState::setKeys(SecretHandshakeKeys keys)
{
    m_keys = std::move(keys);
    crypto_auth(m_secrets->localMac, m_secrets->ephemeralPublic, sizeof m_secrets->ephemeralPublic,
                bytes(m_keys->networkKey()));
}

bool SecretHandshakeState::challengeMatches(QByteArrayView networkKey, QByteArrayView challenge)
{
    ensureSodium();
    if (challenge.size() != kChallengeSize || networkKey.size() != crypto_auth_KEYBYTES)
        return false;
    return crypto_auth_verify(bytes(challenge), bytes(challenge) + 32, 32, bytes(networkKey)) == 0;
}

QByteArray SecretHandshakeState::createChallenge() const
{
    QByteArray challenge(kChallengeSize, Qt::Uninitialized);
    std::memcpy(challenge.data(), m_secrets->localMac, 32);
    std::memcpy(challenge.data() + 32, m_secrets->ephemeralPublic, 32);
    return challenge;
}

bool SecretHandshakeState::verifyChallenge(QByteArrayView challenge)
{
    if (!m_keys || !challengeMatches(m_keys->networkKey(), challenge))
        return false;
    SecretHandshakeSecrets& s = *m_secrets;
    std::memcpy(s.remoteMac, challenge.data(), 32);
    std::memcpy(s.remoteEphemeral, challenge.data() + 32, 32);
    // crypto_scalarmult refuses a low-order point (an all-zero result).
    if (crypto_scalarmult(s.shared, s.ephemeralSecret, s.remoteEphemeral) != 0)
        return false;
    hashParts(s.sharedHash, {{s.shared, 32}});
    return true;
}

bool SecretHandshakeState::clientVerifyChallenge(QByteArrayView challenge, QByteArrayView serverPublicKey)
{
    if (serverPublicKey.size() != crypto_sign_PUBLICKEYBYTES || !verifyChallenge(challenge))
        return false;
    SecretHandshakeSecrets& s = *m_secrets;
    std::memcpy(s.remotePublic, serverPublicKey.data(), 32);
    unsigned char serverCurve[32];
    if (crypto_sign_ed25519_pk_to_curve25519(serverCurve, s.remotePublic) != 0)
        return false;
    if (crypto_scalarmult(s.aB, s.ephemeralSecret, serverCurve) != 0)
        return false;
    const unsigned char* networkKey = bytes(m_keys->networkKey());
    hashParts(s.secret2, {{networkKey, 32}, {s.shared, 32}, {s.aB, 32}});

    auto message = makeSecure<Signed>();
    concatenate(*message, {{networkKey, 32}, {s.remotePublic, 32}, {s.sharedHash, 32}});
    crypto_sign_detached(s.hello, nullptr, message->data, message->size, bytes(m_keys->secretKey()));
    std::memcpy(s.hello + 64, m_keys->publicKey().constData(), 32);
    return true;
}

QByteArray SecretHandshakeState::clientCreateAuth() const
{
    QByteArray auth(kClientAuthSize, Qt::Uninitialized);
    crypto_secretbox_easy(reinterpret_cast<unsigned char*>(auth.data()), m_secrets->hello, sizeof m_secrets->hello,
                          kZeroNonce, m_secrets->secret2);
    return auth;
}

bool SecretHandshakeState::clientVerifyAccept(QByteArrayView accept)
{
    if (accept.size() != kServerAcceptSize)
        return false;
    SecretHandshakeSecrets& s = *m_secrets;
    crypto_sign_ed25519_sk_to_curve25519(s.scratch, bytes(m_keys->secretKey()));
    const int agreed = crypto_scalarmult(s.Ab, s.scratch, s.remoteEphemeral);
    sodium_memzero(s.scratch, sizeof s.scratch);
    if (agreed != 0)
        return false;
    const unsigned char* networkKey = bytes(m_keys->networkKey());
    hashParts(s.secret3, {{networkKey, 32}, {s.shared, 32}, {s.aB, 32}, {s.Ab, 32}});
    if (crypto_secretbox_open_easy(s.signature, bytes(accept), accept.size(), kZeroNonce, s.secret3) != 0)
        return false;
    auto message = makeSecure<Signed>();
    concatenate(*message, {{networkKey, 32}, {s.hello, 96}, {s.sharedHash, 32}});
    return crypto_sign_verify_detached(s.signature, message->data, message->size, s.remotePublic) == 0;
}

bool SecretHandshakeState::serverVerifyAuth(QByteArrayView auth)
{
    if (auth.size() != kClientAuthSize)
        return false;
    SecretHandshakeSecrets& s = *m_secrets;
    crypto_sign_ed25519_sk_to_curve25519(s.scratch, bytes(m_keys->secretKey()));
    const int agreed = crypto_scalarmult(s.aB, s.scratch, s.remoteEphemeral);
    sodium_memzero(s.scratch, sizeof s.scratch);
    if (agreed != 0)
        return false;
    const unsigned char* networkKey = bytes(m_keys->networkKey());
    hashParts(s.secret2, {{networkKey, 32}, {s.shared, 32}, {s.aB, 32}});
    if (crypto_secretbox_open_easy(s.hello, bytes(auth), auth.size(), kZeroNonce, s.secret2) != 0)
        return false;

    const QByteArray localPublic = m_keys->publicKey();
    auto message = makeSecure<Signed>();
    concatenate(*message, {{networkKey, 32}, {bytes(localPublic), 32}, {s.sharedHash, 32}});
    if (crypto_sign_verify_detached(s.hello, message->data, message->size, s.hello + 64) != 0)
        return false;
    std::memcpy(s.remotePublic, s.hello + 64, 32);

    unsigned char clientCurve[32];
    if (crypto_sign_ed25519_pk_to_curve25519(clientCurve, s.remotePublic) != 0)
        return false;
    if (crypto_scalarmult(s.Ab, s.ephemeralSecret, clientCurve) != 0)
        return false;
    hashParts(s.secret3, {{networkKey, 32}, {s.shared, 32}, {s.aB, 32}, {s.Ab, 32}});
    return true;
}

QByteArray SecretHandshakeState::serverCreateAccept() const
{
    const SecretHandshakeSecrets& s = *m_secrets;
    auto message = makeSecure<Signed>();
    concatenate(*message, {{bytes(m_keys->networkKey()), 32}, {s.hello, 96}, {s.sharedHash, 32}});
    auto okay = makeSecure<Signed>();
    crypto_sign_detached(okay->data, nullptr, message->data, message->size, bytes(m_keys->secretKey()));
    QByteArray accept(kServerAcceptSize, Qt::Uninitialized);
    crypto_secretbox_easy(reinterpret_cast<unsigned char*>(accept.data()), okay->data, crypto_sign_BYTES, kZeroNonce,
                          s.secret3);
    return accept;
}

QByteArray SecretHandshakeState::remotePublicKey() const
{
    return toByteArray(m_secrets->remotePublic, 32);
}

BoxStreamKeys SecretHandshakeState::clean()
{
    SecretHandshakeSecrets& s = *m_secrets;
    BoxStreamKeys keys;
    unsigned char* secret = s.scratch;
    hashParts(secret, {{s.secret3, 32}});
    const QByteArray localPublic = m_keys->publicKey();
    hashParts(keys.mutableEncryptKey(), {{secret, 32}, {s.remotePublic, 32}});
    hashParts(keys.mutableDecryptKey(), {{secret, 32}, {bytes(localPublic), 32}});
    std::memcpy(keys.mutableEncryptNonce(), s.remoteMac, BoxStreamKeys::kNonceSize);
    std::memcpy(keys.mutableDecryptNonce(), s.localMac, BoxStreamKeys::kNonceSize);

    // Forward security: nothing of the handshake outlives it but the public parts.
    unsigned char remotePublic[32];
    std::memcpy(remotePublic, s.remotePublic, 32);
    sodium_memzero(&s, sizeof s);
    std::memcpy(s.remotePublic, remotePublic, 32);
    return keys;
}

} // namespace cp::detail
