#pragma once

#include "core/crypto/SecretHandshakeClient.h"
#include "core/crypto/SecretHandshakeKeys.h"
#include "core/net/TransportOptions.h"

#include <QTcpSocket>
#include <QTest>
#include <optional>

// Helpers shared by the transport tests: keys, short timeouts, and a hand-driven client
// that speaks the handshake over a plain socket so a test can then send whatever bytes
// it likes (a truncated, tampered or oversized stream).
namespace channeltest {

inline QByteArray networkKey(char fill)
{
    return QByteArray(32, fill);
}

inline cp::SecretHandshakeKeys identity(char network)
{
    auto keys = cp::SecretHandshakeKeys::generate(networkKey(network));
    if (!keys)
        qFatal("could not generate keys");
    return *keys;
}

inline cp::net::TransportOptions fastOptions()
{
    cp::net::TransportOptions options;
    options.dialTimeoutMs = 3000;
    options.handshakeTimeoutMs = 3000;
    options.closeTimeoutMs = 3000;
    return options;
}

// Waits (running the event loop) until the socket holds n bytes.
inline bool waitForBytes(QTcpSocket& socket, qsizetype n, int timeoutMs = 5000)
{
    return QTest::qWaitFor([&] { return socket.bytesAvailable() >= n; }, timeoutMs);
}

// Connects a plain socket to 127.0.0.1:port and completes the client side of the handshake
// by hand. Returns the session, or nothing if any step failed.
inline std::optional<cp::SecretHandshakeSession>
rawHandshake(QTcpSocket& socket, quint16 port, const cp::SecretHandshakeKeys& keys, const QByteArray& serverPublicKey)
{
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000))
        return std::nullopt;
    auto client = cp::SecretHandshakeClient::create(keys, serverPublicKey);
    if (!client)
        return std::nullopt;
    socket.write(client->hello());
    if (!waitForBytes(socket, 64))
        return std::nullopt;
    auto auth = client->receiveServerHello(socket.read(64));
    if (!auth)
        return std::nullopt;
    socket.write(*auth);
    if (!waitForBytes(socket, 80))
        return std::nullopt;
    auto session = client->receiveServerAccept(socket.read(80));
    if (!session)
        return std::nullopt;
    return std::move(*session);
}

} // namespace channeltest
