#include "ui/editor/MarkdownEditor.h"

#include "ui/editor/AttachmentDrop.h"
#include "ui/editor/MarkdownHighlighter.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QTextBlock>

namespace cp {

namespace {

// indent, marker ("-", "*", "+", "3." or "3)"), spacing, optional task box
const QRegularExpression kListItem(QStringLiteral(R"(^(\s*)([-*+]|(\d{1,9})([.)]))(\s+)(\[[ xX]\]\s+)?)"));

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

MarkdownEditor::MarkdownEditor(QWidget* parent) : QPlainTextEdit(parent)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(std::max(font.pointSizeF(), QFont().pointSizeF()));
    setFont(font);
    document()->setDefaultFont(font);
    document()->setDocumentMargin(16);
    setTabStopDistance(QFontMetricsF(font).horizontalAdvance(QLatin1Char(' ')) * 4);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setFrameShape(QFrame::NoFrame);
    setCenterOnScroll(false);
    m_highlighter = new MarkdownHighlighter(document());
    m_highlighter->setDark(isDark(palette()));
}

void MarkdownEditor::setMaximumLineLength(int characters)
{
    m_maximumLineLength = characters;
    updateMargins();
}

void MarkdownEditor::keyPressEvent(QKeyEvent* event)
{
    const bool plainReturn = (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
                             && !(event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier));
    if (plainReturn && !textCursor().hasSelection() && continueList())
        return;
    QPlainTextEdit::keyPressEvent(event);
}

bool MarkdownEditor::continueList()
{
    QTextCursor cursor = textCursor();
    const QString line = cursor.block().text();
    const auto item = kListItem.match(line);
    if (!item.hasMatch() || cursor.positionInBlock() < item.capturedEnd())
        return false;

    if (line.trimmed().size() == item.captured().trimmed().size()) {
        // An empty item ends the list: remove its marker instead of adding another.
        cursor.movePosition(QTextCursor::StartOfBlock);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        setTextCursor(cursor);
        return true;
    }
    QString marker = item.captured(2);
    if (!item.captured(3).isEmpty())
        marker = QString::number(item.captured(3).toLongLong() + 1) + item.captured(4);
    QString next = item.captured(1) + marker + item.captured(5);
    if (!item.captured(6).isEmpty())
        next += QStringLiteral("[ ] ");
    cursor.insertText(QStringLiteral("\n") + next);
    setTextCursor(cursor);
    ensureCursorVisible();
    return true;
}

void MarkdownEditor::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    updateMargins();
}

void MarkdownEditor::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setDark(isDark(palette()));
}

bool MarkdownEditor::canInsertFromMimeData(const QMimeData* source) const
{
    return (m_attachments && m_attachments->accepts(source)) || QPlainTextEdit::canInsertFromMimeData(source);
}

void MarkdownEditor::insertFromMimeData(const QMimeData* source)
{
    if (m_attachments && m_attachments->accepts(source)) {
        m_attachments->insert(source, this);
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
}

void MarkdownEditor::updateMargins()
{
    const int wanted = int(QFontMetricsF(font()).averageCharWidth() * m_maximumLineLength);
    const int spare = width() - wanted - 2 * int(document()->documentMargin());
    const int side = std::max(0, spare / 2);
    if (viewportMargins().left() != side)
        setViewportMargins(side, 0, side, 0);
}

} // namespace cp
