#pragma once

#include "core/Error.h"
#include "core/git/CommitSigner.h"
#include "core/git/Oid.h"
#include "core/git/Signature.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace cp {

namespace git {
class Index;
class Repository;
}

// One file to write (content set) or delete (content empty) in a change.
struct FileChange
{
    QString path; // relative to the working tree, '/'-separated
    std::optional<QByteArray> content;
};

// What a committed change did.
struct ChangeOutcome
{
    git::Oid head;          // refs/heads/main after the change
    bool committed = false; // false when the change left the tree as it was
    // Set when the commit is made but the working folder or index could not follow;
    // the saved text is safe in the commit and repair() brings the folder up to date.
    std::optional<Error> workingTreeError;
};

// Keeps refs/heads/main, the index and the working folder of a commons in step.
// A change is committed in an order that never loses saved text: blobs, tree and
// commit first, then main moves atomically (compare-and-swap), and only then the
// files and the index follow. A failure before the move changes nothing visible.
class WorkingCopy
{
public:
    static const QString MainRef; // "refs/heads/main"

    explicit WorkingCopy(git::Repository& repo) : m_repo(repo) {}

    // The blob main holds at `path`, if any. Answered from the index when it matches
    // main (a lookup, where reading main's tree would parse a whole folder).
    [[nodiscard]] Result<std::optional<git::Oid>> committedBlob(const QString& path);

    // Commits `changes` on top of main (or as the root commit when main is unborn).
    [[nodiscard]] Result<ChangeOutcome> commit(const QList<FileChange>& changes, const QString& message,
                                               const git::Signature& author, const CommitSigner& signer);

    // After a crash between moving main and updating the folder, the index still
    // holds the older tree: brings files that were not edited since up to date.
    [[nodiscard]] Status repair();

    // Writes (or deletes) the files of `changes` in the working folder, for content
    // that main and the index already hold.
    [[nodiscard]] Status updateFolder(const QList<FileChange>& changes);

    // Makes `index` (already read) hold the tree of commit `head`, so that a commit
    // built from it starts from main: the cached tree makes the check nearly free;
    // an index holding something else (edits staged by hand, conflicts) is reset to
    // that tree. Returns the tree's id, or nothing when there is no head yet.
    [[nodiscard]] static Result<std::optional<git::Oid>> stageTreeOf(git::Repository& repo, git::Index& index,
                                                                     const std::optional<git::Oid>& head);

private:
    git::Repository& m_repo;
};

} // namespace cp
