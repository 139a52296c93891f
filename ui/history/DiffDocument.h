#pragma once

#include "ui/history/DiffSection.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QPalette>
#include <QTextFormat>

class QTextCursor;
class QTextDocument;

namespace cp {

// Writes diff sections into a QTextDocument: side by side as a table (old line
// numbers and text on the left, new on the right) or unified (one column, removed
// lines then added ones), with changed lines tinted and the changed words inside
// them marked more strongly. Colours follow the palette, so dark themes work.
class DiffDocument
{
    Q_DECLARE_TR_FUNCTIONS(cp::DiffDocument)

public:
    enum class Mode { SideBySide, Unified };
    // Set on the character format of a marked word: Removed or Added.
    static constexpr int ChangedWordProperty = QTextFormat::UserProperty + 1;
    enum WordSide { Removed = 1, Added = 2 };

    DiffDocument(Mode mode, bool wholePage, const QPalette& palette);

    void write(QTextDocument* document, const QList<DiffSection>& sections) const;

private:
    struct Colours
    {
        QColor text, muted, removedLine, removedWord, addedLine, addedWord, gap, heading;
    };

    void writeHeading(QTextCursor& cursor, const DiffSection& section) const;
    void writeSideBySide(QTextCursor& cursor, const TextDiff& diff) const;
    void writeUnified(QTextCursor& cursor, const TextDiff& diff) const;
    void writeLine(QTextCursor& cursor, const QString& text, const QList<DiffSpan>& spans, WordSide side) const;

    Mode m_mode;
    bool m_wholePage;
    Colours m_colours;
};

} // namespace cp
