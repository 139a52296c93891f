// PortMapper against a real miniupnpd: a "router" namespace runs miniupnpd between a "wan"
// namespace and a "client" namespace, where portmap_probe maps a TCP port via UPnP IGD and
// then via NAT-PMP, reports the router's external address, and removes the mapping on stop.
// Skipped, with the reason, where namespaces, miniupnpd or iptables-legacy are unavailable.
//
// Addresses: the client side is 10.47.2.0/24. miniupnpd refuses to map anything when its
// external interface has a reserved or private address, so the router's WAN veth carries
// 11.47.0.1/24; its only peer is the isolated "wan" namespace (11.47.0.2), so nothing leaves.
#include "MiniupnpdLab.h"

#include <QFile>
#include <QProcess>
#include <QtTest>

class TestPortMapper : public QObject
{
    Q_OBJECT

private slots:
    void mapsViaUpnpAndNatPmp()
    {
        NetnsLab lab;
        if (const QString why = lab.unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(QStringLiteral("port mapping against miniupnpd not tested: ") + why));
        if (const QString why = MiniupnpdLab::missingTool(); !why.isEmpty())
            QSKIP(qPrintable(QStringLiteral("port mapping against miniupnpd not tested: ") + why));
        MiniupnpdLab home(lab);
        if (const QString error = home.setUp(); !error.isEmpty())
            QFAIL(qPrintable(error));
        const QString client = home.client, wan = home.wan;

        const QString probe = qEnvironmentVariable("COMMONPLACE_PORTMAP_PROBE");
        QVERIFY2(QFile::exists(probe), "COMMONPLACE_PORTMAP_PROBE does not name the probe");
        const QList<std::pair<QString, QString>> methods = {{QStringLiteral("upnp"), QStringLiteral("47011")},
                                                            {QStringLiteral("natpmp"), QStringLiteral("47012")}};
        for (const auto& [method, port] : methods) {
            QProcess p;
            QElapsedTimer t;
            t.start();
            p.start(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("exec"), client, probe, port, method,
                                           QStringLiteral("1500"), QStringLiteral("400")});
            QByteArray out;
            while (!out.contains('\n') && p.waitForReadyRead(10000))
                out += p.readAllStandardOutput();
            qInfo("%s: %s after %lld ms", qPrintable(method), out.trimmed().constData(), t.elapsed());
            QCOMPARE(QString::fromUtf8(out.split('\n').first()),
                     QStringLiteral("MAPPED %1 11.47.0.1 %2").arg(method, port));
            QVERIFY2(home.rules().contains(QStringLiteral("--dport %1").arg(port)),
                     qPrintable(home.rules()));
            QVERIFY(p.waitForFinished(15000));
            out += p.readAllStandardOutput();
            QVERIFY2(out.contains("UNMAPPED \n"), out.constData());
            QVERIFY2(out.contains("RENEWED\n"), out.constData()); // renewed every 400 ms while held
            QCOMPARE(out.count("MAPPED "), 2);                    // renewals do not report a new mapping
            QCOMPARE(p.exitCode(), 0);
            QVERIFY2(!home.rules().contains(QStringLiteral("--dport %1").arg(port)),
                     qPrintable(home.rules()));
        }

        // Stopped while discovering: the worker is cancelled and joined, and nothing stays mapped.
        QProcess early;
        early.start(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("exec"), client, probe,
                                           QStringLiteral("47014"), QStringLiteral("both"), QStringLiteral("-200")});
        QVERIFY(early.waitForFinished(15000));
        QCOMPARE(early.exitCode(), 0);
        QCOMPARE(early.readAllStandardOutput(), QByteArray("STOPPED port mapping off\n"));
        QVERIFY(!home.rules().contains(QStringLiteral("--dport 47014")));

        // Without a router (no default gateway in the wan namespace) NAT-PMP fails with a reason.
        QProcess lonely;
        lonely.start(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("exec"), wan, probe,
                                            QStringLiteral("47013"), QStringLiteral("both")});
        QVERIFY(lonely.waitForFinished(15000));
        const QByteArray out = lonely.readAllStandardOutput();
        QVERIFY2(out.startsWith("FAILED ") && out.contains("NAT-PMP"), out.constData());
        QCOMPARE(lonely.exitCode(), 1);

        home.stopDaemon();
    }
};

QTEST_GUILESS_MAIN(TestPortMapper)
#include "tst_portmapper.moc"
