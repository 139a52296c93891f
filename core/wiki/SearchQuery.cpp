#include "core/wiki/SearchQuery.h"

#include "core/wiki/IndexDatabase.h"

#include <QList>

namespace cp {

namespace {

struct Part
{
    QString text;
    bool phrase = false;  // was in quotes
    bool negated = false; // had a leading '-'
};

// Splits on white space, keeping "quoted phrases" together (an unclosed quote runs to the end).
QList<Part> split(const QString& text)
{
    QList<Part> parts;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        Part part;
        if (text.at(i) == u'-' && i + 1 < n && !text.at(i + 1).isSpace()) {
            part.negated = true;
            ++i;
        }
        if (text.at(i) == u'"') {
            part.phrase = true;
            const qsizetype close = text.indexOf(u'"', i + 1);
            const qsizetype end = close < 0 ? n : close;
            part.text = text.mid(i + 1, end - i - 1);
            i = close < 0 ? n : close + 1;
        } else {
            const qsizetype start = i;
            while (i < n && !text.at(i).isSpace() && text.at(i) != u'"')
                ++i;
            part.text = text.mid(start, i - start);
        }
        parts.append(part);
    }
    return parts;
}

// Letters and digits kept, everything else a space; empty when no word is left.
QString words(const QString& text)
{
    QString out;
    out.reserve(text.size());
    bool any = false;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing) {
            out.append(c);
            any = any || c.isLetterOrNumber();
        } else {
            out.append(u' ');
        }
    }
    return any ? IndexDatabase::foldForSearch(out.simplified()) : QString();
}

QString quoted(const QString& words)
{
    // words() left no '"' in it, so the phrase cannot be closed early.
    return u'"' + words + u'"';
}

} // namespace

SearchQuery::SearchQuery(const QString& text)
{
    const QList<Part> parts = split(text);
    const bool typingLastWord = !text.isEmpty() && !text.back().isSpace() && text.back() != u'"';
    QStringList positive;
    QStringList negative;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const Part& part = parts.at(i);
        const QString w = words(part.text);
        if (w.isEmpty())
            continue;
        QString term = quoted(w);
        if (part.negated) {
            negative.append(term);
            continue;
        }
        // A one-letter prefix matches most of the commons and helps nobody.
        if (i == parts.size() - 1 && typingLastWord && !part.phrase && w.size() > 1)
            term += u'*';
        positive.append(term);
        m_terms.append(part.text);
    }
    if (positive.isEmpty())
        return;
    m_positive = positive.join(u' ');
    m_expression = m_positive;
    for (const QString& term : negative)
        m_expression += QStringLiteral(" NOT ") + term;
}

QString SearchQuery::titleExpression() const
{
    if (m_positive.isEmpty())
        return {};
    return QStringLiteral("title : (") + m_positive + u')';
}

} // namespace cp
