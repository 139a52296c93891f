#pragma once

#include <QByteArrayView>
#include <cstdint>
#include <optional>

namespace cp {

// Reads the SSH wire encoding (RFC 4251 §5): big-endian uint32 and
// length-prefixed strings, never past the end. Each read returns nullopt once the
// data runs out; the reader then stays failed, so a parser can check once.
class SshWireReader
{
public:
    explicit SshWireReader(QByteArrayView data) : m_data(data) {}

    [[nodiscard]] std::optional<std::uint32_t> u32();
    [[nodiscard]] std::optional<QByteArrayView> string();
    [[nodiscard]] std::optional<QByteArrayView> raw(qsizetype size);

    [[nodiscard]] bool failed() const { return m_failed; }
    [[nodiscard]] bool atEnd() const { return m_pos == m_data.size(); }
    [[nodiscard]] QByteArrayView rest() const { return m_data.sliced(m_pos); }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
    bool m_failed = false;
};

} // namespace cp
