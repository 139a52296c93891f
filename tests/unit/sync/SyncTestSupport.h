#pragma once

// Helpers for the sync tests: commons with commits made straight through libgit2
// wrappers, and identities from fixed seeds.

#include "core/crypto/Identity.h"
#include "core/git/Commit.h"
#include "core/git/Repository.h"
#include "core/git/Tree.h"
#include "core/git/TreeBuilder.h"

#include <QByteArray>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <memory>

namespace cp::test {

inline Identity identityFromByte(char b)
{
    return *Identity::fromSeed(QByteArray(32, b));
}

inline std::shared_ptr<const Identity> sharedIdentity(char b)
{
    return std::make_shared<const Identity>(identityFromByte(b));
}

inline git::Signature testAuthor()
{
    return git::Signature::now(QStringLiteral("Tester"), QStringLiteral("tester@example.org"));
}

// A commit of one file `name` = `content` on top of `parents`, not on any ref.
inline Result<git::Oid> commitFile(git::Repository& repo, const QString& name, const QByteArray& content,
                                   const QList<git::Oid>& parents = {})
{
    auto blob = repo.writeBlob(content);
    if (!blob)
        return fail(blob.error());
    auto builder = repo.treeBuilder();
    if (!builder)
        return fail(builder.error());
    if (auto ok = builder->insert(name, *blob); !ok)
        return fail(ok.error());
    auto tree = builder->write();
    if (!tree)
        return fail(tree.error());
    return repo.createCommit({*tree, parents, testAuthor(), {}, QStringLiteral("Test commit")});
}

// One entry of a tree written byte for byte (so that it may break every rule).
struct RawEntry
{
    QByteArray mode; // "100644", "40000", "120000", ...
    QByteArray name;
    git::Oid id;
};

// Writes a tree object exactly as given, with stock git (`hash-object --literally`),
// into the repository whose .git folder is `gitDir`.
inline Result<git::Oid> writeRawTree(const QString& gitDir, const QList<RawEntry>& entries)
{
    QByteArray content;
    for (const RawEntry& e : entries)
        content += e.mode + ' ' + e.name + '\0' + e.id.toRaw();
    QProcess git;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("GIT_DIR"), gitDir);
    git.setProcessEnvironment(env);
    git.start(QStringLiteral("git"), {QStringLiteral("hash-object"), QStringLiteral("-t"), QStringLiteral("tree"),
                                      QStringLiteral("--literally"), QStringLiteral("-w"), QStringLiteral("--stdin")});
    git.write(content);
    git.closeWriteChannel();
    if (!git.waitForFinished(30000) || git.exitCode() != 0)
        return fail(Error::internal(QString::fromUtf8(git.readAllStandardError())));
    return git::Oid::fromHex(QString::fromLatin1(git.readAllStandardOutput().trimmed()));
}

// Runs stock git in `workdir` and returns its exit code (stdout/stderr to `output`).
inline int runGit(const QString& workdir, const QStringList& args, QByteArray* output = nullptr)
{
    QProcess git;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("HOME"), workdir);
    git.setProcessEnvironment(env);
    git.setProcessChannelMode(QProcess::MergedChannels);
    git.start(QStringLiteral("git"), QStringList{QStringLiteral("-C"), workdir} + args);
    if (!git.waitForFinished(60000))
        return -1;
    if (output)
        *output = git.readAll();
    return git.exitCode();
}

// A repository like a commons: `main` with a root commit holding .commonplace/commons.json
// (as one blob at the top, which is all sync needs). Returns the root commit.
inline Result<git::Oid> makeCommonsRepo(const QString& dir, git::Repository** out,
                                        std::unique_ptr<git::Repository>& holder)
{
    auto repo = git::Repository::init(dir);
    if (!repo)
        return fail(repo.error());
    holder = std::make_unique<git::Repository>(std::move(*repo));
    *out = holder.get();
    auto root = commitFile(*holder, QStringLiteral("commons.json"), "{\"name\": \"Test\"}");
    if (!root)
        return root;
    if (auto ok =
            holder->updateReference(QStringLiteral("refs/heads/main"), *root, std::nullopt, QStringLiteral("init"));
        !ok)
        return fail(ok.error());
    return root;
}

// A second member's copy of the commons at `from`: stock git clone (main and all objects).
inline bool cloneCommons(const QString& from, const QString& to)
{
    QByteArray out;
    const QString parent = QFileInfo(to).absolutePath();
    if (runGit(parent, {QStringLiteral("clone"), QStringLiteral("-q"), from, to}, &out) != 0) {
        qWarning().noquote() << out;
        return false;
    }
    return true;
}

} // namespace cp::test
