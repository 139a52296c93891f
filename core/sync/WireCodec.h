#pragma once

#include "core/Error.h"
#include "core/sync/WireMessage.h"

#include <QByteArray>
#include <QByteArrayView>

namespace cp::sync {

// Turns sync messages into CBOR maps with a "t" (type) field and back
// (core/sync/PROTOCOL.md). On the wire each message is framed with a u32 big-endian
// length (net::FrameSplitter splits a byte stream into such frames; net::Connection
// does it for a session). The decoder refuses, with an error and never a crash:
// malformed or trailing CBOR, a top level that is not a map, non-text or duplicate
// keys, an unknown "t", missing fields or fields of the wrong type or size, and
// messages over the limits. Fields it does not know are ignored (newer peers may add some).
// encode() refuses what decode() would refuse, so we never send a message a peer must reject.
class WireCodec
{
public:
    static constexpr qsizetype kMaxControlSize = 64 * 1024; // every message but pack
    static constexpr qsizetype kMaxPackData = 64 * 1024;    // data of one pack chunk
    static constexpr qsizetype kMaxPackSize = kMaxPackData + 1024;
    static constexpr qsizetype kMaxMessageSize = kMaxPackSize; // the largest frame of all
    static constexpr qsizetype kMaxRecords = 1024;             // signed refs records per message
    static constexpr qsizetype kMaxPeerEntries = 1024;
    static constexpr qsizetype kMaxAddresses = 16; // per peer, and in hello
    static constexpr qsizetype kMaxOids = 4096;    // wants, haves
    static constexpr qsizetype kMaxRecordBody = 16 * 1024;
    static constexpr qsizetype kMaxText = 1024;   // agent, addresses, error text
    static constexpr qsizetype kMaxFeatures = 16; // in hello

    [[nodiscard]] static Result<QByteArray> encode(const WireMessage& message);
    // encode() with the length prefix, ready for a plain byte stream.
    [[nodiscard]] static Result<QByteArray> encodeFrame(const WireMessage& message);
    [[nodiscard]] static Result<WireMessage> decode(QByteArrayView payload);

    // The "t" of a message: "hello", "refs", ...
    [[nodiscard]] static QString typeName(const WireMessage& message);
    // Checks a message against the limits and field sizes.
    [[nodiscard]] static Status validate(const WireMessage& message);
};

} // namespace cp::sync
