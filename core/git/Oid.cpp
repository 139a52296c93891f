#include "core/git/Oid.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstring>

namespace cp::git {

namespace {
int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}
} // namespace

Result<Oid> Oid::fromHex(QStringView hex)
{
    if (hex.size() != HexSize)
        return fail(Error::user(
            QCoreApplication::translate("cp::git::Oid", "“%1” is not a commit id: an id has %2 hexadecimal digits.")
                .arg(hex.toString())
                .arg(HexSize)));
    Oid oid;
    for (int i = 0; i < RawSize; ++i) {
        const int high = hexValue(hex[2 * i]);
        const int low = hexValue(hex[2 * i + 1]);
        if (high < 0 || low < 0)
            return fail(
                Error::user(QCoreApplication::translate(
                                "cp::git::Oid", "“%1” is not a commit id: it has characters other than 0–9 and a–f.")
                                .arg(hex.toString())));
        oid.m_bytes[size_t(i)] = std::uint8_t(high * 16 + low);
    }
    return oid;
}

Result<Oid> Oid::fromRaw(const QByteArray& raw)
{
    if (raw.size() != RawSize)
        return fail(Error::user(QCoreApplication::translate("cp::git::Oid", "An object id has %1 bytes, not %2.")
                                    .arg(RawSize)
                                    .arg(raw.size())));
    Oid oid;
    std::memcpy(oid.m_bytes.data(), raw.constData(), RawSize);
    return oid;
}

bool Oid::isNull() const
{
    return std::all_of(m_bytes.begin(), m_bytes.end(), [](std::uint8_t b) { return b == 0; });
}

QString Oid::toHex() const
{
    return QString::fromLatin1(toRaw().toHex());
}

QByteArray Oid::toRaw() const
{
    return QByteArray(reinterpret_cast<const char*>(m_bytes.data()), RawSize);
}

} // namespace cp::git
