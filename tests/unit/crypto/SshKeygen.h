#pragma once

// Runs the system's ssh-keygen for interop tests (blocking, no event loop).

#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

struct SshKeygenRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline QString sshKeygenPath()
{
    return QStandardPaths::findExecutable(QStringLiteral("ssh-keygen"));
}

inline SshKeygenRun runSshKeygen(const QStringList& args, const QString& stdinFile = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SSH_AUTH_SOCK")); // never sign through someone's agent
    process.setProcessEnvironment(env);
    if (!stdinFile.isEmpty())
        process.setStandardInputFile(stdinFile);
    else
        process.setStandardInputFile(QProcess::nullDevice());
    process.start(sshKeygenPath(), args);
    SshKeygenRun run;
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
        run.err = "ssh-keygen did not finish";
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

#define SKIP_WITHOUT_SSH_KEYGEN()                                                                                      \
    do {                                                                                                               \
        if (sshKeygenPath().isEmpty())                                                                                 \
            QSKIP("ssh-keygen is not installed: the OpenSSH interop check did not run");                               \
    } while (false)
