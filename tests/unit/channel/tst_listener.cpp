#include "ChannelTestSupport.h"
#include "core/net/Connection.h"
#include "core/net/Dialer.h"
#include "core/net/Listener.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace cp;
using namespace cp::net;
using namespace channeltest;

// Listener and Dialer: the secret handshake over real sockets on 127.0.0.1.
class TestListener : public QObject
{
    Q_OBJECT

private slots:
    void dialerReachesListener();
    void listenerPicksTheCommonsByNetworkKey();
    void wrongNetworkKeyFailsBothSidesAndServerSaysNothing();
    void strangerBytesGetNoAnswer();
    void wrongPeerIdFailsBothSides();
    void silentClientTimesOut();
    void silentServerTimesOut();
    void refusedPortFailsDial();
    void authorizerCanRefuse();
    void listenerWithoutCandidatesTurnsAway();
    void pendingHandshakesAreBounded();
    void dialTimeoutGivesUp();
};

void TestListener::dialerReachesListener()
{
    const auto server = identity('n');
    const auto client = identity('n');
    Listener listener(fastOptions());
    listener.setCandidates({server});
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    QSignalSpy ready(&listener, &Listener::connectionReady);
    Dialer dialer(fastOptions());
    QSignalSpy connected(&dialer, &Dialer::connected);
    QSignalSpy failed(&dialer, &Dialer::failed);
    dialer.dial(QStringLiteral("127.0.0.1"), listener.port(), server.publicKey(), client);
    QVERIFY(connected.wait());
    QTRY_COMPARE(ready.size(), 1);
    QCOMPARE(failed.size(), 0);
    auto* outbound = connected.first().first().value<Connection*>();
    auto* inbound = ready.first().first().value<Connection*>();
    QCOMPARE(outbound->remotePublicKey(), server.publicKey());
    QCOMPARE(inbound->remotePublicKey(), client.publicKey());
    QVERIFY(inbound->isInbound());
    QVERIFY(!outbound->isInbound());
    QCOMPARE(outbound->parent(), &dialer);
    QCOMPARE(listener.pendingHandshakes(), 0);
}

void TestListener::listenerPicksTheCommonsByNetworkKey()
{
    const auto serverA = identity('a');
    const auto serverB = *serverA.withNetworkKey(networkKey('b'));
    const auto serverC = *serverA.withNetworkKey(networkKey('c'));
    Listener listener(fastOptions());
    listener.setCandidates({serverA, serverB, serverC});
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    QSignalSpy ready(&listener, &Listener::connectionReady);
    for (char commons : {'c', 'a'}) {
        Dialer dialer(fastOptions());
        QSignalSpy connected(&dialer, &Dialer::connected);
        dialer.dial(QStringLiteral("127.0.0.1"), listener.port(), serverA.publicKey(), identity(commons));
        QVERIFY(connected.wait());
        QTRY_VERIFY(!ready.isEmpty());
        QCOMPARE(ready.takeFirst().first().value<Connection*>()->candidateIndex(), commons == 'a' ? 0 : 2);
    }
}

void TestListener::wrongNetworkKeyFailsBothSidesAndServerSaysNothing()
{
    const auto server = identity('s');
    Listener listener(fastOptions());
    listener.setCandidates({server});
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    QSignalSpy ready(&listener, &Listener::connectionReady);
    QSignalSpy refused(&listener, &Listener::handshakeFailed);
    Dialer dialer(fastOptions());
    QSignalSpy failed(&dialer, &Dialer::failed);
    QSignalSpy connected(&dialer, &Dialer::connected);
    dialer.dial(QStringLiteral("127.0.0.1"), listener.port(), server.publicKey(), identity('x'));
    QVERIFY(failed.wait());
    QTRY_COMPARE(refused.size(), 1);
    QCOMPARE(connected.size(), 0);
    QCOMPARE(ready.size(), 0);
    const Error error = failed.first().first().value<Error>();
    QCOMPARE(error.kind, Error::Kind::Network);
    QVERIFY2(error.message.contains(u"not a member"), qPrintable(error.message));
    QCOMPARE(refused.first().first().value<Error>().kind, Error::Kind::Crypto);
}

void TestListener::strangerBytesGetNoAnswer()
{
    // A hello under an unknown network key, byte by byte as a stranger would send it:
    // the server closes without a single byte in answer.
    const auto server = identity('s');
    Listener listener(fastOptions());
    listener.setCandidates({server});
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    QSignalSpy refused(&listener, &Listener::handshakeFailed);
    auto stranger = SecretHandshakeClient::create(identity('x'), server.publicKey());
    QVERIFY(stranger);
    QTcpSocket socket;
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    socket.connectToHost(QStringLiteral("127.0.0.1"), listener.port());
    QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
    socket.write(stranger->hello() + QByteArray(112, 'a'));
    QVERIFY(disconnected.wait());
    QCOMPARE(socket.bytesAvailable(), 0);
    QCOMPARE(socket.readAll(), QByteArray());
    QCOMPARE(refused.size(), 1);
}

void TestListener::wrongPeerIdFailsBothSides()
{
    // The client expects someone else at this address: the server cannot open the
    // client's proof and hangs up; the client learns that the peer is not who it expected.
    const auto server = identity('n');
    Listener listener(fastOptions());
    listener.setCandidates({server});
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    QSignalSpy refused(&listener, &Listener::handshakeFailed);
    Dialer dialer(fastOptions());
    QSignalSpy failed(&dialer, &Dialer::failed);
    dialer.dial(QStringLiteral("127.0.0.1"), listener.port(), identity('n').publicKey(), identity('n'));
    QVERIFY(failed.wait());
    QTRY_COMPARE(refused.size(), 1);
    QVERIFY(refused.first().first().value<Error>().message.contains(u"prove its identity"));
}

void TestListener::silentClientTimesOut()
{
    TransportOptions options = fastOptions();
    options.handshakeTimeoutMs = 200;
    Listener listener(options);
    listener.setCandidates({identity('n')});
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    QSignalSpy refused(&listener, &Listener::handshakeFailed);
    QTcpSocket socket;
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    socket.connectToHost(QStringLiteral("127.0.0.1"), listener.port());
    socket.write(QByteArray(10, 'x')); // part of a hello, then nothing
    QVERIFY(refused.wait());
    QVERIFY(refused.first().first().value<Error>().message.contains(u"longer than 200 ms"));
    QVERIFY(disconnected.wait() || socket.state() == QAbstractSocket::UnconnectedState);
    QCOMPARE(socket.bytesAvailable(), 0);
    QCOMPARE(listener.pendingHandshakes(), 0);
}

void TestListener::silentServerTimesOut()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    TransportOptions options = fastOptions();
    options.handshakeTimeoutMs = 200;
    Dialer dialer(options);
    QSignalSpy failed(&dialer, &Dialer::failed);
    dialer.dial(QStringLiteral("127.0.0.1"), silent.serverPort(), identity('n').publicKey(), identity('n'));
    QVERIFY(failed.wait());
    QVERIFY(failed.first().first().value<Error>().message.contains(u"longer than 200 ms"));
    QVERIFY(!dialer.isBusy());
}

void TestListener::refusedPortFailsDial()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close(); // nobody listens there now
    Dialer dialer(fastOptions());
    QSignalSpy failed(&dialer, &Dialer::failed);
    dialer.dial(QStringLiteral("127.0.0.1"), port, identity('n').publicKey(), identity('n'));
    QVERIFY(failed.wait());
    QCOMPARE(failed.first().first().value<Error>().kind, Error::Kind::Network);
    QVERIFY(failed.first().first().value<Error>().message.contains(u"Could not connect"));
}

void TestListener::authorizerCanRefuse()
{
    const auto server = identity('n');
    const auto blocked = identity('n');
    Listener listener(fastOptions());
    listener.setCandidates({server});
    listener.setAuthorizer([&](const QByteArray& key, qsizetype) { return key != blocked.publicKey(); });
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    QSignalSpy refused(&listener, &Listener::handshakeFailed);
    QSignalSpy ready(&listener, &Listener::connectionReady);
    Dialer dialer(fastOptions());
    QSignalSpy failed(&dialer, &Dialer::failed);
    dialer.dial(QStringLiteral("127.0.0.1"), listener.port(), server.publicKey(), blocked);
    QVERIFY(failed.wait());
    QTRY_COMPARE(refused.size(), 1);
    QCOMPARE(ready.size(), 0);
}

void TestListener::listenerWithoutCandidatesTurnsAway()
{
    Listener listener(fastOptions());
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    QSignalSpy refused(&listener, &Listener::handshakeFailed);
    Dialer dialer(fastOptions());
    QSignalSpy failed(&dialer, &Dialer::failed);
    dialer.dial(QStringLiteral("127.0.0.1"), listener.port(), identity('n').publicKey(), identity('n'));
    QVERIFY(failed.wait());
    QCOMPARE(refused.size(), 1);
}

void TestListener::pendingHandshakesAreBounded()
{
    TransportOptions options = fastOptions();
    options.maxPendingHandshakes = 1;
    const auto server = identity('n');
    Listener listener(options);
    listener.setCandidates({server});
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    QSignalSpy refused(&listener, &Listener::handshakeFailed);
    QTcpSocket silent; // holds the only slot
    silent.connectToHost(QStringLiteral("127.0.0.1"), listener.port());
    QTRY_COMPARE(listener.pendingHandshakes(), 1);
    Dialer dialer(fastOptions());
    QSignalSpy failed(&dialer, &Dialer::failed);
    dialer.dial(QStringLiteral("127.0.0.1"), listener.port(), server.publicKey(), identity('n'));
    QVERIFY(failed.wait());
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused.first().first().value<Error>().message.contains(u"Too many"));
    // Once the slot is free, the next client gets through.
    silent.abort();
    QTRY_COMPARE(listener.pendingHandshakes(), 0);
    QSignalSpy connected(&dialer, &Dialer::connected);
    dialer.dial(QStringLiteral("127.0.0.1"), listener.port(), server.publicKey(), identity('n'));
    QVERIFY(connected.wait());
}

void TestListener::dialTimeoutGivesUp()
{
    // 192.0.2.1 (TEST-NET-1) never answers; depending on the network the dial times out or
    // is refused at once as unreachable. Either way it ends with failed(), promptly.
    TransportOptions options = fastOptions();
    options.dialTimeoutMs = 200;
    Dialer dialer(options);
    QSignalSpy failed(&dialer, &Dialer::failed);
    dialer.dial(QStringLiteral("192.0.2.1"), 9, identity('n').publicKey(), identity('n'));
    QVERIFY(failed.wait(3000));
    QCOMPARE(failed.first().first().value<Error>().kind, Error::Kind::Network);
    QVERIFY(!dialer.isBusy());
}

QTEST_GUILESS_MAIN(TestListener)
#include "tst_listener.moc"
