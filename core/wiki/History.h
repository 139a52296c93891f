#pragma once

#include "core/Error.h"
#include "core/git/Oid.h"
#include "core/git/TreeDiff.h"
#include "core/wiki/HistoryEntry.h"
#include "core/wiki/PageName.h"

#include <QCoreApplication>
#include <QString>
#include <memory>
#include <optional>

namespace cp {

namespace git {
class Commit;
class Repository;
} // namespace git
class Commons;
class HistoryCursor;

// The past of a commons and of its pages: lazy, paged history lists, a page's text
// at any commit, the files a commit changed, and restoring an old version.
// Revisions are named as `git rev-parse` reads them ("main", an abbreviated id,
// "HEAD~3"); an empty revision means main.
//
// Lives on the commons' thread and keeps a reference to it; cursors it hands out
// keep a reference to it in turn, so they must not outlive it.
class History
{
    Q_DECLARE_TR_FUNCTIONS(History)

public:
    explicit History(Commons& commons);
    ~History();
    History(const History&) = delete;
    History& operator=(const History&) = delete;

    // Every commit reachable from `revision`, newest first.
    [[nodiscard]] Result<HistoryCursor> commonsHistory(const QString& revision = {});
    // The commits that added, changed, renamed or removed `page`, newest first,
    // following the page back through renames (exact, or with half its lines kept).
    [[nodiscard]] Result<HistoryCursor> pageHistory(const PageName& page, const QString& revision = {});

    // Entries carry each commit's signature verdict (SSH signature checked with
    // CommitVerifier: verified with the signer's did, unsigned, or bad with the
    // reason). Off: only signed (Unknown) or Unsigned, for speed over long lists.
    void setVerifySignatures(bool verify);

    [[nodiscard]] Result<git::Oid> resolve(const QString& revision) const;
    // One commit as a history entry (no page change filled in).
    [[nodiscard]] Result<HistoryEntry> describe(const git::Oid& commit);

    // The file at `path` in `commit`, std::nullopt when the commit has no such file.
    [[nodiscard]] Result<std::optional<QByteArray>> fileAt(const QString& path, const git::Oid& commit) const;
    // The page's markdown at `revision`; NotFound when the page did not exist then.
    [[nodiscard]] Result<QString> pageText(const PageName& page, const QString& revision) const;
    // What `commit` changed against its first parent (everything, for a root commit).
    [[nodiscard]] Result<QList<git::TreeChange>> changesIn(const git::Oid& commit) const;

    // Saves the page's text at `revision` as a new commit on main ("Restore Foo to
    // 1a2b3c4d5e" unless `summary` says otherwise), through PageStore::save. The page
    // is looked up under `sourcePath` in that commit when given (its name then, from
    // a HistoryEntry), else under its current name. Returns the new head's hex id;
    // the head unchanged when the page already holds that text. Refuses (Conflict)
    // when the page's file holds an edit made outside Commonplace that no commit has
    // (see ExternalEdits::checkSafeToSave).
    [[nodiscard]] Result<QString> restore(const PageName& page, const QString& revision, const QString& summary = {},
                                          const QString& sourcePath = {});

    [[nodiscard]] git::Repository& repository();

private:
    friend class HistoryCursor;
    // Fills `entry` from `commit`: ids, author, time, messages, signature state.
    void fill(HistoryEntry& entry, const git::Commit& commit);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cp
