#pragma once

#include "core/Error.h"
#include "core/git/Oid.h"

#include <QString>

namespace cp::git {

class Repository;

// Reads revision names as `git rev-parse` does, for commands where a person names
// a commit: "HEAD", "main", "refs/peers/z6Mk…/heads/main", an abbreviated or full
// id, "HEAD~2", "main^2".
class RevParse
{
public:
    // The commit `spec` names (a tag is peeled to its commit). An unknown or
    // ambiguous name, or one naming something other than a commit, is a user error.
    [[nodiscard]] static Result<Oid> commit(const Repository& repo, const QString& spec);
};

} // namespace cp::git
