#include "ChannelTestSupport.h"
#include "core/crypto/BoxStreamBoxer.h"
#include "core/net/Connection.h"
#include "core/net/Dialer.h"
#include "core/net/FrameSplitter.h"
#include "core/net/Listener.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <cstring>
#include <memory>

using namespace cp;
using namespace cp::net;
using namespace channeltest;

// Connection: whole messages over box-stream between two real endpoints on 127.0.0.1.
class TestConnection : public QObject
{
    Q_OBJECT

private slots:
    void exchangesMessagesBothWays();
    void closeExchangesGoodbyes();
    void peerGoodbyeIsAnswered();
    void truncatedStreamIsReported();
    void tamperedStreamIsReported();
    void oversizedMessageIsRefused();
    void backpressureBoundsTheQueue();

private:
    struct Pair
    {
        std::unique_ptr<Listener> listener;
        std::unique_ptr<Dialer> dialer;
        Connection* server = nullptr;
        Connection* client = nullptr;
    };
    static Pair connectPair(TransportOptions serverOptions = fastOptions(),
                            TransportOptions clientOptions = fastOptions());
};

namespace {

QByteArray pattern(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (char& c : bytes)
        c = char(generator.generate());
    return bytes;
}

} // namespace

TestConnection::Pair TestConnection::connectPair(TransportOptions serverOptions, TransportOptions clientOptions)
{
    Pair pair;
    const auto serverKeys = identity('n');
    pair.listener = std::make_unique<Listener>(serverOptions);
    pair.listener->setCandidates({serverKeys});
    if (!pair.listener->listen(QHostAddress::LocalHost))
        return pair;
    pair.dialer = std::make_unique<Dialer>(clientOptions);
    QObject::connect(pair.listener.get(), &Listener::connectionReady, [&pair](Connection* c) { pair.server = c; });
    QObject::connect(pair.dialer.get(), &Dialer::connected, [&pair](Connection* c) { pair.client = c; });
    pair.dialer->dial(QStringLiteral("127.0.0.1"), pair.listener->port(), serverKeys.publicKey(), identity('n'));
    if (!QTest::qWaitFor([&] { return pair.server && pair.client; }, 5000))
        qWarning("the pair did not connect");
    QObject::disconnect(pair.listener.get(), nullptr, nullptr, nullptr);
    QObject::disconnect(pair.dialer.get(), nullptr, nullptr, nullptr);
    return pair;
}

void TestConnection::exchangesMessagesBothWays()
{
    auto pair = connectPair();
    QVERIFY(pair.server && pair.client);
    const QList<QByteArray> messages{QByteArray("hi"), pattern(4096, 1), pattern(4097, 2), pattern(60000, 3),
                                     QByteArray()};
    for (const QByteArray& m : messages) {
        QVERIFY(pair.client->send(m));
        QVERIFY(pair.server->send(m));
    }
    QTRY_COMPARE(pair.server->queuedMessages(), messages.size());
    QTRY_COMPARE(pair.client->queuedMessages(), messages.size());
    for (const QByteArray& m : messages) {
        QCOMPARE(pair.server->takeMessage(), m);
        QCOMPARE(pair.client->takeMessage(), m);
    }
    QVERIFY(!pair.server->hasMessage());
    QCOMPARE(pair.server->queuedBytes(), 0);
}

void TestConnection::closeExchangesGoodbyes()
{
    auto pair = connectPair();
    QVERIFY(pair.server && pair.client);
    QSignalSpy serverClosed(pair.server, &Connection::closed);
    QSignalSpy clientClosed(pair.client, &Connection::closed);
    QSignalSpy serverFailed(pair.server, &Connection::failed);
    QSignalSpy clientFailed(pair.client, &Connection::failed);
    QVERIFY(pair.client->send("last words"));
    pair.client->close();
    QCOMPARE(pair.client->state(), Connection::State::Closing);
    QVERIFY(!pair.client->send("too late"));
    QTRY_COMPARE(serverClosed.size(), 1);
    QTRY_COMPARE(clientClosed.size(), 1);
    QCOMPARE(serverFailed.size(), 0);
    QCOMPARE(clientFailed.size(), 0);
    QCOMPARE(pair.server->takeMessage(), QByteArray("last words"));
    QCOMPARE(pair.server->state(), Connection::State::Closed);
    QCOMPARE(pair.client->state(), Connection::State::Closed);
}

void TestConnection::peerGoodbyeIsAnswered()
{
    auto pair = connectPair();
    QVERIFY(pair.server && pair.client);
    QSignalSpy clientClosed(pair.client, &Connection::closed);
    QSignalSpy serverClosed(pair.server, &Connection::closed);
    pair.server->close();
    QVERIFY(clientClosed.wait());
    QTRY_COMPARE(serverClosed.size(), 1);
    QVERIFY(!pair.client->error());
}

void TestConnection::truncatedStreamIsReported()
{
    const auto serverKeys = identity('n');
    Listener listener(fastOptions());
    listener.setCandidates({serverKeys});
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    Connection* server = nullptr;
    connect(&listener, &Listener::connectionReady, this, [&](Connection* c) { server = c; });
    QTcpSocket raw;
    auto session = rawHandshake(raw, listener.port(), identity('n'), serverKeys.publicKey());
    QVERIFY(session);
    QTRY_VERIFY(server);
    QSignalSpy failed(server, &Connection::failed);
    QSignalSpy closed(server, &Connection::closed);
    BoxStreamBoxer boxer(session->keys);
    // One whole message, then half of the next, then the end without a goodbye.
    QByteArray plain = FrameSplitter::frame("complete") + FrameSplitter::frame(pattern(9000, 4)).left(5000);
    raw.write(*boxer.box(plain));
    raw.disconnectFromHost();
    QVERIFY(failed.wait());
    QCOMPARE(closed.size(), 0);
    QCOMPARE(server->takeMessage(), QByteArray("complete"));
    const Error error = failed.first().first().value<Error>();
    QCOMPARE(error.kind, Error::Kind::Network);
    QVERIFY2(error.message.contains(u"goodbye"), qPrintable(error.message));
    QCOMPARE(server->state(), Connection::State::Failed);
}

void TestConnection::tamperedStreamIsReported()
{
    const auto serverKeys = identity('n');
    Listener listener(fastOptions());
    listener.setCandidates({serverKeys});
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    Connection* server = nullptr;
    connect(&listener, &Listener::connectionReady, this, [&](Connection* c) { server = c; });
    QTcpSocket raw;
    auto session = rawHandshake(raw, listener.port(), identity('n'), serverKeys.publicKey());
    QVERIFY(session);
    QTRY_VERIFY(server);
    QSignalSpy failed(server, &Connection::failed);
    QSignalSpy disconnected(&raw, &QTcpSocket::disconnected);
    BoxStreamBoxer boxer(session->keys);
    QByteArray boxed = *boxer.box(FrameSplitter::frame("genuine"));
    boxed[40] = char(boxed[40] ^ 1);
    raw.write(boxed);
    QVERIFY(failed.wait());
    QCOMPARE(failed.first().first().value<Error>().kind, Error::Kind::Protocol);
    QVERIFY(!server->hasMessage());
    QVERIFY(disconnected.wait() || raw.state() == QAbstractSocket::UnconnectedState);
}

void TestConnection::oversizedMessageIsRefused()
{
    TransportOptions options = fastOptions();
    options.maxMessageSize = 1000;
    auto pair = connectPair(options, fastOptions());
    QVERIFY(pair.server && pair.client);
    // Our own sender refuses; a peer that announces more is cut off.
    QVERIFY(!pair.server->send(QByteArray(1001, 'x')));
    QVERIFY(pair.server->send(QByteArray(1000, 'x')));
    QSignalSpy failed(pair.server, &Connection::failed);
    QVERIFY(pair.client->send(QByteArray(5000, 'y')));
    QVERIFY(failed.wait());
    QCOMPARE(failed.first().first().value<Error>().kind, Error::Kind::Protocol);
    QVERIFY(failed.first().first().value<Error>().message.contains(u"limit"));
}

void TestConnection::backpressureBoundsTheQueue()
{
    TransportOptions serverOptions = fastOptions();
    serverOptions.inboundQueueLimit = 64 * 1024;
    TransportOptions clientOptions = fastOptions();
    clientOptions.outboundBufferLimit = 64 * 1024;
    auto pair = connectPair(serverOptions, clientOptions);
    QVERIFY(pair.server && pair.client);

    constexpr int kMessages = 4000; // 32 MB: more than every socket buffer between the two
    constexpr qsizetype kSize = 8 * 1024;
    int sent = 0;
    bool refused = false;
    auto pump = [&] {
        while (sent < kMessages) {
            QByteArray message(kSize, char(sent & 0xff));
            std::memcpy(message.data(), &sent, sizeof sent);
            if (!pair.client->send(message)) {
                refused = true;
                return;
            }
            ++sent;
        }
    };
    connect(pair.client, &Connection::readyToSend, this, pump);
    qsizetype highest = 0;
    connect(pair.server, &Connection::messagesAvailable, this,
            [&] { highest = std::max(highest, pair.server->queuedBytes()); });
    pump();
    QVERIFY(refused);

    // Nobody takes messages: the queue fills, the sender stalls and cannot finish.
    QTRY_VERIFY(pair.server->queuedBytes() >= serverOptions.inboundQueueLimit);
    QVERIFY(!QTest::qWaitFor([&] { return sent == kMessages; }, 1500));
    QVERIFY2(highest <= serverOptions.inboundQueueLimit + kSize + 4,
             qPrintable(QStringLiteral("queue held %1 bytes").arg(highest)));
    QVERIFY(pair.client->bytesToWrite() <= clientOptions.outboundBufferLimit + kSize + 100);

    // Taking messages lets everything through, in order.
    int received = 0;
    bool inOrder = true;
    auto drain = [&] {
        while (pair.server->hasMessage()) {
            const QByteArray m = pair.server->takeMessage();
            int index = -1;
            std::memcpy(&index, m.constData(), sizeof index);
            inOrder = inOrder && index == received && m.size() == kSize;
            ++received;
        }
    };
    connect(pair.server, &Connection::messagesAvailable, this, drain);
    drain();
    QTRY_VERIFY_WITH_TIMEOUT(received == kMessages, 30000);
    QVERIFY(inOrder);
    QVERIFY(highest <= serverOptions.inboundQueueLimit + kSize + 4);
}

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
