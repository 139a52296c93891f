#pragma once

#include <QByteArrayView>

namespace cp {

// Bytes that must not leak: allocated with sodium_malloc (guard pages, locked
// in memory where the system allows), wiped with sodium_memzero and released
// with sodium_free when the buffer dies. Move-only; clone() copies on purpose.
// Allocation failure throws std::bad_alloc, as `new` would.
class SecureBuffer
{
public:
    SecureBuffer() = default;
    // `size` zero bytes.
    explicit SecureBuffer(qsizetype size);
    // A secure copy of `bytes`; the caller stays responsible for wiping its own copy.
    [[nodiscard]] static SecureBuffer fromBytes(QByteArrayView bytes);
    ~SecureBuffer();

    SecureBuffer(SecureBuffer&& other) noexcept;
    SecureBuffer& operator=(SecureBuffer&& other) noexcept;
    SecureBuffer(const SecureBuffer&) = delete;
    SecureBuffer& operator=(const SecureBuffer&) = delete;

    [[nodiscard]] SecureBuffer clone() const;

    [[nodiscard]] unsigned char* data() { return m_data; }
    [[nodiscard]] const unsigned char* data() const { return m_data; }
    [[nodiscard]] char* chars() { return reinterpret_cast<char*>(m_data); }
    [[nodiscard]] qsizetype size() const { return m_size; }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }
    // A view for passing the bytes on; it dies with the buffer.
    [[nodiscard]] QByteArrayView view() const { return {m_data, m_size}; }

    // Shrinks to the first `size` bytes; the rest is wiped at once.
    void truncate(qsizetype size);

    // Constant-time comparison (sodium_memcmp) of two buffers of equal size.
    [[nodiscard]] bool operator==(const SecureBuffer& other) const;

private:
    void release();

    unsigned char* m_data = nullptr;
    qsizetype m_size = 0;
    qsizetype m_capacity = 0;
};

} // namespace cp
