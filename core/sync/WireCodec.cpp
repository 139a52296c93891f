#include "core/sync/WireCodec.h"

#include "core/net/FrameSplitter.h"
#include "core/sync/WireFields.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamReader>
#include <QCborValue>
#include <QCoreApplication>
#include <QSet>
#include <array>

namespace cp::sync {

namespace {

using namespace Qt::StringLiterals;

constexpr std::array<const char*, std::variant_size_v<WireMessage>> kTypeNames{
    "hello", "refs", "want", "pack", "peers", "ping", "pong", "error", "synced", "ihave", "prune", "graft"};

QString tr(const char* text)
{
    return QCoreApplication::translate("WireCodec", text);
}

Error malformed(const QString& type, const QString& what)
{
    return WireFields::malformed(type, what);
}

bool isOid(const QByteArray& oid)
{
    return oid.size() == 20 || oid.size() == 32;
}

Result<WireMessage> decodeFields(const WireFields& f)
{
    const QString& t = f.type();
    if (t == u"hello") {
        auto v = f.count(u"v");
        auto agent = f.text(u"agent");
        auto commons = f.bytes(u"commons");
        auto listen = f.textList(u"listen");
        for (const Error* e : {v ? nullptr : &v.error(), agent ? nullptr : &agent.error(),
                               commons ? nullptr : &commons.error(), listen ? nullptr : &listen.error()})
            if (e)
                return fail(*e);
        QStringList features; // optional (version 1 peers send none)
        if (f.has(u"features")) {
            auto list = f.textList(u"features");
            if (!list)
                return fail(list.error());
            features = *list;
        }
        return WireMessage(HelloMessage{*v, *agent, *commons, *listen, features});
    }
    if (t == u"refs") {
        auto list = f.array(u"records");
        if (!list)
            return fail(list.error());
        RefsMessage m;
        m.records.reserve(list->size());
        for (const QCborValue& v : std::as_const(*list)) {
            if (!v.isMap())
                return fail(malformed(t, tr("a record must be a map")));
            const QCborMap record = v.toMap();
            const QCborValue body = record.value(u"body"_s), sig = record.value(u"sig"_s);
            if (!body.isByteArray() || !sig.isByteArray())
                return fail(malformed(t, tr("a record needs \"body\" and \"sig\" as bytes")));
            m.records.append({body.toByteArray(), sig.toByteArray()});
        }
        return WireMessage(std::move(m));
    }
    if (t == u"want") {
        auto pid = f.bytes(u"pid");
        auto wants = f.bytesList(u"wants");
        auto haves = f.bytesList(u"haves");
        if (!pid)
            return fail(pid.error());
        if (!wants)
            return fail(wants.error());
        if (!haves)
            return fail(haves.error());
        return WireMessage(WantMessage{*pid, *wants, *haves});
    }
    if (t == u"pack") {
        auto id = f.count(u"id");
        auto seq = f.count(u"seq");
        auto data = f.bytes(u"data");
        auto last = f.boolean(u"last");
        for (const Error* e : {id ? nullptr : &id.error(), seq ? nullptr : &seq.error(), data ? nullptr : &data.error(),
                               last ? nullptr : &last.error()})
            if (e)
                return fail(*e);
        return WireMessage(PackMessage{*id, *seq, *data, *last});
    }
    if (t == u"peers") {
        auto list = f.array(u"entries");
        if (!list)
            return fail(list.error());
        PeersMessage m;
        m.entries.reserve(list->size());
        for (const QCborValue& v : std::as_const(*list)) {
            if (!v.isMap())
                return fail(malformed(t, tr("an entry must be a map")));
            const WireFields entry(v.toMap(), t);
            auto pid = entry.bytes(u"pid");
            auto addresses = entry.textList(u"addresses");
            auto seen = entry.integer(u"seen");
            for (const Error* e : {pid ? nullptr : &pid.error(), addresses ? nullptr : &addresses.error(),
                                   seen ? nullptr : &seen.error()})
                if (e)
                    return fail(*e);
            m.entries.append({*pid, *addresses, *seen});
        }
        return WireMessage(std::move(m));
    }
    if (t == u"ping" || t == u"pong" || t == u"synced") {
        auto n = f.count(u"n");
        if (!n)
            return fail(n.error());
        if (t == u"synced")
            return WireMessage(SyncedMessage{*n});
        return t == u"ping" ? WireMessage(PingMessage{*n}) : WireMessage(PongMessage{*n});
    }
    if (t == u"ihave" || t == u"graft") {
        auto pid = f.bytes(u"pid");
        auto seq = f.count(u"seq");
        if (!pid)
            return fail(pid.error());
        if (!seq)
            return fail(seq.error());
        return t == u"ihave" ? WireMessage(IHaveMessage{*pid, *seq}) : WireMessage(GraftMessage{*pid, *seq});
    }
    if (t == u"prune")
        return WireMessage(PruneMessage{});
    if (t == u"error") {
        auto code = f.text(u"code");
        auto text = f.text(u"text");
        if (!code)
            return fail(code.error());
        if (!text)
            return fail(text.error());
        return WireMessage(ErrorMessage{*code, *text});
    }
    return fail(Error::protocol(tr("The peer sent a message of unknown type \"%1\".").arg(t.left(64))));
}

QCborArray toArray(const QList<QByteArray>& list)
{
    QCborArray out;
    for (const QByteArray& b : list)
        out.append(b);
    return out;
}

QCborArray toArray(const QStringList& list)
{
    QCborArray out;
    for (const QString& s : list)
        out.append(s);
    return out;
}

QCborMap toMap(const WireMessage& message)
{
    QCborMap map;
    map.insert(u"t"_s, WireCodec::typeName(message));
    std::visit(
        [&map](const auto& m) {
            using T = std::decay_t<decltype(m)>;
            if constexpr (std::is_same_v<T, HelloMessage>) {
                map.insert(u"v"_s, qint64(m.version));
                map.insert(u"agent"_s, m.agent);
                map.insert(u"commons"_s, m.commons);
                map.insert(u"listen"_s, toArray(m.listen));
                if (!m.features.isEmpty())
                    map.insert(u"features"_s, toArray(m.features));
            } else if constexpr (std::is_same_v<T, RefsMessage>) {
                QCborArray records;
                for (const SignedRefsRecord& r : m.records)
                    records.append(QCborMap{{u"body"_s, r.body}, {u"sig"_s, r.signature}});
                map.insert(u"records"_s, records);
            } else if constexpr (std::is_same_v<T, WantMessage>) {
                map.insert(u"pid"_s, m.pid);
                map.insert(u"wants"_s, toArray(m.wants));
                map.insert(u"haves"_s, toArray(m.haves));
            } else if constexpr (std::is_same_v<T, PackMessage>) {
                map.insert(u"id"_s, qint64(m.id));
                map.insert(u"seq"_s, qint64(m.seq));
                map.insert(u"data"_s, m.data);
                map.insert(u"last"_s, m.last);
            } else if constexpr (std::is_same_v<T, PeersMessage>) {
                QCborArray entries;
                for (const PeerEntry& e : m.entries)
                    entries.append(
                        QCborMap{{u"pid"_s, e.pid}, {u"addresses"_s, toArray(e.addresses)}, {u"seen"_s, e.lastSeen}});
                map.insert(u"entries"_s, entries);
            } else if constexpr (std::is_same_v<T, PingMessage> || std::is_same_v<T, PongMessage> ||
                                 std::is_same_v<T, SyncedMessage>) {
                map.insert(u"n"_s, qint64(m.n));
            } else if constexpr (std::is_same_v<T, IHaveMessage> || std::is_same_v<T, GraftMessage>) {
                map.insert(u"pid"_s, m.pid);
                map.insert(u"seq"_s, qint64(m.seq));
            } else if constexpr (std::is_same_v<T, ErrorMessage>) {
                map.insert(u"code"_s, m.code);
                map.insert(u"text"_s, m.text);
            }
        },
        message);
    return map;
}

qsizetype sizeLimit(const WireMessage& message)
{
    return std::holds_alternative<PackMessage>(message) ? WireCodec::kMaxPackSize : WireCodec::kMaxControlSize;
}

} // namespace

QString WireCodec::typeName(const WireMessage& message)
{
    return QString::fromLatin1(kTypeNames[message.index()]);
}

Result<QByteArray> WireCodec::encode(const WireMessage& message)
{
    if (auto ok = validate(message); !ok)
        return fail(Error::internal(ok.error().message));
    QByteArray payload = QCborValue(toMap(message)).toCbor();
    if (payload.size() > sizeLimit(message))
        return fail(Error::internal(tr("A \"%1\" message of %2 bytes is over the limit of %3 bytes; send less at once.")
                                        .arg(typeName(message))
                                        .arg(payload.size())
                                        .arg(sizeLimit(message))));
    return payload;
}

Result<QByteArray> WireCodec::encodeFrame(const WireMessage& message)
{
    auto payload = encode(message);
    if (!payload)
        return payload;
    return net::FrameSplitter::frame(*payload);
}

Result<WireMessage> WireCodec::decode(QByteArrayView payload)
{
    if (payload.size() > kMaxMessageSize)
        return fail(Error::protocol(
            tr("The peer sent a message of %1 bytes; the limit is %2.").arg(payload.size()).arg(kMaxMessageSize)));
    QCborStreamReader reader(payload.data(), payload.size());
    const QCborValue value = QCborValue::fromCbor(reader);
    if (reader.lastError() != QCborError::NoError)
        return fail(Error::protocol(
            tr("The peer sent a message that is not valid CBOR (%1).").arg(reader.lastError().toString())));
    if (reader.currentOffset() != payload.size())
        return fail(Error::protocol(tr("The peer sent bytes after the end of a message.")));
    if (!value.isMap())
        return fail(Error::protocol(tr("The peer sent a message that is not a CBOR map.")));
    const QCborMap map = value.toMap();
    QSet<QString> keys;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!it.key().isString())
            return fail(Error::protocol(tr("The peer sent a message with a key that is not text.")));
        const QString key = it.key().toString();
        if (keys.contains(key))
            return fail(Error::protocol(tr("The peer sent a message with a repeated key.")));
        keys.insert(key);
    }
    const QCborValue type = map.value(u"t"_s);
    if (!type.isString())
        return fail(Error::protocol(tr("The peer sent a message without a type (\"t\").")));

    auto message = decodeFields(WireFields(map, type.toString()));
    if (!message)
        return message;
    if (payload.size() > sizeLimit(*message))
        return fail(Error::protocol(tr("The peer sent a \"%1\" message of %2 bytes; the limit is %3.")
                                        .arg(typeName(*message))
                                        .arg(payload.size())
                                        .arg(sizeLimit(*message))));
    if (auto ok = validate(*message); !ok)
        return fail(ok.error());
    return message;
}

Status WireCodec::validate(const WireMessage& message)
{
    const QString type = typeName(message);
    auto check = [&](bool ok, const char* what) -> Status {
        if (!ok)
            return fail(malformed(type, tr(what)));
        return {};
    };
    auto textOk = [](const QString& s) { return s.size() <= kMaxText; };
    auto addressesOk = [&](const QStringList& list) {
        return list.size() <= kMaxAddresses &&
               std::all_of(list.begin(), list.end(), [&](const QString& a) { return !a.isEmpty() && textOk(a); });
    };
    auto oidsOk = [](const QList<QByteArray>& list) {
        return list.size() <= kMaxOids && std::all_of(list.begin(), list.end(), isOid);
    };
    return std::visit(
        [&](const auto& m) -> Status {
            using T = std::decay_t<decltype(m)>;
            if constexpr (std::is_same_v<T, HelloMessage>) {
                if (auto ok = check(isOid(m.commons), "the commons id must be a 20- or 32-byte oid"); !ok)
                    return ok;
                if (auto ok = check(textOk(m.agent), "the agent name is too long"); !ok)
                    return ok;
                if (auto ok = check(m.features.size() <= kMaxFeatures &&
                                        std::all_of(m.features.begin(), m.features.end(),
                                                    [](const QString& f) { return !f.isEmpty() && f.size() <= 64; }),
                                    "at most 16 features of at most 64 characters");
                    !ok)
                    return ok;
                return check(addressesOk(m.listen), "at most 16 listen addresses of sensible length");
            } else if constexpr (std::is_same_v<T, RefsMessage>) {
                if (auto ok = check(m.records.size() <= kMaxRecords, "at most 1024 records per message"); !ok)
                    return ok;
                for (const SignedRefsRecord& r : m.records) {
                    if (auto ok =
                            check(!r.body.isEmpty() && r.body.size() <= kMaxRecordBody && r.signature.size() == 64,
                                  "a record needs a body of at most 16 KiB and a 64-byte signature");
                        !ok)
                        return ok;
                }
                return {};
            } else if constexpr (std::is_same_v<T, WantMessage>) {
                if (auto ok = check(m.pid.size() == 32, "a peer id must be 32 bytes"); !ok)
                    return ok;
                return check(oidsOk(m.wants) && oidsOk(m.haves), "wants and haves must be oids, at most 4096 each");
            } else if constexpr (std::is_same_v<T, PackMessage>) {
                return check(m.data.size() <= kMaxPackData, "a pack chunk holds at most 64 KiB");
            } else if constexpr (std::is_same_v<T, PeersMessage>) {
                if (auto ok = check(m.entries.size() <= kMaxPeerEntries, "at most 1024 peers per message"); !ok)
                    return ok;
                for (const PeerEntry& e : m.entries) {
                    if (auto ok = check(e.pid.size() == 32 && addressesOk(e.addresses),
                                        "a peer needs a 32-byte id and at most 16 addresses");
                        !ok)
                        return ok;
                }
                return {};
            } else if constexpr (std::is_same_v<T, IHaveMessage> || std::is_same_v<T, GraftMessage>) {
                return check(m.pid.size() == 32 && m.seq > 0, "a peer id must be 32 bytes and seq at least 1");
            } else if constexpr (std::is_same_v<T, ErrorMessage>) {
                return check(m.code.size() <= 64 && textOk(m.text), "the error code or text is too long");
            } else {
                return {};
            }
        },
        message);
}

} // namespace cp::sync
