#include "core/crypto/SecretHandshakeKeys.h"
#include "core/net/Connection.h"
#include "core/net/Dialer.h"
#include "core/net/Listener.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace cp;
using namespace cp::net;
using namespace Qt::StringLiterals;

// Our handshake and box-stream against the reference implementations, live over TCP:
// the npm packages secret-handshake and pull-box-stream, driven by shs-peer.js.
class TestReferenceInterop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ourClientTheirServer();
    void theirClientOurServer();
    void wrongNetworkKeyOurClientTheirServer();
    void wrongNetworkKeyTheirClientOurServer();

private:
    // One run of shs-peer.js, with its JSON lines as they come.
    struct Peer
    {
        std::unique_ptr<QProcess> process;
        QList<QJsonObject> events;
        QJsonObject event(const QString& name) const
        {
            for (const QJsonObject& e : events)
                if (e[u"event"].toString() == name)
                    return e;
            return {};
        }
    };
    std::unique_ptr<Peer> startPeer(const QStringList& arguments);
    static bool waitForExit(Peer& peer);

    QString m_node;
    QString m_modules;
    QString m_script;
};

namespace {

// The packages, pinned; the cache is reinstalled when this changes.
const QByteArray kPackageJson = R"({
  "name": "commonplace-interop",
  "private": true,
  "dependencies": {
    "pull-box-stream": "1.0.13",
    "pull-stream": "3.7.0",
    "secret-handshake": "1.1.21",
    "stream-to-pull-stream": "1.7.3"
  }
}
)";

const QList<int> kSizes{10000, 1, 4096, 4097, 60000};

QByteArray pattern(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char((i * 31 + size) & 0xff);
    return bytes;
}

QByteArray reversed(QByteArray bytes)
{
    std::reverse(bytes.begin(), bytes.end());
    return bytes;
}

QByteArray randomKey()
{
    QByteArray key(32, Qt::Uninitialized);
    for (char& c : key)
        c = char(QRandomGenerator::global()->generate());
    return key;
}

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

QStringList sizesArgument()
{
    QStringList sizes;
    for (int size : kSizes)
        sizes << QString::number(size);
    return {sizes.join(u',')};
}

} // namespace

void TestReferenceInterop::initTestCase()
{
    m_node = QStandardPaths::findExecutable(u"node"_s);
    const QString npm = QStandardPaths::findExecutable(u"npm"_s);
    if (m_node.isEmpty() || npm.isEmpty())
        QSKIP("node or npm is not on PATH: skipping the live interop test against the reference "
              "secret-handshake and pull-box-stream. Install Node.js to run it.");
    m_script = qEnvironmentVariable("COMMONPLACE_SHS_PEER");
    QVERIFY2(QFile::exists(m_script), "COMMONPLACE_SHS_PEER must name tests/net/channel/shs-peer.js");

    QString cacheRoot = qEnvironmentVariable("XDG_CACHE_HOME");
    if (cacheRoot.isEmpty())
        cacheRoot = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    const QString dir = cacheRoot + u"/commonplace-tests/npm-interop"_s;
    QVERIFY(QDir().mkpath(dir));
    m_modules = dir + u"/node_modules"_s;

    QLockFile lock(dir + u"/install.lock"_s);
    lock.setStaleLockTime(0);
    QVERIFY(lock.tryLock(600000));
    QFile stamp(dir + u"/installed.stamp"_s);
    const bool installed = stamp.open(QIODevice::ReadOnly) && stamp.readAll() == kPackageJson &&
                           QFile::exists(m_modules + u"/secret-handshake/package.json"_s) &&
                           QFile::exists(m_modules + u"/pull-box-stream/package.json"_s);
    stamp.close();
    if (installed)
        return;

    qInfo("Installing secret-handshake and pull-box-stream into %s (once)", qPrintable(dir));
    QFile package(dir + u"/package.json"_s);
    QVERIFY(package.open(QIODevice::WriteOnly | QIODevice::Truncate));
    package.write(kPackageJson);
    package.close();
    QProcess install;
    install.setWorkingDirectory(dir);
    install.setProcessChannelMode(QProcess::MergedChannels);
    QSignalSpy finished(&install, &QProcess::finished);
    install.start(npm, {u"install"_s, u"--no-audit"_s, u"--no-fund"_s});
    QVERIFY2(finished.wait(300000), "npm install did not finish within 5 minutes");
    const QByteArray log = install.readAll();
    QVERIFY2(install.exitStatus() == QProcess::NormalExit && install.exitCode() == 0, log.constData());
    QVERIFY(stamp.open(QIODevice::WriteOnly | QIODevice::Truncate));
    stamp.write(kPackageJson);
}

std::unique_ptr<TestReferenceInterop::Peer> TestReferenceInterop::startPeer(const QStringList& arguments)
{
    auto peer = std::make_unique<Peer>();
    peer->process = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"NODE_PATH"_s, m_modules);
    peer->process->setProcessEnvironment(environment);
    Peer* raw = peer.get();
    connect(raw->process.get(), &QProcess::readyReadStandardOutput, this, [raw] {
        while (raw->process->canReadLine())
            raw->events << QJsonDocument::fromJson(raw->process->readLine()).object();
    });
    connect(raw->process.get(), &QProcess::readyReadStandardError, this,
            [raw] { qWarning("shs-peer.js: %s", raw->process->readAllStandardError().constData()); });
    peer->process->start(m_node, QStringList{m_script} + arguments);
    return peer;
}

bool TestReferenceInterop::waitForExit(Peer& peer)
{
    if (peer.process->state() != QProcess::NotRunning) {
        QSignalSpy finished(peer.process.get(), &QProcess::finished);
        if (!finished.wait(20000))
            return false;
    }
    while (peer.process->canReadLine())
        peer.events << QJsonDocument::fromJson(peer.process->readLine()).object();
    return true;
}

void TestReferenceInterop::ourClientTheirServer()
{
    const QByteArray networkKey = randomKey();
    auto peer = startPeer({u"server"_s, hex(networkKey), hex(randomKey())});
    QTRY_VERIFY_WITH_TIMEOUT(!peer->event(u"listening"_s).isEmpty(), 20000);
    const QJsonObject listening = peer->event(u"listening"_s);
    const QByteArray serverKey = QByteArray::fromHex(listening[u"publicKey"].toString().toLatin1());

    Dialer dialer;
    QSignalSpy connected(&dialer, &Dialer::connected);
    QSignalSpy failed(&dialer, &Dialer::failed);
    dialer.dial(u"127.0.0.1"_s, quint16(listening[u"port"].toInt()), serverKey,
                *SecretHandshakeKeys::generate(networkKey));
    QVERIFY2(connected.wait(10000),
             failed.isEmpty() ? "no answer" : qPrintable(failed.first().first().value<Error>().message));
    auto* connection = connected.first().first().value<Connection*>();
    QCOMPARE(connection->remotePublicKey(), serverKey);

    for (int size : kSizes)
        QVERIFY(connection->send(pattern(size)));
    QTRY_COMPARE_WITH_TIMEOUT(connection->queuedMessages(), kSizes.size(), 10000);
    for (int size : kSizes)
        QCOMPARE(connection->takeMessage(), reversed(pattern(size)));

    QSignalSpy closed(connection, &Connection::closed);
    QSignalSpy broken(connection, &Connection::failed);
    connection->close();
    QVERIFY(closed.wait(10000));
    QCOMPARE(broken.size(), 0);
    QVERIFY(waitForExit(*peer));
    const QJsonObject done = peer->event(u"done"_s);
    QCOMPARE(done[u"messages"].toInt(), kSizes.size());
    QVERIFY2(done[u"clean"].toBool(), qPrintable(done[u"error"].toString()));
    QCOMPARE(peer->process->exitCode(), 0);
}

void TestReferenceInterop::theirClientOurServer()
{
    const QByteArray networkKey = randomKey();
    const QByteArray clientSeed = randomKey();
    const auto serverKeys = *SecretHandshakeKeys::generate(networkKey);
    Listener listener;
    listener.setCandidates({serverKeys});
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    Connection* connection = nullptr;
    bool closedCleanly = false;
    std::optional<Error> failure;
    connect(&listener, &Listener::connectionReady, this, [&](Connection* c) {
        connection = c;
        // Echo every message back reversed, as the reference server in shs-peer.js does.
        connect(c, &Connection::messagesAvailable, this, [c] {
            while (c->hasMessage())
                QVERIFY(c->send(reversed(c->takeMessage())));
        });
        connect(c, &Connection::closed, this, [&] { closedCleanly = true; });
        connect(c, &Connection::failed, this, [&](const Error& e) { failure = e; });
    });

    auto peer = startPeer(QStringList{u"client"_s, hex(networkKey), hex(clientSeed), QString::number(listener.port()),
                                      hex(serverKeys.publicKey())} +
                          sizesArgument());
    QVERIFY(waitForExit(*peer));
    const QJsonObject done = peer->event(u"done"_s);
    QVERIFY2(peer->process->exitCode() == 0, QJsonDocument(done).toJson().constData());
    QCOMPARE(done[u"messages"].toInt(), kSizes.size());
    QVERIFY(done[u"matches"].toBool());
    QVERIFY(done[u"clean"].toBool());
    QVERIFY(connection);
    QTRY_VERIFY(closedCleanly || failure);
    QVERIFY2(closedCleanly, failure ? qPrintable(failure->message) : "");
    QCOMPARE(connection->remotePublicKey(), SecretHandshakeKeys::fromSeed(networkKey, clientSeed)->publicKey());
}

void TestReferenceInterop::wrongNetworkKeyOurClientTheirServer()
{
    auto peer = startPeer({u"server"_s, hex(randomKey()), hex(randomKey())});
    QTRY_VERIFY_WITH_TIMEOUT(!peer->event(u"listening"_s).isEmpty(), 20000);
    const QJsonObject listening = peer->event(u"listening"_s);
    Dialer dialer;
    QSignalSpy connected(&dialer, &Dialer::connected);
    QSignalSpy failed(&dialer, &Dialer::failed);
    dialer.dial(u"127.0.0.1"_s, quint16(listening[u"port"].toInt()),
                QByteArray::fromHex(listening[u"publicKey"].toString().toLatin1()),
                *SecretHandshakeKeys::generate(randomKey()));
    QVERIFY(failed.wait(10000));
    QCOMPARE(connected.size(), 0);
    QVERIFY(waitForExit(*peer));
    QCOMPARE(peer->process->exitCode(), 3);
    QVERIFY(!peer->event(u"handshake-failed"_s).isEmpty());
}

void TestReferenceInterop::wrongNetworkKeyTheirClientOurServer()
{
    const auto serverKeys = *SecretHandshakeKeys::generate(randomKey());
    Listener listener;
    listener.setCandidates({serverKeys});
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    QSignalSpy ready(&listener, &Listener::connectionReady);
    QSignalSpy refused(&listener, &Listener::handshakeFailed);
    auto peer = startPeer(QStringList{u"client"_s, hex(randomKey()), hex(randomKey()), QString::number(listener.port()),
                                      hex(serverKeys.publicKey())} +
                          sizesArgument());
    QVERIFY(waitForExit(*peer));
    QCOMPARE(peer->process->exitCode(), 3);
    QVERIFY(!peer->event(u"handshake-failed"_s).isEmpty());
    QTRY_COMPARE(refused.size(), 1);
    QCOMPARE(ready.size(), 0);
}

QTEST_GUILESS_MAIN(TestReferenceInterop)
#include "tst_referenceinterop.moc"
