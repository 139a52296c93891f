#include "core/crypto/Base58.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <vector>

namespace cp::base58 {

namespace {

constexpr char kAlphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

constexpr std::array<int, 128> makeIndex()
{
    std::array<int, 128> index{};
    index.fill(-1);
    for (int i = 0; i < 58; ++i)
        index[static_cast<unsigned char>(kAlphabet[i])] = i;
    return index;
}

constexpr std::array<int, 128> kIndex = makeIndex();

} // namespace

QString encode(QByteArrayView bytes)
{
    qsizetype zeros = 0;
    while (zeros < bytes.size() && bytes[zeros] == 0)
        ++zeros;
    // Base-58 digits, least significant first.
    std::vector<unsigned char> digits;
    digits.reserve(static_cast<size_t>(bytes.size() * 138 / 100 + 1));
    for (qsizetype i = zeros; i < bytes.size(); ++i) {
        unsigned carry = static_cast<unsigned char>(bytes[i]);
        for (auto& digit : digits) {
            carry += static_cast<unsigned>(digit) << 8;
            digit = static_cast<unsigned char>(carry % 58);
            carry /= 58;
        }
        while (carry > 0) {
            digits.push_back(static_cast<unsigned char>(carry % 58));
            carry /= 58;
        }
    }
    QString out;
    out.reserve(zeros + static_cast<qsizetype>(digits.size()));
    out.append(QString(zeros, u'1'));
    for (auto it = digits.rbegin(); it != digits.rend(); ++it)
        out.append(QLatin1Char(kAlphabet[*it]));
    return out;
}

Result<QByteArray> decode(QStringView text)
{
    qsizetype ones = 0;
    while (ones < text.size() && text[ones] == u'1')
        ++ones;
    // Bytes, least significant first.
    std::vector<unsigned char> bytes;
    bytes.reserve(static_cast<size_t>(text.size() * 733 / 1000 + 1));
    for (qsizetype i = ones; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const int value = c < kIndex.size() ? kIndex[c] : -1;
        if (value < 0)
            return fail(
                Error::user(QCoreApplication::translate("Base58", "“%1” is not a base58 character (position %2).")
                                .arg(text[i])
                                .arg(i + 1)));
        unsigned carry = static_cast<unsigned>(value);
        for (auto& byte : bytes) {
            carry += static_cast<unsigned>(byte) * 58;
            byte = static_cast<unsigned char>(carry & 0xff);
            carry >>= 8;
        }
        while (carry > 0) {
            bytes.push_back(static_cast<unsigned char>(carry & 0xff));
            carry >>= 8;
        }
    }
    QByteArray out(ones, '\0');
    out.reserve(ones + static_cast<qsizetype>(bytes.size()));
    for (auto it = bytes.rbegin(); it != bytes.rend(); ++it)
        out.append(static_cast<char>(*it));
    return out;
}

} // namespace cp::base58
