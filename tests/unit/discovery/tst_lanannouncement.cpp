#include "core/net/LanAnnouncement.h"
#include "core/net/LanTagMatcher.h"

#include <QtTest>
#include <sodium.h>

using namespace cp::net;

namespace {

QByteArray randomBytes(qsizetype n)
{
    QByteArray b(n, Qt::Uninitialized);
    randombytes_buf(b.data(), size_t(n));
    return b;
}

} // namespace

class TestLanAnnouncement : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void roundTrip()
    {
        LanAnnouncement a;
        a.pid = randomBytes(32);
        a.port = 47001;
        a.tags = {randomBytes(8), randomBytes(8), randomBytes(8)};
        const auto bytes = a.encode();
        QVERIFY(bytes);
        QCOMPARE(bytes->size(), LanAnnouncement::kHeaderSize + 3 * 8);
        QVERIFY(bytes->startsWith("CPLA"));
        const auto back = LanAnnouncement::decode(*bytes);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
        QCOMPARE(*back, a);
    }

    void roundTripNoCommonsAndMaxCommons()
    {
        LanAnnouncement a;
        a.pid = randomBytes(32);
        a.port = 1;
        QCOMPARE(LanAnnouncement::decode(*a.encode()).value(), a);
        for (int i = 0; i < LanAnnouncement::kMaxCommons; ++i)
            a.tags.append(randomBytes(8));
        const auto bytes = a.encode();
        QVERIFY(bytes);
        QCOMPARE(bytes->size(), LanAnnouncement::kMaxDatagramSize);
        QCOMPARE(LanAnnouncement::decode(*bytes).value(), a);
        a.tags.append(randomBytes(8));
        QVERIFY(!a.encode());
    }

    void encodeRefusesBadFields()
    {
        LanAnnouncement a;
        a.pid = randomBytes(31);
        a.port = 5;
        QVERIFY(!a.encode());
        a.pid = randomBytes(32);
        a.port = 0;
        QVERIFY(!a.encode());
        a.port = 5;
        a.tags = {randomBytes(7)};
        QVERIFY(!a.encode());
    }

    void tagsMatchOnlyWithTheRightKey()
    {
        const QByteArray keyA = randomBytes(32), keyB = randomBytes(32), keyC = randomBytes(32);
        const QByteArray pid = randomBytes(32);
        LanTagMatcher announcer;
        QVERIFY(announcer.addCommons(QStringLiteral("A"), keyA));
        QVERIFY(announcer.addCommons(QStringLiteral("B"), keyB));
        LanAnnouncement a;
        a.pid = pid;
        a.port = 4000;
        a.tags = announcer.tagsFor(pid);
        QCOMPARE(a.tags.size(), 2);
        const auto decoded = LanAnnouncement::decode(*a.encode()).value();

        LanTagMatcher memberOfB;
        QVERIFY(memberOfB.addCommons(QStringLiteral("c"), keyC));
        QVERIFY(memberOfB.addCommons(QStringLiteral("b"), keyB));
        QCOMPARE(memberOfB.match(decoded), QStringList{QStringLiteral("b")});

        LanTagMatcher stranger;
        QVERIFY(stranger.addCommons(QStringLiteral("c"), keyC));
        QVERIFY(stranger.match(decoded).isEmpty());

        // The same key under another pid gives another tag: tags are bound to the announcer.
        LanAnnouncement other = decoded;
        other.pid = randomBytes(32);
        QVERIFY(memberOfB.match(other).isEmpty());
        QVERIFY(LanAnnouncement::tag(keyB, pid).value() != LanAnnouncement::tag(keyB, other.pid).value());

        memberOfB.removeCommons(QStringLiteral("b"));
        QVERIFY(memberOfB.match(decoded).isEmpty());
    }

    void tagIsTruncatedHmacSha256()
    {
        const QByteArray key = randomBytes(32), pid = randomBytes(32);
        unsigned char mac[crypto_auth_hmacsha256_BYTES];
        const QByteArray message = QByteArray("lan") + pid;
        crypto_auth_hmacsha256(mac, reinterpret_cast<const unsigned char*>(message.constData()), size_t(message.size()),
                               reinterpret_cast<const unsigned char*>(key.constData()));
        QCOMPARE(LanAnnouncement::tag(key, pid).value(), QByteArray(reinterpret_cast<const char*>(mac), 8));
        QVERIFY(!LanAnnouncement::tag(key.first(31), pid));
        QVERIFY(!LanAnnouncement::tag(key, pid.first(31)));
        LanTagMatcher m;
        QVERIFY(!m.addCommons(QStringLiteral("x"), key.first(16)));
    }

    void commonsIsNotNamedOnTheAir()
    {
        const QByteArray key = randomBytes(32), pid = randomBytes(32);
        const QString commonsId = QString::fromLatin1(randomBytes(20).toHex());
        LanTagMatcher m;
        QVERIFY(m.addCommons(commonsId, key));
        LanAnnouncement a;
        a.pid = pid;
        a.port = 47474;
        a.tags = m.tagsFor(pid);
        const QByteArray datagram = a.encode().value();
        for (const QByteArray& secret : {key, commonsId.toLatin1(), QByteArray::fromHex(commonsId.toLatin1())}) {
            QVERIFY(!datagram.contains(secret));
            for (qsizetype i = 0; i + 8 <= secret.size(); ++i)
                QVERIFY2(!datagram.contains(secret.sliced(i, 8)), "8 bytes of the key or commons id are on the air");
        }
    }

    void malformedRefused_data()
    {
        QTest::addColumn<QByteArray>("datagram");
        LanAnnouncement a;
        a.pid = QByteArray(32, 'p');
        a.port = 0x1234;
        a.tags = {QByteArray(8, 't'), QByteArray(8, 'u')};
        const QByteArray good = a.encode().value();
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("foreign") << QByteArray("M-SEARCH * HTTP/1.1\r\n");
        QTest::newRow("wrong magic") << (QByteArray("CPLB") + good.mid(4));
        QByteArray v2 = good;
        v2[4] = 2;
        QTest::newRow("wrong version") << v2;
        QTest::newRow("header truncated") << good.first(LanAnnouncement::kHeaderSize - 1);
        QTest::newRow("tag truncated") << good.first(good.size() - 1);
        QTest::newRow("trailing byte") << (good + 'x');
        QByteArray tooMany = good;
        tooMany[LanAnnouncement::kHeaderSize - 1] = char(LanAnnouncement::kMaxCommons + 1);
        tooMany.append(QByteArray((LanAnnouncement::kMaxCommons - 1) * 8, 'z'));
        QTest::newRow("count over max") << tooMany;
        QTest::newRow("oversized") << (good + QByteArray(LanAnnouncement::kMaxDatagramSize, 'o'));
        QByteArray count255 = good;
        count255[LanAnnouncement::kHeaderSize - 1] = char(0xff);
        QTest::newRow("count 255") << count255;
        QByteArray port0 = good;
        port0[5 + 32] = 0;
        port0[5 + 33] = 0;
        QTest::newRow("port 0") << port0;
    }

    void malformedRefused()
    {
        QFETCH(QByteArray, datagram);
        const auto r = LanAnnouncement::decode(datagram);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, cp::Error::Kind::Protocol);
        QVERIFY(!r.error().message.isEmpty());
    }

    void everyTruncationRefused()
    {
        LanAnnouncement a;
        a.pid = randomBytes(32);
        a.port = 9;
        a.tags = {randomBytes(8)};
        const QByteArray good = a.encode().value();
        for (qsizetype n = 0; n < good.size(); ++n)
            QVERIFY2(!LanAnnouncement::decode(good.first(n)), qPrintable(QString::number(n)));
    }
};

QTEST_GUILESS_MAIN(TestLanAnnouncement)
#include "tst_lanannouncement.moc"
