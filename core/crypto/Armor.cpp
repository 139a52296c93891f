#include "core/crypto/Armor.h"

#include "core/crypto/Sodium.h"

#include <QCoreApplication>
#include <algorithm>
#include <sodium.h>

namespace cp::armor {

namespace {

constexpr qsizetype kLineLength = 70;

QByteArray beginLine(QByteArrayView label)
{
    return "-----BEGIN " + label.toByteArray() + "-----";
}

QByteArray endLine(QByteArrayView label)
{
    return "-----END " + label.toByteArray() + "-----";
}

qsizetype base64Length(qsizetype binary)
{
    return (binary + 2) / 3 * 4;
}

qsizetype armoredLength(QByteArrayView label, qsizetype binary)
{
    const qsizetype b64 = base64Length(binary);
    const qsizetype lines = (b64 + kLineLength - 1) / kLineLength;
    return beginLine(label).size() + 1 + b64 + lines + endLine(label).size() + 1;
}

// Writes the armor into `out`, which holds exactly armoredLength() bytes.
// `scratch` holds base64Length() + 1 bytes for sodium's NUL-terminated output.
void writeArmor(char* out, char* scratch, QByteArrayView label, QByteArrayView binary)
{
    ensureSodium();
    const qsizetype b64 = base64Length(binary.size());
    sodium_bin2base64(scratch, static_cast<size_t>(b64 + 1), reinterpret_cast<const unsigned char*>(binary.data()),
                      static_cast<size_t>(binary.size()), sodium_base64_VARIANT_ORIGINAL);
    const QByteArray begin = beginLine(label);
    const QByteArray end = endLine(label);
    out = std::copy(begin.begin(), begin.end(), out);
    *out++ = '\n';
    for (qsizetype at = 0; at < b64; at += kLineLength) {
        const qsizetype n = std::min(kLineLength, b64 - at);
        out = std::copy(scratch + at, scratch + at + n, out);
        *out++ = '\n';
    }
    out = std::copy(end.begin(), end.end(), out);
    *out = '\n';
}

// The base64 body between the markers, or an error that says what is wrong.
Result<QByteArrayView> body(QByteArrayView label, QByteArrayView text, const QString& what)
{
    const QByteArrayView trimmed = text.trimmed();
    const QByteArray begin = beginLine(label);
    const QByteArray end = endLine(label);
    if (!trimmed.startsWith(begin))
        return fail(Error::crypto(QCoreApplication::translate("Armor", "%1 does not start with “%2”.")
                                      .arg(what, QString::fromLatin1(begin))));
    if (!trimmed.endsWith(end))
        return fail(Error::crypto(QCoreApplication::translate("Armor", "%1 is cut short: it does not end with “%2”.")
                                      .arg(what, QString::fromLatin1(end))));
    const QByteArrayView inner = trimmed.sliced(begin.size(), trimmed.size() - begin.size() - end.size()).trimmed();
    if (inner.isEmpty())
        return fail(Error::crypto(
            QCoreApplication::translate("Armor", "%1 is empty between its BEGIN and END lines.").arg(what)));
    return inner;
}

// Decodes `b64` into `out` (at least b64.size() bytes); the decoded size, or -1.
qsizetype decodeInto(unsigned char* out, qsizetype capacity, QByteArrayView b64)
{
    ensureSodium();
    size_t length = 0;
    const char* stop = nullptr;
    if (sodium_base642bin(out, static_cast<size_t>(capacity), b64.data(), static_cast<size_t>(b64.size()), " \t\r\n",
                          &length, &stop, sodium_base64_VARIANT_ORIGINAL) != 0 ||
        stop != b64.data() + b64.size())
        return -1;
    return static_cast<qsizetype>(length);
}

Error damaged(const QString& what)
{
    return Error::crypto(
        QCoreApplication::translate("Armor", "%1 is damaged: its text is not valid base64.").arg(what));
}

} // namespace

QByteArray wrap(QByteArrayView label, QByteArrayView binary)
{
    QByteArray out(armoredLength(label, binary.size()), '\0');
    QByteArray scratch(base64Length(binary.size()) + 1, '\0');
    writeArmor(out.data(), scratch.data(), label, binary);
    return out;
}

SecureBuffer wrapSecret(QByteArrayView label, QByteArrayView binary)
{
    SecureBuffer out(armoredLength(label, binary.size()));
    SecureBuffer scratch(base64Length(binary.size()) + 1);
    writeArmor(out.chars(), scratch.chars(), label, binary);
    return out;
}

Result<QByteArray> unwrap(QByteArrayView label, QByteArrayView text, const QString& what)
{
    const auto b64 = body(label, text, what);
    if (!b64)
        return fail(b64.error());
    QByteArray out(b64->size(), '\0');
    const qsizetype n = decodeInto(reinterpret_cast<unsigned char*>(out.data()), out.size(), *b64);
    if (n < 0)
        return fail(damaged(what));
    out.truncate(n);
    return out;
}

Result<SecureBuffer> unwrapSecret(QByteArrayView label, QByteArrayView text, const QString& what)
{
    const auto b64 = body(label, text, what);
    if (!b64)
        return fail(b64.error());
    SecureBuffer out(b64->size());
    const qsizetype n = decodeInto(out.data(), out.size(), *b64);
    if (n < 0)
        return fail(damaged(what));
    out.truncate(n);
    return out;
}

} // namespace cp::armor
