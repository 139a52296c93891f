#include "core/wiki/SearchIndex.h"

#include "core/wiki/IndexDatabase.h"
#include "core/wiki/SearchQuery.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace cp {

namespace {

// Title words weigh ten times the text's.
const QString kRank = QStringLiteral("bm25(10.0, 1.0)");
constexpr int kSnippetTokens = 24;

} // namespace

Result<QList<SearchHit>> SearchIndex::search(const QString& text, int limit) const
{
    const SearchQuery query(text);
    if (query.isEmpty() || limit <= 0)
        return QList<SearchHit>();
    const QString what = QCoreApplication::translate("cp::SearchIndex", "Searching for “%1”").arg(text);

    // ORDER BY rank lets FTS5 sort the matches itself, so that SQLite computes the
    // snippets of the rows it returns only, not of every match.
    QSqlQuery ranked(m_db.database());
    ranked.setForwardOnly(true);
    ranked.prepare(QStringLiteral("SELECT title, rank, snippet(pages_fts, 1, char(2), char(3), '…', %1) "
                                  "FROM pages_fts WHERE pages_fts MATCH ? AND rank MATCH ? ORDER BY rank LIMIT ?")
                       .arg(kSnippetTokens));
    ranked.addBindValue(query.expression());
    ranked.addBindValue(kRank);
    ranked.addBindValue(limit);
    if (!ranked.exec())
        return fail(IndexDatabase::queryError(ranked, what));
    QList<SearchHit> hits;
    while (ranked.next())
        hits.append(
            {ranked.value(0).toString(), snippetToHtml(ranked.value(2).toString()), -ranked.value(1).toDouble()});
    return hits;
}

Result<QStringList> SearchIndex::matchTitles(const QString& text, int limit) const
{
    const SearchQuery query(text);
    if (query.isEmpty() || limit <= 0)
        return QStringList();
    QSqlQuery titles(m_db.database());
    titles.setForwardOnly(true);
    titles.prepare(QStringLiteral("SELECT title FROM pages_fts WHERE pages_fts MATCH ? AND rank MATCH ? "
                                  "ORDER BY rank LIMIT ?"));
    titles.addBindValue(query.titleExpression());
    titles.addBindValue(kRank);
    titles.addBindValue(limit);
    if (!titles.exec())
        return fail(IndexDatabase::queryError(
            titles, QCoreApplication::translate("cp::SearchIndex", "Looking for titles like “%1”").arg(text)));
    QStringList out;
    while (titles.next())
        out.append(titles.value(0).toString());
    return out;
}

QString SearchIndex::snippetToHtml(const QString& marked)
{
    // Escaping cannot produce or consume the marks (control characters), so they
    // survive it and are the only source of tags in the result.
    const QString escaped = marked.toHtmlEscaped();
    QString html;
    html.reserve(escaped.size() + 32);
    bool open = false;
    for (const QChar c : escaped) {
        if (c == IndexDatabase::MatchStart) {
            if (!open)
                html += QStringLiteral("<b>");
            open = true;
        } else if (c == IndexDatabase::MatchEnd) {
            if (open)
                html += QStringLiteral("</b>");
            open = false;
        } else if (c == u'\n' || c == u'\r' || c == u'\t') {
            html += u' ';
        } else if (c.category() == QChar::Other_Control) {
            continue;
        } else {
            html += c;
        }
    }
    if (open)
        html += QStringLiteral("</b>");
    return html;
}

} // namespace cp
