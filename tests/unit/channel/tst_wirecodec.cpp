#include "core/net/FrameSplitter.h"
#include "core/sync/WireCodec.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QTest>

using namespace cp;
using namespace cp::sync;
using namespace Qt::StringLiterals;

// The sync protocol's CBOR messages: every type round-trips, and the decoder refuses
// every kind of bad input with an error.
class TestWireCodec : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsEveryType_data();
    void roundTripsEveryType();
    void wireFormatIsPinned();
    void framesSplitBackIntoMessages();
    void lazyPushFormatIsPinned();
    void unknownFieldsAreIgnored();
    void refusesMalformed_data();
    void refusesMalformed();
    void refusesOversized();
    void encodeRefusesWhatDecodeWould();
    void deepNestingIsRefusedNotCrashed();
};

namespace {

const QByteArray kOid(20, '\x11');
const QByteArray kOid256(32, '\x22');
const QByteArray kPid(32, '\x33');

QByteArray cbor(const QCborMap& map)
{
    return QCborValue(map).toCbor();
}

} // namespace

void TestWireCodec::roundTripsEveryType_data()
{
    QTest::addColumn<WireMessage>("message");
    QTest::newRow("hello") << WireMessage(
        HelloMessage{1, u"commonplace/0.1.0"_s, kOid, {u"192.168.1.2:47474"_s, u"[fe80::1]:47474"_s}});
    QTest::newRow("refs") << WireMessage(RefsMessage{
        {{QByteArray("commonplace-sigrefs v1\n"), QByteArray(64, 's')}, {QByteArray("b"), QByteArray(64, 't')}}});
    QTest::newRow("refs empty") << WireMessage(RefsMessage{});
    QTest::newRow("want") << WireMessage(WantMessage{kPid, {kOid, kOid256}, {kOid}});
    QTest::newRow("pack") << WireMessage(PackMessage{7, 3, QByteArray(64 * 1024, 'p'), true});
    QTest::newRow("peers") << WireMessage(PeersMessage{{{kPid, {u"10.0.0.1:47474"_s}, 1700000000}, {kPid, {}, -5}}});
    QTest::newRow("ping") << WireMessage(PingMessage{42});
    QTest::newRow("pong") << WireMessage(PongMessage{Q_UINT64_C(9007199254740993)});
    QTest::newRow("error") << WireMessage(ErrorMessage{u"protocol"_s, u"запись не подписана"_s});
    QTest::newRow("hello with features") << WireMessage(
        HelloMessage{1, u"commonplace/0.2.0"_s, kOid, {u"192.168.1.2:47474"_s}, {u"lazy"_s}});
    QTest::newRow("ihave") << WireMessage(IHaveMessage{kPid, 17});
    QTest::newRow("prune") << WireMessage(PruneMessage{});
    QTest::newRow("graft") << WireMessage(GraftMessage{kPid, 18});
}

void TestWireCodec::roundTripsEveryType()
{
    QFETCH(WireMessage, message);
    auto payload = WireCodec::encode(message);
    QVERIFY2(payload, payload ? "" : qPrintable(payload.error().message));
    auto decoded = WireCodec::decode(*payload);
    QVERIFY2(decoded, decoded ? "" : qPrintable(decoded.error().message));
    QVERIFY(*decoded == message);
    QCOMPARE(WireCodec::typeName(*decoded), QString::fromLatin1(QTest::currentDataTag()).section(u' ', 0, 0));
}

void TestWireCodec::wireFormatIsPinned()
{
    // {"t": "ping", "n": 1} in CBOR, as any implementation would write it.
    const QByteArray ping = QByteArray::fromHex("a261746470696e67616e01");
    QCOMPARE(*WireCodec::encode(PingMessage{1}), ping);
    auto decoded = WireCodec::decode(ping);
    QVERIFY(decoded);
    QCOMPARE(std::get<PingMessage>(*decoded).n, 1u);
    QCOMPARE(*WireCodec::encodeFrame(PingMessage{1}), QByteArray::fromHex("0000000b") + ping);
}

void TestWireCodec::framesSplitBackIntoMessages()
{
    QByteArray stream;
    for (quint64 n = 0; n < 50; ++n)
        stream += *WireCodec::encodeFrame(n % 2 ? WireMessage(PingMessage{n}) : WireMessage(PongMessage{n}));
    net::FrameSplitter splitter(WireCodec::kMaxMessageSize);
    QList<QByteArray> frames;
    for (qsizetype at = 0; at < stream.size(); at += 7)
        QVERIFY(splitter.feed(QByteArrayView(stream).sliced(at, std::min<qsizetype>(7, stream.size() - at)), frames));
    QCOMPARE(frames.size(), 50);
    for (quint64 n = 0; n < 50; ++n) {
        auto m = WireCodec::decode(frames[n]);
        QVERIFY(m);
        QCOMPARE(n % 2 ? std::get<PingMessage>(*m).n : std::get<PongMessage>(*m).n, n);
    }
}

void TestWireCodec::lazyPushFormatIsPinned()
{
    // {"t": "prune"}; a hello without "features" (version 1) decodes with none.
    QCOMPARE(*WireCodec::encode(PruneMessage{}), QByteArray::fromHex("a16174657072756e65"));
    auto hello = WireCodec::decode(cbor(
        {{u"t"_s, u"hello"_s}, {u"v"_s, 1}, {u"agent"_s, u"x"_s}, {u"commons"_s, kOid}, {u"listen"_s, QCborArray{}}}));
    QVERIFY(hello);
    QVERIFY(std::get<HelloMessage>(*hello).features.isEmpty());
    // Features are only written when there are some: a version 1 hello is unchanged.
    QVERIFY(!WireCodec::encode(HelloMessage{1, u"x"_s, kOid, {}, {}})->contains("features"));
    const QByteArray ihave = *WireCodec::encode(IHaveMessage{kPid, 3});
    QVERIFY(ihave.contains("ihave") && ihave.contains("pid") && ihave.contains("seq"));
}

void TestWireCodec::unknownFieldsAreIgnored()
{
    auto decoded = WireCodec::decode(cbor({{u"t"_s, u"ping"_s}, {u"n"_s, 5}, {u"future"_s, QCborArray{1, 2}}}));
    QVERIFY(decoded);
    QCOMPARE(std::get<PingMessage>(*decoded).n, 5u);
}

void TestWireCodec::refusesMalformed_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not cbor") << QByteArray::fromHex("ff00ff");
    QTest::newRow("truncated") << cbor({{u"t"_s, u"ping"_s}, {u"n"_s, 1}}).chopped(1);
    QTest::newRow("trailing bytes") << cbor({{u"t"_s, u"ping"_s}, {u"n"_s, 1}}) + QByteArray::fromHex("00");
    QTest::newRow("array at top") << QCborValue(QCborArray{u"ping"_s, 1}).toCbor();
    QTest::newRow("text at top") << QCborValue(u"ping"_s).toCbor();
    QTest::newRow("no type") << cbor({{u"n"_s, 1}});
    QTest::newRow("type not text") << cbor({{u"t"_s, 3}, {u"n"_s, 1}});
    QTest::newRow("unknown type") << cbor({{u"t"_s, u"gossip"_s}});
    QTest::newRow("integer key") << cbor({{u"t"_s, u"ping"_s}, {u"n"_s, 1}, {7, 1}});
    QTest::newRow("repeated key") << QByteArray::fromHex("a361746470696e67616e01616e02");
    QTest::newRow("missing field") << cbor({{u"t"_s, u"ping"_s}});
    QTest::newRow("negative count") << cbor({{u"t"_s, u"ping"_s}, {u"n"_s, -1}});
    QTest::newRow("count as text") << cbor({{u"t"_s, u"ping"_s}, {u"n"_s, u"1"_s}});
    QTest::newRow("count as float") << cbor({{u"t"_s, u"ping"_s}, {u"n"_s, 1.5}});
    QTest::newRow("huge unsigned") << QByteArray::fromHex("a261746470696e67616e1bffffffffffffffff");
    QTest::newRow("hello short commons") << cbor({{u"t"_s, u"hello"_s},
                                                  {u"v"_s, 1},
                                                  {u"agent"_s, u"x"_s},
                                                  {u"commons"_s, QByteArray(19, 'c')},
                                                  {u"listen"_s, QCborArray{}}});
    QTest::newRow("hello listen not text") << cbor(
        {{u"t"_s, u"hello"_s}, {u"v"_s, 1}, {u"agent"_s, u"x"_s}, {u"commons"_s, kOid}, {u"listen"_s, QCborArray{1}}});
    QTest::newRow("hello 17 addresses") << cbor({{u"t"_s, u"hello"_s},
                                                 {u"v"_s, 1},
                                                 {u"agent"_s, u"x"_s},
                                                 {u"commons"_s, kOid},
                                                 {u"listen"_s, QCborArray::fromStringList(QStringList(17, u"h:1"_s))}});
    QTest::newRow("record not map") << cbor({{u"t"_s, u"refs"_s}, {u"records"_s, QCborArray{1}}});
    QTest::newRow("record short sig") << cbor(
        {{u"t"_s, u"refs"_s},
         {u"records"_s, QCborArray{QCborMap{{u"body"_s, QByteArray("b")}, {u"sig"_s, QByteArray(63, 's')}}}}});
    QTest::newRow("want bad oid") << cbor({{u"t"_s, u"want"_s},
                                           {u"pid"_s, kPid},
                                           {u"wants"_s, QCborArray{QByteArray(21, 'o')}},
                                           {u"haves"_s, QCborArray{}}});
    QTest::newRow("want short pid") << cbor(
        {{u"t"_s, u"want"_s}, {u"pid"_s, QByteArray(31, 'p')}, {u"wants"_s, QCborArray{}}, {u"haves"_s, QCborArray{}}});
    QTest::newRow("pack last not bool") << cbor(
        {{u"t"_s, u"pack"_s}, {u"id"_s, 1}, {u"seq"_s, 0}, {u"data"_s, QByteArray("x")}, {u"last"_s, 1}});
    QTest::newRow("pack data as text") << cbor(
        {{u"t"_s, u"pack"_s}, {u"id"_s, 1}, {u"seq"_s, 0}, {u"data"_s, u"x"_s}, {u"last"_s, true}});
    QTest::newRow("peer without seen") << cbor(
        {{u"t"_s, u"peers"_s}, {u"entries"_s, QCborArray{QCborMap{{u"pid"_s, kPid}, {u"addresses"_s, QCborArray{}}}}}});
    QTest::newRow("hello features not text") << cbor({{u"t"_s, u"hello"_s},
                                                      {u"v"_s, 1},
                                                      {u"agent"_s, u"x"_s},
                                                      {u"commons"_s, kOid},
                                                      {u"listen"_s, QCborArray{}},
                                                      {u"features"_s, QCborArray{1}}});
    QTest::newRow("ihave short pid") << cbor({{u"t"_s, u"ihave"_s}, {u"pid"_s, QByteArray(31, 'p')}, {u"seq"_s, 1}});
    QTest::newRow("ihave seq 0") << cbor({{u"t"_s, u"ihave"_s}, {u"pid"_s, kPid}, {u"seq"_s, 0}});
    QTest::newRow("graft without seq") << cbor({{u"t"_s, u"graft"_s}, {u"pid"_s, kPid}});
    QTest::newRow("error code not text") << cbor({{u"t"_s, u"error"_s}, {u"code"_s, 1}, {u"text"_s, u"x"_s}});
}

void TestWireCodec::refusesMalformed()
{
    QFETCH(QByteArray, payload);
    auto decoded = WireCodec::decode(payload);
    QVERIFY(!decoded);
    QCOMPARE(decoded.error().kind, Error::Kind::Protocol);
    QVERIFY(!decoded.error().message.isEmpty());
}

void TestWireCodec::refusesOversized()
{
    // A control message over 64 KiB, even when the excess is in a field we would ignore.
    auto big = WireCodec::decode(cbor({{u"t"_s, u"ping"_s}, {u"n"_s, 1}, {u"pad"_s, QByteArray(64 * 1024, 'x')}}));
    QVERIFY(!big);
    QVERIFY(big.error().message.contains(u"limit"));
    // A pack may be a little larger, for its 64 KiB of data, but not its data.
    QVERIFY(WireCodec::decode(*WireCodec::encode(PackMessage{1, 0, QByteArray(64 * 1024, 'd'), false})));
    auto fat = WireCodec::decode(cbor({{u"t"_s, u"pack"_s},
                                       {u"id"_s, 1},
                                       {u"seq"_s, 0},
                                       {u"data"_s, QByteArray(64 * 1024 + 1, 'd')},
                                       {u"last"_s, true}}));
    QVERIFY(!fat);
    QVERIFY(!WireCodec::decode(QByteArray(WireCodec::kMaxMessageSize + 1, '\0')));
    // Too many records (1025 records cannot fit in 64 KiB anyway: either limit refuses them).
    RefsMessage refs;
    for (int i = 0; i < 1025; ++i)
        refs.records.append({QByteArray("b"), QByteArray(64, 's')});
    QCborArray records;
    for (const SignedRefsRecord& r : refs.records)
        records.append(QCborMap{{u"body"_s, r.body}, {u"sig"_s, r.signature}});
    auto many = WireCodec::decode(cbor({{u"t"_s, u"refs"_s}, {u"records"_s, records}}));
    QVERIFY(!many);
    QCOMPARE(many.error().kind, Error::Kind::Protocol);
}

void TestWireCodec::encodeRefusesWhatDecodeWould()
{
    QVERIFY(!WireCodec::encode(PackMessage{1, 0, QByteArray(64 * 1024 + 1, 'd'), true}));
    QVERIFY(!WireCodec::encode(WantMessage{QByteArray(3, 'p'), {}, {}}));
    QVERIFY(!WireCodec::encode(HelloMessage{1, u"a"_s, QByteArray(5, 'c'), {}}));
    RefsMessage big; // 1000 records of 100 bytes: within the count, over 64 KiB
    for (int i = 0; i < 1000; ++i)
        big.records.append({QByteArray(100, 'b'), QByteArray(64, 's')});
    auto encoded = WireCodec::encode(big);
    QVERIFY(!encoded);
    QCOMPARE(encoded.error().kind, Error::Kind::Internal);
}

void TestWireCodec::deepNestingIsRefusedNotCrashed()
{
    // 60000 nested arrays fit in the size limit; the decoder must neither recurse that deep nor accept it.
    QByteArray nested(60000, '\x81');
    nested.append('\x00');
    QVERIFY(!WireCodec::decode(nested));
    QByteArray maps;
    for (int i = 0; i < 20000; ++i)
        maps.append(QByteArray::fromHex("a16161"));
    maps.append('\x00');
    QVERIFY(!WireCodec::decode(maps));
}

QTEST_GUILESS_MAIN(TestWireCodec)
#include "tst_wirecodec.moc"
