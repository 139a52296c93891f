#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <variant>

namespace cp::sync {

// The messages of the sync protocol (core/sync/PROTOCOL.md), one struct per "t".
// Binary ids travel as raw bytes: peer ids are 32-byte Ed25519 keys, object ids and
// the commons id 20-byte (SHA-1) or 32-byte (SHA-256) git oids.

struct HelloMessage
{
    quint64 version = 1;
    QString agent;      // "commonplace/0.1.0"
    QByteArray commons; // root commit oid
    QStringList listen; // addresses we accept connections on, "host:port"
    // What this side understands beyond version 1 ("lazy": ihave, prune, graft). Optional
    // on the wire: an older peer sends none and ignores ours.
    QStringList features{};
    friend bool operator==(const HelloMessage&, const HelloMessage&) = default;
};

// A signed refs record: canonical text (DESIGN §6) and the Ed25519 signature over it.
struct SignedRefsRecord
{
    QByteArray body;
    QByteArray signature;
    friend bool operator==(const SignedRefsRecord&, const SignedRefsRecord&) = default;
};

struct RefsMessage
{
    QList<SignedRefsRecord> records;
    friend bool operator==(const RefsMessage&, const RefsMessage&) = default;
};

struct WantMessage
{
    QByteArray pid;          // whose published refs the objects belong to
    QList<QByteArray> wants; // oids
    QList<QByteArray> haves; // oids
    friend bool operator==(const WantMessage&, const WantMessage&) = default;
};

struct PackMessage
{
    quint64 id = 0;  // which pack (the sender numbers them per session)
    quint64 seq = 0; // chunk number within the pack, from 0
    QByteArray data; // at most 64 KiB
    bool last = false;
    friend bool operator==(const PackMessage&, const PackMessage&) = default;
};

struct PeerEntry
{
    QByteArray pid;
    QStringList addresses;
    qint64 lastSeen = 0; // unix seconds
    friend bool operator==(const PeerEntry&, const PeerEntry&) = default;
};

struct PeersMessage
{
    QList<PeerEntry> entries;
    friend bool operator==(const PeersMessage&, const PeersMessage&) = default;
};

struct PingMessage
{
    quint64 n = 0;
    friend bool operator==(const PingMessage&, const PingMessage&) = default;
};

struct PongMessage
{
    quint64 n = 0;
    friend bool operator==(const PongMessage&, const PongMessage&) = default;
};

// Sent before closing on purpose: what went wrong, for the peer's log and UI.
struct ErrorMessage
{
    QString code; // short machine word: "protocol", "limit", "not-member", ...
    QString text; // for a person
    friend bool operator==(const ErrorMessage&, const ErrorMessage&) = default;
};

// "I have handled your first n refs messages": every record in them is stored here,
// was not newer than what is held, or was given up on. Lets a peer know the exchange
// converged, and tells it which of its records this side has surely seen.
struct SyncedMessage
{
    quint64 n = 0;
    friend bool operator==(const SyncedMessage&, const SyncedMessage&) = default;
};

// Lazy push (feature "lazy"), sent only to a peer whose hello lists it:
// "I hold the record of `pid` with `seq`" in place of the record itself.
struct IHaveMessage
{
    QByteArray pid; // 32-byte peer id
    quint64 seq = 0;
    friend bool operator==(const IHaveMessage&, const IHaveMessage&) = default;
};

// "Your records reach me by another way: from now on send me ihave notices, not records."
struct PruneMessage
{
    friend bool operator==(const PruneMessage&, const PruneMessage&) = default;
};

// "I lack the record of `pid` with `seq` you noticed: send it, and send me records again."
struct GraftMessage
{
    QByteArray pid; // 32-byte peer id
    quint64 seq = 0;
    friend bool operator==(const GraftMessage&, const GraftMessage&) = default;
};

using WireMessage = std::variant<HelloMessage, RefsMessage, WantMessage, PackMessage, PeersMessage, PingMessage,
                                 PongMessage, ErrorMessage, SyncedMessage, IHaveMessage, PruneMessage, GraftMessage>;

} // namespace cp::sync
