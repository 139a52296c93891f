// Secure channel figures on loopback, both ends in this one thread (so every byte is
// encrypted and decrypted on the same core):
//  - handshake: TCP connect + secret handshake to a Listener, median over many;
//  - throughput: 1 MB messages through Connection (box-stream) against the same bytes
//    over a plain QTcpSocket, plus box/unbox in memory.
// Usage: bench_channel [handshakes=200] [megabytes=256]
#include "core/crypto/BoxStreamBoxer.h"
#include "core/crypto/BoxStreamUnboxer.h"
#include "core/crypto/SecretHandshakeClient.h"
#include "core/crypto/SecretHandshakeServer.h"
#include "core/net/Connection.h"
#include "core/net/Dialer.h"
#include "core/net/Listener.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace cp;
using namespace cp::net;

namespace {

constexpr qsizetype kMessage = 1024 * 1024;

// Runs the event loop until quit() is called or the time is up; false on timeout.
// (QTest::qWaitFor naps 10 ms per turn, which would be measured too.)
class Waiter
{
public:
    bool wait(int timeoutMs)
    {
        if (m_done)
            return true;
        QTimer::singleShot(timeoutMs, &m_loop, &QEventLoop::quit);
        m_loop.exec();
        return m_done;
    }
    void quit()
    {
        m_done = true;
        m_loop.quit();
    }

private:
    QEventLoop m_loop;
    bool m_done = false;
};

// A transfer rate by the wall clock, and per second of this process's CPU time (what the
// code does on a core of its own; the machine may be busy with other work).
struct Rate
{
    double wall = 0;
    double cpu = 0;
};

class RateTimer
{
public:
    RateTimer() : m_cpu(std::clock()) { m_wall.start(); }
    Rate rate(double megabytes) const
    {
        const double cpuSeconds = double(std::clock() - m_cpu) / CLOCKS_PER_SEC;
        return {megabytes / (double(m_wall.nsecsElapsed()) / 1e9), megabytes / std::max(cpuSeconds, 1e-9)};
    }

private:
    QElapsedTimer m_wall;
    std::clock_t m_cpu;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[qsizetype(double(values.size() - 1) * p)];
}

void handshakeInMemory(int count)
{
    const auto server = *SecretHandshakeKeys::generate(QByteArray(32, 'n'));
    const auto client = *SecretHandshakeKeys::generate(QByteArray(32, 'n'));
    QList<double> times;
    for (int i = 0; i < count; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto c = SecretHandshakeClient::create(client, server.publicKey());
        auto s = SecretHandshakeServer::create({server});
        auto answer = s->receiveClientHello(c->hello());
        auto auth = c->receiveServerHello(*answer);
        (void)s->receiveClientAuth(*auth);
        auto accept = s->createAccept();
        auto a = c->receiveServerAccept(*accept);
        auto b = s->finish();
        if (!a || !b)
            qFatal("handshake failed");
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    std::printf("handshake, state machines only (both sides): median %.3f ms, p90 %.3f ms over %d\n", median(times),
                percentile(times, 0.9), count);
}

void handshakeOverLoopback(int count)
{
    const auto server = *SecretHandshakeKeys::generate(QByteArray(32, 'n'));
    const auto client = *SecretHandshakeKeys::generate(QByteArray(32, 'n'));
    Listener listener;
    listener.setCandidates({server});
    if (!listener.listen(QHostAddress::LocalHost))
        qFatal("cannot listen");
    QList<double> times;
    for (int i = 0; i < count; ++i) {
        Dialer dialer;
        Connection* inbound = nullptr;
        Connection* outbound = nullptr;
        Waiter waiter;
        auto c1 = QObject::connect(&listener, &Listener::connectionReady, [&](Connection* c) {
            inbound = c;
            if (outbound)
                waiter.quit();
        });
        QObject::connect(&dialer, &Dialer::connected, [&](Connection* c) {
            outbound = c;
            if (inbound)
                waiter.quit();
        });
        QElapsedTimer timer;
        timer.start();
        dialer.dial(QStringLiteral("127.0.0.1"), listener.port(), server.publicKey(), client);
        if (!waiter.wait(10000))
            qFatal("handshake %d did not complete", i);
        times << double(timer.nsecsElapsed()) / 1e6;
        QObject::disconnect(c1);
        delete inbound;
        delete outbound;
    }
    std::printf("handshake, TCP connect + SHS on loopback: median %.3f ms, p90 %.3f ms over %d\n", median(times),
                percentile(times, 0.9), count);
}

Rate boxStreamInMemory(int megabytes)
{
    auto boxer = BoxStreamBoxer::create(QByteArray(32, 'k'), QByteArray(24, 'n'));
    auto unboxer = BoxStreamUnboxer::create(QByteArray(32, 'k'), QByteArray(24, 'n'));
    const QByteArray message(kMessage, 'm');
    QByteArray boxed, plain;
    RateTimer timer;
    for (int i = 0; i < megabytes; ++i) {
        boxed.clear();
        plain.clear();
        (void)boxer->box(message, boxed);
        (void)unboxer->feed(boxed, plain);
    }
    return timer.rate(double(megabytes) * double(kMessage) / 1e6);
}

Rate connectionThroughput(int megabytes)
{
    TransportOptions options;
    options.maxMessageSize = 2 * kMessage;
    options.inboundQueueLimit = 8 * kMessage;
    options.outboundBufferLimit = 8 * kMessage;
    const auto server = *SecretHandshakeKeys::generate(QByteArray(32, 'n'));
    Listener listener(options);
    listener.setCandidates({server});
    if (!listener.listen(QHostAddress::LocalHost))
        qFatal("cannot listen");
    Dialer dialer(options);
    Connection* inbound = nullptr;
    Connection* outbound = nullptr;
    Waiter connecting;
    QObject::connect(&listener, &Listener::connectionReady, [&](Connection* c) {
        inbound = c;
        if (outbound)
            connecting.quit();
    });
    QObject::connect(&dialer, &Dialer::connected, [&](Connection* c) {
        outbound = c;
        if (inbound)
            connecting.quit();
    });
    dialer.dial(QStringLiteral("127.0.0.1"), listener.port(), server.publicKey(),
                *SecretHandshakeKeys::generate(QByteArray(32, 'n')));
    if (!connecting.wait(10000))
        qFatal("no connection");
    Waiter transfer;

    const QByteArray message(kMessage, 'm');
    int sent = 0;
    int received = 0;
    auto pump = [&] {
        while (sent < megabytes && outbound->send(message))
            ++sent;
    };
    QObject::connect(outbound, &Connection::readyToSend, pump);
    QObject::connect(inbound, &Connection::messagesAvailable, [&] {
        while (inbound->hasMessage()) {
            if (inbound->takeMessage().size() != kMessage)
                qFatal("wrong message size");
            ++received;
        }
        if (received == megabytes)
            transfer.quit();
    });
    RateTimer timer;
    pump();
    if (!transfer.wait(600000))
        qFatal("transfer stalled at %d of %d", received, megabytes);
    return timer.rate(double(megabytes) * double(kMessage) / 1e6);
}

Rate plainSocketThroughput(int megabytes)
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        qFatal("cannot listen");
    QTcpSocket client;
    Waiter connecting;
    QObject::connect(&server, &QTcpServer::newConnection, [&] { connecting.quit(); });
    client.connectToHost(QStringLiteral("127.0.0.1"), server.serverPort());
    if (!connecting.wait(10000))
        qFatal("no connection");
    QTcpSocket* peer = server.nextPendingConnection();
    peer->setReadBufferSize(4 * 64 * 1024); // as Connection does
    const QByteArray message(kMessage, 'm');
    const qint64 total = qint64(megabytes) * kMessage;
    qint64 read = 0;
    int written = 0;
    Waiter transfer;
    auto pump = [&] {
        while (written < megabytes && client.bytesToWrite() < 8 * kMessage) {
            client.write(message);
            ++written;
        }
    };
    QObject::connect(&client, &QTcpSocket::bytesWritten, pump);
    QObject::connect(peer, &QTcpSocket::readyRead, [&] {
        while (peer->bytesAvailable() > 0)
            read += peer->read(64 * 1024).size();
        if (read == total)
            transfer.quit();
    });
    RateTimer timer;
    pump();
    if (!transfer.wait(600000))
        qFatal("plain transfer stalled");
    return timer.rate(double(total) / 1e6);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int handshakes = argc > 1 ? std::atoi(argv[1]) : 200;
    const int megabytes = argc > 2 ? std::atoi(argv[2]) : 256;
    handshakeInMemory(handshakes);
    handshakeOverLoopback(handshakes);
    const Rate memory = boxStreamInMemory(megabytes);
    std::printf("box-stream in memory, box + unbox of 1 MB messages: %.0f MB/s (%.0f MB/s per CPU second)\n",
                memory.wall, memory.cpu);
    const Rate plain = plainSocketThroughput(megabytes);
    const Rate secure = connectionThroughput(megabytes);
    std::printf("loopback, %d x 1 MB messages, sender and receiver on one thread:\n"
                "  Connection (box-stream): %.0f MB/s (%.0f MB/s per CPU second)\n"
                "  plain QTcpSocket:        %.0f MB/s (%.0f MB/s per CPU second)\n",
                megabytes, secure.wall, secure.cpu, plain.wall, plain.cpu);
    return 0;
}
