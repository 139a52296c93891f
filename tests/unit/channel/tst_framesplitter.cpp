#include "core/net/FrameSplitter.h"

#include <QTest>

using namespace cp;
using namespace cp::net;

class TestFrameSplitter : public QObject
{
    Q_OBJECT

private slots:
    void splitsAnyChunking();
    void emptyFrames();
    void refusesOversizedFrameWithoutBuffering();
    void prefixIsBigEndian();
};

void TestFrameSplitter::splitsAnyChunking()
{
    const QList<QByteArray> payloads{QByteArray("a"), QByteArray(5000, 'b'), QByteArray(), QByteArray(70000, 'c')};
    QByteArray stream;
    for (const QByteArray& p : payloads)
        FrameSplitter::appendFrame(stream, p);
    for (qsizetype step : {qsizetype(1), qsizetype(3), qsizetype(4096), stream.size()}) {
        FrameSplitter splitter(100000);
        QList<QByteArray> frames;
        for (qsizetype at = 0; at < stream.size(); at += step) {
            QVERIFY(splitter.feed(QByteArrayView(stream).sliced(at, std::min(step, stream.size() - at)), frames));
            QVERIFY(splitter.bufferedSize() <= 4 + 70000);
        }
        QCOMPARE(frames, payloads);
        QCOMPARE(splitter.bufferedSize(), 0);
    }
}

void TestFrameSplitter::emptyFrames()
{
    FrameSplitter splitter(10);
    QList<QByteArray> frames;
    QVERIFY(splitter.feed(QByteArray(8, '\0'), frames));
    QCOMPARE(frames.size(), 2);
    QVERIFY(frames[0].isEmpty());
}

void TestFrameSplitter::refusesOversizedFrameWithoutBuffering()
{
    FrameSplitter splitter(1024);
    QList<QByteArray> frames;
    QVERIFY(splitter.feed(FrameSplitter::frame(QByteArray(1024, 'x')), frames));
    QCOMPARE(frames.size(), 1);
    auto result = splitter.feed(QByteArray::fromHex("00000401"), frames);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, Error::Kind::Protocol);
    QVERIFY(splitter.hasFailed());
    QCOMPARE(splitter.bufferedSize(), 0);
    QVERIFY(!splitter.feed(FrameSplitter::frame("ok"), frames)); // final
    FrameSplitter huge(1 << 20);
    QVERIFY(!huge.feed(QByteArray::fromHex("ffffffff"), frames));
}

void TestFrameSplitter::prefixIsBigEndian()
{
    QCOMPARE(FrameSplitter::frame(QByteArray(258, 'z')).left(4), QByteArray::fromHex("00000102"));
}

QTEST_GUILESS_MAIN(TestFrameSplitter)
#include "tst_framesplitter.moc"
