// The node status a running node publishes for `status`: round trip, malformed input, liveness.
#include "core/node/NodeStatusFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cp::node::NodeStatusFile;

namespace {

cp::PublicKey key(char c)
{
    return *cp::PublicKey::fromBytes(QByteArray(32, c));
}

NodeStatusFile::Snapshot sample()
{
    NodeStatusFile::Snapshot s;
    s.processId = QCoreApplication::applicationPid();
    s.writtenMs = QDateTime::currentMSecsSinceEpoch();
    s.status.commonsId = u"ab12"_s;
    s.status.path = u"/tmp/circle"_s;
    s.status.ownSeq = 7;
    s.status.online = 1;
    s.status.lastExchange = 1700000000;
    cp::node::PeerStatus p;
    p.pid = key('\x11');
    p.name = u"Ada Lovelace"_s;
    p.online = true;
    p.inbound = true;
    p.reach = cp::node::PeerStatus::Reach::Lan;
    p.address = u"10.0.0.2:47474"_s;
    p.addresses = {u"10.0.0.2:47474"_s, u"[fe80::1%eth0]:47474"_s};
    p.source = u"lan"_s;
    p.lastSeen = 1700000001;
    p.lastExchange = 1700000002;
    p.failures = 3;
    p.lastError = u"connection refused"_s;
    p.trust = u"auto"_s;
    p.seq = std::numeric_limits<quint64>::max();
    s.status.peers.append(p);
    cp::node::PeerStatus q;
    q.pid = key('\x22');
    q.reach = cp::node::PeerStatus::Reach::Relayed;
    s.status.peers.append(q);
    s.diagnostics.listening = true;
    s.diagnostics.port = 47474;
    s.diagnostics.advertised = {u"10.0.0.1:47474"_s, u"203.0.113.5:47474"_s};
    s.diagnostics.portMapping = u"mapped 203.0.113.5:47474 via UPnP"_s;
    s.diagnostics.lan = u"announcing on 1 interface to UDP port 47474; 2 peers found on this network"_s;
    return s;
}

QByteArray withField(const QString& path, const QJsonValue& value)
{
    QJsonObject root = QJsonDocument::fromJson(NodeStatusFile::encode(sample())).object();
    const QStringList parts = path.split(u'.');
    if (parts.size() == 1) {
        if (value.isUndefined())
            root.remove(parts[0]);
        else
            root.insert(parts[0], value);
    } else if (parts[0] == u"diagnostics") {
        QJsonObject d = root.value(parts[0]).toObject();
        d.insert(parts[1], value);
        root.insert(parts[0], d);
    } else { // peers.<field>: the first peer
        QJsonArray peers = root.value(u"peers"_s).toArray();
        QJsonObject p = peers[0].toObject();
        p.insert(parts[1], value);
        peers[0] = p;
        root.insert(u"peers"_s, peers);
    }
    return QJsonDocument(root).toJson();
}

} // namespace

class TestNodeStatusFile : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        const auto s = sample();
        auto back = NodeStatusFile::decode(NodeStatusFile::encode(s));
        QVERIFY2(back, back ? "" : qPrintable(back.error().message));
        QCOMPARE(back->processId, s.processId);
        QCOMPARE(back->writtenMs, s.writtenMs);
        QCOMPARE(back->status.commonsId, s.status.commonsId);
        QCOMPARE(back->status.path, s.status.path);
        QCOMPARE(back->status.ownSeq, s.status.ownSeq);
        QCOMPARE(back->status.online, 1);
        QCOMPARE(back->status.lastExchange, s.status.lastExchange);
        QCOMPARE(back->status.peers.size(), 2);
        const cp::node::PeerStatus& p = back->status.peers[0];
        const cp::node::PeerStatus& e = s.status.peers[0];
        QCOMPARE(p.pid, e.pid);
        QCOMPARE(p.name, e.name);
        QCOMPARE(p.online, true);
        QCOMPARE(p.inbound, true);
        QCOMPARE(p.reach, cp::node::PeerStatus::Reach::Lan);
        QCOMPARE(p.address, e.address);
        QCOMPARE(p.addresses, e.addresses);
        QCOMPARE(p.source, e.source);
        QCOMPARE(p.lastSeen, e.lastSeen);
        QCOMPARE(p.lastExchange, e.lastExchange);
        QCOMPARE(p.failures, 3);
        QCOMPARE(p.lastError, e.lastError);
        QCOMPARE(p.trust, e.trust);
        QCOMPARE(p.seq, std::numeric_limits<quint64>::max());
        QCOMPARE(back->status.peers[1].reach, cp::node::PeerStatus::Reach::Relayed);
        QCOMPARE(back->status.peers[1].seq, quint64(0));
        QCOMPARE(back->diagnostics.listening, true);
        QCOMPARE(back->diagnostics.port, quint16(47474));
        QCOMPARE(back->diagnostics.advertised, s.diagnostics.advertised);
        QCOMPARE(back->diagnostics.portMapping, s.diagnostics.portMapping);
        QCOMPARE(back->diagnostics.lan, s.diagnostics.lan);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("{\"version\":1,");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("no version") << withField(u"version"_s, QJsonValue::Undefined);
        QTest::newRow("future version") << withField(u"version"_s, 2);
        QTest::newRow("version text") << withField(u"version"_s, u"1"_s);
        QTest::newRow("no commons") << withField(u"commons"_s, QJsonValue::Undefined);
        QTest::newRow("commons number") << withField(u"commons"_s, 5);
        QTest::newRow("process 0") << withField(u"processId"_s, 0);
        QTest::newRow("process text") << withField(u"processId"_s, u"12"_s);
        QTest::newRow("written fraction") << withField(u"written"_s, 1.5);
        QTest::newRow("ownSeq not digits") << withField(u"ownSeq"_s, u"12x"_s);
        QTest::newRow("online negative") << withField(u"online"_s, -1);
        QTest::newRow("no peers") << withField(u"peers"_s, QJsonValue::Undefined);
        QTest::newRow("peers object") << withField(u"peers"_s, QJsonObject());
        QTest::newRow("peer not object") << withField(u"peers"_s, QJsonArray{1});
        QTest::newRow("no diagnostics") << withField(u"diagnostics"_s, QJsonValue::Undefined);
        QTest::newRow("port too big") << withField(u"diagnostics.port"_s, 70000);
        QTest::newRow("listening text") << withField(u"diagnostics.listening"_s, u"yes"_s);
        QTest::newRow("advertised numbers") << withField(u"diagnostics.advertised"_s, QJsonArray{1, 2});
        QTest::newRow("peer bad pid") << withField(u"peers.pid"_s, u"z6MkNotAKey"_s);
        QTest::newRow("peer no pid") << withField(u"peers.pid"_s, QJsonValue::Null);
        QTest::newRow("peer unknown reach") << withField(u"peers.reach"_s, u"teleport"_s);
        QTest::newRow("peer online number") << withField(u"peers.online"_s, 1);
        QTest::newRow("peer failures negative") << withField(u"peers.failures"_s, -2);
        QTest::newRow("peer addresses string") << withField(u"peers.addresses"_s, u"10.0.0.2:1"_s);
        QTest::newRow("peer seq negative") << withField(u"peers.seq"_s, u"-1"_s);
        QTest::newRow("too large") << QByteArray(NodeStatusFile::kMaxSize + 1, ' ');
    }

    void malformed()
    {
        QFETCH(QByteArray, json);
        auto s = NodeStatusFile::decode(json);
        QVERIFY(!s);
        QCOMPARE(s.error().kind, cp::Error::Kind::Protocol);
        QVERIFY(!s.error().message.isEmpty());
    }

    void writeReadRemove()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto none = NodeStatusFile::read(dir.path());
        QVERIFY(none);
        QVERIFY(!none->has_value());
        QVERIFY(NodeStatusFile::write(dir.path(), sample()));
        auto back = NodeStatusFile::read(dir.path());
        QVERIFY(back && back->has_value());
        QCOMPARE((*back)->status.commonsId, u"ab12"_s);
        NodeStatusFile::remove(dir.path());
        QVERIFY(!QFile::exists(NodeStatusFile::pathIn(dir.path())));

        QFile garbage(NodeStatusFile::pathIn(dir.path()));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("garbage");
        garbage.close();
        auto bad = NodeStatusFile::read(dir.path());
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(garbage.fileName()));
    }

    void liveness()
    {
        auto s = sample();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(NodeStatusFile::isLive(s, now));
        s.writtenMs = now - NodeStatusFile::kStaleMs - 1;
        QVERIFY(!NodeStatusFile::isLive(s, now)); // not rewritten lately
        s.writtenMs = now + NodeStatusFile::kStaleMs + 1000;
        QVERIFY(!NodeStatusFile::isLive(s, now)); // from the future
#ifdef Q_OS_UNIX
        QProcess gone;
        gone.start(u"true"_s, {});
        QVERIFY(gone.waitForStarted());
        s.processId = gone.processId();
        QVERIFY(gone.waitForFinished());
        s.writtenMs = now;
        QVERIFY(!NodeStatusFile::isLive(s, now)); // its process has ended
#endif
    }
};

QTEST_GUILESS_MAIN(TestNodeStatusFile)
#include "tst_nodestatusfile.moc"
