#include "core/wiki/SearchIndex.h"

#include "core/wiki/IndexDatabase.h"
#include "core/wiki/SearchQuery.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace cp {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cp::SearchIndex", text);
}

// Title words weigh ten times the text's.
const QString kRank = QStringLiteral("bm25(pages_fts, 10.0, 1.0)");
constexpr int kSnippetTokens = 24;

} // namespace

Result<QList<SearchHit>> SearchIndex::search(const QString& text, int limit) const
{
    const SearchQuery query(text);
    if (query.isEmpty() || limit <= 0)
        return QList<SearchHit>();
    const QString what = tr("Searching for “%1”").arg(text);

    // Rank first, without snippets: SQLite would build a snippet for every match
    // before sorting. Then snippets for the few pages that are shown.
    QSqlQuery ranked(m_db.database());
    ranked.setForwardOnly(true);
    ranked.prepare(QStringLiteral("SELECT rowid, title, %1 AS score FROM pages_fts WHERE pages_fts MATCH ? "
                                  "ORDER BY score LIMIT ?")
                       .arg(kRank));
    ranked.addBindValue(query.expression());
    ranked.addBindValue(limit);
    if (!ranked.exec())
        return fail(IndexDatabase::queryError(ranked, what));
    QList<SearchHit> hits;
    QList<qint64> rows;
    while (ranked.next()) {
        rows.append(ranked.value(0).toLongLong());
        hits.append({ranked.value(1).toString(), {}, -ranked.value(2).toDouble()});
    }

    QSqlQuery snippet(m_db.database());
    snippet.setForwardOnly(true);
    snippet.prepare(QStringLiteral("SELECT snippet(pages_fts, 1, char(2), char(3), '…', %1) FROM pages_fts "
                                   "WHERE pages_fts MATCH ? AND rowid = ?")
                        .arg(kSnippetTokens));
    for (qsizetype i = 0; i < hits.size(); ++i) {
        snippet.addBindValue(query.expression());
        snippet.addBindValue(rows.at(i));
        if (!snippet.exec())
            return fail(IndexDatabase::queryError(snippet, what));
        if (snippet.next())
            hits[i].snippet = snippetToHtml(snippet.value(0).toString());
    }
    return hits;
}

Result<QStringList> SearchIndex::matchTitles(const QString& text, int limit) const
{
    const SearchQuery query(text);
    if (query.isEmpty() || limit <= 0)
        return QStringList();
    QSqlQuery titles(m_db.database());
    titles.setForwardOnly(true);
    titles.prepare(
        QStringLiteral("SELECT title FROM pages_fts WHERE pages_fts MATCH ? ORDER BY %1 LIMIT ?").arg(kRank));
    titles.addBindValue(query.titleExpression());
    titles.addBindValue(limit);
    if (!titles.exec())
        return fail(IndexDatabase::queryError(titles, tr("Looking for titles like “%1”").arg(text)));
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
