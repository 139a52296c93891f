#pragma once

// Helpers shared by the signing tests: repositories with commits signed (or
// tampered with) through the core/git wrappers, and the system's git for checks.

#include "core/crypto/Identity.h"
#include "core/git/CommitSigner.h"
#include "core/git/Repository.h"
#include "core/git/TreeBuilder.h"
#include "core/wiki/PeerEmail.h"

#include <QDateTime>
#include <QProcess>
#include <QStandardPaths>
#include <QTimeZone>

namespace cp::test {

struct ProcessRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline QString systemGit()
{
    return QStandardPaths::findExecutable(QStringLiteral("git"));
}

inline QString systemSshKeygen()
{
    return QStandardPaths::findExecutable(QStringLiteral("ssh-keygen"));
}

// Runs the system git in `dir` with no user or system configuration.
inline ProcessRun git(const QString& dir, const QStringList& args, const QByteArray& input = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("GIT_CONFIG_GLOBAL"), QStringLiteral("/dev/null"));
    env.insert(QStringLiteral("HOME"), dir);
    env.remove(QStringLiteral("SSH_AUTH_SOCK"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(dir);
    process.start(systemGit(), args);
    if (!process.waitForStarted(10000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

// A fixed time, so that two drafts differ only where a test changes them.
inline git::Signature person(const QString& name, const QString& email)
{
    return {name, email, QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone(3600))};
}

inline git::Signature personFor(const Identity& identity, const QString& name)
{
    return person(name, PeerEmail::forKey(identity.publicKey()));
}

// A tree holding one file `name` with `content`.
inline Result<git::Oid> treeWith(git::Repository& repo, const QString& name, const QByteArray& content)
{
    auto blob = repo.writeBlob(content);
    if (!blob)
        return fail(blob.error());
    auto builder = repo.treeBuilder();
    if (!builder)
        return fail(builder.error());
    if (auto ok = builder->insert(name, *blob); !ok)
        return fail(ok.error());
    return builder->write();
}

// A signer that puts the same armored text into every commit, whatever it is
// asked to sign: how a test makes a commit whose signature belongs to other content.
inline CommitSigner replaying(QByteArray armored)
{
    return [armored = std::move(armored)](const QByteArray&) -> Result<QByteArray> { return armored; };
}

// Wraps `signer` to keep the last signature it made in *kept.
inline CommitSigner keeping(CommitSigner signer, QByteArray* kept)
{
    return [signer = std::move(signer), kept](const QByteArray& content) -> Result<QByteArray> {
        auto signature = signer(content);
        if (signature)
            *kept = *signature;
        return signature;
    };
}

} // namespace cp::test
