#pragma once

#include "core/Error.h"
#include "core/wiki/PageName.h"

#include <QList>
#include <QObject>
#include <QString>

namespace cp {

class Commons;
struct ChangeOutcome;
struct FileChange;

// A page as main holds it now.
struct CommittedPage
{
    QString blob; // hex oid of its blob; empty when main has no such page
    QString text;
};

// Text being saved over the committed version it started from, merged with main's.
struct PageMerge
{
    QString text;      // the text to save; with <<<<<<< mine / >>>>>>> theirs marks when not clean
    bool clean = true; // false: both sides changed the same lines
    QString theirs;    // main's blob now (empty: main has no such page)
};

// The pages of one commons: list, read, and change them, one signed commit per change.
// Reads come from the working tree (which always matches `main` after our own commits);
// writes update the file, the index and `main` together, so a failed commit leaves
// nothing half-done and never loses the text that was saved before.
class PageStore : public QObject
{
    Q_OBJECT
public:
    explicit PageStore(Commons& commons);

    // Every page, sorted by title (locale-independent, by code point).
    [[nodiscard]] Result<QList<PageName>> list() const;
    [[nodiscard]] bool exists(const PageName& name) const;
    [[nodiscard]] Result<QString> read(const PageName& name) const;

    // Writes `text` and commits it; `summary` is the commit message (a default one when empty).
    // Returns the new commit's hex oid. Saving unchanged text commits nothing and returns the head.
    // Signals: pageCreated (when the page is new), then pageSaved, then Commons::headChanged.
    [[nodiscard]] Result<QString> save(const PageName& name, const QString& text, const QString& summary = {});
    // Saves `text`, which was written starting from the committed blob `base` (hex;
    // see committed()): when main's blob is another one now (someone changed the page
    // meanwhile), saves the 3-way merge of base, theirs and this text instead, so that
    // neither side is lost. Fails with a Conflict error, saving nothing, when both
    // changed the same lines (mergeWithMain() gives the text with both versions marked).
    // An empty `base` saves like save().
    [[nodiscard]] Result<QString> saveOver(const PageName& name, const QString& base, const QString& text,
                                           const QString& summary = {});
    // What saveOver would save.
    [[nodiscard]] Result<PageMerge> mergeWithMain(const PageName& name, const QString& base,
                                                  const QString& text) const;
    // The page as main holds it (read from the object store, not the folder).
    [[nodiscard]] Result<CommittedPage> committed(const PageName& name) const;
    // Like save, but refuses a page that already exists.
    [[nodiscard]] Result<QString> create(const PageName& name, const QString& text, const QString& summary = {});
    [[nodiscard]] Result<QString> rename(const PageName& from, const PageName& to, const QString& summary = {});
    [[nodiscard]] Result<QString> remove(const PageName& name, const QString& summary = {});

signals:
    void pageSaved(const cp::PageName& name);
    void pageCreated(const cp::PageName& name);
    void pageRenamed(const cp::PageName& from, const cp::PageName& to);
    void pageRemoved(const cp::PageName& name);

private:
    [[nodiscard]] Result<QString> write(const PageName& name, const QString& text, const QString& summary,
                                        bool mustBeNew);
    [[nodiscard]] Result<ChangeOutcome> commitChanges(const QList<FileChange>& changes, const QString& message);
    [[nodiscard]] static Result<QString> finish(const ChangeOutcome& outcome);

    Commons& m_commons;
};

} // namespace cp
