#include "core/net/Dialer.h"

#include "core/net/Connection.h"
#include "core/net/HandshakeDriver.h"

#include <QCoreApplication>
#include <QTcpSocket>

namespace cp::net {

Dialer::Dialer(TransportOptions options, QObject* parent) : QObject(parent), m_options(options)
{
    m_dialTimer.setSingleShot(true);
    connect(&m_dialTimer, &QTimer::timeout, this, &Dialer::onDialTimeout);
}

Dialer::~Dialer()
{
    cancel();
}

void Dialer::dial(const QString& host, quint16 port, const QByteArray& serverPublicKey, const SecretHandshakeKeys& keys)
{
    cancel();
    m_keys = keys;
    m_serverPublicKey = serverPublicKey;
    m_target = host + u':' + QString::number(port);
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, &Dialer::onConnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &Dialer::onSocketError);
    m_dialTimer.setInterval(m_options.dialTimeoutMs);
    m_dialTimer.start();
    m_socket->connectToHost(host, port);
}

void Dialer::cancel()
{
    m_dialTimer.stop();
    if (m_driver)
        delete m_driver;
    if (m_socket) {
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_socket = nullptr;
    m_keys.reset();
}

void Dialer::onConnected()
{
    m_dialTimer.stop();
    disconnect(m_socket, nullptr, this, nullptr);
    auto client = SecretHandshakeClient::create(*m_keys, m_serverPublicKey);
    if (!client)
        return fail(client.error());
    m_driver = new HandshakeDriver(m_socket, std::move(*client), m_options.handshakeTimeoutMs, this);
    m_driver->start([this, driver = m_driver.data()](Result<SecretHandshakeSession> session) {
        driver->deleteLater();
        if (!session)
            return fail(session.error().context(tr("Connecting to %1").arg(m_target)));
        QTcpSocket* socket = m_socket;
        m_socket = nullptr;
        m_keys.reset();
        auto* connection = new Connection(socket, std::move(*session), false, m_options, this);
        emit connected(connection);
    });
}

void Dialer::onSocketError()
{
    if (!m_socket)
        return;
    fail(Error::network(tr("Could not connect to %1: %2").arg(m_target, m_socket->errorString())));
}

void Dialer::onDialTimeout()
{
    fail(Error::network(tr("Could not connect to %1 within %2 ms; the peer may be offline.")
                            .arg(m_target)
                            .arg(m_options.dialTimeoutMs)));
}

void Dialer::fail(Error error)
{
    m_driver = nullptr; // deleted by its own completion, or with the socket below
    cancel();
    emit failed(error);
}

} // namespace cp::net
