#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace cp {

// A changed stretch inside one line: `length` UTF-16 units from `start`.
struct DiffSpan
{
    int start = 0;
    int length = 0;
    friend bool operator==(const DiffSpan&, const DiffSpan&) = default;
};

// The words that differ between an old line and the new line that replaced it.
// Lines are cut into tokens: a run of letters, digits and '_' is one word, a run
// of white space is one token, every other character is a token of its own. The
// spans cover the tokens deleted from the old line and inserted into the new one,
// trimmed of white space at their ends; spans separated only by white space are joined, so "quick brown" → "slow red"
// shows as one change on each side.
class TextDiffWords
{
public:
    struct Spans
    {
        QList<DiffSpan> oldSpans;
        QList<DiffSpan> newSpans;
        // False when the lines have too little in common (under a third of their
        // non-space characters) for word highlights to help: the spans are empty then.
        bool similar = true;
    };

    [[nodiscard]] static Spans compare(QStringView oldLine, QStringView newLine);
    // `oldLine` and `newLine` as one line with deletions marked [-…-] and insertions
    // {+…+}, the way `git diff --word-diff=plain` shows a changed line.
    [[nodiscard]] static QString markup(QStringView oldLine, QStringView newLine);
    // The tokens of `line`, as (start, length) pairs.
    [[nodiscard]] static QList<DiffSpan> tokens(QStringView line);
};

} // namespace cp
