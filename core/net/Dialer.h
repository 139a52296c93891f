#pragma once

#include "core/Error.h"
#include "core/crypto/SecretHandshakeKeys.h"
#include "core/net/TransportOptions.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace cp::net {

class Connection;
class HandshakeDriver;

// Opens one outbound connection: TCP to host:port within dialTimeoutMs, then the secret
// handshake as the client within handshakeTimeoutMs, expecting the peer to prove it
// holds serverPublicKey. Ends with connected() or failed(), once per dial().
class Dialer : public QObject
{
    Q_OBJECT

public:
    explicit Dialer(TransportOptions options = {}, QObject* parent = nullptr);
    ~Dialer() override;

    // Starts a dial; a dial already under way is cancelled first.
    void dial(const QString& host, quint16 port, const QByteArray& serverPublicKey, const SecretHandshakeKeys& keys);
    // Stops the dial under way without signals.
    void cancel();
    [[nodiscard]] bool isBusy() const { return m_socket != nullptr; }

signals:
    // The connection is our child: reparent it to keep it beyond this dialer.
    void connected(cp::net::Connection* connection);
    void failed(const cp::Error& error);

private:
    void onConnected();
    void onSocketError();
    void onDialTimeout();
    void fail(Error error);

    TransportOptions m_options;
    QTimer m_dialTimer;
    QPointer<QTcpSocket> m_socket;
    QPointer<HandshakeDriver> m_driver;
    std::optional<SecretHandshakeKeys> m_keys;
    QByteArray m_serverPublicKey;
    QString m_target;
};

} // namespace cp::net
