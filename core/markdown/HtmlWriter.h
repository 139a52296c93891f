#pragma once

#include "core/markdown/MarkdownNode.h"
#include "core/markdown/MarkdownRenderer.h"

#include <QHash>
#include <QString>
#include <QStringView>

namespace cp {

// Writes the body of a parsed page as HTML in the subset Qt's rich text engine
// renders well (see "Supported HTML Subset" in the Qt docs): tables with border and
// cellpadding attributes, code blocks as one-cell tinted tables, task boxes as ☐/☑
// characters, <s> for strikethrough. Every href it writes is one that
// MarkdownRenderer::classify() accepts; links it refuses become plain text.
// One writer per render: it caches PageExists answers for that render only.
class HtmlWriter
{
public:
    HtmlWriter(const MarkdownRenderer::PageExists& pageExists, const QString& fromPage);

    [[nodiscard]] QString write(const MarkdownNode& document);

private:
    void writeBlocks(const MarkdownNode& parent, bool tight);
    void writeBlock(const MarkdownNode& node, bool tight);
    void writeList(const MarkdownNode& list);
    void writeItem(const MarkdownNode& item, bool tight);
    void writeTable(const MarkdownNode& table);
    void writeCodeBlock(const MarkdownNode& node);
    void writeBlockQuote(const MarkdownNode& node);
    void writeInlines(const MarkdownNode& parent);
    void writeInline(const MarkdownNode& node);
    void writeText(const QString& text);
    void writeLink(const MarkdownNode& link);
    void writeImage(const MarkdownNode& image);
    void writeAnchor(const LinkTarget& target, const QString& title);
    void writeRefused(const QString& destination);
    void writePendingTaskBox();

    void escape(QStringView text);
    void escapeAttribute(QStringView text);

    [[nodiscard]] bool pageExists(const QString& title);

    const MarkdownRenderer::PageExists& m_pageExistsCallback;
    MarkdownRenderer::PageExists m_pageExists; // m_pageExistsCallback behind a per-render cache
    QString m_fromPage;
    QHash<QString, bool> m_known;
    QString m_out;
    int m_linkDepth = 0;
    QString m_pendingTaskBox;
};

} // namespace cp
