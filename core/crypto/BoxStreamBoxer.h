#pragma once

#include "core/Error.h"
#include "core/crypto/BoxStreamKeys.h"

#include <QByteArray>
#include <QByteArrayView>
#include <memory>

namespace cp {

namespace detail {
struct BoxStreamCipherState;
struct BoxStreamCipherStateDeleter
{
    void operator()(BoxStreamCipherState* state) const noexcept;
};
} // namespace detail

// The sending half of a box-stream, byte-compatible with the reference pull-box-stream:
// every message is cut into bodies of at most 4096 bytes; each body travels as a 34-byte
// boxed header (body length and body MAC) under nonce n, then the body encrypted under
// n+1; the next frame starts at n+2 (nonces count as 24-byte big-endian integers). The
// stream ends with goodbye(): a boxed header of 18 zero bytes.
class BoxStreamBoxer
{
public:
    static constexpr qsizetype kMaxBodySize = 4096;
    static constexpr qsizetype kHeaderSize = 34;

    [[nodiscard]] static Result<BoxStreamBoxer> create(QByteArrayView key, QByteArrayView nonce);
    // Our direction of a handshake's session: encryptKey and encryptNonce.
    explicit BoxStreamBoxer(const BoxStreamKeys& keys);

    BoxStreamBoxer(BoxStreamBoxer&&) noexcept;
    BoxStreamBoxer& operator=(BoxStreamBoxer&&) noexcept;
    ~BoxStreamBoxer();

    // Size on the wire of a message of plainSize bytes.
    [[nodiscard]] static qsizetype boxedSize(qsizetype plainSize);

    // Appends the frames of message to out. An empty message adds nothing, as in the
    // reference. Fails after goodbye().
    Status box(QByteArrayView message, QByteArray& out);
    [[nodiscard]] Result<QByteArray> box(QByteArrayView message);
    // The end-of-stream header; nothing may be boxed after it.
    [[nodiscard]] Result<QByteArray> goodbye();
    [[nodiscard]] bool isFinished() const { return m_finished; }

private:
    BoxStreamBoxer(QByteArrayView key, QByteArrayView nonce);
    std::unique_ptr<detail::BoxStreamCipherState, detail::BoxStreamCipherStateDeleter> m_state;
    bool m_finished = false;
};

} // namespace cp
