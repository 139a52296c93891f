#include "core/wiki/AllowedSigners.h"

#include "core/crypto/OpenSshKey.h"
#include "core/git/Commit.h"
#include "core/git/Repository.h"
#include "core/git/RevWalk.h"
#include "core/wiki/CommitVerifier.h"

#include <QSet>
#include <algorithm>

namespace cp {

namespace {

void sortByDid(QList<PublicKey>& keys)
{
    std::sort(keys.begin(), keys.end(), [](const PublicKey& a, const PublicKey& b) { return a.did() < b.did(); });
}

} // namespace

Result<QList<PublicKey>> AllowedSigners::signersIn(const git::Repository& repo)
{
    auto names = repo.referenceNames(QStringLiteral("refs/*"));
    if (!names)
        return fail(names.error());
    auto walk = repo.revWalk();
    if (!walk)
        return fail(walk.error());
    bool pushed = false;
    for (const QString& name : *names) {
        auto target = repo.resolve(name);
        if (!target)
            return fail(target.error());
        // Only references to commits lead to signed commits (a tag of a blob does not).
        if (!*target || !repo.lookupCommit(**target))
            continue;
        if (auto ok = walk->push(**target); !ok)
            return fail(ok.error());
        pushed = true;
    }

    QSet<PublicKey> seen;
    QList<PublicKey> keys;
    if (!pushed)
        return keys; // nothing committed yet
    CommitVerifier verifier(repo);
    for (;;) {
        auto next = walk->next();
        if (!next)
            return fail(next.error());
        if (!*next)
            break;
        auto verdict = verifier.verify(**next);
        if (!verdict)
            return fail(verdict.error());
        if (verdict->isVerified() && !seen.contains(verdict->signer)) {
            seen.insert(verdict->signer);
            keys.append(verdict->signer);
        }
        verifier.clearCache(); // each commit is seen once: keep memory flat on long histories
    }
    sortByDid(keys);
    return keys;
}

QString AllowedSigners::fileContent(QList<PublicKey> keys)
{
    sortByDid(keys);
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    QString text;
    for (const PublicKey& key : keys) {
        if (!key.isNull())
            text += OpenSshKey::allowedSignersLine(key) + u'\n';
    }
    return text;
}

Result<QString> AllowedSigners::forRepository(const git::Repository& repo, const QList<PublicKey>& extra)
{
    auto keys = signersIn(repo);
    if (!keys)
        return fail(keys.error());
    return fileContent(*keys + extra);
}

} // namespace cp
