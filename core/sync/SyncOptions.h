#pragma once

#include <QDateTime>
#include <QString>
#include <functional>

namespace cp::sync {

// Limits and timers of the sync protocol; the defaults are DESIGN §6's. Tests shorten them.
struct SyncOptions
{
    // A whole pack, received or sent, and the objects it may hold.
    qint64 maxPackBytes = 512LL * 1024 * 1024;
    qint64 maxPackObjects = 10'000'000;
    // The peer's hello must come within this after the handshake.
    int helloTimeoutMs = 10000;
    // Silence from the peer: ping after this long, drop the connection after that long.
    int pingAfterMs = 60000;
    int dropAfterMs = 120000;
    // Haves sent with a want (tips of the refs held here), at most.
    int maxHaves = 256;
    // Announcements made within this many ms go out together in one refs message.
    int announceBatchMs = 0;
    // Lazy push (PROTOCOL.md): with peers that speak it, a peer whose records arrive as
    // duplicates gets ihave notices instead of records; a notice of a record still missing
    // after this many ms asks that peer for it (graft).
    bool lazyPush = true;
    int graftAfterMs = 100;
    QString agent = QStringLiteral("commonplace/0.1.0");
    // Unix seconds; tests may set their own clock.
    std::function<qint64()> clock;

    [[nodiscard]] qint64 now() const { return clock ? clock() : QDateTime::currentSecsSinceEpoch(); }
};

} // namespace cp::sync
