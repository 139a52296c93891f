#pragma once

#include "core/Error.h"

#include <QByteArrayView>
#include <memory>

namespace cp {

namespace detail {
struct BoxStreamKeyMaterial;
class SecretHandshakeState;
} // namespace detail

// The keys and starting nonces of the two box-streams of one connection, as the secret
// handshake derives them: we encrypt with (encryptKey, encryptNonce) and the peer's
// stream opens with (decryptKey, decryptNonce). Held in sodium_malloc'd memory; move-only.
class BoxStreamKeys
{
public:
    static constexpr qsizetype kKeySize = 32;
    static constexpr qsizetype kNonceSize = 24;

    [[nodiscard]] static Result<BoxStreamKeys> create(QByteArrayView encryptKey, QByteArrayView encryptNonce,
                                                      QByteArrayView decryptKey, QByteArrayView decryptNonce);

    BoxStreamKeys(BoxStreamKeys&&) noexcept;
    BoxStreamKeys& operator=(BoxStreamKeys&&) noexcept;
    ~BoxStreamKeys();

    // Views into the secure memory, valid while this object lives.
    [[nodiscard]] QByteArrayView encryptKey() const;
    [[nodiscard]] QByteArrayView encryptNonce() const;
    [[nodiscard]] QByteArrayView decryptKey() const;
    [[nodiscard]] QByteArrayView decryptNonce() const;

private:
    BoxStreamKeys();
    friend class detail::SecretHandshakeState;
    // Filled in place by the handshake, so the derived keys never pass through ordinary memory.
    unsigned char* mutableEncryptKey();
    unsigned char* mutableEncryptNonce();
    unsigned char* mutableDecryptKey();
    unsigned char* mutableDecryptNonce();

    struct Deleter
    {
        void operator()(detail::BoxStreamKeyMaterial* material) const noexcept;
    };
    std::unique_ptr<detail::BoxStreamKeyMaterial, Deleter> m_material;
};

} // namespace cp
