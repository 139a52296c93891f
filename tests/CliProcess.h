#pragma once

// Running a program (commonplace-cli, mostly) as a separate process in a test: with its home
// folders inside a folder the test owns, so nothing lands in the real home folder, optionally
// inside a network namespace, and never for longer than the test allows.

#include <QByteArray>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace cp::test {

// What a finished run gave. exitCode is -1 where the program did not start, crashed or was
// killed for taking too long.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// This process's environment with HOME at `home` and XDG_DATA_HOME / XDG_CONFIG_HOME below it;
// then the variables in `removed` taken out and those in `extra` set (an empty value sets the
// variable to the empty string; it does not remove it).
inline QProcessEnvironment isolatedEnvironment(const QString& home, const QMap<QString, QString>& extra = {},
                                               const QStringList& removed = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/xdg-data"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/xdg-config"));
    for (const QString& name : removed)
        environment.remove(name);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        environment.insert(it.key(), it.value());
    return environment;
}

// Variables for isolatedEnvironment() that keep the session's keychain (D-Bus) and ssh-agent
// out of reach: no test may use the person's real ones.
inline QMap<QString, QString> noKeychainNorAgent()
{
    return {{QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/commonplace-no-bus")},
            {QStringLiteral("SSH_AUTH_SOCK"), QString()}};
}

// Runs `program args…` in `environment` (through `ip netns exec NETNS` where `netns` is not
// empty), writes `input` to its standard input unless it is null, closes that, and waits up to
// `timeoutMs` for it to end; past that the process is killed and an empty CliRun returned.
inline CliRun runProcess(const QString& program, const QStringList& args, const QProcessEnvironment& environment,
                         const QByteArray& input = {}, int timeoutMs = 30000, const QString& netns = {})
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (netns.isEmpty())
        process.start(program, args);
    else
        process.start(QStringLiteral("ip"),
                      QStringList{QStringLiteral("netns"), QStringLiteral("exec"), netns, program} + args);
    if (!process.waitForStarted(10000))
        return {};
    if (!input.isNull())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

} // namespace cp::test
