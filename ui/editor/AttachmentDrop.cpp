#include "ui/editor/AttachmentDrop.h"

#include "core/wiki/Attachments.h"
#include "core/wiki/Commons.h"

#include <QBuffer>
#include <QDateTime>
#include <QFileInfo>
#include <QImage>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QUrl>

namespace cp {

namespace {

QStringList localFiles(const QMimeData* source)
{
    QStringList files;
    if (!source->hasUrls())
        return files;
    for (const QUrl& url : source->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files.append(url.toLocalFile());
    }
    return files;
}

} // namespace

AttachmentDrop::AttachmentDrop(QObject* parent) : QObject(parent), m_maxBytes(Attachments::DefaultMaxBytes) {}

void AttachmentDrop::setCommons(Commons* commons)
{
    m_commons = commons;
}

bool AttachmentDrop::accepts(const QMimeData* source) const
{
    if (!m_commons || !source)
        return false;
    return !localFiles(source).isEmpty() || source->hasImage();
}

int AttachmentDrop::insert(const QMimeData* source, QPlainTextEdit* editor)
{
    if (!accepts(source))
        return 0;
    const PageName page = m_page ? m_page() : PageName();
    Attachments attachments(*m_commons, m_maxBytes);
    QStringList links;
    auto take = [&](const Result<AttachmentResult>& result, const QString& what) {
        if (!result) {
            emit failed(what, result.error().message);
            return;
        }
        links.append(result->markdown);
        emit attached(result->path);
    };

    const QStringList files = localFiles(source);
    for (const QString& file : files)
        take(attachments.addFile(file, page), QFileInfo(file).fileName());
    if (files.isEmpty()) {
        // Image data (a screenshot on the clipboard): stored as PNG.
        const QImage image = qvariant_cast<QImage>(source->imageData());
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        const QString name =
            tr("Pasted image %1.png").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HHmmss")));
        if (image.isNull() || !image.save(&buffer, "PNG"))
            emit failed(tr("the pasted image"), tr("The image could not be read; paste it again or save it as a file "
                                                   "and drop the file."));
        else
            take(attachments.addBytes(png, name, page), name);
    }
    if (links.isEmpty())
        return 0;

    QTextCursor cursor = editor->textCursor();
    cursor.beginEditBlock();
    // Images on lines of their own; several files one per line.
    const bool block = links.size() > 1 || links.first().startsWith(u'!');
    QString text = links.join(u'\n');
    if (block && cursor.positionInBlock() > 0)
        text.prepend(u'\n');
    cursor.insertText(text);
    cursor.endEditBlock();
    editor->setTextCursor(cursor);
    return int(links.size());
}

} // namespace cp
