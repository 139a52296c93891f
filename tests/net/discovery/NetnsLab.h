#pragma once

// Test support: network namespaces the test creates (unique names) and deletes on destruction.
// Addresses inside them are private (10.47.x.y on veths we made); nothing leaves them.
#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>

class NetnsLab
{
public:
    NetnsLab() : m_prefix(QStringLiteral("cpd%1").arg(QCoreApplication::applicationPid())) {}
    ~NetnsLab()
    {
        for (const QString& ns : std::as_const(m_namespaces))
            run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("del"), ns});
    }
    NetnsLab(const NetnsLab&) = delete;
    NetnsLab& operator=(const NetnsLab&) = delete;

    // Empty when namespaces can be made here; otherwise why not, for QSKIP.
    QString unavailableReason()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("ip")).isEmpty())
            return QStringLiteral("the 'ip' tool (iproute2) is not installed");
        const QString probe = m_prefix + QStringLiteral("probe");
        if (!run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("add"), probe}))
            return QStringLiteral("cannot create network namespaces here (needs root or CAP_SYS_ADMIN): ") +
                   m_lastError;
        run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("del"), probe});
        return {};
    }

    // Creates namespace <prefix><suffix> with lo up; returns its name, or empty on failure.
    QString addNamespace(const QString& suffix)
    {
        const QString ns = m_prefix + suffix;
        if (!run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("add"), ns}))
            return {};
        m_namespaces.append(ns);
        if (!ip(ns, QStringLiteral("link set lo up")))
            return {};
        // IPv6 link-local addresses usable at once (no duplicate address detection wait).
        for (const auto* key : {"net.ipv6.conf.all.accept_dad=0", "net.ipv6.conf.default.accept_dad=0"})
            run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("exec"), ns, QStringLiteral("sysctl"),
                                       QStringLiteral("-qw"), QString::fromLatin1(key)});
        return ns;
    }

    // `ip -n ns <command>`.
    bool ip(const QString& ns, const QString& command)
    {
        return run(QStringLiteral("ip"), QStringList{QStringLiteral("-n"), ns} + command.split(u' '));
    }

    // A veth from `ns` (named `ifname`, with `cidr`) to `peerNs` (named `peerIf`), both up.
    bool veth(const QString& ns, const QString& ifname, const QString& cidr, const QString& peerNs,
              const QString& peerIf)
    {
        return ip(ns, QStringLiteral("link add %1 type veth peer name %2 netns %3").arg(ifname, peerIf, peerNs)) &&
               (cidr.isEmpty() || ip(ns, QStringLiteral("addr add %1 broadcast + dev %2").arg(cidr, ifname))) &&
               ip(ns, QStringLiteral("link set %1 up").arg(ifname)) &&
               ip(peerNs, QStringLiteral("link set %1 up").arg(peerIf));
    }

    bool run(const QString& program, const QStringList& args)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(20000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            m_lastError = program + u' ' + args.join(u' ') + QStringLiteral(": ") +
                          QString::fromLocal8Bit(p.readAllStandardError()).trimmed() + p.errorString();
            return false;
        }
        return true;
    }

    QString lastError() const { return m_lastError; }

private:
    QString m_prefix;
    QStringList m_namespaces;
    QString m_lastError;
};
