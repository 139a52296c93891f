#include "core/crypto/SecureBuffer.h"

#include "core/crypto/Sodium.h"

#include <algorithm>
#include <new>
#include <sodium.h>
#include <utility>

namespace cp {

SecureBuffer::SecureBuffer(qsizetype size)
{
    if (size <= 0)
        return;
    ensureSodium();
    m_data = static_cast<unsigned char*>(sodium_malloc(static_cast<size_t>(size)));
    if (!m_data)
        throw std::bad_alloc();
    sodium_memzero(m_data, static_cast<size_t>(size));
    m_size = size;
    m_capacity = size;
}

SecureBuffer SecureBuffer::fromBytes(QByteArrayView bytes)
{
    SecureBuffer buffer(bytes.size());
    if (!bytes.isEmpty())
        std::copy(bytes.begin(), bytes.end(), buffer.chars());
    return buffer;
}

SecureBuffer::~SecureBuffer()
{
    release();
}

SecureBuffer::SecureBuffer(SecureBuffer&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0)),
      m_capacity(std::exchange(other.m_capacity, 0))
{
}

SecureBuffer& SecureBuffer::operator=(SecureBuffer&& other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
    }
    return *this;
}

SecureBuffer SecureBuffer::clone() const
{
    return fromBytes(view());
}

void SecureBuffer::truncate(qsizetype size)
{
    if (size < 0 || size >= m_size)
        return;
    sodium_memzero(m_data + size, static_cast<size_t>(m_size - size));
    m_size = size;
}

bool SecureBuffer::operator==(const SecureBuffer& other) const
{
    if (m_size != other.m_size)
        return false;
    return m_size == 0 || sodium_memcmp(m_data, other.m_data, static_cast<size_t>(m_size)) == 0;
}

void SecureBuffer::release()
{
    if (!m_data)
        return;
    // sodium_free wipes as well; the explicit wipe states the intent.
    sodium_memzero(m_data, static_cast<size_t>(m_capacity));
    sodium_free(m_data);
    m_data = nullptr;
    m_size = 0;
    m_capacity = 0;
}

} // namespace cp
