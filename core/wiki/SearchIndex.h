#pragma once

#include "core/Error.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cp {

class IndexDatabase;

// One page found by a search.
struct SearchHit
{
    QString title;    // "Folder/Page"
    QString snippet;  // HTML: the page's text around the matches, escaped, matched words in <b>…</b>
    double score = 0; // higher is better (bm25, with a title match worth ten of the text)
};

// Full-text search over the index (read-only). See SearchQuery for what people may type.
class SearchIndex
{
public:
    explicit SearchIndex(IndexDatabase& db) : m_db(db) {}

    // The best `limit` pages for `text`, best first; empty when nothing searchable was typed.
    [[nodiscard]] Result<QList<SearchHit>> search(const QString& text, int limit = 50) const;
    // Titles whose words match `text` (the last word as a prefix), best first.
    [[nodiscard]] Result<QStringList> matchTitles(const QString& text, int limit = 50) const;

    // A snippet with IndexDatabase::MatchStart/MatchEnd marks as safe HTML: the text
    // escaped first, then the marks turned into <b> and </b> (unbalanced marks dropped).
    [[nodiscard]] static QString snippetToHtml(const QString& marked);

private:
    IndexDatabase& m_db;
};

} // namespace cp
