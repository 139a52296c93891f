#pragma once

// Test support: a home router made of namespaces. The "router" namespace runs a real miniupnpd
// (UPnP IGD and NAT-PMP) between the isolated "wan" namespace (11.47.0.2; the router's WAN side
// is 11.47.0.1) and the "client" namespace (10.47.2.2, default route via the router's 10.47.2.1).
// miniupnpd refuses to map anything when its external interface has a reserved or private
// address, hence 11.47.0.0/24; its only peer is the wan namespace, so nothing leaves.
#include "NetnsLab.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

class MiniupnpdLab
{
public:
    explicit MiniupnpdLab(NetnsLab& lab) : m_lab(lab) {}
    ~MiniupnpdLab()
    {
        if (m_daemon.state() != QProcess::NotRunning) {
            m_daemon.terminate();
            m_daemon.waitForFinished(5000);
        }
    }
    MiniupnpdLab(const MiniupnpdLab&) = delete;
    MiniupnpdLab& operator=(const MiniupnpdLab&) = delete;

    // Empty when miniupnpd and iptables-legacy are installed; otherwise why not, for QSKIP.
    static QString missingTool()
    {
        for (const auto tool : {"miniupnpd", "iptables-legacy"}) {
            if (QStandardPaths::findExecutable(
                    QString::fromLatin1(tool),
                    {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/bin")})
                    .isEmpty())
                return QStringLiteral("%1 is not installed (packaging/install-deps.sh installs miniupnpd and "
                                      "iptables)")
                    .arg(QString::fromLatin1(tool));
        }
        return {};
    }

    // Makes the namespaces, the router's chains and starts miniupnpd; empty on success, else why not.
    // `forward`: the router also forwards packets (so a mapped port is reachable from the wan side).
    QString setUp(bool forward = false)
    {
        router = m_lab.addNamespace(QStringLiteral("r"));
        client = m_lab.addNamespace(QStringLiteral("c"));
        wan = m_lab.addNamespace(QStringLiteral("w"));
        if (router.isEmpty() || client.isEmpty() || wan.isEmpty())
            return m_lab.lastError();
        if (!m_lab.veth(router, QStringLiteral("wan0"), QStringLiteral("11.47.0.1/24"), wan, QStringLiteral("eth0")) ||
            !m_lab.ip(wan, QStringLiteral("addr add 11.47.0.2/24 dev eth0")) ||
            !m_lab.veth(router, QStringLiteral("lan0"), QStringLiteral("10.47.2.1/24"), client,
                        QStringLiteral("eth0")) ||
            !m_lab.ip(client, QStringLiteral("addr add 10.47.2.2/24 dev eth0")) ||
            !m_lab.ip(client, QStringLiteral("route add default via 10.47.2.1")))
            return m_lab.lastError();
        if (forward && !m_lab.run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("exec"), router,
                                                         QStringLiteral("sysctl"), QStringLiteral("-qw"),
                                                         QStringLiteral("net.ipv4.ip_forward=1")}))
            return m_lab.lastError();

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
        for (const QString& rule : chains)
            if (!m_lab.run(QStringLiteral("ip"), QStringList{QStringLiteral("netns"), QStringLiteral("exec"), router,
                                                            QStringLiteral("iptables-legacy"), QStringLiteral("-w")} +
                                                     rule.split(u' ')))
                return m_lab.lastError();

        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        QFile conf(m_dir.filePath(QStringLiteral("miniupnpd.conf")));
        if (!conf.open(QIODevice::WriteOnly))
            return conf.errorString();
        conf.write("ext_ifname=wan0\n"
                   "listening_ip=lan0\nport=0\nenable_upnp=yes\nenable_natpmp=yes\nsecure_mode=yes\n"
                   "system_uptime=yes\nuuid=4c6e7e3a-4747-4747-4747-474747474747\n"
                   "allow 1024-65535 10.47.2.0/24 1024-65535\ndeny 0-65535 0.0.0.0/0 0-65535\n");
        conf.write("lease_file=" + m_dir.filePath(QStringLiteral("leases")).toUtf8() + '\n');
        conf.close();

        m_daemon.setProcessChannelMode(QProcess::MergedChannels);
        m_daemon.start(QStringLiteral("ip"),
                       {QStringLiteral("netns"), QStringLiteral("exec"), router, QStringLiteral("miniupnpd"),
                        QStringLiteral("-d"), QStringLiteral("-f"), conf.fileName(), QStringLiteral("-P"),
                        m_dir.filePath(QStringLiteral("miniupnpd.pid"))});
        if (!m_daemon.waitForStarted())
            return QStringLiteral("miniupnpd does not start: ") + m_daemon.errorString();
        QByteArray log;
        while (!log.contains("Listening for NAT-PMP") && m_daemon.waitForReadyRead(5000))
            log += m_daemon.readAll();
        if (!log.contains("Listening for NAT-PMP"))
            return QStringLiteral("miniupnpd is not ready: ") + QString::fromUtf8(log);
        return {};
    }

    // The router's port forwards (iptables -t nat -S MINIUPNPD).
    QString rules()
    {
        QProcess p;
        p.start(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("exec"), router,
                                       QStringLiteral("iptables-legacy"), QStringLiteral("-w"), QStringLiteral("-t"),
                                       QStringLiteral("nat"), QStringLiteral("-S"), QStringLiteral("MINIUPNPD")});
        p.waitForFinished(10000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    void stopDaemon()
    {
        m_daemon.terminate();
        m_daemon.waitForFinished(5000);
    }

    QString router, client, wan;

private:
    NetnsLab& m_lab;
    QTemporaryDir m_dir;
    QProcess m_daemon;
};
