#include "core/git/Oid.h"

#include <QSet>
#include <QTest>

using cp::git::Oid;

class TestOid : public QObject
{
    Q_OBJECT
private slots:
    void defaultIsNull()
    {
        Oid oid;
        QVERIFY(oid.isNull());
        QCOMPARE(oid.toHex(), QString(40, u'0'));
    }

    void hexRoundTrip()
    {
        const QString hex = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
        auto oid = Oid::fromHex(hex);
        QVERIFY(oid);
        QVERIFY(!oid->isNull());
        QCOMPARE(oid->toHex(), hex);
        QCOMPARE(oid->toShortHex(7), QStringLiteral("0123456"));
        QCOMPARE(oid->toRaw().size(), Oid::RawSize);
        QCOMPARE(oid->toRaw().at(1), char(0x23));
        auto again = Oid::fromRaw(oid->toRaw());
        QVERIFY(again);
        QCOMPARE(*again, *oid);
    }

    void upperCaseIsAccepted()
    {
        auto upper = Oid::fromHex(QStringLiteral("ABCDEF0123456789ABCDEF0123456789ABCDEF01"));
        QVERIFY(upper);
        QCOMPARE(upper->toHex(), QStringLiteral("abcdef0123456789abcdef0123456789abcdef01"));
    }

    void badHexIsAUserError_data()
    {
        QTest::addColumn<QString>("hex");
        QTest::newRow("empty") << QString();
        QTest::newRow("short") << QStringLiteral("abc");
        QTest::newRow("39 digits") << QString(39, u'a');
        QTest::newRow("41 digits") << QString(41, u'a');
        QTest::newRow("not hex") << (QString(39, u'a') + u'g');
        QTest::newRow("space") << (QString(39, u'a') + u' ');
        QTest::newRow("non-ascii digit") << (QString(39, u'a') + QChar(0x0661));
    }
    void badHexIsAUserError()
    {
        QFETCH(QString, hex);
        auto oid = Oid::fromHex(hex);
        QVERIFY(!oid);
        QCOMPARE(oid.error().kind, cp::Error::Kind::User);
        QVERIFY(!oid.error().message.isEmpty());
    }

    void badRawIsAUserError()
    {
        QVERIFY(!Oid::fromRaw(QByteArray(19, 'x')));
        QVERIFY(!Oid::fromRaw(QByteArray(21, 'x')));
    }

    void orderingAndHashing()
    {
        auto a = Oid::fromHex(QString(40, u'1'));
        auto b = Oid::fromHex(QString(40, u'2'));
        QVERIFY(a && b);
        QVERIFY(*a < *b);
        QVERIFY(*a != *b);
        QSet<Oid> set{*a, *b, *a};
        QCOMPARE(set.size(), 2);
        QVERIFY(set.contains(*b));
    }
};

QTEST_GUILESS_MAIN(TestOid)
#include "tst_oid.moc"
