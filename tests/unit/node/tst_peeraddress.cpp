#include "core/crypto/Identity.h"
#include "core/node/PeerAddress.h"

#include <QTest>

using namespace Qt::StringLiterals;
using cp::node::PeerAddress;

class TestPeerAddress : public QObject
{
    Q_OBJECT

    cp::Identity m_id = *cp::Identity::fromSeed(QByteArray(32, '\x03'));

private slots:
    void parsesForms()
    {
        auto plain = PeerAddress::parse(u"example.org:47474");
        QVERIFY(plain);
        QCOMPARE(plain->host, u"example.org"_s);
        QCOMPARE(plain->port, 47474);
        QVERIFY(plain->pid.isNull());
        QCOMPARE(plain->toString(), u"example.org:47474"_s);

        const QString pid = m_id.publicKey().pid();
        auto withPid = PeerAddress::parseWithPeer(QString(pid + u"@127.0.0.1:9000"_s));
        QVERIFY(withPid);
        QCOMPARE(withPid->pid, m_id.publicKey());
        QCOMPARE(withPid->toString(), pid + u"@127.0.0.1:9000"_s);

        auto did = PeerAddress::parse(QString(m_id.did() + u"@[::1]:80"_s));
        QVERIFY(did);
        QCOMPARE(did->host, u"::1"_s);
        QCOMPARE(did->hostPort(), u"[::1]:80"_s);
        QCOMPARE(did->pid, m_id.publicKey());
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("no port") << u"example.org"_s;
        QTest::newRow("port zero") << u"example.org:0"_s;
        QTest::newRow("port too big") << u"example.org:70000"_s;
        QTest::newRow("bare ipv6") << u"::1:80"_s;
        QTest::newRow("bad pid") << u"z6Mknope@example.org:1"_s;
        QTest::newRow("empty host") << u":80"_s;
        QTest::newRow("unclosed bracket") << u"[::1:80"_s;
    }

    void refusesBadInput()
    {
        QFETCH(QString, text);
        auto parsed = PeerAddress::parse(text);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().kind, cp::Error::Kind::User);
    }

    void peerIsRequiredWhereAsked() { QVERIFY(!PeerAddress::parseWithPeer(u"127.0.0.1:1")); }
};

QTEST_GUILESS_MAIN(TestPeerAddress)
#include "tst_peeraddress.moc"
