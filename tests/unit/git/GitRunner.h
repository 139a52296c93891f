#pragma once

// Runs the system git on a test repository, to check what we wrote with stock git.

#include <QProcess>
#include <QStandardPaths>
#include <QStringList>

namespace cp::test {

struct GitOutput
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline bool haveGit()
{
    return !QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty();
}

inline GitOutput runGit(const QString& repo, const QStringList& args)
{
    QProcess git;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("HOME"), repo); // no user config
    git.setProcessEnvironment(env);
    git.start(QStringLiteral("git"), QStringList{QStringLiteral("-C"), repo} + args);
    if (!git.waitForFinished(30000))
        return {};
    return {git.exitCode(), git.readAllStandardOutput(), git.readAllStandardError()};
}

} // namespace cp::test
