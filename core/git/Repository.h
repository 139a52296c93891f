#pragma once

#include "core/Error.h"
#include "core/git/Commit.h"
#include "core/git/CommitSigner.h"
#include "core/git/Index.h"
#include "core/git/Oid.h"
#include "core/git/Reference.h"
#include "core/git/RevWalk.h"
#include "core/git/Signature.h"
#include "core/git/Tree.h"
#include "core/git/TreeBuilder.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace cp::git {

struct Internal;

// What a new commit is made of.
struct CommitDraft
{
    Oid tree;
    QList<Oid> parents;
    Signature author;
    Signature committer; // an empty name means "same as author"
    QString message;
};

// An open git repository. Cheap to move; every object looked up through it keeps
// the underlying handle alive. Owned by one thread at a time (libgit2's rule).
class Repository
{
public:
    enum class Checkout {
        Safe,  // update only files that still match the baseline; leave edited files alone
        Force, // make the working tree match, whatever is there
        Fresh, // as Force, for a working folder that holds only .git (a join): files written directly
    };

    // Creates a non-bare repository in `workdir` (made if missing) whose HEAD points
    // at the unborn branch `initialBranch`. Refuses a folder that already holds one.
    [[nodiscard]] static Result<Repository> init(const QString& workdir,
                                                 const QString& initialBranch = QStringLiteral("main"));
    // Opens the repository at `path` (its working tree or its .git folder); never
    // searches parent folders.
    [[nodiscard]] static Result<Repository> open(const QString& path);

    Repository(Repository&&) noexcept;
    Repository& operator=(Repository&&) noexcept;
    ~Repository();

    // Absolute working-tree folder without a trailing slash; empty for a bare repository.
    [[nodiscard]] QString workdir() const;
    // Absolute .git folder without a trailing slash.
    [[nodiscard]] QString gitDir() const;
    [[nodiscard]] bool isBare() const;

    // Objects.
    [[nodiscard]] bool contains(const Oid& oid) const;
    [[nodiscard]] Result<Oid> writeBlob(const QByteArray& content);
    // The id `content` would have as a blob, without writing it.
    [[nodiscard]] static Result<Oid> hashBlob(const QByteArray& content);
    [[nodiscard]] Result<QByteArray> readBlob(const Oid& oid) const;
    [[nodiscard]] Result<Commit> lookupCommit(const Oid& oid) const;
    [[nodiscard]] Result<Tree> lookupTree(const Oid& oid) const;

    // References. `resolve` follows symbolic references; an absent or unborn
    // reference gives std::nullopt rather than an error.
    [[nodiscard]] Result<std::optional<Oid>> resolve(const QString& refName) const;
    [[nodiscard]] Result<Reference> lookupReference(const QString& refName) const;
    // Points `refName` at `target` atomically, but only if it still points at
    // `expected` (std::nullopt: only if it does not exist yet). A reference that
    // moved meanwhile gives a Conflict error and is left as it is.
    [[nodiscard]] Status updateReference(const QString& refName, const Oid& target, const std::optional<Oid>& expected,
                                         const QString& logMessage);
    [[nodiscard]] Status deleteReference(const QString& refName);
    // Names of the references matching a glob such as "refs/peers/*".
    [[nodiscard]] Result<QStringList> referenceNames(const QString& glob = QStringLiteral("*")) const;

    // Commits. `createCommit` writes the commit object only; with a signer the
    // signer's output is stored in the commit's `gpgsig` header.
    [[nodiscard]] Result<Oid> createCommit(const CommitDraft& draft, const CommitSigner& signer = {});
    // createCommit, then moves `refName` from draft.parents.first() (or from
    // nothing, for a root commit) to the new commit atomically.
    [[nodiscard]] Result<Oid> commitOnto(const QString& refName, const CommitDraft& draft,
                                         const CommitSigner& signer = {});

    // The repository's index (shared by every call: libgit2 keeps one per repository).
    [[nodiscard]] Result<Index> index();
    // A builder for one tree level, starting empty or from `base`.
    [[nodiscard]] Result<TreeBuilder> treeBuilder(const Tree* base = nullptr);
    [[nodiscard]] Result<RevWalk> revWalk() const;

    // Makes the working tree and the index match HEAD. With Safe, `baselineTree`
    // is what the working tree is believed to hold (default: the index).
    [[nodiscard]] Status checkoutHead(Checkout mode, const std::optional<Oid>& baselineTree = std::nullopt);

    // Repository configuration (.git/config).
    [[nodiscard]] Result<std::optional<QString>> configString(const QString& key) const;
    [[nodiscard]] Status setConfigString(const QString& key, const QString& value);

private:
    friend struct Internal;
    struct Private;
    explicit Repository(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace cp::git
