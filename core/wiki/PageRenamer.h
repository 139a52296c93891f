#pragma once

#include "core/Error.h"
#include "core/wiki/PageName.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cp {

class Commons;
class WikiIndex;

// What a rename did.
struct RenameOutcome
{
    QString commit;           // hex id of the one commit made
    QStringList updatedPages; // titles of the other pages whose links were rewritten, sorted
};

// Renames a page and, if asked, rewrites every link to it in the pages that link to
// it (found through the index's backlinks), all in one commit: the history then shows
// one change, and a peer who rejects it rejects all of it. See LinkRewriter for the
// link forms understood. Emits what PageStore emits for a rename (Commons::headChanged,
// PageStore::pageRenamed) plus PageStore::pageSaved for each page whose links changed.
class PageRenamer
{
    Q_DECLARE_TR_FUNCTIONS(cp::PageRenamer)
public:
    PageRenamer(Commons& commons, WikiIndex& index) : m_commons(commons), m_index(index) {}

    // The pages (other than `from` itself) that link to `from`: what a rename with
    // updateLinks would rewrite. For the question "Also update N links?".
    [[nodiscard]] Result<QStringList> linkingPages(const PageName& from);

    // Renames `from` to `to`; with `updateLinks`, in the same commit rewrites the links to
    // `from` and the relative links of the page itself when it moves to another folder.
    // Without it, exactly PageStore::rename. The index must be ready when updateLinks is set.
    [[nodiscard]] Result<RenameOutcome> rename(const PageName& from, const PageName& to, bool updateLinks,
                                               const QString& summary = {});

private:
    [[nodiscard]] Result<std::optional<QByteArray>> committedText(const QString& path);

    Commons& m_commons;
    WikiIndex& m_index;
};

} // namespace cp
