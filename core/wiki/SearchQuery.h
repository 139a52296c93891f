#pragma once

#include <QString>
#include <QStringList>

namespace cp {

// What a person typed into a search box, made safe for SQLite FTS5: every word is
// quoted, so nothing typed (quotes, '*', NEAR(, AND, parentheses, '-') can be read
// as FTS5 syntax or make the query fail. Understood:
//   words           all must occur (in any order, title or text)
//   "two words"     a phrase
//   -word           must not occur (ignored when nothing else is asked for)
//   the last word   also matches as a prefix while typing ("bac" finds "backlinks"),
//                   unless the text ends with a space or the word is a quoted phrase
// Characters that are no part of a word are dropped; "ё" is folded to "е" like the index.
class SearchQuery
{
public:
    explicit SearchQuery(const QString& text);

    // The FTS5 MATCH expression; empty when nothing searchable was typed.
    [[nodiscard]] QString expression() const { return m_expression; }
    // The same restricted to the title column.
    [[nodiscard]] QString titleExpression() const;
    [[nodiscard]] bool isEmpty() const { return m_expression.isEmpty(); }
    // The words and phrases that must occur, as typed (for highlighting elsewhere).
    [[nodiscard]] QStringList terms() const { return m_terms; }

private:
    QString m_expression;
    QString m_positive; // without the NOT part
    QStringList m_terms;
};

} // namespace cp
