#include "core/sync/SignedRefs.h"

#include "core/crypto/Identity.h"
#include "core/sync/WireCodec.h"

#include <QList>

namespace cp::sync {

namespace {

const QByteArray kMagic = QByteArrayLiteral("commonplace-sigrefs v1");
const QByteArray kSignaturePrefix = QByteArrayLiteral("signature ");

bool isRefChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'_' ||
           c == u'-';
}

// A decimal number without sign or leading zeros, as canonical text has it.
std::optional<quint64> parseDecimal(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 19 || (text.size() > 1 && text.front() == '0'))
        return std::nullopt;
    quint64 value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + quint64(c - '0');
    }
    return value;
}

Error malformed(const QString& what)
{
    return Error::protocol(SignedRefs::tr("A signed refs record is malformed: %1.").arg(what));
}

} // namespace

bool SignedRefs::isPublishableRef(QStringView name)
{
    if (name.size() > kMaxRefNameSize)
        return false;
    QStringView rest;
    if (name.startsWith(u"refs/heads/"))
        rest = name.mid(11);
    else if (name.startsWith(u"refs/notes/"))
        rest = name.mid(11);
    else
        return false;
    if (rest.isEmpty() || rest.endsWith(u".lock"))
        return false;
    for (QStringView part : rest.split(u'/')) {
        if (part.isEmpty() || part.startsWith(u'.') || part.contains(u".."))
            return false;
        for (QChar c : part)
            if (!isRefChar(c))
                return false;
    }
    return true;
}

QString SignedRefs::peerRefName(const PublicKey& peer, QStringView ref)
{
    return QStringLiteral("refs/peers/") + peer.pid() + u'/' + ref.mid(5); // drop "refs/"
}

QString SignedRefs::peerRecordRef(const PublicKey& peer)
{
    return QStringLiteral("refs/peers/") + peer.pid() + QStringLiteral("/sigrefs");
}

QByteArray SignedRefs::canonicalBody(const git::Oid& commons, const PublicKey& peer, quint64 seq, qint64 time,
                                     const QMap<QString, git::Oid>& refs)
{
    QByteArray out = kMagic + '\n';
    out += "commons " + commons.toHex().toLatin1() + '\n';
    out += "peer " + peer.pid().toLatin1() + '\n';
    out += "seq " + QByteArray::number(seq) + '\n';
    out += "time " + QByteArray::number(time) + '\n';
    for (auto it = refs.cbegin(); it != refs.cend(); ++it)
        out += it.value().toHex().toLatin1() + ' ' + it.key().toLatin1() + '\n';
    return out;
}

Result<SignedRefs> SignedRefs::sign(const Identity& identity, const git::Oid& commons, quint64 seq, qint64 time,
                                    const QMap<QString, git::Oid>& refs)
{
    if (refs.size() > kMaxRefs)
        return fail(Error::internal(tr("A signed refs record holds at most %1 refs.").arg(kMaxRefs)));
    for (auto it = refs.cbegin(); it != refs.cend(); ++it)
        if (!isPublishableRef(it.key()))
            return fail(Error::internal(tr("%1 cannot be published in a signed refs record.").arg(it.key())));
    if (time < 0)
        return fail(Error::internal(tr("A signed refs record needs a time after 1970.")));
    SignedRefs record;
    record.m_commons = commons;
    record.m_peer = identity.publicKey();
    record.m_seq = seq;
    record.m_time = time;
    record.m_refs = refs;
    record.m_body = canonicalBody(commons, record.m_peer, seq, time, refs);
    if (record.m_body.size() > WireCodec::kMaxRecordBody)
        return fail(Error::internal(tr("The signed refs record is over %1 bytes.").arg(WireCodec::kMaxRecordBody)));
    record.m_signature = identity.sign(record.m_body);
    return record;
}

Result<SignedRefs> SignedRefs::parseBody(const QByteArray& body)
{
    if (body.isEmpty() || body.size() > WireCodec::kMaxRecordBody)
        return fail(malformed(tr("it is empty or over %1 bytes").arg(WireCodec::kMaxRecordBody)));
    if (!body.endsWith('\n'))
        return fail(malformed(tr("it does not end with a line break")));
    QList<QByteArray> lines = body.chopped(1).split('\n');
    if (lines.size() < 5 || lines[0] != kMagic)
        return fail(malformed(tr("it does not start with “%1”").arg(QString::fromLatin1(kMagic))));
    auto field = [&](int i, QByteArrayView key) -> std::optional<QByteArray> {
        if (!lines[i].startsWith(key) || lines[i].size() <= key.size() || lines[i][key.size()] != ' ')
            return std::nullopt;
        return lines[i].mid(key.size() + 1);
    };
    SignedRefs record;
    const auto commons = field(1, "commons");
    auto commonsOid = commons ? git::Oid::fromHex(QString::fromLatin1(*commons)) : fail(Error::user({}));
    if (!commonsOid)
        return fail(malformed(tr("the commons line is wrong")));
    record.m_commons = *commonsOid;
    const auto peer = field(2, "peer");
    auto key = peer ? PublicKey::fromPid(QString::fromLatin1(*peer)) : fail(Error::user({}));
    if (!key)
        return fail(malformed(tr("the peer line does not name a peer id")));
    record.m_peer = *key;
    const auto seq = field(3, "seq");
    const auto seqValue = seq ? parseDecimal(*seq) : std::nullopt;
    if (!seqValue)
        return fail(malformed(tr("the seq line is wrong")));
    record.m_seq = *seqValue;
    const auto time = field(4, "time");
    const auto timeValue = time ? parseDecimal(*time) : std::nullopt;
    if (!timeValue || *timeValue > quint64(std::numeric_limits<qint64>::max()))
        return fail(malformed(tr("the time line is wrong")));
    record.m_time = qint64(*timeValue);
    if (lines.size() - 5 > kMaxRefs)
        return fail(malformed(tr("it names more than %1 refs").arg(kMaxRefs)));
    for (qsizetype i = 5; i < lines.size(); ++i) {
        const QByteArray& line = lines[i];
        const qsizetype space = line.indexOf(' ');
        auto oid = space > 0 ? git::Oid::fromHex(QString::fromLatin1(line.left(space))) : fail(Error::user({}));
        const QString name = QString::fromLatin1(line.mid(space + 1));
        if (!oid || !isPublishableRef(name))
            return fail(malformed(tr("line %1 is not “<oid> refs/heads/…” or “<oid> refs/notes/…”").arg(i + 1)));
        if (record.m_refs.contains(name) || (!record.m_refs.isEmpty() && record.m_refs.lastKey() > name))
            return fail(malformed(tr("the refs are not sorted by name, or one repeats")));
        record.m_refs.insert(name, *oid);
    }
    // Only the one spelling counts (lower-case hex, no extra zeros), so a record has one body.
    if (canonicalBody(record.m_commons, record.m_peer, record.m_seq, record.m_time, record.m_refs) != body)
        return fail(malformed(tr("it is not in canonical form")));
    record.m_body = body;
    return record;
}

Result<SignedRefs> SignedRefs::fromWire(const SignedRefsRecord& wire)
{
    auto record = parseBody(wire.body);
    if (!record)
        return record;
    if (wire.signature.size() != 64 || !record->m_peer.verify(wire.body, wire.signature))
        return fail(Error::crypto(
            tr("The signed refs record of %1 (seq %2) does not carry that peer's valid signature; it was forged or "
               "damaged.")
                .arg(record->m_peer.shortId())
                .arg(record->m_seq)));
    record->m_signature = wire.signature;
    return record;
}

Result<SignedRefs> SignedRefs::verify(const SignedRefsRecord& wire, const git::Oid& commons, qint64 now)
{
    auto record = fromWire(wire);
    if (!record)
        return record;
    if (auto ok = record->checkFor(commons, now); !ok)
        return fail(ok.error());
    return record;
}

Result<SignedRefs> SignedRefs::fromBlob(QByteArrayView blob)
{
    const QByteArray bytes = blob.toByteArray();
    const qsizetype at = bytes.lastIndexOf(QByteArray("\n" + kSignaturePrefix));
    if (at < 0 || !bytes.endsWith('\n'))
        return fail(malformed(tr("the stored record has no signature line")));
    const QByteArray encoded = bytes.mid(at + 1 + kSignaturePrefix.size()).chopped(1);
    auto signature = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    if (!signature)
        return fail(malformed(tr("the stored signature is not base64")));
    return fromWire({bytes.left(at + 1), *signature});
}

QByteArray SignedRefs::toBlob() const
{
    return m_body + kSignaturePrefix + m_signature.toBase64() + '\n';
}

Status SignedRefs::checkFor(const git::Oid& commons, qint64 now) const
{
    if (m_commons != commons)
        return fail(Error::protocol(tr("The signed refs record of %1 belongs to another commons (%2).")
                                        .arg(m_peer.shortId(), m_commons.toShortHex())));
    if (m_time > now + kMaxClockSkewSeconds)
        return fail(Error::protocol(
            tr("The signed refs record of %1 is dated %2 s in the future; its clock or the record is wrong.")
                .arg(m_peer.shortId())
                .arg(m_time - now)));
    return {};
}

bool SignedRefs::isNewerThan(const std::optional<SignedRefs>& held) const
{
    return !held || m_seq > held->m_seq;
}

} // namespace cp::sync
