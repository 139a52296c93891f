#pragma once

// Test support: a `commonplace-cli serve` running in a network namespace the test made (through
// `ip netns exec`), its standard error collected as it comes. Stopped (SIGTERM, then killed) when
// destroyed, so a failing test leaves no node running in a namespace it is about to delete.
#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTest>
#include <memory>

namespace cp::test {

class NetnsServe
{
public:
    NetnsServe() = default;
    NetnsServe(const NetnsServe&) = delete;
    NetnsServe& operator=(const NetnsServe&) = delete;
    ~NetnsServe()
    {
        if (m_process->state() == QProcess::NotRunning)
            return;
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }

    // `ip netns exec NS CLI ARGS…` (ARGS: --profile …, serve DIR… and its flags); true once it
    // printed its first PID@HOST:PORT line (at most `timeoutMs`).
    bool start(const QString& ns, const QString& cli, const QStringList& args, const QProcessEnvironment& environment,
               int timeoutMs = 15000)
    {
        m_process->setProcessEnvironment(environment);
        m_process->start(QStringLiteral("ip"),
                         QStringList{QStringLiteral("netns"), QStringLiteral("exec"), ns, cli} + args);
        if (!QTest::qWaitFor([&] { return m_process->canReadLine() || m_process->state() == QProcess::NotRunning; },
                             timeoutMs))
            return false;
        m_address = QString::fromUtf8(m_process->readLine()).trimmed();
        poll();
        return m_address.contains(u'@');
    }

    // Reads what it logged since last time; returns all of it.
    const QByteArray& poll()
    {
        m_err += m_process->readAllStandardError();
        return m_err;
    }

    // SIGTERM; true when it then exited with 0 within `timeoutMs`.
    bool stop(int timeoutMs = 10000)
    {
        m_process->terminate();
        return m_process->waitForFinished(timeoutMs) && m_process->exitStatus() == QProcess::NormalExit &&
               m_process->exitCode() == 0;
    }

    [[nodiscard]] QString address() const { return m_address; } // the first PID@HOST:PORT printed
    [[nodiscard]] QString pid() const { return m_address.section(u'@', 0, 0); }
    [[nodiscard]] QByteArray err() const { return m_err; }
    [[nodiscard]] QProcess& process() { return *m_process; }

private:
    std::unique_ptr<QProcess> m_process = std::make_unique<QProcess>();
    QString m_address;
    QByteArray m_err;
};

} // namespace cp::test
