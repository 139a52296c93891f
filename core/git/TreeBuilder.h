#pragma once

#include "core/Error.h"
#include "core/git/Oid.h"
#include "core/git/Tree.h"

#include <QString>
#include <memory>

namespace cp::git {

struct Internal;

// Builds one tree level: names map to blobs or subtrees written before.
// For nested paths, build the subtrees first and insert their ids.
class TreeBuilder
{
public:
    TreeBuilder(TreeBuilder&&) noexcept;
    TreeBuilder& operator=(TreeBuilder&&) noexcept;
    ~TreeBuilder();

    // Adds or replaces `name` (one segment, no '/').
    [[nodiscard]] Status insert(const QString& name, const Oid& id, FileMode mode = FileMode::Blob);
    [[nodiscard]] Status remove(const QString& name);
    [[nodiscard]] int entryCount() const;
    // Writes the tree object and returns its id; the builder can be used again.
    [[nodiscard]] Result<Oid> write();

private:
    friend struct Internal;
    struct Private;
    explicit TreeBuilder(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace cp::git
