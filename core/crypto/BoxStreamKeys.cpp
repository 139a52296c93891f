#include "core/crypto/BoxStreamKeys.h"

#include "core/crypto/SecretHandshakeSecureMemory.h"

#include <QCoreApplication>
#include <cstring>

namespace cp {

namespace detail {
struct BoxStreamKeyMaterial
{
    unsigned char encryptKey[BoxStreamKeys::kKeySize];
    unsigned char encryptNonce[BoxStreamKeys::kNonceSize];
    unsigned char decryptKey[BoxStreamKeys::kKeySize];
    unsigned char decryptNonce[BoxStreamKeys::kNonceSize];
};
} // namespace detail

void BoxStreamKeys::Deleter::operator()(detail::BoxStreamKeyMaterial* material) const noexcept
{
    detail::SecureDeleter<detail::BoxStreamKeyMaterial>()(material);
}

BoxStreamKeys::BoxStreamKeys() : m_material(detail::makeSecure<detail::BoxStreamKeyMaterial>().release()) {}

BoxStreamKeys::BoxStreamKeys(BoxStreamKeys&&) noexcept = default;
BoxStreamKeys& BoxStreamKeys::operator=(BoxStreamKeys&&) noexcept = default;
BoxStreamKeys::~BoxStreamKeys() = default;

Result<BoxStreamKeys> BoxStreamKeys::create(QByteArrayView encryptKey, QByteArrayView encryptNonce,
                                            QByteArrayView decryptKey, QByteArrayView decryptNonce)
{
    if (encryptKey.size() != kKeySize || decryptKey.size() != kKeySize || encryptNonce.size() != kNonceSize ||
        decryptNonce.size() != kNonceSize)
        return fail(Error::user(QCoreApplication::translate(
            "BoxStreamKeys", "Box-stream keys must be 32 bytes and their nonces 24 bytes long.")));
    BoxStreamKeys keys;
    std::memcpy(keys.m_material->encryptKey, encryptKey.data(), kKeySize);
    std::memcpy(keys.m_material->encryptNonce, encryptNonce.data(), kNonceSize);
    std::memcpy(keys.m_material->decryptKey, decryptKey.data(), kKeySize);
    std::memcpy(keys.m_material->decryptNonce, decryptNonce.data(), kNonceSize);
    return keys;
}

QByteArrayView BoxStreamKeys::encryptKey() const
{
    return QByteArrayView(m_material->encryptKey, kKeySize);
}

QByteArrayView BoxStreamKeys::encryptNonce() const
{
    return QByteArrayView(m_material->encryptNonce, kNonceSize);
}

QByteArrayView BoxStreamKeys::decryptKey() const
{
    return QByteArrayView(m_material->decryptKey, kKeySize);
}

QByteArrayView BoxStreamKeys::decryptNonce() const
{
    return QByteArrayView(m_material->decryptNonce, kNonceSize);
}

unsigned char* BoxStreamKeys::mutableEncryptKey()
{
    return m_material->encryptKey;
}

unsigned char* BoxStreamKeys::mutableEncryptNonce()
{
    return m_material->encryptNonce;
}

unsigned char* BoxStreamKeys::mutableDecryptKey()
{
    return m_material->decryptKey;
}

unsigned char* BoxStreamKeys::mutableDecryptNonce()
{
    return m_material->decryptNonce;
}

} // namespace cp
