#pragma once

#include "core/Error.h"
#include "core/crypto/SecretHandshakeKeys.h"
#include "core/net/HandshakeDriver.h"
#include "core/net/TransportOptions.h"

#include <QHostAddress>
#include <QList>
#include <QObject>

class QTcpServer;

namespace cp::net {

class Connection;

// The node's listening port. Every client runs the secret handshake as the server with
// all the candidates (one per commons: its network key and our identity); the client's
// first message picks the candidate whose network key authenticates it. A client that
// matches none, stalls past handshakeTimeoutMs, or fails to prove its identity is
// dropped without a byte in answer.
class Listener : public QObject
{
    Q_OBJECT

public:
    explicit Listener(TransportOptions options = {}, QObject* parent = nullptr);
    ~Listener() override;

    // Applies to handshakes that start afterwards.
    void setCandidates(QList<SecretHandshakeKeys> candidates);
    // Optional: refuse authenticated clients (blocked peers) before we prove who we are.
    void setAuthorizer(HandshakeDriver::Authorizer authorizer);

    Status listen(const QHostAddress& address = QHostAddress::Any, quint16 port = 0);
    void close();
    [[nodiscard]] bool isListening() const;
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] QHostAddress address() const;
    [[nodiscard]] int pendingHandshakes() const { return m_pending; }

signals:
    // The connection is our child: reparent it to keep it beyond this listener.
    void connectionReady(cp::net::Connection* connection);
    void handshakeFailed(const cp::Error& error, const QHostAddress& peer);

private:
    void onNewConnection();

    TransportOptions m_options;
    QTcpServer* m_server;
    QList<SecretHandshakeKeys> m_candidates;
    HandshakeDriver::Authorizer m_authorizer;
    int m_pending = 0;
};

} // namespace cp::net
