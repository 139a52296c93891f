#include "TestConfig.h"
#include "core/crypto/BoxStreamBoxer.h"
#include "core/crypto/BoxStreamUnboxer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <sodium.h>

using namespace cp;
using namespace Qt::StringLiterals;

// Conformance with the reference pull-box-stream (vectors.json) and the failures a
// receiver must notice: tampering, reordering, truncation, data after the goodbye.
class TestBoxStream : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void referenceVectors_data();
    void referenceVectors();
    void roundTripsAnyChunking();
    void everyFlippedByteIsDetected();
    void reorderedFramesAreDetected();
    void truncationIsDetected();
    void dataAfterGoodbyeIsRefused();
    void wrongKeyIsDetected();
    void oversizedFrameIsRefused();
    void nonceCarriesAcrossBytes();
    void boxerRefusesAfterGoodbye();

private:
    QJsonArray m_cases;
};

namespace {

QByteArray hex(const QJsonValue& value)
{
    return QByteArray::fromHex(value.toString().toLatin1());
}

const QByteArray kKey(32, '\x42');
const QByteArray kNonce(24, '\x07');

QByteArrayView piece(const QByteArray& bytes, qsizetype at, qsizetype size)
{
    return QByteArrayView(bytes).sliced(at, std::min(size, bytes.size() - at));
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (char& c : bytes)
        c = char(generator.generate() & 0xff);
    return bytes;
}

QByteArray boxAll(const QList<QByteArray>& messages, QByteArrayView key = kKey, QByteArrayView nonce = kNonce)
{
    auto boxer = BoxStreamBoxer::create(key, nonce);
    QByteArray out;
    for (const QByteArray& m : messages) {
        if (!boxer->box(m, out))
            qFatal("boxing failed");
    }
    out += *boxer->goodbye();
    return out;
}

// Feeds the whole stream; returns the error, if any, and the plaintext so far.
std::pair<std::optional<Error>, QByteArray> unboxAll(QByteArrayView stream, QByteArrayView key = kKey,
                                                     QByteArrayView nonce = kNonce)
{
    auto unboxer = BoxStreamUnboxer::create(key, nonce);
    QByteArray plain;
    if (auto ok = unboxer->feed(stream, plain); !ok)
        return {ok.error(), plain};
    if (auto ok = unboxer->finish(); !ok)
        return {ok.error(), plain};
    return {std::nullopt, plain};
}

} // namespace

void TestBoxStream::initTestCase()
{
    QFile file(QStringLiteral(COMMONPLACE_SHARED_TESTDATA "/boxstream/vectors.json"));
    if (!file.open(QIODevice::ReadOnly))
        return; // the vector test skips with a message; the others still run
    m_cases = QJsonDocument::fromJson(file.readAll()).object()[u"cases"].toArray();
    QVERIFY(!m_cases.isEmpty());
}

void TestBoxStream::referenceVectors_data()
{
    QTest::addColumn<int>("index");
    if (m_cases.isEmpty())
        QSKIP("Reference vectors ../shared/testdata/boxstream/vectors.json not found beside the checkout; "
              "skipping the conformance tests.");
    for (int i = 0; i < m_cases.size(); ++i)
        QTest::newRow(qPrintable(m_cases[i].toObject()[u"name"].toString())) << i;
}

void TestBoxStream::referenceVectors()
{
    QFETCH(int, index);
    const QJsonObject c = m_cases[index].toObject();
    const QByteArray key = hex(c[u"key"]);
    const QByteArray nonce = hex(c[u"nonce"]);
    const QByteArray expected = hex(c[u"ciphertext"]);
    QList<QByteArray> chunks;
    QByteArray plain;
    for (const QJsonValue& chunk : c[u"plaintext_chunks"].toArray()) {
        chunks << hex(chunk);
        plain += chunks.last();
    }

    // Boxing gives the reference's bytes exactly.
    QCOMPARE(boxAll(chunks, key, nonce).toHex(), expected.toHex());

    // Unboxing in one piece, byte by byte, and in uneven chunks gives the plaintext back.
    auto [error, opened] = unboxAll(expected, key, nonce);
    QVERIFY2(!error, error ? qPrintable(error->message) : "");
    QCOMPARE(opened, plain);
    for (qsizetype step : {qsizetype(1), qsizetype(33), qsizetype(35), qsizetype(4097)}) {
        auto unboxer = BoxStreamUnboxer::create(key, nonce);
        QVERIFY(unboxer);
        QByteArray out;
        for (qsizetype at = 0; at < expected.size(); at += step)
            QVERIFY(unboxer->feed(piece(expected, at, step), out));
        QVERIFY(unboxer->isEnded());
        QVERIFY(unboxer->finish());
        QCOMPARE(out, plain);
    }
}

void TestBoxStream::roundTripsAnyChunking()
{
    const QList<QByteArray> messages{randomBytes(1, 1), randomBytes(4095, 2), randomBytes(4096, 3),
                                     randomBytes(4097, 4), randomBytes(100000, 5)};
    QByteArray plain;
    for (const QByteArray& m : messages)
        plain += m;
    const QByteArray stream = boxAll(messages);
    QCOMPARE(stream.size(), plain.size() + 34 * (1 + 1 + 1 + 2 + 25) + 34);
    QRandomGenerator generator(99);
    auto unboxer = BoxStreamUnboxer::create(kKey, kNonce);
    QByteArray out;
    for (qsizetype at = 0; at < stream.size();) {
        const qsizetype step = generator.bounded(1, 9000);
        QVERIFY(unboxer->feed(piece(stream, at, step), out));
        QVERIFY(unboxer->bufferedSize() <= 34 + 4096);
        at += step;
    }
    QVERIFY(unboxer->finish());
    QCOMPARE(out, plain);
}

void TestBoxStream::everyFlippedByteIsDetected()
{
    const QByteArray stream = boxAll({QByteArray("hello"), randomBytes(5000, 7)});
    for (qsizetype i = 0; i < stream.size(); ++i) {
        QByteArray bad = stream;
        bad[i] = char(bad[i] ^ 0x20);
        auto [error, opened] = unboxAll(bad);
        QVERIFY2(error, qPrintable(u"flipped byte %1 went unnoticed"_s.arg(i)));
        QCOMPARE(error->kind, Error::Kind::Protocol);
    }
}

void TestBoxStream::reorderedFramesAreDetected()
{
    const QByteArray a("first"), b("second");
    const QByteArray stream = boxAll({a, b});
    const qsizetype frameA = 34 + a.size(), frameB = 34 + b.size();
    const QByteArray swapped = stream.mid(frameA, frameB) + stream.left(frameA) + stream.mid(frameA + frameB);
    auto [error, opened] = unboxAll(swapped);
    QVERIFY(error);
    QVERIFY(opened.isEmpty());
    // Dropping a frame in the middle is the same kind of mistake.
    auto [dropError, dropOpened] = unboxAll(QByteArray(stream.mid(frameA)));
    QVERIFY(dropError);
}

void TestBoxStream::truncationIsDetected()
{
    const QByteArray stream = boxAll({randomBytes(6000, 3)});
    // Without the goodbye, or cut anywhere inside a frame.
    for (qsizetype cut : {stream.size() - 34, stream.size() - 1, qsizetype(34 + 4096), qsizetype(40), qsizetype(0)}) {
        auto unboxer = BoxStreamUnboxer::create(kKey, kNonce);
        QByteArray out;
        QVERIFY(unboxer->feed(stream.left(cut), out));
        QVERIFY(!unboxer->isEnded());
        auto end = unboxer->finish();
        QVERIFY2(!end, qPrintable(u"cut at %1 not noticed"_s.arg(cut)));
        QCOMPARE(end.error().kind, Error::Kind::Network);
    }
}

void TestBoxStream::dataAfterGoodbyeIsRefused()
{
    const QByteArray stream = boxAll({QByteArray("bye")});
    auto unboxer = BoxStreamUnboxer::create(kKey, kNonce);
    QByteArray out;
    QVERIFY(!unboxer->feed(QByteArray(stream + "x"), out));
    QVERIFY(unboxer->hasFailed());
    auto again = BoxStreamUnboxer::create(kKey, kNonce);
    QVERIFY(again->feed(stream, out));
    QVERIFY(again->isEnded());
    QVERIFY(!again->feed("more", out));
}

void TestBoxStream::wrongKeyIsDetected()
{
    const QByteArray stream = boxAll({QByteArray("secret")});
    QByteArray otherKey = kKey;
    otherKey[0] = 'x';
    QByteArray otherNonce = kNonce;
    otherNonce[23] = char(otherNonce[23] + 1);
    QVERIFY(unboxAll(stream, otherKey, kNonce).first);
    QVERIFY(unboxAll(stream, kKey, otherNonce).first);
    QVERIFY(!BoxStreamUnboxer::create(kKey.left(31), kNonce));
    QVERIFY(!BoxStreamBoxer::create(kKey, kNonce.left(23)));
}

void TestBoxStream::oversizedFrameIsRefused()
{
    // A well-formed header announcing 5000 bytes: the reference never sends one, we refuse it.
    unsigned char header[18] = {0x13, 0x88};
    unsigned char boxed[34];
    QVERIFY(sodium_init() >= 0);
    crypto_secretbox_easy(boxed, header, sizeof header, reinterpret_cast<const unsigned char*>(kNonce.data()),
                          reinterpret_cast<const unsigned char*>(kKey.data()));
    auto unboxer = BoxStreamUnboxer::create(kKey, kNonce);
    QByteArray out;
    auto fed = unboxer->feed(QByteArrayView(reinterpret_cast<const char*>(boxed), 34), out);
    QVERIFY(!fed);
    QVERIFY(fed.error().message.contains(u"4096"));
}

void TestBoxStream::nonceCarriesAcrossBytes()
{
    // Nonces count big-endian: ...fe ff ff -> ...ff 00 00. Both sides must agree across the carry.
    QByteArray nonce(24, '\0');
    nonce[21] = char(0xfe);
    nonce[22] = char(0xff);
    nonce[23] = char(0xfe);
    const QList<QByteArray> messages{randomBytes(10000, 11), randomBytes(3, 12)};
    const QByteArray stream = boxAll(messages, kKey, nonce);
    auto [error, opened] = unboxAll(stream, kKey, nonce);
    QVERIFY(!error);
    QCOMPARE(opened, messages[0] + messages[1]);
    // The second frame's header is sealed under nonce + 2 (carry into byte 22 and 21).
    QByteArray expectedNonce = nonce;
    expectedNonce[21] = char(0xff);
    expectedNonce[22] = char(0x00);
    expectedNonce[23] = char(0x00);
    unsigned char header[18];
    QCOMPARE(crypto_secretbox_open_easy(header, reinterpret_cast<const unsigned char*>(stream.constData()) + 34 + 4096,
                                        34, reinterpret_cast<const unsigned char*>(expectedNonce.constData()),
                                        reinterpret_cast<const unsigned char*>(kKey.constData())),
             0);
    QCOMPARE(int(header[0]) << 8 | header[1], 4096);
}

void TestBoxStream::boxerRefusesAfterGoodbye()
{
    auto boxer = BoxStreamBoxer::create(kKey, kNonce);
    QVERIFY(boxer);
    auto empty = boxer->box(QByteArray());
    QVERIFY(empty);
    QVERIFY(empty->isEmpty());
    QVERIFY(boxer->goodbye());
    QVERIFY(boxer->isFinished());
    QVERIFY(!boxer->box("late"));
    QVERIFY(!boxer->goodbye());
}

QTEST_GUILESS_MAIN(TestBoxStream)
#include "tst_boxstream.moc"
