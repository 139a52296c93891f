#include "core/crypto/BoxStreamBoxer.h"

#include "core/crypto/BoxStreamCipherState.h"
#include "core/crypto/SecretHandshakeSecureMemory.h"
#include "core/crypto/Sodium.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstring>
#include <sodium.h>

namespace cp {

namespace detail {
void BoxStreamCipherStateDeleter::operator()(BoxStreamCipherState* state) const noexcept
{
    SecureDeleter<BoxStreamCipherState>()(state);
}
} // namespace detail

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("BoxStreamBoxer", text);
}

constexpr qsizetype kPlainHeaderSize = 2 + crypto_secretbox_MACBYTES;
static_assert(BoxStreamBoxer::kHeaderSize == kPlainHeaderSize + crypto_secretbox_MACBYTES);
} // namespace

BoxStreamBoxer::BoxStreamBoxer(QByteArrayView key, QByteArrayView nonce)
    : m_state(detail::makeSecure<detail::BoxStreamCipherState>().release())
{
    ensureSodium();
    std::memcpy(m_state->key, key.data(), sizeof m_state->key);
    std::memcpy(m_state->nonce, nonce.data(), sizeof m_state->nonce);
}

BoxStreamBoxer::BoxStreamBoxer(const BoxStreamKeys& keys) : BoxStreamBoxer(keys.encryptKey(), keys.encryptNonce()) {}

BoxStreamBoxer::BoxStreamBoxer(BoxStreamBoxer&&) noexcept = default;
BoxStreamBoxer& BoxStreamBoxer::operator=(BoxStreamBoxer&&) noexcept = default;
BoxStreamBoxer::~BoxStreamBoxer() = default;

Result<BoxStreamBoxer> BoxStreamBoxer::create(QByteArrayView key, QByteArrayView nonce)
{
    if (key.size() != BoxStreamKeys::kKeySize || nonce.size() != BoxStreamKeys::kNonceSize)
        return fail(Error::user(tr("A box-stream needs a 32-byte key and a 24-byte nonce.")));
    return BoxStreamBoxer(key, nonce);
}

qsizetype BoxStreamBoxer::boxedSize(qsizetype plainSize)
{
    const qsizetype frames = (plainSize + kMaxBodySize - 1) / kMaxBodySize;
    return plainSize + frames * kHeaderSize;
}

Status BoxStreamBoxer::box(QByteArrayView message, QByteArray& out)
{
    if (m_finished)
        return fail(Error::internal(tr("Nothing can be sent after the box-stream's goodbye.")));
    const qsizetype start = out.size();
    out.resize(start + boxedSize(message.size()));
    auto* cursor = reinterpret_cast<unsigned char*>(out.data()) + start;
    const auto* plain = reinterpret_cast<const unsigned char*>(message.data());
    qsizetype left = message.size();

    unsigned char header[kPlainHeaderSize];
    unsigned char bodyNonce[BoxStreamKeys::kNonceSize];
    while (left > 0) {
        const qsizetype length = std::min(left, kMaxBodySize);
        header[0] = static_cast<unsigned char>(length >> 8);
        header[1] = static_cast<unsigned char>(length & 0xff);
        std::memcpy(bodyNonce, m_state->nonce, sizeof bodyNonce);
        detail::incrementNonce(bodyNonce);
        // Body first (its MAC goes into the header), written right after the header slot.
        crypto_secretbox_detached(cursor + kHeaderSize, header + 2, plain, static_cast<unsigned long long>(length),
                                  bodyNonce, m_state->key);
        crypto_secretbox_easy(cursor, header, kPlainHeaderSize, m_state->nonce, m_state->key);
        detail::incrementNonce(m_state->nonce);
        detail::incrementNonce(m_state->nonce);
        cursor += kHeaderSize + length;
        plain += length;
        left -= length;
    }
    return {};
}

Result<QByteArray> BoxStreamBoxer::box(QByteArrayView message)
{
    QByteArray out;
    if (auto ok = box(message, out); !ok)
        return fail(ok.error());
    return out;
}

Result<QByteArray> BoxStreamBoxer::goodbye()
{
    if (m_finished)
        return fail(Error::internal(tr("The box-stream has already said goodbye.")));
    m_finished = true;
    const unsigned char zeros[kPlainHeaderSize] = {};
    QByteArray out(kHeaderSize, Qt::Uninitialized);
    crypto_secretbox_easy(reinterpret_cast<unsigned char*>(out.data()), zeros, kPlainHeaderSize, m_state->nonce,
                          m_state->key);
    return out;
}

} // namespace cp
