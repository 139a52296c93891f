#pragma once

#include "core/crypto/SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <algorithm>
#include <cstdint>

namespace cp {

// Writes the SSH wire encoding (RFC 4251 §5) into memory the caller sized.
// A writer made without memory only counts, so a message is composed twice:
// once to learn its size, once into a buffer of exactly that size, which keeps
// secrets in a SecureBuffer without ever growing (and copying) it.
class SshWireWriter
{
public:
    SshWireWriter() = default; // counting only
    SshWireWriter(char* out, qsizetype capacity) : m_out(out), m_capacity(capacity) {}

    void raw(QByteArrayView bytes)
    {
        if (m_out && m_size + bytes.size() <= m_capacity)
            std::copy(bytes.begin(), bytes.end(), m_out + m_size);
        m_size += bytes.size();
    }
    void u32(std::uint32_t v)
    {
        const char bytes[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
        raw(QByteArrayView(bytes, 4));
    }
    void string(QByteArrayView bytes)
    {
        u32(static_cast<std::uint32_t>(bytes.size()));
        raw(bytes);
    }

    [[nodiscard]] qsizetype size() const { return m_size; }

    // Runs `compose(writer)` twice and returns the bytes (public data).
    template <typename Compose> [[nodiscard]] static QByteArray toByteArray(Compose compose)
    {
        SshWireWriter counter;
        compose(counter);
        QByteArray out(counter.size(), '\0');
        SshWireWriter writer(out.data(), out.size());
        compose(writer);
        return out;
    }

    // The same into secure memory (secret data).
    template <typename Compose> [[nodiscard]] static SecureBuffer toSecureBuffer(Compose compose)
    {
        SshWireWriter counter;
        compose(counter);
        SecureBuffer out(counter.size());
        SshWireWriter writer(out.chars(), out.size());
        compose(writer);
        return out;
    }

private:
    char* m_out = nullptr;
    qsizetype m_capacity = 0;
    qsizetype m_size = 0;
};

} // namespace cp
