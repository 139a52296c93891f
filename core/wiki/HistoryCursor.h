#pragma once

#include "core/Error.h"
#include "core/git/Oid.h"
#include "core/wiki/HistoryEntry.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <memory>
#include <optional>

namespace cp {

namespace git {
class Commit;
} // namespace git
class History;

// A position in a history list: hands out entries a page at a time, newest first
// (by commit time, as `git log` does: a queue of the commits whose children were
// shown), walking only as far back as the entries asked for need. Move-only; made
// by History, which it must not outlive.
class HistoryCursor
{
public:
    HistoryCursor(HistoryCursor&&) noexcept;
    HistoryCursor& operator=(HistoryCursor&&) noexcept;
    ~HistoryCursor();

    // Up to `count` more entries. Fewer at the end of history; also fewer (maybe
    // none) when `scanLimit` > 0 commits were looked at without finding `count`
    // changes to the page, so that a page changed rarely in a long history does not
    // block the caller: call again to go on until atEnd().
    [[nodiscard]] Result<QList<HistoryEntry>> next(int count, int scanLimit = 0);
    [[nodiscard]] bool atEnd() const { return m_atEnd; }
    // Commits looked at so far.
    [[nodiscard]] int scanned() const { return m_scanned; }
    // Page history: the path followed now (the page's older name once a rename was passed).
    [[nodiscard]] QString path() const { return m_path; }

private:
    friend class History;
    HistoryCursor(History& history, const git::Oid& start, QString path);

    // A commit waiting in the queue; the newest comes out first.
    struct Pending
    {
        qint64 time = 0;
        quint64 order = 0; // first queued first among equal times
        git::Oid commit;
    };
    [[nodiscard]] static bool newerFirst(const Pending& a, const Pending& b);
    [[nodiscard]] Status enqueue(const git::Oid& commit);
    [[nodiscard]] std::optional<git::Oid> dequeue();

    // Fills the page change of `entry` for `commit`; false when the commit left the page alone.
    [[nodiscard]] Result<bool> pageChange(const git::Commit& commit, HistoryEntry& entry);
    [[nodiscard]] Result<std::optional<git::Oid>> blobIn(const git::Oid& commit);
    [[nodiscard]] Result<std::optional<QString>> renameSource(const git::Commit& commit, const git::Oid& parent,
                                                              const git::Oid& blob);

    History* m_history;
    QList<Pending> m_queue; // a binary heap
    QSet<git::Oid> m_queued;
    quint64 m_order = 0;
    QString m_path; // empty: the commons' history
    bool m_atEnd = false;
    int m_scanned = 0;
    // The page's blob in recently seen commits (a commit's parent is usually next).
    QHash<git::Oid, std::optional<git::Oid>> m_blobs;
    // The page's blob below a folder tree, per depth of the path: a commit that
    // changed another folder shares this folder's tree id with its parent, so the
    // folder (often larger than libgit2 caches) is not read again.
    QList<QHash<git::Oid, std::optional<git::Oid>>> m_folderBlobs;
};

} // namespace cp
