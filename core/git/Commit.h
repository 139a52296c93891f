#pragma once

#include "core/Error.h"
#include "core/git/Oid.h"
#include "core/git/Signature.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace cp::git {

class Tree;
struct Internal;

// A signature stored in a commit header, with the bytes it signs.
struct CommitSignature
{
    QByteArray signature;  // e.g. an armored SSH signature
    QByteArray signedData; // the commit without the signature header
};

// A commit looked up in a repository. Move-only; keeps its repository alive.
class Commit
{
public:
    Commit(Commit&&) noexcept;
    Commit& operator=(Commit&&) noexcept;
    ~Commit();

    [[nodiscard]] Oid id() const;
    [[nodiscard]] Oid treeId() const;
    [[nodiscard]] Result<Tree> tree() const;
    [[nodiscard]] QList<Oid> parentIds() const;
    [[nodiscard]] int parentCount() const;
    // The full message, and its first paragraph on one line.
    [[nodiscard]] QString message() const;
    [[nodiscard]] QString summary() const;
    [[nodiscard]] Signature author() const;
    [[nodiscard]] Signature committer() const;
    // The raw header lines (tree, parents, author, committer, gpgsig...).
    [[nodiscard]] QByteArray rawHeader() const;
    // The signature in header `field` (default "gpgsig"); std::nullopt when unsigned.
    [[nodiscard]] Result<std::optional<CommitSignature>>
    signature(const QString& field = QStringLiteral("gpgsig")) const;

private:
    friend struct Internal;
    struct Private;
    explicit Commit(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace cp::git
