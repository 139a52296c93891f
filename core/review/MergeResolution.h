#pragma once

#include "core/Error.h"
#include "core/git/Merge.h"
#include "core/git/Oid.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace cp {

namespace git {
class Repository;
}

// An approval that stopped on conflicts: for each conflicting page, mine, theirs,
// the base and the merged text with conflict markers. Nothing is committed until
// every page has a resolution and commit() is called; dropping the object (or
// cancel()) leaves my view as it was.
class MergeResolution
{
    Q_DECLARE_TR_FUNCTIONS(MergeResolution)

public:
    // Makes the commit from the resolved tree and lands it (given by the Approver).
    using Finisher = std::function<Result<git::Oid>(const git::Oid& tree)>;

    MergeResolution(git::Repository& repo, std::optional<git::Oid> baseTree, git::Oid ourTree, git::Oid theirTree,
                    QList<git::MergeConflict> conflicts, Finisher finish);

    [[nodiscard]] const QList<git::MergeConflict>& conflicts() const { return m_conflicts; }
    [[nodiscard]] QStringList paths() const;
    // The page's text on each side (empty where that side has no file) and merged with markers.
    [[nodiscard]] Result<QString> mine(const QString& path) const;
    [[nodiscard]] Result<QString> theirs(const QString& path) const;
    [[nodiscard]] Result<QString> base(const QString& path) const;
    [[nodiscard]] QString merged(const QString& path) const;

    // Sets the text `path` should hold after the merge; `path` must be one of paths().
    [[nodiscard]] Status resolve(const QString& path, const QString& text);
    [[nodiscard]] bool isResolved(const QString& path) const { return m_resolutions.contains(path); }
    [[nodiscard]] bool isComplete() const;
    // Commits the merge, signed; fails (changing nothing) until every page is resolved
    // or when my view moved meanwhile. Returns the new head.
    [[nodiscard]] Result<git::Oid> commit();
    // Forgets the resolutions; my view was never touched.
    void cancel() { m_resolutions.clear(); }

private:
    [[nodiscard]] const git::MergeConflict* find(const QString& path) const;
    [[nodiscard]] Result<QString> blobText(const std::optional<git::Oid>& blob) const;

    git::Repository& m_repo;
    std::optional<git::Oid> m_baseTree;
    git::Oid m_ourTree;
    git::Oid m_theirTree;
    QList<git::MergeConflict> m_conflicts;
    QHash<QString, QByteArray> m_resolutions;
    Finisher m_finish;
};

} // namespace cp
