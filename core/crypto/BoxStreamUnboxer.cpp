#include "core/crypto/BoxStreamUnboxer.h"

#include "core/crypto/BoxStreamCipherState.h"
#include "core/crypto/SecretHandshakeSecureMemory.h"
#include "core/crypto/Sodium.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstring>
#include <sodium.h>

namespace cp {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("BoxStreamUnboxer", text);
}

constexpr qsizetype kPlainHeaderSize = 2 + crypto_secretbox_MACBYTES;
} // namespace

BoxStreamUnboxer::BoxStreamUnboxer(QByteArrayView key, QByteArrayView nonce)
    : m_state(detail::makeSecure<detail::BoxStreamCipherState>().release())
{
    ensureSodium();
    std::memcpy(m_state->key, key.data(), sizeof m_state->key);
    std::memcpy(m_state->nonce, nonce.data(), sizeof m_state->nonce);
}

BoxStreamUnboxer::BoxStreamUnboxer(const BoxStreamKeys& keys) : BoxStreamUnboxer(keys.decryptKey(), keys.decryptNonce())
{
}

BoxStreamUnboxer::BoxStreamUnboxer(BoxStreamUnboxer&&) noexcept = default;
BoxStreamUnboxer& BoxStreamUnboxer::operator=(BoxStreamUnboxer&&) noexcept = default;
BoxStreamUnboxer::~BoxStreamUnboxer() = default;

Result<BoxStreamUnboxer> BoxStreamUnboxer::create(QByteArrayView key, QByteArrayView nonce)
{
    if (key.size() != BoxStreamKeys::kKeySize || nonce.size() != BoxStreamKeys::kNonceSize)
        return fail(Error::user(tr("A box-stream needs a 32-byte key and a 24-byte nonce.")));
    return BoxStreamUnboxer(key, nonce);
}

qsizetype BoxStreamUnboxer::wanted() const
{
    return m_step == Step::Body ? m_bodySize : BoxStreamBoxer::kHeaderSize;
}

Status BoxStreamUnboxer::failWith(Error error)
{
    m_step = Step::Failed;
    m_pending.clear();
    return fail(std::move(error));
}

Status BoxStreamUnboxer::feed(QByteArrayView ciphertext, QByteArray& plaintext)
{
    if (m_step == Step::Failed)
        return fail(Error::protocol(tr("The encrypted stream already failed.")));
    if (ciphertext.isEmpty())
        return {};
    if (m_step == Step::Ended)
        return failWith(Error::protocol(tr("The peer sent data after closing the encrypted stream.")));

    const auto* data = reinterpret_cast<const unsigned char*>(ciphertext.data());
    qsizetype left = ciphertext.size();

    // Complete a frame part begun by an earlier chunk.
    if (!m_pending.isEmpty()) {
        const qsizetype take = std::min(left, wanted() - m_pending.size());
        m_pending.append(reinterpret_cast<const char*>(data), take);
        data += take;
        left -= take;
        if (m_pending.size() < wanted())
            return {};
        const QByteArray part = std::exchange(m_pending, {});
        if (auto ok = consume(reinterpret_cast<const unsigned char*>(part.constData()), plaintext); !ok)
            return ok;
    }
    // Whole parts straight from the input, without copying.
    while (left > 0 && m_step != Step::Ended && left >= wanted()) {
        const qsizetype size = wanted();
        if (auto ok = consume(data, plaintext); !ok)
            return ok;
        data += size;
        left -= size;
    }
    if (left > 0) {
        if (m_step == Step::Ended)
            return failWith(Error::protocol(tr("The peer sent data after closing the encrypted stream.")));
        m_pending.append(reinterpret_cast<const char*>(data), left);
    }
    return {};
}

Result<QByteArray> BoxStreamUnboxer::feed(QByteArrayView ciphertext)
{
    QByteArray plaintext;
    if (auto ok = feed(ciphertext, plaintext); !ok)
        return fail(ok.error());
    return plaintext;
}

Status BoxStreamUnboxer::consume(const unsigned char* data, QByteArray& plaintext)
{
    if (m_step == Step::Header) {
        unsigned char header[kPlainHeaderSize];
        if (crypto_secretbox_open_easy(header, data, BoxStreamBoxer::kHeaderSize, m_state->nonce, m_state->key) != 0)
            return failWith(Error::protocol(
                tr("The encrypted stream was tampered with, reordered or sent with another key (bad header).")));
        if (sodium_is_zero(header, kPlainHeaderSize)) {
            m_step = Step::Ended;
            return {};
        }
        m_bodySize = (qsizetype(header[0]) << 8) | header[1];
        if (m_bodySize > BoxStreamBoxer::kMaxBodySize)
            return failWith(Error::protocol(tr("The encrypted stream announced a frame larger than 4096 bytes.")));
        std::memcpy(m_bodyMac, header + 2, sizeof m_bodyMac);
        detail::incrementNonce(m_state->nonce);
        m_step = Step::Body;
        if (m_bodySize > 0)
            return {};
        data = nullptr; // an empty body is complete at once
    }

    const qsizetype start = plaintext.size();
    plaintext.resize(start + m_bodySize);
    auto* out = reinterpret_cast<unsigned char*>(plaintext.data()) + start;
    static const unsigned char empty = 0;
    if (crypto_secretbox_open_detached(out, data ? data : &empty, m_bodyMac,
                                       static_cast<unsigned long long>(m_bodySize), m_state->nonce,
                                       m_state->key) != 0) {
        plaintext.resize(start);
        return failWith(
            Error::protocol(tr("The encrypted stream was tampered with (a frame's body does not match its header).")));
    }
    detail::incrementNonce(m_state->nonce);
    m_step = Step::Header;
    return {};
}

Status BoxStreamUnboxer::finish()
{
    if (m_step == Step::Ended)
        return {};
    if (m_step == Step::Failed)
        return fail(Error::protocol(tr("The encrypted stream already failed.")));
    m_step = Step::Failed;
    return fail(Error::network(
        tr("The connection ended without the peer's goodbye: the stream was cut short and its end may be missing.")));
}

} // namespace cp
