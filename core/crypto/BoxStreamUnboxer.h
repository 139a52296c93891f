#pragma once

#include "core/Error.h"
#include "core/crypto/BoxStreamBoxer.h"
#include "core/crypto/BoxStreamKeys.h"

#include <QByteArray>
#include <QByteArrayView>
#include <memory>

namespace cp {

// The receiving half of a box-stream (see BoxStreamBoxer). Takes ciphertext in chunks of
// any size and hands back the plaintext of every complete frame. A header or body that
// does not open (tampering, reordering, a wrong key), a body longer than 4096 bytes, or
// data after the goodbye is an error, and every error is final. At end of input, call
// finish(): a stream that stops before its goodbye was truncated.
class BoxStreamUnboxer
{
public:
    [[nodiscard]] static Result<BoxStreamUnboxer> create(QByteArrayView key, QByteArrayView nonce);
    // The peer's direction of a handshake's session: decryptKey and decryptNonce.
    explicit BoxStreamUnboxer(const BoxStreamKeys& keys);

    BoxStreamUnboxer(BoxStreamUnboxer&&) noexcept;
    BoxStreamUnboxer& operator=(BoxStreamUnboxer&&) noexcept;
    ~BoxStreamUnboxer();

    // Appends to plaintext what the new bytes complete.
    Status feed(QByteArrayView ciphertext, QByteArray& plaintext);
    [[nodiscard]] Result<QByteArray> feed(QByteArrayView ciphertext);

    // True once the goodbye arrived.
    [[nodiscard]] bool isEnded() const { return m_step == Step::Ended; }
    [[nodiscard]] bool hasFailed() const { return m_step == Step::Failed; }
    // Bytes held while waiting for the rest of a frame (at most one frame).
    [[nodiscard]] qsizetype bufferedSize() const { return m_pending.size(); }
    // The input is over: fine after a goodbye, an error otherwise.
    [[nodiscard]] Status finish();

private:
    enum class Step { Header, Body, Ended, Failed };
    BoxStreamUnboxer(QByteArrayView key, QByteArrayView nonce);
    // Consumes one header or body from data (exactly the size wanted).
    Status consume(const unsigned char* data, QByteArray& plaintext);
    [[nodiscard]] qsizetype wanted() const;
    Status failWith(Error error);

    std::unique_ptr<detail::BoxStreamCipherState, detail::BoxStreamCipherStateDeleter> m_state;
    QByteArray m_pending;
    Step m_step = Step::Header;
    qsizetype m_bodySize = 0;
    unsigned char m_bodyMac[16] = {};
};

} // namespace cp
