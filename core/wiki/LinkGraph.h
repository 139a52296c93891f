#pragma once

#include "core/Error.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cp {

class IndexDatabase;

// A link from a page, and whether the page it names exists.
struct OutgoingLink
{
    QString title;
    bool exists = false;
};

// A page that is linked to but does not exist, with the pages that link to it.
struct MissingPage
{
    QString title;
    QStringList linkedFrom; // sorted
};

// Who links to whom, read from the index (read-only). Titles are page titles
// ("Folder/Page") as MarkdownRenderer::pageLinks gives them; a page's links to
// itself count as links but never keep it from being an orphan.
class LinkGraph
{
public:
    explicit LinkGraph(IndexDatabase& db) : m_db(db) {}

    // The pages that link to `title` (existing or not), sorted.
    [[nodiscard]] Result<QStringList> backlinks(const QString& title) const;
    // The pages `title` links to, in the order they first appear in it.
    [[nodiscard]] Result<QList<OutgoingLink>> outgoing(const QString& title) const;
    // Pages no other page links to, sorted.
    [[nodiscard]] Result<QStringList> orphans() const;
    // Titles linked to that name no page, sorted, each with who links to it.
    [[nodiscard]] Result<QList<MissingPage>> missing() const;

private:
    [[nodiscard]] Result<QStringList> titles(const QString& sql, const QString& bound, const QString& what) const;

    IndexDatabase& m_db;
};

} // namespace cp
