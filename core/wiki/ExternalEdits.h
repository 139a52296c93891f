#pragma once

#include "core/Error.h"
#include "core/wiki/PageName.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace cp {

class Commons;

// A page or attachment that another program added, changed or removed in the
// commons' folder: it differs from what main holds and no commit has it yet.
struct ExternalChange
{
    enum class Kind { Added, Modified, Removed, Conflicted };
    Kind kind = Kind::Modified;
    QString path;  // in the commons: "Folder/Page.md", "attachments/x.png"
    PageName page; // valid for pages, invalid for attachments

    [[nodiscard]] bool isPage() const { return page.isValid(); }
    // "added", "modified", "removed", "conflicted": stable words for JSON and scripts.
    [[nodiscard]] static QString kindKey(Kind kind);
    friend bool operator==(const ExternalChange&, const ExternalChange&) = default;
};

// Edits made to the commons' folder behind Commonplace's back (another editor, a
// file manager, a script): found by comparing the folder with main through the
// index (git status, limited to pages "*.md" and files under attachments/), listed,
// and committed or thrown away on request. Nothing is ever overwritten silently:
// before saving an editor buffer, checkSafeToSave() says whether the file on disk
// holds an edit that no commit has; the GUI asks the person then, and "keep both"
// is commit() of the outside edit followed by the save, so both versions are in
// the history.
//
// Keeps a reference to the commons; use it on the commons' thread.
class ExternalEdits
{
    Q_DECLARE_TR_FUNCTIONS(ExternalEdits)

public:
    explicit ExternalEdits(Commons& commons);

    // The git pathspecs scanned: "*.md" and "attachments/*".
    [[nodiscard]] static QStringList pathspecs();

    // Every external change, sorted by path. Markdown files whose names are not
    // valid page names (say under .commonplace/) are left out.
    [[nodiscard]] Result<QList<ExternalChange>> scan() const;

    // Commits the external changes (only those under `paths`, when given) as they
    // are on disk now, in one commit on main; the files are not rewritten. The
    // message defaults to "Edit Foo outside Commonplace" for one page and to
    // "Commit external changes to N files" otherwise. Emits PageStore's pageCreated /
    // pageSaved / pageRemoved for the pages and Commons::headChanged. Returns main's
    // hex id, unchanged when there was nothing to commit. Refuses while the index
    // holds an unfinished merge.
    [[nodiscard]] Result<QString> commit(const QString& message = {}, const QStringList& paths = {});

    // Throws external changes away: changed and removed files get main's version
    // back, added files are deleted. Only paths that scan() reports are touched.
    [[nodiscard]] Status discard(const QStringList& paths);

    // Ok when saving `text` as `page` loses nothing: the file on disk is what main
    // holds (or missing), or already holds `text`. Otherwise a Conflict error saying
    // that the page was changed outside Commonplace and what to do.
    [[nodiscard]] Status checkSafeToSave(const PageName& page, const QString& text) const;

private:
    Commons& m_commons;
};

} // namespace cp
