#include "core/net/Connection.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTcpSocket>
#include <algorithm>

namespace cp::net {

namespace {

// Ciphertext taken from the socket per step, and what Qt may hold for us beyond that.
constexpr qsizetype kReadChunk = 64 * 1024;
constexpr qsizetype kSocketReadBuffer = 4 * kReadChunk;

} // namespace

Connection::Connection(QTcpSocket* socket, SecretHandshakeSession session, bool inbound, TransportOptions options,
                       QObject* parent)
    : QObject(parent), m_socket(socket), m_options(options), m_boxer(session.keys), m_unboxer(session.keys),
      m_splitter(options.maxMessageSize), m_remotePublicKey(session.remotePublicKey),
      m_candidateIndex(session.candidateIndex), m_peerAddress(socket->peerAddress()), m_peerPort(socket->peerPort()),
      m_inbound(inbound)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kSocketReadBuffer);
    m_closeTimer.setSingleShot(true);
    m_closeTimer.setInterval(m_options.closeTimeoutMs);
    connect(&m_closeTimer, &QTimer::timeout, this, &Connection::onCloseTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &Connection::readSocket);
    connect(m_socket, &QTcpSocket::disconnected, this, &Connection::onSocketEnded);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError)
            return onSocketEnded();
        failWith(Error::network(tr("The connection to the peer broke: %1").arg(m_socket->errorString())));
    });
    connect(m_socket, &QTcpSocket::bytesWritten, this, &Connection::onBytesWritten);
    // The peer may have sent data (or even left) right behind the handshake.
    m_readScheduled = true;
    QMetaObject::invokeMethod(this, &Connection::readSocket, Qt::QueuedConnection);
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        m_socketEnded = true;
}

Connection::~Connection()
{
    if (m_socket && (m_state == State::Open || m_state == State::Closing)) {
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->abort();
    }
}

bool Connection::canSend(qsizetype messageSize) const
{
    if (m_state != State::Open || messageSize > m_options.maxMessageSize)
        return false;
    const qsizetype pending = m_socket->bytesToWrite();
    return pending == 0 || pending + BoxStreamBoxer::boxedSize(messageSize + FrameSplitter::kPrefixSize) <=
                               m_options.outboundBufferLimit;
}

qsizetype Connection::bytesToWrite() const
{
    return m_socket->bytesToWrite();
}

Status Connection::send(QByteArrayView message)
{
    if (m_state != State::Open)
        return fail(Error::network(tr("The connection to the peer is closed; the message was not sent.")));
    if (message.size() > m_options.maxMessageSize)
        return fail(Error::internal(tr("A message of %1 bytes is over the limit of %2 bytes.")
                                        .arg(message.size())
                                        .arg(m_options.maxMessageSize)));
    if (!canSend(message.size())) {
        m_wantReadyToSend = true;
        return fail(Error::network(tr("The peer is not keeping up; wait before sending more.")));
    }
    QByteArray plain;
    plain.reserve(FrameSplitter::kPrefixSize + message.size());
    FrameSplitter::appendFrame(plain, message);
    QByteArray boxed;
    boxed.reserve(BoxStreamBoxer::boxedSize(plain.size()));
    if (auto ok = m_boxer.box(plain, boxed); !ok)
        return ok;
    m_socket->write(boxed);
    return {};
}

QByteArray Connection::takeMessage()
{
    if (m_queue.isEmpty())
        return {};
    QByteArray message = m_queue.dequeue();
    m_queuedBytes -= message.size();
    // Reading stopped while the queue was full; bytes (or the end) may be waiting.
    if (!m_readScheduled && (m_socket->bytesAvailable() > 0 || m_socketEnded) &&
        (m_state == State::Open || m_state == State::Closing)) {
        m_readScheduled = true;
        QMetaObject::invokeMethod(this, &Connection::readSocket, Qt::QueuedConnection);
    }
    return message;
}

void Connection::readSocket()
{
    m_readScheduled = false;
    if (m_state != State::Open && m_state != State::Closing)
        return;
    bool received = false;
    QByteArray plain;
    QList<QByteArray> frames;
    while (!queueFull() && !m_unboxer.isEnded()) {
        const qsizetype room = m_options.inboundQueueLimit - m_queuedBytes;
        const QByteArray chunk = m_socket->read(std::min(kReadChunk, room));
        if (chunk.isEmpty())
            break;
        plain.clear();
        if (auto ok = m_unboxer.feed(chunk, plain); !ok)
            return failWith(ok.error());
        frames.clear();
        if (auto ok = m_splitter.feed(plain, frames); !ok)
            return failWith(ok.error());
        for (QByteArray& frame : frames) {
            m_queuedBytes += frame.size();
            m_queue.enqueue(std::move(frame));
            received = true;
        }
    }
    QPointer<Connection> self(this);
    if (received)
        emit messagesAvailable();
    if (!self || (m_state != State::Open && m_state != State::Closing))
        return;
    if (m_unboxer.isEnded())
        return peerSaidGoodbye();
    if (m_socketEnded && m_socket->bytesAvailable() == 0)
        return failWith(m_unboxer.finish().error()); // the end came before the goodbye
}

void Connection::onSocketEnded()
{
    m_socketEnded = true;
    if (m_state != State::Open && m_state != State::Closing)
        return;
    // Whatever arrived before the end is read first; readSocket() then judges the end.
    if (!queueFull() || m_socket->bytesAvailable() == 0)
        readSocket();
}

void Connection::onBytesWritten()
{
    if (m_wantReadyToSend && m_state == State::Open && m_socket->bytesToWrite() <= m_options.outboundBufferLimit / 2) {
        m_wantReadyToSend = false;
        emit readyToSend();
    }
}

void Connection::peerSaidGoodbye()
{
    if (m_splitter.bufferedSize() > 0)
        return failWith(Error::protocol(tr("The peer closed the connection in the middle of a message.")));
    sendGoodbye();
    finishClosed();
}

void Connection::sendGoodbye()
{
    if (m_goodbyeSent)
        return;
    m_goodbyeSent = true;
    if (auto goodbye = m_boxer.goodbye())
        m_socket->write(*goodbye);
}

void Connection::close()
{
    if (m_state != State::Open)
        return;
    sendGoodbye();
    m_state = State::Closing;
    m_closeTimer.start();
    // The peer's goodbye may already be here.
    if (!m_readScheduled) {
        m_readScheduled = true;
        QMetaObject::invokeMethod(this, &Connection::readSocket, Qt::QueuedConnection);
    }
}

void Connection::abort()
{
    if (m_state != State::Open && m_state != State::Closing)
        return;
    m_state = State::Closed;
    m_closeTimer.stop();
    disconnect(m_socket, nullptr, this, nullptr);
    m_socket->abort();
}

void Connection::finishClosed()
{
    m_state = State::Closed;
    m_closeTimer.stop();
    disconnect(m_socket, nullptr, this, nullptr);
    m_socket->disconnectFromHost(); // after what is still to write
    emit closed();
}

void Connection::onCloseTimeout()
{
    failWith(Error::network(tr("The peer did not answer our goodbye within %1 ms.").arg(m_options.closeTimeoutMs)));
}

void Connection::failWith(Error error)
{
    if (m_state == State::Closed || m_state == State::Failed)
        return;
    m_state = State::Failed;
    m_error = error;
    m_closeTimer.stop();
    disconnect(m_socket, nullptr, this, nullptr);
    m_socket->abort();
    emit failed(error);
}

} // namespace cp::net
