// Two LanDiscovery instances on 127.0.0.1 (announcing to each other's port through the test
// seam) find each other, ignore themselves, strangers and garbage, and expire a silent peer.
#include "core/net/LanDiscovery.h"

#include <QSignalSpy>
#include <QUdpSocket>
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

quint16 freeUdpPort()
{
    QUdpSocket s;
    s.bind(QHostAddress::LocalHost, 0);
    return s.localPort();
}

} // namespace

class TestLanDiscovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void twoInstancesFindEachOther()
    {
        const quint16 portA = freeUdpPort(), portB = freeUdpPort(), portC = freeUdpPort();
        const QHostAddress lo = QHostAddress::LocalHost;
        const QByteArray key = randomBytes(32), otherKey = randomBytes(32);
        const QByteArray pidA = randomBytes(32), pidB = randomBytes(32), pidC = randomBytes(32);
        const QList<std::pair<QHostAddress, quint16>> all = {{lo, portA}, {lo, portB}, {lo, portC}};
        LanDiscoveryOptions oa{.port = portA, .cacheTtlMs = 400, .ipv6Multicast = false, .targets = all};
        LanDiscoveryOptions ob{.port = portB, .cacheTtlMs = 400, .ipv6Multicast = false, .targets = all};
        LanDiscoveryOptions oc{.port = portC, .ipv6Multicast = false, .targets = all};
        LanDiscovery a(pidA, 4001, oa), b(pidB, 4002, ob), stranger(pidC, 4003, oc);
        QVERIFY(a.addCommons(QStringLiteral("shared-a"), key));
        QVERIFY(b.addCommons(QStringLiteral("shared-b"), key));
        QVERIFY(b.addCommons(QStringLiteral("only-b"), randomBytes(32)));
        QVERIFY(stranger.addCommons(QStringLiteral("other"), otherKey));
        QSignalSpy foundA(&a, &LanDiscovery::peerFound), foundB(&b, &LanDiscovery::peerFound);
        QSignalSpy foundC(&stranger, &LanDiscovery::peerFound);
        QSignalSpy expiredA(&a, &LanDiscovery::peerExpired);

        QVERIFY(stranger.start());
        QVERIFY(a.start());
        QElapsedTimer t;
        t.start();
        QVERIFY(b.start());
        QTRY_COMPARE_WITH_TIMEOUT(foundA.size(), 1, 2000);
        QTRY_COMPARE_WITH_TIMEOUT(foundB.size(), 1, 2000);
        qInfo("both found each other on 127.0.0.1 after %lld ms", t.elapsed());
        QCOMPARE(foundA.at(0).at(0).toByteArray(), pidB);
        QCOMPARE(foundA.at(0).at(1).value<QHostAddress>(), lo);
        QCOMPARE(foundA.at(0).at(2).value<quint16>(), quint16(4002));
        QCOMPARE(foundA.at(0).at(3).toStringList(), QStringList{QStringLiteral("shared-a")});
        QCOMPARE(foundB.at(0).at(0).toByteArray(), pidA);
        QCOMPARE(foundB.at(0).at(3).toStringList(), QStringList{QStringLiteral("shared-b")});
        QCOMPARE(a.peers().size(), 1);

        // Garbage on the port is counted and ignored.
        QUdpSocket raw;
        raw.writeDatagram(QByteArray("CPLA\x01garbage"), lo, portA);
        raw.writeDatagram(QByteArray(2000, 'x'), lo, portA);
        QTRY_COMPARE(a.malformedCount(), 2);

        // A changed TCP port is reported again.
        b.setTcpPort(4012);
        QTRY_COMPARE(foundA.size(), 2);
        QCOMPARE(foundA.at(1).at(2).value<quint16>(), quint16(4012));

        // The stranger (no shared commons) and ourselves were never reported.
        QCOMPARE(foundC.size(), 0);
        for (const auto& call : std::as_const(foundA))
            QVERIFY(call.at(0).toByteArray() != pidA && call.at(0).toByteArray() != pidC);

        // A silent peer expires after the cache lifetime.
        b.stop();
        QVERIFY(expiredA.wait(2000));
        QCOMPARE(expiredA.at(0).at(0).toByteArray(), pidB);
        QVERIFY(a.peers().isEmpty());
    }

    void portInUseByAnotherSharerStillBinds()
    {
        const quint16 port = freeUdpPort();
        LanDiscoveryOptions o{.port = port, .ipv6Multicast = false, .targets = {{QHostAddress::LocalHost, port}}};
        LanDiscovery a(randomBytes(32), 1, o), b(randomBytes(32), 2, o);
        QVERIFY(a.start());
        QVERIFY(b.start()); // ShareAddress: two nodes on one host share the discovery port
        QVERIFY(a.isRunning() && b.isRunning());
    }

    void badKeyRefused()
    {
        LanDiscovery a(randomBytes(32), 1);
        QVERIFY(!a.addCommons(QStringLiteral("x"), randomBytes(31)));
    }
};

QTEST_GUILESS_MAIN(TestLanDiscovery)
#include "tst_landiscovery.moc"
