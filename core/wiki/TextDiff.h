#pragma once

#include "core/wiki/TextDiffWords.h"

#include <QList>
#include <QString>

namespace cp {

// One line of a unified diff. Numbers are 1-based; 0 where the line has no side
// (oldNumber of an added line, newNumber of a removed one).
struct DiffLine
{
    enum class Kind { Context, Removed, Added };
    Kind kind = Kind::Context;
    int oldNumber = 0;
    int newNumber = 0;
    QString text; // without the line break
    // The changed words, for a removed line paired with an added one (and back);
    // empty for context lines, for unpaired lines and for pairs too different to
    // highlight word by word (the whole line is the change then).
    QList<DiffSpan> spans;
};

// A stretch of changes with its context, as in `@@ -oldStart,oldCount +newStart,newCount @@`.
struct DiffHunk
{
    int oldStart = 0;
    int oldCount = 0;
    int newStart = 0;
    int newCount = 0;
    QList<DiffLine> lines;

    [[nodiscard]] QString header() const;
};

// One row of a side-by-side view: the old line on the left, the new on the right.
struct DiffRow
{
    enum class Kind {
        Same,    // both sides hold the same line
        Changed, // a removed line beside the added line that replaced it
        Removed, // left only
        Added,   // right only
        Gap,     // `skipped` unchanged lines left out (when asked for context only)
    };
    Kind kind = Kind::Same;
    int leftNumber = 0; // 0 when the side is empty
    QString leftText;
    QList<DiffSpan> leftSpans;
    int rightNumber = 0;
    QString rightText;
    QList<DiffSpan> rightSpans;
    int skipped = 0;
};

// A line-based diff of two texts with the changed words marked inside changed lines.
// Inside each run of changes the i-th removed line is paired with the i-th added line.
// One model, three views: every line (lines()), hunks with context (hunks()),
// side-by-side rows (rows()), and plain unified text for a terminal (unifiedText()).
class TextDiff
{
public:
    [[nodiscard]] static TextDiff compute(const QString& oldText, const QString& newText);

    [[nodiscard]] bool isEmpty() const { return m_added == 0 && m_removed == 0; }
    [[nodiscard]] int addedLines() const { return m_added; }
    [[nodiscard]] int removedLines() const { return m_removed; }
    // Whether the old / new text lacks a line break after its last line.
    [[nodiscard]] bool oldEndsWithoutNewline() const { return m_oldNoNewline; }
    [[nodiscard]] bool newEndsWithoutNewline() const { return m_newNoNewline; }

    // Every line of both texts, in unified order.
    [[nodiscard]] const QList<DiffLine>& lines() const { return m_lines; }
    // The changes with `context` unchanged lines around each (hunks that touch merge).
    [[nodiscard]] QList<DiffHunk> hunks(int context = 3) const;
    // Side by side; with context >= 0, longer unchanged stretches fold into Gap rows.
    [[nodiscard]] QList<DiffRow> rows(int context = -1) const;
    // `diff -u` text: "--- oldLabel", "+++ newLabel", hunks; empty when nothing changed.
    [[nodiscard]] QString unifiedText(const QString& oldLabel, const QString& newLabel, int context = 3) const;
    // The same with the changed words marked [-old-]{+new+} inside paired lines, as
    // `git diff --word-diff=plain` does.
    [[nodiscard]] QString wordDiffText(const QString& oldLabel, const QString& newLabel, int context = 3) const;

private:
    [[nodiscard]] QString render(const QString& oldLabel, const QString& newLabel, int context, bool words) const;

    QList<DiffLine> m_lines;
    int m_added = 0;
    int m_removed = 0;
    int m_oldCount = 0;
    int m_newCount = 0;
    bool m_oldNoNewline = false;
    bool m_newNoNewline = false;
};

} // namespace cp
