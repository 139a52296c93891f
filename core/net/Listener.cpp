#include "core/net/Listener.h"

#include "core/net/Connection.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>

namespace cp::net {

Listener::Listener(TransportOptions options, QObject* parent)
    : QObject(parent), m_options(options), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &Listener::onNewConnection);
}

Listener::~Listener() = default;

void Listener::setCandidates(QList<SecretHandshakeKeys> candidates)
{
    m_candidates = std::move(candidates);
}

void Listener::setAuthorizer(HandshakeDriver::Authorizer authorizer)
{
    m_authorizer = std::move(authorizer);
}

Status Listener::listen(const QHostAddress& address, quint16 port)
{
    if (!m_server->listen(address, port))
        return fail(Error::network(tr("Could not listen on port %1: %2. Another program may be using it; "
                                      "another port can be chosen (commonplace-cli serve --listen HOST:PORT).")
                                       .arg(port)
                                       .arg(m_server->errorString())));
    return {};
}

void Listener::close()
{
    m_server->close();
}

bool Listener::isListening() const
{
    return m_server->isListening();
}

quint16 Listener::port() const
{
    return m_server->serverPort();
}

QHostAddress Listener::address() const
{
    return m_server->serverAddress();
}

void Listener::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        const QHostAddress peer = socket->peerAddress();
        if (m_candidates.isEmpty() || m_pending >= m_options.maxPendingHandshakes) {
            socket->abort();
            socket->deleteLater();
            emit handshakeFailed(Error::network(m_candidates.isEmpty()
                                                    ? tr("A peer connected while no commons is open for sync.")
                                                    : tr("Too many handshakes at once; a peer was turned away.")),
                                 peer);
            continue;
        }
        auto server = SecretHandshakeServer::create(m_candidates);
        if (!server) {
            socket->abort();
            socket->deleteLater();
            emit handshakeFailed(server.error(), peer);
            continue;
        }
        socket->setParent(this);
        ++m_pending;
        auto* driver =
            new HandshakeDriver(socket, std::move(*server), m_options.handshakeTimeoutMs, m_authorizer, this);
        driver->start([this, driver, socket, peer](Result<SecretHandshakeSession> session) {
            --m_pending;
            driver->deleteLater();
            if (!session) {
                socket->deleteLater();
                emit handshakeFailed(session.error(), peer);
                return;
            }
            auto* connection = new Connection(socket, std::move(*session), true, m_options, this);
            emit connectionReady(connection);
        });
    }
}

} // namespace cp::net
