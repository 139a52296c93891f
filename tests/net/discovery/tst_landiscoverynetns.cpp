// Two processes in different network namespaces, joined by a bridge in a third, find each other
// on the default port within 2 s: by IPv4 broadcast alone, and by IPv6 multicast (ff12::4747)
// alone. Skipped, with the reason, where namespaces
// cannot be made.
#include "NetnsLab.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QtTest>
#include <memory>

class TestLanDiscoveryNetns : public QObject
{
    Q_OBJECT

private slots:
    void findEachOther_data()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("addressA");
        QTest::addColumn<QString>("addressB");
        QTest::newRow("ipv4 broadcast") << QStringLiteral("v4") << QStringLiteral("10.47.1.1")
                                        << QStringLiteral("10.47.1.2");
        QTest::newRow("ipv6 multicast") << QStringLiteral("v6") << QStringLiteral("fe80::*%eth0")
                                        << QStringLiteral("fe80::*%eth0");
    }

    void findEachOther()
    {
        QFETCH(QString, family);
        QFETCH(QString, addressA);
        QFETCH(QString, addressB);
        NetnsLab lab;
        if (const QString why = lab.unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(QStringLiteral("LAN discovery in namespaces not tested: ") + why));
        const QString a = lab.addNamespace(QStringLiteral("a")), b = lab.addNamespace(QStringLiteral("b"));
        const QString br = lab.addNamespace(QStringLiteral("br"));
        QVERIFY2(!a.isEmpty() && !b.isEmpty() && !br.isEmpty(), qPrintable(lab.lastError()));
        QVERIFY2(lab.ip(br, QStringLiteral("link add br0 type bridge")), qPrintable(lab.lastError()));
        QVERIFY2(lab.ip(br, QStringLiteral("link set br0 up")), qPrintable(lab.lastError()));
        QVERIFY2(lab.veth(a, QStringLiteral("eth0"), QStringLiteral("10.47.1.1/24"), br, QStringLiteral("pa")),
                 qPrintable(lab.lastError()));
        QVERIFY2(lab.veth(b, QStringLiteral("eth0"), QStringLiteral("10.47.1.2/24"), br, QStringLiteral("pb")),
                 qPrintable(lab.lastError()));
        QVERIFY(lab.ip(br, QStringLiteral("link set pa master br0")));
        QVERIFY(lab.ip(br, QStringLiteral("link set pb master br0")));

        const QString probe = qEnvironmentVariable("COMMONPLACE_DISCOVERY_PROBE");
        QVERIFY2(QFile::exists(probe), "COMMONPLACE_DISCOVERY_PROBE does not name the probe");
        const QByteArray key = QByteArray(32, '\x47').toHex();
        const QByteArray pidA = QByteArray(32, 'A').toHex(), pidB = QByteArray(32, 'B').toHex();
        auto startProbe = [&](const QString& ns, const QByteArray& pid, const QString& tcpPort) {
            auto p = std::make_unique<QProcess>();
            p->start(QStringLiteral("ip"),
                     {QStringLiteral("netns"), QStringLiteral("exec"), ns, probe, QString::fromLatin1(pid),
                      QString::fromLatin1(key), tcpPort, QStringLiteral("5000"), QStringLiteral("500"), family});
            return p;
        };
        QElapsedTimer t;
        t.start();
        auto pa = startProbe(a, pidA, QStringLiteral("4101"));
        auto pb = startProbe(b, pidB, QStringLiteral("4102"));
        QVERIFY(pa->waitForFinished(8000));
        QVERIFY(pb->waitForFinished(8000));
        const QString outA = QString::fromUtf8(pa->readAllStandardOutput());
        const QString outB = QString::fromUtf8(pb->readAllStandardOutput());
        qInfo("probe a: %s%s", qPrintable(outA), pa->readAllStandardError().constData());
        qInfo("probe b: %s%s", qPrintable(outB), pb->readAllStandardError().constData());
        // The address matches a wildcard pattern: the kernel picks the IPv6 link-local address.
        auto found = [](const QString& out, const QByteArray& pid, const QString& address, const QString& port) {
            QStringList parts = address.split(u'*');
            for (QString& part : parts)
                part = QRegularExpression::escape(part);
            const QRegularExpression line(
                QStringLiteral("^FOUND %1 %2 %3 probe-commons ")
                    .arg(QString::fromLatin1(pid), parts.join(QStringLiteral("[0-9a-f:]+")), port),
                QRegularExpression::MultilineOption);
            return line.match(out).hasMatch();
        };
        QVERIFY2(found(outA, pidB, addressB, QStringLiteral("4102")), qPrintable(outA));
        QVERIFY2(found(outB, pidA, addressA, QStringLiteral("4101")), qPrintable(outB));
        for (const QString& out : {outA, outB}) {
            const QStringList words = out.section(QStringLiteral("FOUND "), 1, 1).split(u' ');
            const int ms = words.value(4).trimmed().toInt();
            QVERIFY2(ms <= 2000, qPrintable(QStringLiteral("found after %1 ms, more than 2 s").arg(ms)));
        }
        QCOMPARE(pa->exitCode(), 0);
        QCOMPARE(pb->exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLanDiscoveryNetns)
#include "tst_landiscoverynetns.moc"
