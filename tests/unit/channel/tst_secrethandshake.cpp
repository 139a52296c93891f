#include "TestConfig.h"
#include "core/crypto/BoxStreamBoxer.h"
#include "core/crypto/BoxStreamUnboxer.h"
#include "core/crypto/Identity.h"
#include "core/crypto/SecretHandshakeClient.h"
#include "core/crypto/SecretHandshakeKeys.h"
#include "core/crypto/SecretHandshakeServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>

using namespace cp;
using namespace Qt::StringLiterals;

// Conformance with the reference secret-handshake (its test vectors, data.json) plus the
// behaviour the vectors do not show: failures, misuse, and a full handshake both ways.
class TestSecretHandshake : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void referenceVectors_data();
    void referenceVectors();
    void vectorsCoverEveryOperation();
    void fullHandshakeAgreesOnKeys();
    void serverPicksMatchingNetworkKey();
    void wrongNetworkKeyGetsNoAnswer();
    void wrongServerKeyFailsBothSides();
    void tamperedPacketsFail();
    void stepsOutOfOrderFail();
    void keysRejectBadInput();
    void keysFromIdentity();

private:
    QJsonArray m_vectors;
    QMap<QString, int> m_checked;
};

namespace {

QByteArray hex(const QJsonValue& value)
{
    return QByteArray::fromHex(value.toString().toLatin1());
}

bool isClient(const QJsonObject& state)
{
    // The reference's client states carry a "seed" field; server states never do.
    return state.contains(u"seed");
}

SecretHandshakeKeys localKeys(const QJsonObject& state)
{
    const QJsonObject local = state[u"local"].toObject();
    auto keys = SecretHandshakeKeys::create(hex(state[u"app_key"]), hex(local[u"publicKey"]), hex(local[u"secretKey"]));
    if (!keys)
        qFatal("vector keys rejected: %s", qPrintable(keys.error().message));
    return *keys;
}

QByteArray remoteChallenge(const QJsonObject& state)
{
    const QJsonObject remote = state[u"remote"].toObject();
    return hex(remote[u"app_mac"]) + hex(remote[u"kx_pk"]);
}

SecretHandshakeClient clientFor(const QJsonObject& state)
{
    // The server key: the one the client expects, or any valid key where the state has none yet.
    QByteArray server = hex(state[u"remote"].toObject()[u"publicKey"]);
    if (server.isEmpty())
        server = hex(state[u"local"].toObject()[u"publicKey"]);
    auto client = SecretHandshakeClient::create(localKeys(state), server, hex(state[u"random"]));
    if (!client)
        qFatal("client rejected: %s", qPrintable(client.error().message));
    return std::move(*client);
}

SecretHandshakeServer serverFor(const QJsonObject& state)
{
    auto server = SecretHandshakeServer::create({localKeys(state)}, hex(state[u"random"]));
    if (!server)
        qFatal("server rejected: %s", qPrintable(server.error().message));
    return std::move(*server);
}

QByteArray view(QByteArrayView bytes)
{
    return bytes.toByteArray();
}

} // namespace

void TestSecretHandshake::initTestCase()
{
    const QString path = QStringLiteral(COMMONPLACE_SHARED_TESTDATA "/shs/data.json");
    QFile file(path);
    if (!file.exists())
        return; // the vector tests skip with a message; the others still run
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_vectors = QJsonDocument::fromJson(file.readAll()).array();
    QVERIFY(!m_vectors.isEmpty());
}

void TestSecretHandshake::referenceVectors_data()
{
    QTest::addColumn<int>("index");
    if (m_vectors.isEmpty())
        QSKIP("Reference vectors ../shared/testdata/shs/data.json not found beside the checkout; "
              "skipping the conformance tests.");
    for (int i = 0; i < m_vectors.size(); ++i) {
        const QString name = m_vectors[i].toObject()[u"name"].toString();
        QTest::newRow(qPrintable(u"%1 %2"_s.arg(i, 3, 10, QLatin1Char('0')).arg(name))) << i;
    }
}

void TestSecretHandshake::referenceVectors()
{
    QFETCH(int, index);
    const QJsonObject entry = m_vectors[index].toObject();
    const QString op = entry[u"name"].toString();
    const QJsonArray args = entry[u"args"].toArray();
    const QJsonValue result = entry[u"result"];
    // The reference logs each state after the call that changed it: the inputs are still
    // there (keys, ephemeral seed, the peer's packets), and our machines are replayed from them.
    const QJsonObject state = args[0].toObject();

    // An earlier packet of the same session, for the steps whose state does not carry it.
    auto earlierPacket = [&](const QString& earlierOp) {
        const QJsonObject local = state[u"local"].toObject();
        const QJsonObject remote = state[u"remote"].toObject();
        for (int i = index - 1; i >= 0; --i) {
            const QJsonObject e = m_vectors[i].toObject();
            const QJsonObject s = e[u"args"].toArray()[0].toObject();
            if (e[u"name"].toString() == earlierOp && s[u"local"].toObject()[u"publicKey"] == local[u"publicKey"] &&
                s[u"remote"].toObject()[u"kx_pk"] == remote[u"kx_pk"])
                return hex(e[u"args"].toArray()[1]);
        }
        qFatal("no earlier %s for vector %d", qPrintable(earlierOp), index);
    };

    if (op == u"toKeys") {
        if (args[0].isString()) {
            auto keys = SecretHandshakeKeys::fromSeed(QByteArray(32, 'k'), hex(args[0]));
            QVERIFY(keys);
            QCOMPARE(keys->publicKey(), hex(result[u"publicKey"]));
            QCOMPARE(view(keys->secretKey()), hex(result[u"secretKey"]));
        } else { // a key pair is taken as it is
            auto keys =
                SecretHandshakeKeys::create(QByteArray(32, 'k'), hex(state[u"publicKey"]), hex(state[u"secretKey"]));
            QVERIFY(keys);
            QCOMPARE(keys->publicKey(), hex(result[u"publicKey"]));
        }
    } else if (op == u"initialize") {
        const QJsonObject local = result[u"local"].toObject();
        if (!state[u"seed"].isNull() && state.contains(u"seed")) {
            auto keys = SecretHandshakeKeys::fromSeed(hex(state[u"app_key"]), hex(state[u"seed"]));
            QVERIFY(keys);
            QCOMPARE(keys->publicKey(), hex(local[u"publicKey"]));
            QCOMPARE(view(keys->secretKey()), hex(local[u"secretKey"]));
        }
        // The ephemeral key pair and its MAC are what the first message carries.
        QCOMPARE(clientFor(state).hello(), hex(local[u"app_mac"]) + hex(local[u"kx_pk"]));
    } else if (op == u"createChallenge") {
        if (isClient(state)) {
            QCOMPARE(clientFor(state).hello(), hex(result));
        } else {
            auto server = serverFor(state);
            auto answer = server.receiveClientHello(remoteChallenge(state));
            QVERIFY(answer);
            QCOMPARE(*answer, hex(result));
        }
    } else if (op == u"verifyChallenge" || op == u"clientVerifyChallenge") {
        const QByteArray challenge = hex(args[1]);
        bool accepted = false;
        if (isClient(state)) {
            auto client = clientFor(state);
            accepted = client.receiveServerHello(challenge).has_value();
        } else {
            auto server = serverFor(state);
            accepted = server.receiveClientHello(challenge).has_value();
        }
        QCOMPARE(accepted, !result.isNull());
    } else if (op == u"clientCreateAuth") {
        auto client = clientFor(state);
        auto auth = client.receiveServerHello(remoteChallenge(state));
        QVERIFY(auth);
        QCOMPARE(*auth, hex(result));
    } else if (op == u"serverVerifyAuth") {
        auto server = serverFor(state);
        QVERIFY(server.receiveClientHello(remoteChallenge(state)));
        const bool accepted = server.receiveClientAuth(hex(args[1])).has_value();
        QCOMPARE(accepted, !result.isNull());
        if (accepted)
            QCOMPARE(server.clientPublicKey(), hex(result[u"remote"].toObject()[u"publicKey"]));
    } else if (op == u"serverCreateAccept") {
        auto server = serverFor(state);
        QVERIFY(server.receiveClientHello(remoteChallenge(state)));
        QVERIFY(server.receiveClientAuth(earlierPacket(u"serverVerifyAuth"_s)));
        auto accept = server.createAccept();
        QVERIFY(accept);
        QCOMPARE(*accept, hex(result));
    } else if (op == u"clientVerifyAccept") {
        auto client = clientFor(state);
        QVERIFY(client.receiveServerHello(remoteChallenge(state)));
        const bool accepted = client.receiveServerAccept(hex(args[1])).has_value();
        QCOMPARE(accepted, !result.isNull());
    } else if (op == u"clean") {
        std::optional<SecretHandshakeSession> session;
        if (isClient(state)) {
            auto client = clientFor(state);
            QVERIFY(client.receiveServerHello(remoteChallenge(state)));
            auto done = client.receiveServerAccept(earlierPacket(u"clientVerifyAccept"_s));
            QVERIFY(done);
            session = std::move(*done);
        } else {
            auto server = serverFor(state);
            QVERIFY(server.receiveClientHello(remoteChallenge(state)));
            QVERIFY(server.receiveClientAuth(earlierPacket(u"serverVerifyAuth"_s)));
            QVERIFY(server.createAccept());
            auto done = server.finish();
            QVERIFY(done);
            session = std::move(*done);
        }
        const QJsonObject out = result.toObject();
        QCOMPARE(view(session->keys.encryptKey()), hex(out[u"encryptKey"]));
        QCOMPARE(view(session->keys.decryptKey()), hex(out[u"decryptKey"]));
        // The box-stream nonces, as the reference's protocol.js takes them.
        QCOMPARE(view(session->keys.encryptNonce()), hex(out[u"remote"].toObject()[u"app_mac"]).left(24));
        QCOMPARE(view(session->keys.decryptNonce()), hex(out[u"local"].toObject()[u"app_mac"]).left(24));
        QCOMPARE(session->remotePublicKey, hex(out[u"remote"].toObject()[u"publicKey"]));
    } else {
        QFAIL(qPrintable(u"operation %1 is not covered"_s.arg(op)));
    }
    ++m_checked[op];
}

void TestSecretHandshake::vectorsCoverEveryOperation()
{
    if (m_vectors.isEmpty())
        QSKIP("Reference vectors ../shared/testdata/shs/data.json not found; nothing to count.");
    QMap<QString, int> inFile;
    for (const QJsonValue& v : std::as_const(m_vectors))
        ++inFile[v.toObject()[u"name"].toString()];
    QCOMPARE(m_checked, inFile);
    qInfo("checked %lld reference operations of %lld kinds", qlonglong(m_vectors.size()), qlonglong(inFile.size()));
}

namespace {

QByteArray networkKey(char fill)
{
    return QByteArray(32, fill);
}

struct Pair
{
    SecretHandshakeClient client;
    SecretHandshakeServer server;
};

} // namespace

void TestSecretHandshake::fullHandshakeAgreesOnKeys()
{
    auto alice = SecretHandshakeKeys::generate(networkKey('n'));
    auto bob = SecretHandshakeKeys::generate(networkKey('n'));
    QVERIFY(alice && bob);
    auto client = SecretHandshakeClient::create(*alice, bob->publicKey());
    auto server = SecretHandshakeServer::create({*bob});
    QVERIFY(client && server);
    QCOMPARE(client->expectedSize(), 64);
    auto serverHello = server->receiveClientHello(client->hello());
    QVERIFY(serverHello);
    auto auth = client->receiveServerHello(*serverHello);
    QVERIFY(auth);
    QCOMPARE(auth->size(), 112);
    QVERIFY(server->receiveClientAuth(*auth));
    QCOMPARE(server->clientPublicKey(), alice->publicKey());
    auto accept = server->createAccept();
    QVERIFY(accept);
    QCOMPARE(accept->size(), 80);
    auto clientSession = client->receiveServerAccept(*accept);
    auto serverSession = server->finish();
    QVERIFY(clientSession && serverSession);
    QCOMPARE(client->expectedSize(), 0);
    QCOMPARE(clientSession->remotePublicKey, bob->publicKey());
    QCOMPARE(serverSession->remotePublicKey, alice->publicKey());
    QCOMPARE(view(clientSession->keys.encryptKey()), view(serverSession->keys.decryptKey()));
    QCOMPARE(view(clientSession->keys.encryptNonce()), view(serverSession->keys.decryptNonce()));
    QCOMPARE(view(clientSession->keys.decryptKey()), view(serverSession->keys.encryptKey()));
    QVERIFY(view(clientSession->keys.encryptKey()) != view(clientSession->keys.decryptKey()));

    // The keys carry a box-stream both ways.
    BoxStreamBoxer toServer(clientSession->keys);
    BoxStreamUnboxer atServer(serverSession->keys);
    auto boxed = toServer.box("over the wire");
    QVERIFY(boxed);
    auto opened = atServer.feed(*boxed);
    QVERIFY(opened);
    QCOMPARE(*opened, QByteArray("over the wire"));
}

void TestSecretHandshake::serverPicksMatchingNetworkKey()
{
    auto alice = SecretHandshakeKeys::generate(networkKey('b'));
    auto bobA = SecretHandshakeKeys::generate(networkKey('a'));
    QVERIFY(alice && bobA);
    auto bobB = bobA->withNetworkKey(networkKey('b'));
    auto bobC = bobA->withNetworkKey(networkKey('c'));
    QVERIFY(bobB && bobC);
    auto client = SecretHandshakeClient::create(*alice, bobA->publicKey());
    auto server = SecretHandshakeServer::create({*bobA, *bobB, *bobC});
    QVERIFY(client && server);
    auto serverHello = server->receiveClientHello(client->hello());
    QVERIFY(serverHello);
    QCOMPARE(server->candidateIndex(), 1);
    auto auth = client->receiveServerHello(*serverHello);
    QVERIFY(auth);
    QVERIFY(server->receiveClientAuth(*auth));
    auto accept = server->createAccept();
    QVERIFY(accept);
    QVERIFY(client->receiveServerAccept(*accept));
    auto session = server->finish();
    QVERIFY(session);
    QCOMPARE(session->candidateIndex, 1);
}

void TestSecretHandshake::wrongNetworkKeyGetsNoAnswer()
{
    auto alice = SecretHandshakeKeys::generate(networkKey('x'));
    auto bob = SecretHandshakeKeys::generate(networkKey('y'));
    QVERIFY(alice && bob);
    auto client = SecretHandshakeClient::create(*alice, bob->publicKey());
    auto server = SecretHandshakeServer::create({*bob});
    QVERIFY(client && server);
    auto answer = server->receiveClientHello(client->hello());
    QVERIFY(!answer);
    QCOMPARE(answer.error().kind, Error::Kind::Crypto);
    QCOMPARE(server->expectedSize(), 0);
    // And the other way: a server hello under another network key is refused by the client.
    auto other = SecretHandshakeClient::create(*bob, alice->publicKey());
    QVERIFY(other);
    QVERIFY(!client->receiveServerHello(other->hello()));
    QCOMPARE(client->expectedSize(), 0);
}

void TestSecretHandshake::wrongServerKeyFailsBothSides()
{
    auto alice = SecretHandshakeKeys::generate(networkKey('n'));
    auto bob = SecretHandshakeKeys::generate(networkKey('n'));
    auto mallory = SecretHandshakeKeys::generate(networkKey('n'));
    QVERIFY(alice && bob && mallory);
    // Alice dials Mallory's address believing it is Bob.
    auto client = SecretHandshakeClient::create(*alice, bob->publicKey());
    auto server = SecretHandshakeServer::create({*mallory});
    QVERIFY(client && server);
    auto serverHello = server->receiveClientHello(client->hello());
    QVERIFY(serverHello);
    auto auth = client->receiveServerHello(*serverHello);
    QVERIFY(auth);
    // Mallory cannot open Alice's proof (it is sealed for Bob's key) and so learns nothing.
    QVERIFY(!server->receiveClientAuth(*auth));
    QVERIFY(server->clientPublicKey().isEmpty());
    QVERIFY(!server->createAccept());
}

void TestSecretHandshake::tamperedPacketsFail()
{
    auto alice = SecretHandshakeKeys::generate(networkKey('n'));
    auto bob = SecretHandshakeKeys::generate(networkKey('n'));
    QVERIFY(alice && bob);
    for (int packet = 0; packet < 4; ++packet) {
        auto client = SecretHandshakeClient::create(*alice, bob->publicKey());
        auto server = SecretHandshakeServer::create({*bob});
        QVERIFY(client && server);
        auto flip = [](QByteArray bytes) {
            bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
            return bytes;
        };
        QByteArray hello = client->hello();
        if (packet == 0) {
            QVERIFY(!server->receiveClientHello(flip(hello)));
            continue;
        }
        auto serverHello = server->receiveClientHello(hello);
        QVERIFY(serverHello);
        if (packet == 1) {
            QVERIFY(!client->receiveServerHello(flip(*serverHello)));
            continue;
        }
        auto auth = client->receiveServerHello(*serverHello);
        QVERIFY(auth);
        if (packet == 2) {
            QVERIFY(!server->receiveClientAuth(flip(*auth)));
            continue;
        }
        QVERIFY(server->receiveClientAuth(*auth));
        auto accept = server->createAccept();
        QVERIFY(accept);
        QVERIFY(!client->receiveServerAccept(flip(*accept)));
        // Short packets are refused too, not read past their end.
        QVERIFY(!client->receiveServerAccept(accept->left(10)));
    }
}

void TestSecretHandshake::stepsOutOfOrderFail()
{
    auto alice = SecretHandshakeKeys::generate(networkKey('n'));
    auto bob = SecretHandshakeKeys::generate(networkKey('n'));
    QVERIFY(alice && bob);
    auto client = SecretHandshakeClient::create(*alice, bob->publicKey());
    auto server = SecretHandshakeServer::create({*bob});
    QVERIFY(client && server);
    QVERIFY(!client->receiveServerAccept(QByteArray(80, 0)));
    QVERIFY(!server->receiveClientAuth(QByteArray(112, 0)));
    QVERIFY(!server->createAccept());
    QVERIFY(!server->finish());
    QVERIFY(!server->receiveClientHello(QByteArray(63, 0)));
    // A failure is final.
    QVERIFY(!server->receiveClientHello(client->hello()));
}

void TestSecretHandshake::keysRejectBadInput()
{
    auto good = SecretHandshakeKeys::generate(networkKey('n'));
    QVERIFY(good);
    QVERIFY(!SecretHandshakeKeys::generate(QByteArray(31, 'n')));
    QVERIFY(!SecretHandshakeKeys::fromSeed(networkKey('n'), QByteArray(31, 's')));
    QVERIFY(!SecretHandshakeKeys::create(networkKey('n'), good->publicKey(), QByteArray(64, 's')));
    QVERIFY(!SecretHandshakeKeys::create(networkKey('n'), good->publicKey().left(31), good->secretKey()));
    auto other = SecretHandshakeKeys::generate(networkKey('n'));
    QVERIFY(other);
    auto mismatched = SecretHandshakeKeys::create(networkKey('n'), other->publicKey(), good->secretKey());
    QVERIFY(!mismatched);
    QCOMPARE(mismatched.error().kind, Error::Kind::Crypto);
    QVERIFY(SecretHandshakeKeys::create(networkKey('n'), good->publicKey(), good->secretKey()));
    QVERIFY(!SecretHandshakeClient::create(*good, QByteArray(31, 'p')));
    QVERIFY(!SecretHandshakeServer::create({}));
}

void TestSecretHandshake::keysFromIdentity()
{
    const Identity identity = Identity::generate();
    auto keys = SecretHandshakeKeys::fromIdentity(networkKey('n'), identity);
    QVERIFY(keys);
    QCOMPARE(keys->publicKey(), identity.publicKey().bytes());
    QCOMPARE(view(keys->secretKey()), view(identity.secretKey().view()));
    QVERIFY(!SecretHandshakeKeys::fromIdentity(QByteArray(16, 'n'), identity));
}

QTEST_GUILESS_MAIN(TestSecretHandshake)
#include "tst_secrethandshake.moc"
