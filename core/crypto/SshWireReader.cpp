#include "core/crypto/SshWireReader.h"

namespace cp {

std::optional<QByteArrayView> SshWireReader::raw(qsizetype size)
{
    if (m_failed || size < 0 || size > m_data.size() - m_pos) {
        m_failed = true;
        return std::nullopt;
    }
    const QByteArrayView out = m_data.sliced(m_pos, size);
    m_pos += size;
    return out;
}

std::optional<std::uint32_t> SshWireReader::u32()
{
    const auto bytes = raw(4);
    if (!bytes)
        return std::nullopt;
    std::uint32_t value = 0;
    for (char c : *bytes)
        value = (value << 8) | static_cast<unsigned char>(c);
    return value;
}

std::optional<QByteArrayView> SshWireReader::string()
{
    const auto length = u32();
    if (!length)
        return std::nullopt;
    if (*length > static_cast<std::uint64_t>(m_data.size() - m_pos)) {
        m_failed = true;
        return std::nullopt;
    }
    return raw(static_cast<qsizetype>(*length));
}

} // namespace cp
