#include "ui/editor/PagePreview.h"

#include "core/markdown/MarkdownRenderer.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QScrollBar>

namespace cp {

PagePreview::PagePreview(QWidget* parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(24);
    QFont reading = font();
    reading.setPointSizeF(reading.pointSizeF() * 1.1);
    document()->setDefaultFont(reading);
    // A calmer link colour than the pure blue of many palettes, on light backgrounds.
    if (palette().color(QPalette::Base).lightness() >= 128)
        document()->setDefaultStyleSheet(QStringLiteral("a { color: #1f63a8; }"));
    connect(this, &QTextBrowser::anchorClicked, this, &PagePreview::followLink);
}

void PagePreview::showDocument(const QString& html, bool samePage)
{
    QScrollBar* bar = verticalScrollBar();
    const int position = bar->value();
    const bool atEnd = position > 0 && position == bar->maximum();
    setHtml(html);
    if (samePage)
        bar->setValue(atEnd ? bar->maximum() : position);
}

void PagePreview::setMaximumTextWidth(int pixels)
{
    m_maximumTextWidth = pixels;
    updateMargins();
}

void PagePreview::setAttachmentRoot(const QString& directory)
{
    m_attachmentRoot = directory.isEmpty() ? QString() : QDir(directory).canonicalPath();
}

QVariant PagePreview::loadResource(int type, const QUrl& name)
{
    // Style sheets and anything from outside the commons are never fetched.
    constexpr qint64 kLargestImage = 32 * 1024 * 1024;
    const LinkTarget target = MarkdownRenderer::classify(name);
    if (type != QTextDocument::ImageResource || target.kind != LinkTarget::Kind::Attachment
        || m_attachmentRoot.isEmpty())
        return {};
    const QFileInfo file(QDir(m_attachmentRoot).filePath(target.path));
    const QString canonical = file.canonicalFilePath();
    if (canonical.isEmpty() || !canonical.startsWith(m_attachmentRoot + u'/') || file.size() > kLargestImage)
        return {};
    QImage image(canonical);
    if (image.isNull())
        return {};
    return image;
}

void PagePreview::followLink(const QUrl& url)
{
    const LinkTarget target = MarkdownRenderer::classify(url);
    switch (target.kind) {
    case LinkTarget::Kind::Page:
        emit pageLinkClicked(target.page);
        return;
    case LinkTarget::Kind::MissingPage:
        emit missingPageLinkClicked(target.page);
        return;
    case LinkTarget::Kind::External:
        QDesktopServices::openUrl(target.url);
        return;
    case LinkTarget::Kind::Attachment:
    case LinkTarget::Kind::Refused:
        emit linkRefused(url);
        return;
    }
}

void PagePreview::resizeEvent(QResizeEvent* event)
{
    QTextBrowser::resizeEvent(event);
    updateMargins();
}

void PagePreview::updateMargins()
{
    const int wanted = int(m_maximumTextWidth * logicalDpiX() / 96.0);
    const int spare = width() - wanted - 2 * int(document()->documentMargin());
    const int side = std::max(0, spare / 2);
    if (viewportMargins().left() != side)
        setViewportMargins(side, 0, side, 0);
}

} // namespace cp
