#pragma once

#include "core/Error.h"
#include "core/wiki/PageName.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace cp {

namespace git {
class Repository;
}

// An editor buffer not yet saved as a commit.
struct Draft
{
    PageName page;
    QString text;
    // Hex id of the commit the editing started from (main when the page was
    // opened); empty for a page that did not exist yet. On recovery, compare the
    // page's text at this commit with its text now to tell whether it moved on.
    QString baseCommit;
    QDateTime savedAt; // UTC, set by DraftStore::save
};

// Autosaved editor buffers under .git/commonplace/drafts/, one file per page,
// outside the working tree (so never committed, never synced). Every save
// replaces the file atomically (QSaveFile: write a temporary file, then rename),
// so a crash or kill -9 at any moment leaves either the previous draft or the new
// one, never a mixture or a truncated file. The GUI saves every few seconds while
// a page has unsaved edits, discards the draft after a successful save, and on
// start offers to recover what list() returns.
class DraftStore
{
    Q_DECLARE_TR_FUNCTIONS(DraftStore)

public:
    // Drafts kept in `folder` (made on first save).
    explicit DraftStore(QString folder);
    // The drafts of the commons whose repository is `repo`: <git dir>/commonplace/drafts.
    [[nodiscard]] static DraftStore forRepository(const git::Repository& repo);

    [[nodiscard]] QString folder() const { return m_folder; }

    // Stores `draft` (replacing the page's previous one); sets savedAt to now.
    [[nodiscard]] Status save(const Draft& draft);
    // The page's draft; std::nullopt when there is none.
    [[nodiscard]] Result<std::optional<Draft>> load(const PageName& page) const;
    [[nodiscard]] bool contains(const PageName& page) const;
    // Every draft, oldest first. A file that cannot be read as a draft is left in
    // place (renamed to *.damaged, so it is not offered again) and skipped.
    [[nodiscard]] Result<QList<Draft>> list() const;
    // Deletes the page's draft; no draft is not an error.
    [[nodiscard]] Status discard(const PageName& page);

private:
    [[nodiscard]] QString fileFor(const PageName& page) const;
    [[nodiscard]] Result<Draft> read(const QString& file) const;

    QString m_folder;
};

} // namespace cp
