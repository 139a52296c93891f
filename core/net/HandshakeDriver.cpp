#include "core/net/HandshakeDriver.h"

#include <QCoreApplication>
#include <QTcpSocket>

namespace cp::net {

HandshakeDriver::HandshakeDriver(QTcpSocket* socket, SecretHandshakeClient client, int timeoutMs, QObject* parent)
    : QObject(parent), m_socket(socket), m_client(std::move(client))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(timeoutMs);
}

HandshakeDriver::HandshakeDriver(QTcpSocket* socket, SecretHandshakeServer server, int timeoutMs, Authorizer authorizer,
                                 QObject* parent)
    : QObject(parent), m_socket(socket), m_server(std::move(server)), m_authorizer(std::move(authorizer))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(timeoutMs);
}

HandshakeDriver::~HandshakeDriver() = default;

void HandshakeDriver::start(Done done)
{
    m_done = std::move(done);
    connect(&m_timer, &QTimer::timeout, this, &HandshakeDriver::onTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &HandshakeDriver::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HandshakeDriver::onSocketEnded);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &HandshakeDriver::onSocketEnded);
    m_timer.start();
    if (m_client)
        m_socket->write(m_client->hello());
    // Bytes may already be waiting (a fast peer); handle them from the event loop.
    QMetaObject::invokeMethod(this, &HandshakeDriver::onReadyRead, Qt::QueuedConnection);
}

qsizetype HandshakeDriver::expectedSize() const
{
    return m_client ? m_client->expectedSize() : m_server->expectedSize();
}

void HandshakeDriver::onReadyRead()
{
    while (!m_finished && m_socket && expectedSize() > 0 && m_socket->bytesAvailable() >= expectedSize()) {
        const QByteArray packet = m_socket->read(expectedSize());
        if (auto ok = step(packet); !ok)
            return finish(fail(ok.error()));
    }
}

Status HandshakeDriver::step(QByteArrayView packet)
{
    if (m_client) {
        if (m_client->expectedSize() == SecretHandshakeClient::kServerHelloSize) {
            auto auth = m_client->receiveServerHello(packet);
            if (!auth)
                return fail(auth.error());
            m_socket->write(*auth);
            return {};
        }
        auto session = m_client->receiveServerAccept(packet);
        if (!session)
            return fail(session.error());
        finish(std::move(*session));
        return {};
    }

    if (m_server->expectedSize() == SecretHandshakeServer::kHelloSize) {
        auto answer = m_server->receiveClientHello(packet);
        if (!answer)
            return fail(answer.error());
        m_socket->write(*answer);
        return {};
    }
    if (auto ok = m_server->receiveClientAuth(packet); !ok)
        return ok;
    if (m_authorizer && !m_authorizer(m_server->clientPublicKey(), m_server->candidateIndex()))
        return fail(Error::crypto(tr("A peer we do not accept connections from (blocked) tried to connect.")));
    auto accept = m_server->createAccept();
    if (!accept)
        return fail(accept.error());
    m_socket->write(*accept);
    auto session = m_server->finish();
    if (!session)
        return fail(session.error());
    finish(std::move(*session));
    return {};
}

void HandshakeDriver::onSocketEnded()
{
    if (m_finished)
        return;
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState &&
        m_socket->error() != QAbstractSocket::RemoteHostClosedError)
        return; // a transient error report; the socket is still up
    // Whatever came before the end still counts.
    onReadyRead();
    if (m_finished)
        return;
    if (m_client)
        return finish(fail(Error::network(tr("The peer closed the connection during the handshake: it is not a member "
                                             "of this commons, or it is not the peer we expected at this address."))));
    finish(fail(Error::network(tr("The peer closed the connection during the handshake."))));
}

void HandshakeDriver::onTimeout()
{
    if (!m_finished)
        finish(fail(Error::network(tr("The handshake took longer than %1 ms; giving up.").arg(m_timer.interval()))));
}

void HandshakeDriver::finish(Result<SecretHandshakeSession> result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    if (m_socket) {
        disconnect(m_socket, nullptr, this, nullptr);
        if (!result)
            m_socket->abort(); // nothing more is written: the stranger learns nothing
    }
    m_client.reset();
    m_server.reset();
    if (m_done)
        m_done(std::move(result));
}

} // namespace cp::net
