// PortMapper against a real miniupnpd: a "router" namespace runs miniupnpd between a "wan"
// namespace and a "client" namespace, where portmap_probe maps a TCP port via UPnP IGD and
// then via NAT-PMP, reports the router's external address, and removes the mapping on stop.
// Skipped, with the reason, where namespaces, miniupnpd or iptables-legacy are unavailable.
//
// Addresses: the client side is 10.47.2.0/24. miniupnpd refuses to map anything when its
// external interface has a reserved or private address, so the router's WAN veth carries
// 11.47.0.1/24; its only peer is the isolated "wan" namespace (11.47.0.2), so nothing leaves.
#include "NetnsLab.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestPortMapper : public QObject
{
    Q_OBJECT

private:
    QString routerRules(NetnsLab& lab, const QString& router)
    {
        QProcess p;
        p.start(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("exec"), router,
                                       QStringLiteral("iptables-legacy"), QStringLiteral("-w"), QStringLiteral("-t"),
                                       QStringLiteral("nat"), QStringLiteral("-S"), QStringLiteral("MINIUPNPD")});
        p.waitForFinished(10000);
        Q_UNUSED(lab);
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private slots:
    void mapsViaUpnpAndNatPmp()
    {
        NetnsLab lab;
        if (const QString why = lab.unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(QStringLiteral("port mapping against miniupnpd not tested: ") + why));
        for (const auto tool : {"miniupnpd", "iptables-legacy"}) {
            if (QStandardPaths::findExecutable(
                    QString::fromLatin1(tool),
                    {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/bin")})
                    .isEmpty())
                QSKIP(qPrintable(QStringLiteral("port mapping against miniupnpd not tested: %1 is not installed "
                                                "(packaging/install-deps.sh installs miniupnpd and iptables)")
                                     .arg(QString::fromLatin1(tool))));
        }
        const QString router = lab.addNamespace(QStringLiteral("r")), client = lab.addNamespace(QStringLiteral("c"));
        const QString wan = lab.addNamespace(QStringLiteral("w"));
        QVERIFY2(!router.isEmpty() && !client.isEmpty() && !wan.isEmpty(), qPrintable(lab.lastError()));
        QVERIFY2(lab.veth(router, QStringLiteral("wan0"), QStringLiteral("11.47.0.1/24"), wan, QStringLiteral("eth0")),
                 qPrintable(lab.lastError()));
        QVERIFY(lab.ip(wan, QStringLiteral("addr add 11.47.0.2/24 dev eth0")));
        QVERIFY2(
            lab.veth(router, QStringLiteral("lan0"), QStringLiteral("10.47.2.1/24"), client, QStringLiteral("eth0")),
            qPrintable(lab.lastError()));
        QVERIFY(lab.ip(client, QStringLiteral("addr add 10.47.2.2/24 dev eth0")));
        QVERIFY(lab.ip(client, QStringLiteral("route add default via 10.47.2.1")));

        // miniupnpd-iptables speaks libiptc, so its chains live in the legacy tables.
        const QStringList chains = {
            QStringLiteral("-t nat -N MINIUPNPD"),
            QStringLiteral("-t nat -A PREROUTING -i wan0 -j MINIUPNPD"),
            QStringLiteral("-t nat -N MINIUPNPD-POSTROUTING"),
            QStringLiteral("-t nat -A POSTROUTING -o wan0 -j MINIUPNPD-POSTROUTING"),
            QStringLiteral("-t filter -N MINIUPNPD"),
            QStringLiteral("-t filter -A FORWARD -i wan0 ! -o wan0 -j MINIUPNPD"),
            QStringLiteral("-t mangle -N MINIUPNPD"),
            QStringLiteral("-t mangle -A PREROUTING -i wan0 -j MINIUPNPD"),
        };
        for (const QString& rule : chains) {
            QVERIFY2(
                lab.run(QStringLiteral("ip"), QStringList{QStringLiteral("netns"), QStringLiteral("exec"), router,
                                                          QStringLiteral("iptables-legacy"), QStringLiteral("-w")} +
                                                  rule.split(u' ')),
                qPrintable(lab.lastError()));
        }

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile conf(dir.filePath(QStringLiteral("miniupnpd.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("ext_ifname=wan0\n"
                   "listening_ip=lan0\nport=0\nenable_upnp=yes\nenable_natpmp=yes\nsecure_mode=yes\n"
                   "system_uptime=yes\nuuid=4c6e7e3a-4747-4747-4747-474747474747\n"
                   "allow 1024-65535 10.47.2.0/24 1024-65535\ndeny 0-65535 0.0.0.0/0 0-65535\n");
        conf.write("lease_file=" + dir.filePath(QStringLiteral("leases")).toUtf8() + '\n');
        conf.close();

        QProcess daemon;
        daemon.setProcessChannelMode(QProcess::MergedChannels);
        daemon.start(QStringLiteral("ip"),
                     {QStringLiteral("netns"), QStringLiteral("exec"), router, QStringLiteral("miniupnpd"),
                      QStringLiteral("-d"), QStringLiteral("-f"), conf.fileName(), QStringLiteral("-P"),
                      dir.filePath(QStringLiteral("miniupnpd.pid"))});
        QVERIFY(daemon.waitForStarted());
        QByteArray log;
        while (!log.contains("Listening for NAT-PMP") && daemon.waitForReadyRead(5000))
            log += daemon.readAll();
        QVERIFY2(log.contains("Listening for NAT-PMP"), log.constData());

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
            QVERIFY2(routerRules(lab, router).contains(QStringLiteral("--dport %1").arg(port)),
                     qPrintable(routerRules(lab, router)));
            QVERIFY(p.waitForFinished(15000));
            out += p.readAllStandardOutput();
            QVERIFY2(out.contains("UNMAPPED \n"), out.constData());
            QVERIFY2(out.contains("RENEWED\n"), out.constData()); // renewed every 400 ms while held
            QCOMPARE(out.count("MAPPED "), 2);                    // renewals do not report a new mapping
            QCOMPARE(p.exitCode(), 0);
            QVERIFY2(!routerRules(lab, router).contains(QStringLiteral("--dport %1").arg(port)),
                     qPrintable(routerRules(lab, router)));
        }

        // Stopped while discovering: the worker is cancelled and joined, and nothing stays mapped.
        QProcess early;
        early.start(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("exec"), client, probe,
                                           QStringLiteral("47014"), QStringLiteral("both"), QStringLiteral("-200")});
        QVERIFY(early.waitForFinished(15000));
        QCOMPARE(early.exitCode(), 0);
        QCOMPARE(early.readAllStandardOutput(), QByteArray("STOPPED port mapping off\n"));
        QVERIFY(!routerRules(lab, router).contains(QStringLiteral("--dport 47014")));

        // Without a router (no default gateway in the wan namespace) NAT-PMP fails with a reason.
        QProcess lonely;
        lonely.start(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("exec"), wan, probe,
                                            QStringLiteral("47013"), QStringLiteral("both")});
        QVERIFY(lonely.waitForFinished(15000));
        const QByteArray out = lonely.readAllStandardOutput();
        QVERIFY2(out.startsWith("FAILED ") && out.contains("NAT-PMP"), out.constData());
        QCOMPARE(lonely.exitCode(), 1);

        daemon.terminate();
        QVERIFY(daemon.waitForFinished(5000));
    }
};

QTEST_GUILESS_MAIN(TestPortMapper)
#include "tst_portmapper.moc"
