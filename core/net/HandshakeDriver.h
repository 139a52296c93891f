#pragma once

#include "core/Error.h"
#include "core/crypto/SecretHandshakeClient.h"
#include "core/crypto/SecretHandshakeServer.h"
#include "core/crypto/SecretHandshakeSession.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <functional>
#include <optional>

namespace cp::net {

// Runs one secret handshake over a connected socket, asynchronously, within a time
// limit. It reads exactly the handshake's bytes, so whatever the peer sends next stays
// in the socket for the Connection. On failure it aborts the socket without writing
// anything more: a server that does not recognise the client's hello answers nothing.
// Used by Dialer and Listener.
class HandshakeDriver : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(Result<SecretHandshakeSession>)>;
    // Server side: may refuse an authenticated client (by key and matched candidate).
    using Authorizer = std::function<bool(const QByteArray& clientPublicKey, qsizetype candidateIndex)>;

    HandshakeDriver(QTcpSocket* socket, SecretHandshakeClient client, int timeoutMs, QObject* parent = nullptr);
    HandshakeDriver(QTcpSocket* socket, SecretHandshakeServer server, int timeoutMs, Authorizer authorizer,
                    QObject* parent = nullptr);
    ~HandshakeDriver() override;

    // Starts; done is called once, from the event loop, and may delete this driver (deleteLater).
    void start(Done done);
    [[nodiscard]] QTcpSocket* socket() const { return m_socket; }

private:
    void onReadyRead();
    void onSocketEnded();
    void onTimeout();
    Status step(QByteArrayView packet);
    [[nodiscard]] qsizetype expectedSize() const;
    void finish(Result<SecretHandshakeSession> result);

    QPointer<QTcpSocket> m_socket;
    std::optional<SecretHandshakeClient> m_client;
    std::optional<SecretHandshakeServer> m_server;
    Authorizer m_authorizer;
    QTimer m_timer;
    Done m_done;
    bool m_finished = false;
};

} // namespace cp::net
