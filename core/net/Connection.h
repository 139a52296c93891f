#pragma once

#include "core/Error.h"
#include "core/crypto/BoxStreamBoxer.h"
#include "core/crypto/BoxStreamUnboxer.h"
#include "core/crypto/SecretHandshakeSession.h"
#include "core/net/FrameSplitter.h"
#include "core/net/TransportOptions.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QQueue>
#include <QTimer>
#include <optional>

class QTcpSocket;

namespace cp::net {

// An authenticated, encrypted connection to one peer, after the secret handshake:
// whole messages (QByteArray, each framed with a u32 big-endian length) over
// box-stream. Fully asynchronous and bounded both ways:
//  - received messages wait in a queue (messagesAvailable(), takeMessage()); while it
//    holds inboundQueueLimit bytes the socket is not read, so the peer slows down;
//  - send() refuses while outboundBufferLimit bytes wait to go out; readyToSend() says
//    when to try again.
// close() sends the goodbye and waits for the peer's; a peer's goodbye is answered with
// ours. The end is closed() after both goodbyes, or failed() for anything else: a
// stream cut short, tampered with, an oversized message, a socket error.
class Connection : public QObject
{
    Q_OBJECT

public:
    enum class State { Open, Closing, Closed, Failed };

    // Takes over the socket (it becomes our child) of a handshake that just completed.
    Connection(QTcpSocket* socket, SecretHandshakeSession session, bool inbound, TransportOptions options,
               QObject* parent = nullptr);
    ~Connection() override;

    [[nodiscard]] QByteArray remotePublicKey() const { return m_remotePublicKey; }
    // On an inbound connection, which of the listener's (network key, identity) entries matched.
    [[nodiscard]] qsizetype candidateIndex() const { return m_candidateIndex; }
    [[nodiscard]] bool isInbound() const { return m_inbound; }
    [[nodiscard]] QHostAddress peerAddress() const { return m_peerAddress; }
    [[nodiscard]] quint16 peerPort() const { return m_peerPort; }
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] std::optional<Error> error() const { return m_error; }
    [[nodiscard]] const TransportOptions& options() const { return m_options; }

    // Queues one message. Fails when the connection is not open, the message is over the
    // limit, or the outbound buffer is full (then wait for readyToSend()).
    Status send(QByteArrayView message);
    [[nodiscard]] bool canSend(qsizetype messageSize) const;
    [[nodiscard]] qsizetype bytesToWrite() const;

    [[nodiscard]] bool hasMessage() const { return !m_queue.isEmpty(); }
    // The oldest received message, or an empty array when none is waiting.
    [[nodiscard]] QByteArray takeMessage();
    [[nodiscard]] qsizetype queuedMessages() const { return m_queue.size(); }
    [[nodiscard]] qsizetype queuedBytes() const { return m_queuedBytes; }

    // Graceful end: our goodbye, then the peer's. Messages already received stay takeable.
    void close();
    // Immediate end without goodbye (the peer will see a truncated stream).
    void abort();

signals:
    void messagesAvailable();
    void readyToSend();
    void closed();
    void failed(const cp::Error& error);

private:
    void readSocket();
    void onSocketEnded();
    void onBytesWritten();
    void onCloseTimeout();
    void peerSaidGoodbye();
    void sendGoodbye();
    void finishClosed();
    void failWith(Error error);
    [[nodiscard]] bool queueFull() const { return m_queuedBytes >= m_options.inboundQueueLimit; }

    QTcpSocket* m_socket;
    TransportOptions m_options;
    BoxStreamBoxer m_boxer;
    BoxStreamUnboxer m_unboxer;
    FrameSplitter m_splitter;
    QQueue<QByteArray> m_queue;
    qsizetype m_queuedBytes = 0;
    QByteArray m_remotePublicKey;
    qsizetype m_candidateIndex = 0;
    QHostAddress m_peerAddress;
    quint16 m_peerPort = 0;
    bool m_inbound = false;
    bool m_socketEnded = false;
    bool m_goodbyeSent = false;
    bool m_wantReadyToSend = false;
    bool m_readScheduled = false;
    State m_state = State::Open;
    std::optional<Error> m_error;
    QTimer m_closeTimer;
};

} // namespace cp::net
