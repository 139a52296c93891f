#include "core/crypto/SecureBuffer.h"

#include <QTest>

using cp::SecureBuffer;

class TestSecureBuffer : public QObject
{
    Q_OBJECT
private slots:
    void startsZeroed()
    {
        SecureBuffer buffer(48);
        QCOMPARE(buffer.size(), 48);
        QVERIFY(buffer.data());
        QCOMPARE(buffer.view(), QByteArray(48, '\0'));
    }

    void emptyHasNoMemory()
    {
        SecureBuffer none;
        QVERIFY(none.isEmpty());
        QVERIFY(!none.data());
        SecureBuffer zero(0);
        QVERIFY(zero.isEmpty());
        QVERIFY(zero == none);
    }

    void copiesOnlyWhenAsked()
    {
        const QByteArray secret = QByteArrayLiteral("correct horse battery staple");
        SecureBuffer a = SecureBuffer::fromBytes(secret);
        QCOMPARE(a.view(), secret);
        SecureBuffer b = a.clone();
        QVERIFY(a == b);
        QVERIFY(a.data() != b.data());
        b.data()[0] ^= 1;
        QVERIFY(!(a == b));
    }

    void moveLeavesTheSourceEmpty()
    {
        SecureBuffer a = SecureBuffer::fromBytes("key material");
        const unsigned char* memory = a.data();
        SecureBuffer b(std::move(a));
        QCOMPARE(b.data(), memory);
        QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): checking the moved-from state
        QVERIFY(!a.data());
        SecureBuffer c(4);
        c = std::move(b);
        QCOMPARE(c.view(), QByteArrayView("key material"));
        QVERIFY(b.isEmpty());
    }

    void truncateWipesTheTail()
    {
        SecureBuffer a = SecureBuffer::fromBytes("abcdef");
        unsigned char* memory = a.data();
        a.truncate(2);
        QCOMPARE(a.view(), QByteArrayView("ab"));
        QCOMPARE(QByteArrayView(memory + 2, 4), QByteArray(4, '\0'));
        a.truncate(10); // never grows
        QCOMPARE(a.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSecureBuffer)
#include "tst_securebuffer.moc"
