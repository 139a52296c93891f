#include "ui/history/DiffDocument.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace cp {

namespace {

constexpr int kContext = 3;

QColor mix(const QColor& a, const QColor& b, double amount)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amount) + b.redF() * amount),
                            float(a.greenF() * (1 - amount) + b.greenF() * amount),
                            float(a.blueF() * (1 - amount) + b.blueF() * amount));
}

QString number(int n)
{
    return n > 0 ? QString::number(n) : QString();
}

} // namespace

DiffDocument::DiffDocument(Mode mode, bool wholePage, const QPalette& palette) : m_mode(mode), m_wholePage(wholePage)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const bool dark = base.lightnessF() < 0.5;
    const QColor red(0xe0, 0x40, 0x48);
    const QColor green(0x2e, 0xa0, 0x60);
    m_colours.text = text;
    m_colours.muted = mix(text, base, 0.5);
    m_colours.removedLine = mix(base, red, dark ? 0.22 : 0.11);
    m_colours.removedWord = mix(base, red, dark ? 0.5 : 0.34);
    m_colours.addedLine = mix(base, green, dark ? 0.22 : 0.11);
    m_colours.addedWord = mix(base, green, dark ? 0.5 : 0.34);
    m_colours.gap = mix(base, text, 0.05);
    m_colours.heading = mix(base, text, 0.08);
}

void DiffDocument::write(QTextDocument* document, const QList<DiffSection>& sections) const
{
    document->clear();
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    bool first = true;
    for (const DiffSection& section : sections) {
        if (!first)
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        first = false;
        writeHeading(cursor, section);
        if (section.diff.isEmpty()) {
            QTextCharFormat muted;
            muted.setForeground(m_colours.muted);
            cursor.insertBlock(QTextBlockFormat(), muted);
            cursor.insertText(tr("No change to the text."), muted);
            continue;
        }
        if (m_mode == Mode::SideBySide)
            writeSideBySide(cursor, section.diff);
        else
            writeUnified(cursor, section.diff);
    }
    cursor.endEditBlock();
}

void DiffDocument::writeHeading(QTextCursor& cursor, const DiffSection& section) const
{
    QTextBlockFormat block;
    block.setBackground(m_colours.heading);
    block.setTopMargin(2);
    block.setBottomMargin(4);
    block.setLeftMargin(0);
    cursor.setBlockFormat(block);
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    cursor.insertText(section.title, bold);
    QString state;
    if (!section.fromExists)
        state = tr("new page");
    else if (!section.toExists)
        state = tr("deleted");
    QTextCharFormat muted;
    muted.setForeground(m_colours.muted);
    QString detail = QStringLiteral("   ") + section.fromLabel + QStringLiteral("  →  ") + section.toLabel;
    if (!state.isEmpty())
        detail += QStringLiteral("   (") + state + u')';
    //: lines added and removed, as in "+3 −1"
    detail += QStringLiteral("   ") + tr("+%1 −%2").arg(section.diff.addedLines()).arg(section.diff.removedLines());
    cursor.insertText(detail, muted);
}

void DiffDocument::writeLine(QTextCursor& cursor, const QString& text, const QList<DiffSpan>& spans,
                             WordSide side) const
{
    QTextCharFormat plain;
    plain.setForeground(m_colours.text);
    QTextCharFormat word = plain;
    word.setBackground(side == Removed ? m_colours.removedWord : m_colours.addedWord);
    word.setProperty(ChangedWordProperty, int(side));
    int at = 0;
    for (const DiffSpan& span : spans) {
        if (span.start < at || span.start + span.length > text.size())
            continue;
        if (span.start > at)
            cursor.insertText(text.mid(at, span.start - at), plain);
        cursor.insertText(text.mid(span.start, span.length), word);
        at = span.start + span.length;
    }
    if (at < text.size())
        cursor.insertText(text.mid(at), plain);
}

void DiffDocument::writeSideBySide(QTextCursor& cursor, const TextDiff& diff) const
{
    const QList<DiffRow> rows = diff.rows(m_wholePage ? -1 : kContext);
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellSpacing(0);
    format.setCellPadding(2);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints(
        {QTextLength(QTextLength::PercentageLength, 5), QTextLength(QTextLength::PercentageLength, 45),
         QTextLength(QTextLength::PercentageLength, 5), QTextLength(QTextLength::PercentageLength, 45)});
    QTextTable* table = cursor.insertTable(int(rows.size()), 4, format);
    QTextCharFormat muted;
    muted.setForeground(m_colours.muted);
    QTextBlockFormat right;
    right.setAlignment(Qt::AlignRight);

    auto paint = [table](int row, int column, const QColor& colour) {
        QTextTableCell cell = table->cellAt(row, column);
        QTextCharFormat cellFormat = cell.format();
        cellFormat.setBackground(colour);
        cell.setFormat(cellFormat);
    };
    for (int r = 0; r < rows.size(); ++r) {
        const DiffRow& row = rows.at(r);
        if (row.kind == DiffRow::Kind::Gap) {
            table->mergeCells(r, 0, 1, 4);
            paint(r, 0, m_colours.gap);
            QTextCursor gap = table->cellAt(r, 0).firstCursorPosition();
            gap.insertText(row.skipped == 1 ? tr("⋯ one unchanged line")
                                            : tr("⋯ %n unchanged lines", nullptr, row.skipped),
                           muted);
            continue;
        }
        const bool leftChanged = row.kind == DiffRow::Kind::Removed || row.kind == DiffRow::Kind::Changed;
        const bool rightChanged = row.kind == DiffRow::Kind::Added || row.kind == DiffRow::Kind::Changed;
        const bool leftEmpty = row.kind == DiffRow::Kind::Added;
        const bool rightEmpty = row.kind == DiffRow::Kind::Removed;
        for (int column : {0, 1}) {
            if (leftChanged)
                paint(r, column, m_colours.removedLine);
            else if (leftEmpty)
                paint(r, column, m_colours.gap);
        }
        for (int column : {2, 3}) {
            if (rightChanged)
                paint(r, column, m_colours.addedLine);
            else if (rightEmpty)
                paint(r, column, m_colours.gap);
        }
        QTextCursor cell = table->cellAt(r, 0).firstCursorPosition();
        cell.setBlockFormat(right);
        cell.insertText(number(row.leftNumber), muted);
        cell = table->cellAt(r, 1).firstCursorPosition();
        writeLine(cell, row.leftText, row.leftSpans, Removed);
        cell = table->cellAt(r, 2).firstCursorPosition();
        cell.setBlockFormat(right);
        cell.insertText(number(row.rightNumber), muted);
        cell = table->cellAt(r, 3).firstCursorPosition();
        writeLine(cell, row.rightText, row.rightSpans, Added);
    }
    cursor.movePosition(QTextCursor::End);
}

void DiffDocument::writeUnified(QTextCursor& cursor, const TextDiff& diff) const
{
    QTextCharFormat muted;
    muted.setForeground(m_colours.muted);
    auto writeLines = [&](const QList<DiffLine>& lines) {
        for (const DiffLine& line : lines) {
            QTextBlockFormat block;
            QString marker = QStringLiteral("   ");
            WordSide side = Added;
            if (line.kind == DiffLine::Kind::Removed) {
                block.setBackground(m_colours.removedLine);
                marker = QStringLiteral("−  ");
                side = Removed;
            } else if (line.kind == DiffLine::Kind::Added) {
                block.setBackground(m_colours.addedLine);
                marker = QStringLiteral("+  ");
            }
            cursor.insertBlock(block, muted);
            cursor.insertText(marker, muted);
            writeLine(cursor, line.text, line.spans, side);
        }
    };
    if (m_wholePage) {
        writeLines(diff.lines());
        return;
    }
    for (const DiffHunk& hunk : diff.hunks(kContext)) {
        cursor.insertBlock(QTextBlockFormat(), muted);
        cursor.insertText(hunk.header(), muted);
        writeLines(hunk.lines);
    }
}

} // namespace cp
