#pragma once

#include "core/wiki/PageName.h"

#include <QObject>
#include <functional>

class QMimeData;
class QPlainTextEdit;

namespace cp {

class Commons;

// Files and images dropped or pasted into the editor: each is stored under
// attachments/ in the commons (Attachments, one commit each) and its markdown link
// is inserted at the cursor: "![photo](attachments/photo.png)" shows the image in
// the preview. A file over the size limit, or one that cannot be attached, is
// refused with a message that says why, and nothing is inserted for it.
class AttachmentDrop : public QObject
{
    Q_OBJECT
public:
    explicit AttachmentDrop(QObject* parent = nullptr);

    void setCommons(Commons* commons);
    // The page the links are written for (relative to its folder).
    void setCurrentPage(std::function<PageName()> page) { m_page = std::move(page); }
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    [[nodiscard]] qint64 maxBytes() const { return m_maxBytes; }

    // True when `source` holds local files or image data that should become attachments.
    [[nodiscard]] bool accepts(const QMimeData* source) const;
    // Attaches what `source` holds and inserts the links at `editor`'s cursor.
    // Returns how many attachments were inserted.
    int insert(const QMimeData* source, QPlainTextEdit* editor);

signals:
    // Something could not be attached: `what` names it, `message` says why.
    void failed(const QString& what, const QString& message);
    void attached(const QString& path);

private:
    Commons* m_commons = nullptr;
    std::function<PageName()> m_page;
    qint64 m_maxBytes;
};

} // namespace cp
