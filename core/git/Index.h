#pragma once

#include "core/Error.h"
#include "core/git/Oid.h"
#include "core/git/Tree.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace cp::git {

struct Internal;

struct IndexEntry
{
    QString path; // '/'-separated, relative to the working tree
    Oid id;
    FileMode mode = FileMode::Blob;
    int stage = 0; // 0 normally; 1–3 during a conflicted merge
};

// The staging area (.git/index). Edits stay in memory until write(); read(true)
// throws them away. writeTree() reuses the cached tree ids of untouched folders,
// so committing one change in a big tree costs little.
class Index
{
public:
    Index(Index&&) noexcept;
    Index& operator=(Index&&) noexcept;
    ~Index();

    // Reloads from disk: if `force`, always (dropping edits in memory); otherwise
    // only when the file changed on disk.
    [[nodiscard]] Status read(bool force = false);
    [[nodiscard]] Status write();

    [[nodiscard]] int entryCount() const;
    [[nodiscard]] QList<IndexEntry> entries() const;
    // Just the paths (stage 0) whose last segment ends with `suffix` (all when empty).
    [[nodiscard]] QList<QByteArray> paths(const QByteArray& suffix = {}) const;
    [[nodiscard]] std::optional<IndexEntry> entry(const QString& path, int stage = 0) const;
    [[nodiscard]] bool hasConflicts() const;

    // Stages blob `id` at `path` (the blob must exist; the working tree is not read).
    [[nodiscard]] Status add(const QString& path, const Oid& id, FileMode mode = FileMode::Blob);
    // Stages the working-tree file at `path`, recording its size and times.
    [[nodiscard]] Status addFromWorkdir(const QString& path);
    [[nodiscard]] Status remove(const QString& path);
    // Replaces the whole content with `tree`.
    [[nodiscard]] Status readTree(const Tree& tree);
    // Writes the staged content as tree objects; returns the root tree id.
    [[nodiscard]] Result<Oid> writeTree();

private:
    friend struct Internal;
    struct Private;
    explicit Index(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace cp::git
