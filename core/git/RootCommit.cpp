#include "core/git/RootCommit.h"

#include "core/git/Commit.h"
#include "core/git/Repository.h"
#include "core/git/RevWalk.h"

#include <QString>

namespace cp::git {

namespace {
const QString kRootKey = QStringLiteral("commonplace.rootcommit");
} // namespace

Result<Oid> RootCommit::of(Repository& repo, const Oid& head)
{
    if (auto cached = repo.configString(kRootKey); cached && *cached)
        if (auto oid = Oid::fromHex(**cached))
            if (auto commit = repo.lookupCommit(*oid); commit && commit->parentCount() == 0)
                return *oid;
    auto root = walk(repo, head);
    if (root)
        remember(repo, *root);
    return root;
}

Result<Oid> RootCommit::walk(const Repository& repo, const Oid& head)
{
    auto walk = repo.revWalk();
    if (!walk)
        return fail(walk.error());
    walk->setFirstParentOnly();
    if (auto ok = walk->push(head); !ok)
        return fail(ok.error());
    Oid root = head;
    for (;;) {
        auto next = walk->next();
        if (!next)
            return fail(next.error());
        if (!*next)
            return root;
        root = **next;
    }
}

void RootCommit::remember(Repository& repo, const Oid& root)
{
    (void)repo.setConfigString(kRootKey, root.toHex());
}

} // namespace cp::git
