#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QHashFunctions>
#include <QString>
#include <QStringView>
#include <array>
#include <compare>
#include <cstdint>

namespace cp::git {

// A git object id (SHA-1): a plain value, copied freely.
class Oid
{
public:
    static constexpr int RawSize = 20;
    static constexpr int HexSize = 40;

    Oid() = default; // the null id (all zero)

    // From 40 hexadecimal digits (either case); anything else is a user error.
    [[nodiscard]] static Result<Oid> fromHex(QStringView hex);
    // From 20 raw bytes; anything else is a user error.
    [[nodiscard]] static Result<Oid> fromRaw(const QByteArray& raw);

    [[nodiscard]] bool isNull() const;
    [[nodiscard]] QString toHex() const;
    // The first `length` hex digits, for display.
    [[nodiscard]] QString toShortHex(int length = 10) const { return toHex().left(length); }
    [[nodiscard]] QByteArray toRaw() const;
    [[nodiscard]] const std::array<std::uint8_t, RawSize>& bytes() const { return m_bytes; }

    friend bool operator==(const Oid&, const Oid&) = default;
    friend std::strong_ordering operator<=>(const Oid&, const Oid&) = default;
    friend size_t qHash(const Oid& oid, size_t seed = 0) noexcept
    {
        return qHashBits(oid.m_bytes.data(), oid.m_bytes.size(), seed);
    }

private:
    std::array<std::uint8_t, RawSize> m_bytes{};
};

} // namespace cp::git
