#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace cp::net {

// What a node says on the LAN (DESIGN.md §7): magic, version, its public key (pid), the TCP
// port it listens on and one 8-byte tag per commons it serves. A tag is
// HMAC-SHA-256(key = the commons' network key, message = "lan" || pid) truncated to 8 bytes
// (libsodium crypto_auth_hmacsha256), so only members recognise it and no commons id or key
// is named on the air; tags differ per announcer, so two nodes' tags cannot be linked.
//
// Wire format (big-endian): "CPLA" | u8 version (1) | pid[32] | u16 port | u8 n | n × tag[8].
// The datagram must be exactly that long; n is at most kMaxCommons.
struct LanAnnouncement
{
    static constexpr quint8 kVersion = 1;
    static constexpr qsizetype kPidSize = 32;
    static constexpr qsizetype kTagSize = 8;
    static constexpr qsizetype kMaxCommons = 32;
    static constexpr qsizetype kHeaderSize = 4 + 1 + kPidSize + 2 + 1;
    static constexpr qsizetype kMaxDatagramSize = kHeaderSize + kMaxCommons * kTagSize;

    QByteArray pid; // 32-byte Ed25519 public key
    quint16 port = 0;
    QList<QByteArray> tags; // each kTagSize bytes

    [[nodiscard]] static QByteArray magic();

    // The tag that names the commons with this network key (32 bytes) in pid's announcements.
    [[nodiscard]] static Result<QByteArray> tag(QByteArrayView networkKey, QByteArrayView pid);

    // Refuses a pid that is not 32 bytes, a port of 0, malformed tags or too many of them.
    [[nodiscard]] Result<QByteArray> encode() const;
    // Refuses anything that is not exactly a well-formed announcement of our version.
    [[nodiscard]] static Result<LanAnnouncement> decode(QByteArrayView datagram);

    friend bool operator==(const LanAnnouncement&, const LanAnnouncement&) = default;
};

} // namespace cp::net
