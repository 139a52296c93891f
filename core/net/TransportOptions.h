#pragma once

#include <QtGlobal>

namespace cp::net {

// Limits and timeouts of the transport; the defaults are DESIGN §6's. Tests shorten them.
struct TransportOptions
{
    // Connecting the TCP socket.
    int dialTimeoutMs = 6000;
    // The secret handshake, from the TCP connection to the session.
    int handshakeTimeoutMs = 10000;
    // After our goodbye, how long the peer has to answer with its own.
    int closeTimeoutMs = 10000;
    // Largest message: a 64 KiB control message, or a pack chunk of 64 KiB data plus its fields.
    qsizetype maxMessageSize = 64 * 1024 + 1024;
    // Received messages waiting for takeMessage(); past it the socket is not read (the
    // peer's TCP window closes). The queue holds at most this plus one message.
    qsizetype inboundQueueLimit = 1024 * 1024;
    // Bytes waiting to go out; past it send() refuses until readyToSend().
    qsizetype outboundBufferLimit = 1024 * 1024;
    // Inbound handshakes in progress at once on a listener; more are refused at once.
    int maxPendingHandshakes = 64;
};

} // namespace cp::net
