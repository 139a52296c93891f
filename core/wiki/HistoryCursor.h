#pragma once

#include "core/Error.h"
#include "core/git/Oid.h"
#include "core/wiki/HistoryEntry.h"

#include <QHash>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace cp {

namespace git {
class Commit;
class RevWalk;
} // namespace git
class History;

// A position in a history list: hands out entries a page at a time, newest first,
// walking only as far back as the entries asked for need. Move-only; made by
// History, which it must not outlive.
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
    HistoryCursor(History& history, git::RevWalk walk, QString path);

    // Fills the page change of `entry` for `commit`; false when the commit left the page alone.
    [[nodiscard]] Result<bool> pageChange(const git::Commit& commit, HistoryEntry& entry);
    [[nodiscard]] Result<std::optional<git::Oid>> blobIn(const git::Oid& commit);
    [[nodiscard]] Result<std::optional<QString>> renameSource(const git::Commit& commit, const git::Oid& parent,
                                                              const git::Oid& blob);

    History* m_history;
    std::unique_ptr<git::RevWalk> m_walk;
    QString m_path; // empty: the commons' history
    bool m_atEnd = false;
    int m_scanned = 0;
    // The page's blob in recently seen commits (a commit's parent is usually next).
    QHash<git::Oid, std::optional<git::Oid>> m_blobs;
};

} // namespace cp
