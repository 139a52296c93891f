#pragma once

#include "core/Error.h"
#include "core/git/Oid.h"

#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace cp::git {

struct Internal;

// File modes git records in trees and in the index.
enum class FileMode : int {
    Blob = 0100644,
    Executable = 0100755,
    Link = 0120000,
    Tree = 040000,
    Commit = 0160000, // a submodule (gitlink)
};

struct TreeEntry
{
    QString name; // one path segment (or a full path, from entryByPath)
    Oid id;
    FileMode mode = FileMode::Blob;

    [[nodiscard]] bool isTree() const { return mode == FileMode::Tree; }
    [[nodiscard]] bool isBlob() const { return mode == FileMode::Blob || mode == FileMode::Executable; }
};

// One tree object. Move-only; keeps its repository alive.
class Tree
{
public:
    Tree(Tree&&) noexcept;
    Tree& operator=(Tree&&) noexcept;
    ~Tree();

    [[nodiscard]] Oid id() const;
    [[nodiscard]] int entryCount() const;
    // Entries of this level, in git's order.
    [[nodiscard]] QList<TreeEntry> entries() const;
    // The entry at a '/'-separated path below this tree; std::nullopt when absent.
    // The entry's name is the full path.
    [[nodiscard]] Result<std::optional<TreeEntry>> entryByPath(const QString& path) const;

private:
    friend struct Internal;
    struct Private;
    explicit Tree(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace cp::git
