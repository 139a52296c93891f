#include "core/node/Invite.h"

#include "core/node/NetworkKeyFile.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamReader>
#include <QCborValue>

namespace cp::node {

namespace {
const QString kPrefix = QStringLiteral("commonplace://invite/");
constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
constexpr qsizetype kMaxText = 8192;

Error bad(const QString& what)
{
    return Error::user(Invite::tr("This is not a valid invite (%1); ask for a new one and paste all of it.").arg(what));
}
} // namespace

QString Invite::base32(QByteArrayView bytes)
{
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : bytes) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 31]);
    return out;
}

Result<QByteArray> Invite::fromBase32(QStringView text)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        const char l = char(c.toLower().unicode());
        int value = -1;
        if (l >= 'a' && l <= 'z')
            value = l - 'a';
        else if (l >= '2' && l <= '7')
            value = 26 + (l - '2');
        if (value < 0 || c.unicode() > 127)
            return fail(bad(tr("it holds the character “%1”").arg(c)));
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            out += char((buffer >> (bits - 8)) & 0xff);
            bits -= 8;
        }
    }
    if (bits >= 5 || (buffer & ((1u << bits) - 1)) != 0)
        return fail(bad(tr("it is cut short")));
    return out;
}

QString Invite::toText() const
{
    QCborArray list;
    for (const QString& a : addresses)
        list.append(a);
    QCborMap map{{QStringLiteral("v"), qint64(kVersion)},
                 {QStringLiteral("commons"), commons.toRaw()},
                 {QStringLiteral("name"), name},
                 {QStringLiteral("key"), networkKey.view().toByteArray()},
                 {QStringLiteral("inviter"), inviter.bytes()},
                 {QStringLiteral("addresses"), list}};
    if (!inviterName.trimmed().isEmpty())
        map.insert(QStringLiteral("by"), inviterName.trimmed().left(kMaxInviterName));
    QByteArray cbor = QCborValue(map).toCbor();
    const QString text = kPrefix + base32(cbor);
    cbor.fill('\0');
    return text;
}

Result<Invite> Invite::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (!trimmed.startsWith(kPrefix))
        return fail(bad(tr("it does not start with %1").arg(kPrefix)));
    if (trimmed.size() > kMaxText)
        return fail(bad(tr("it is too long")));
    auto cbor = fromBase32(trimmed.sliced(kPrefix.size()));
    if (!cbor)
        return fail(cbor.error());
    QCborStreamReader reader(*cbor);
    const QCborValue value = QCborValue::fromCbor(reader);
    if (reader.lastError() != QCborError::NoError || !value.isMap())
        return fail(bad(tr("its content is not readable")));
    const QCborMap map = value.toMap();
    Invite invite;
    if (map.value(QStringLiteral("v")).toInteger() != qint64(kVersion))
        return fail(bad(tr("it is of another version; update Commonplace")));
    auto commons = git::Oid::fromRaw(map.value(QStringLiteral("commons")).toByteArray());
    if (!commons)
        return fail(bad(tr("the commons id is wrong")));
    invite.commons = *commons;
    invite.name = map.value(QStringLiteral("name")).toString();
    QByteArray key = map.value(QStringLiteral("key")).toByteArray();
    if (key.size() != NetworkKeyFile::kSize)
        return fail(bad(tr("the network key is wrong")));
    invite.networkKey = SecureBuffer::fromBytes(key);
    key.fill('\0');
    cbor->fill('\0');
    auto inviter = PublicKey::fromBytes(map.value(QStringLiteral("inviter")).toByteArray());
    if (!inviter)
        return fail(bad(tr("the inviter's id is wrong")));
    invite.inviter = *inviter;
    // A name is only shown: anything odd in it is dropped rather than refusing the invite.
    QString by = map.value(QStringLiteral("by")).toString().left(kMaxInviterName);
    by.removeIf([](QChar c) { return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format; });
    invite.inviterName = by.simplified();
    for (const QCborValue& a : map.value(QStringLiteral("addresses")).toArray())
        if (a.isString() && invite.addresses.size() < 16)
            invite.addresses.append(a.toString());
    return invite;
}

} // namespace cp::node
