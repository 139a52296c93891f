#pragma once

#include "core/Error.h"
#include "core/git/Oid.h"

#include <QString>
#include <memory>
#include <optional>

namespace cp::git {

struct Internal;

// Walks commit history: push starting points, hide what to stop at, then next().
class RevWalk
{
public:
    enum Sort : unsigned {
        None = 0,
        Topological = 1u << 0, // parents after all their children
        Time = 1u << 1,        // newest commit first
        Reverse = 1u << 2,     // the chosen order, reversed
    };

    RevWalk(RevWalk&&) noexcept;
    RevWalk& operator=(RevWalk&&) noexcept;
    ~RevWalk();

    // Sorting and first-parent mode take effect for the next walk (they reset it).
    void setSorting(unsigned sort);
    void setFirstParentOnly();
    [[nodiscard]] Status push(const Oid& commit);
    [[nodiscard]] Status pushReference(const QString& refName);
    [[nodiscard]] Status hide(const Oid& commit);
    // The next commit, or std::nullopt when the walk is over.
    [[nodiscard]] Result<std::optional<Oid>> next();
    // Forgets every starting point, ready for a new walk.
    void reset();

private:
    friend struct Internal;
    struct Private;
    explicit RevWalk(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace cp::git
