#pragma once

#include "core/Error.h"
#include "core/git/Oid.h"

namespace cp::git {

class Repository;

// The commit a commons is named by: the root reached by first parents from main.
// Remembered in the repository's config ("commonplace.rootcommit") once found.
class RootCommit
{
public:
    // The remembered root when it is still a root commit here, else walk() from
    // `head` and remember it (only a cache: fine if it cannot be written).
    [[nodiscard]] static Result<Oid> of(Repository& repo, const Oid& head);
    // Walks first parents from `head`; reads no cache.
    [[nodiscard]] static Result<Oid> walk(const Repository& repo, const Oid& head);
    // Remembers `root` (only a cache: fine if it cannot be written).
    static void remember(Repository& repo, const Oid& root);
};

} // namespace cp::git
