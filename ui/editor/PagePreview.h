#pragma once

#include <QTextBrowser>

namespace cp {

// The rendered page. Follows nothing by itself: a click on a link is classified by
// cp::MarkdownRenderer::classify and reported, external http(s)/mailto links open in
// the desktop's browser, and anything else is refused. Loads no remote resources.
class PagePreview : public QTextBrowser
{
    Q_OBJECT
public:
    explicit PagePreview(QWidget* parent = nullptr);

    // Shows a rendered document, keeping the reading position when the page is the same.
    void showDocument(const QString& html, bool samePage);
    // Lines never grow wider than this (pixels at 96 dpi); the text is centred.
    void setMaximumTextWidth(int pixels);
    // Where images of the commons (commonplace-file:<path>) are read from; empty: nowhere.
    void setAttachmentRoot(const QString& directory);

    QVariant loadResource(int type, const QUrl& name) override;

signals:
    void pageLinkClicked(const QString& title);
    void missingPageLinkClicked(const QString& title);
    void linkRefused(const QUrl& url);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void followLink(const QUrl& url);
    void updateMargins();

    int m_maximumTextWidth = 760;
    QString m_attachmentRoot;
};

} // namespace cp
