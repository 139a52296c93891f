#pragma once

#include <QPlainTextEdit>

namespace cp {

class AttachmentDrop;
class MarkdownHighlighter;

// The plain-text editor pages are written in: markdown highlighting, a comfortable
// line length, and list continuation (Return after "- item" starts "- ").
class MarkdownEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit MarkdownEditor(QWidget* parent = nullptr);

    // Lines never grow wider than this many average characters; the text is centred.
    void setMaximumLineLength(int characters);
    // Files and images dropped or pasted go to `drop` (which turns them into
    // attachments and links); without one they are pasted as text.
    void setAttachmentDrop(AttachmentDrop* drop) { m_attachments = drop; }

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    [[nodiscard]] bool canInsertFromMimeData(const QMimeData* source) const override;
    void insertFromMimeData(const QMimeData* source) override;

private:
    // Handles Return inside a list item; false when the line is not one.
    bool continueList();
    void updateMargins();

    MarkdownHighlighter* m_highlighter;
    AttachmentDrop* m_attachments = nullptr;
    int m_maximumLineLength = 100;
};

} // namespace cp
