#include "core/crypto/Identity.h"
#include "core/sync/SignedRefs.h"
#include "unit/sync/SyncTestSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using cp::Error;
using cp::sync::SignedRefs;
using cp::sync::SignedRefsRecord;

namespace {
cp::git::Oid oid(char digit)
{
    return *cp::git::Oid::fromHex(QString(40, QLatin1Char(digit)));
}

QMap<QString, cp::git::Oid> twoRefs()
{
    return {{u"refs/notes/reviews"_s, oid('b')}, {u"refs/heads/main"_s, oid('a')}};
}

// A record with an arbitrary body, properly signed by `identity`.
SignedRefsRecord signedBody(const cp::Identity& identity, const QByteArray& body)
{
    return {body, identity.sign(body)};
}
} // namespace

class TestSignedRefs : public QObject
{
    Q_OBJECT

    cp::Identity m_ada = cp::test::identityFromByte('\x01');
    cp::Identity m_bob = cp::test::identityFromByte('\x02');
    cp::git::Oid m_commons = oid('c');

    QByteArray body(const QByteArray& seq = "7", const QByteArray& refs = {}) const
    {
        return "commonplace-sigrefs v1\ncommons " + QByteArray(40, 'c') + "\npeer " +
               m_ada.publicKey().pid().toLatin1() + "\nseq " + seq + "\ntime 1700000000\n" + refs;
    }

private slots:
    void canonicalBytesAreExactlyTheDesignedText()
    {
        auto record = SignedRefs::sign(m_ada, m_commons, 7, 1700000000, twoRefs());
        QVERIFY(record);
        const QByteArray expected =
            body("7", QByteArray(40, 'a') + " refs/heads/main\n" + QByteArray(40, 'b') + " refs/notes/reviews\n");
        QCOMPARE(record->body(), expected);
        QCOMPARE(record->signature().size(), 64);
        QVERIFY(m_ada.publicKey().verify(expected, record->signature()));
        QCOMPARE(record->peer(), m_ada.publicKey());
        QCOMPARE(record->seq(), 7u);
        QCOMPARE(record->time(), 1700000000);
        QCOMPARE(record->refs(), twoRefs());
    }

    void wireAndBlobRoundTrip()
    {
        auto record = SignedRefs::sign(m_ada, m_commons, 3, 1700000000, twoRefs());
        QVERIFY(record);
        auto back = SignedRefs::fromWire(record->toWire());
        QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
        QCOMPARE(*back, *record);
        QCOMPARE(back->refs(), twoRefs());
        const QByteArray blob = record->toBlob();
        QVERIFY(blob.startsWith(record->body()));
        QVERIFY(blob.contains("\nsignature "));
        auto fromBlob = SignedRefs::fromBlob(blob);
        QVERIFY(fromBlob);
        QCOMPARE(*fromBlob, *record);
    }

    void recordWithoutRefsIsValid()
    {
        auto record = SignedRefs::sign(m_ada, m_commons, 1, 0, {});
        QVERIFY(record);
        QVERIFY(SignedRefs::fromWire(record->toWire()));
    }

    void forgedRecordsAreRefused_data()
    {
        QTest::addColumn<int>("change");
        QTest::newRow("ref moved after signing") << 0;
        QTest::newRow("signature flipped") << 1;
        QTest::newRow("signed by someone else") << 2;
        QTest::newRow("signature too short") << 3;
    }

    void forgedRecordsAreRefused()
    {
        QFETCH(int, change);
        auto record = SignedRefs::sign(m_ada, m_commons, 3, 1700000000, twoRefs());
        QVERIFY(record);
        SignedRefsRecord wire = record->toWire();
        switch (change) {
        case 0:
            wire.body.replace(QByteArray(40, 'a'), QByteArray(40, 'd'));
            break;
        case 1:
            wire.signature[5] = char(wire.signature[5] ^ 0x10);
            break;
        case 2:
            wire.signature = m_bob.sign(wire.body);
            break;
        default:
            wire.signature.chop(1);
            break;
        }
        auto parsed = SignedRefs::fromWire(wire);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().kind, Error::Kind::Crypto);
    }

    void malformedBodiesAreRefusedEvenWhenSigned_data()
    {
        QTest::addColumn<QByteArray>("text");
        const QByteArray a = QByteArray(40, 'a');
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no final newline") << body().chopped(1);
        QTest::newRow("wrong magic") << body().replace("v1", "v2");
        QTest::newRow("upper-case commons") << body().replace(QByteArray(40, 'c'), QByteArray(40, 'C'));
        QTest::newRow("short commons") << body().replace(QByteArray(40, 'c'), QByteArray(39, 'c'));
        QTest::newRow("did instead of pid") << body().replace("peer ", "peer did:key:");
        QTest::newRow("leading zero seq") << body("07");
        QTest::newRow("negative seq") << body("-7");
        QTest::newRow("seq not a number") << body("seven");
        QTest::newRow("unsorted refs") << body("7", a + " refs/notes/reviews\n" + a + " refs/heads/main\n");
        QTest::newRow("repeated ref") << body("7", a + " refs/heads/main\n" + a + " refs/heads/main\n");
        QTest::newRow("tag ref") << body("7", a + " refs/tags/v1\n");
        QTest::newRow("dot-dot ref") << body("7", a + " refs/heads/../config\n");
        QTest::newRow("hidden component") << body("7", a + " refs/heads/.git\n");
        QTest::newRow("lock ref") << body("7", a + " refs/heads/main.lock\n");
        QTest::newRow("space in ref") << body("7", a + " refs/heads/my main\n");
        QTest::newRow("two spaces") << body("7", a + "  refs/heads/main\n");
        QTest::newRow("blank line") << body("7", "\n");
        QTest::newRow("missing time") << body().replace("time 1700000000\n", "");
    }

    void malformedBodiesAreRefusedEvenWhenSigned()
    {
        QFETCH(QByteArray, text);
        auto parsed = SignedRefs::fromWire(signedBody(m_ada, text));
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().kind, Error::Kind::Protocol);
    }

    void wellFormedHandWrittenBodyIsAccepted()
    {
        auto parsed = SignedRefs::fromWire(signedBody(m_ada, body("12", QByteArray(40, 'a') + " refs/heads/main\n")));
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->seq(), 12u);
        QCOMPARE(parsed->refs().value(u"refs/heads/main"_s), oid('a'));
    }

    void checkForCommonsAndClock()
    {
        const qint64 now = 1700000000;
        auto record = SignedRefs::sign(m_ada, m_commons, 1, now + 3600, twoRefs());
        QVERIFY(record);
        QVERIFY(record->checkFor(m_commons, now));
        QVERIFY(SignedRefs::verify(record->toWire(), m_commons, now));
        auto wrongCommons = record->checkFor(oid('e'), now);
        QVERIFY(!wrongCommons);
        QCOMPARE(wrongCommons.error().kind, Error::Kind::Protocol);
        auto future = SignedRefs::sign(m_ada, m_commons, 1, now + 3601, twoRefs());
        QVERIFY(!future->checkFor(m_commons, now));
        QVERIFY(!SignedRefs::verify(future->toWire(), m_commons, now));
        auto past = SignedRefs::sign(m_ada, m_commons, 1, 5, twoRefs());
        QVERIFY(past->checkFor(m_commons, now));
    }

    void newerMeansHigherSeq()
    {
        auto one = SignedRefs::sign(m_ada, m_commons, 1, 100, twoRefs());
        auto two = SignedRefs::sign(m_ada, m_commons, 2, 50, {});
        QVERIFY(one->isNewerThan(std::nullopt));
        QVERIFY(two->isNewerThan(*one));
        QVERIFY(!one->isNewerThan(*two));
        QVERIFY(!one->isNewerThan(*one)); // a replay
    }

    void publishableRefs()
    {
        QVERIFY(SignedRefs::isPublishableRef(u"refs/heads/main"));
        QVERIFY(SignedRefs::isPublishableRef(u"refs/notes/reviews"));
        QVERIFY(SignedRefs::isPublishableRef(u"refs/heads/topic/a-b_c.d"));
        QVERIFY(!SignedRefs::isPublishableRef(u"refs/heads/"));
        QVERIFY(!SignedRefs::isPublishableRef(u"refs/heads//x"));
        QVERIFY(!SignedRefs::isPublishableRef(u"refs/peers/z6Mk/heads/main"));
        QVERIFY(!SignedRefs::isPublishableRef(u"refs/commonplace/sigrefs"));
        QVERIFY(!SignedRefs::isPublishableRef(u"HEAD"));
        QVERIFY(!SignedRefs::isPublishableRef(u"refs/heads/ü"));
        QVERIFY(!SignedRefs::isPublishableRef(QString(u"refs/heads/"_s + QString(300, u'x'))));
        QVERIFY(!SignedRefs::sign(m_ada, m_commons, 1, 0, {{u"refs/tags/v1"_s, oid('a')}}));
    }

    void peerRefNames()
    {
        const QString pid = m_ada.publicKey().pid();
        QCOMPARE(SignedRefs::peerRefName(m_ada.publicKey(), u"refs/heads/main"),
                 u"refs/peers/"_s + pid + u"/heads/main"_s);
        QCOMPARE(SignedRefs::peerRecordRef(m_ada.publicKey()), u"refs/peers/"_s + pid + u"/sigrefs"_s);
        QVERIFY(pid.startsWith(u"z6Mk"_s));
    }

    void damagedBlobsAreRefused()
    {
        auto record = SignedRefs::sign(m_ada, m_commons, 3, 1700000000, twoRefs());
        QByteArray blob = record->toBlob();
        QVERIFY(!SignedRefs::fromBlob(record->body()));
        QVERIFY(!SignedRefs::fromBlob(blob.chopped(1)));
        QByteArray bad = blob;
        bad.replace("signature ", "signature !!");
        QVERIFY(!SignedRefs::fromBlob(bad));
    }
};

QTEST_GUILESS_MAIN(TestSignedRefs)
#include "tst_signedrefs.moc"
