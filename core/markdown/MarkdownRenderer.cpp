#include "core/markdown/MarkdownRenderer.h"

#include "core/markdown/HtmlWriter.h"
#include "core/markdown/LinkRouter.h"
#include "core/markdown/MarkdownParser.h"
#include "core/markdown/WikiLinkScanner.h"

#include <QSet>

namespace cp {

namespace {

// Only what Qt's rich text engine honours (see "Supported HTML Subset"); the tints are
// translucent greys, so the page reads well on light and dark palettes alike. Text and
// ordinary links keep the palette's colours.
constexpr QLatin1StringView styleSheet{
    "h1, h2, h3, h4, h5, h6 { font-weight: 600; margin-top: 16px; margin-bottom: 8px; }\n"
    "h1 { font-size: xx-large; }\n"
    "h2 { font-size: x-large; }\n"
    "h3 { font-size: large; }\n"
    "h4, h5, h6 { font-size: medium; }\n"
    "p { margin-top: 6px; margin-bottom: 6px; }\n"
    "li { margin-top: 2px; margin-bottom: 2px; }\n"
    "code { font-family: monospace; background-color: rgba(127, 127, 127, 40); }\n"
    "pre { font-family: monospace; margin: 0px; }\n"
    "table.code { background-color: rgba(127, 127, 127, 36); margin-top: 6px; margin-bottom: 6px; }\n"
    "table.grid { border-color: #8c8c8c; border-style: solid; border-collapse: collapse;"
    " margin-top: 6px; margin-bottom: 6px; }\n"
    "table.grid th { font-weight: 600; }\n"
    "table.quote { margin-top: 6px; margin-bottom: 6px; }\n"
    "td.quote-bar { background-color: #8c8c8c; }\n"
    "td.quote-body { padding-left: 12px; }\n"
    "a.missing { color: #d0483c; text-decoration: underline; text-underline-style: dashed; }\n"
    "span.refused { color: #8c8c8c; text-decoration: underline; text-underline-style: dotted; }\n"
    "span.task-done { color: #3d9a50; }\n"};

// Walks a parsed page and gathers the titles of the pages it links to.
class PageLinkCollector
{
public:
    PageLinkCollector(const MarkdownRenderer::PageExists& exists, const QString& fromPage)
        : m_exists(exists), m_fromPage(fromPage)
    {
    }

    void visit(const MarkdownNode& node)
    {
        using Type = MarkdownNode::Type;
        switch (node.type) {
        case Type::Code:
        case Type::CodeBlock:
        case Type::HtmlBlock:
        case Type::HtmlInline:
            return;
        case Type::Text:
            for (const WikiLinkSpan& span : WikiLinkScanner::scan(node.literal))
                add(LinkRouter::routeWikiLink(span.target, m_fromPage, {}));
            return;
        case Type::Link:
            add(LinkRouter::routeDestination(node.url, m_fromPage, m_exists));
            return; // no wiki links inside a link's text
        default:
            for (const MarkdownNode& child : node.children)
                visit(child);
        }
    }

    QStringList titles() const { return m_titles; }

private:
    void add(const LinkTarget& target)
    {
        if (target.kind != LinkTarget::Kind::Page && target.kind != LinkTarget::Kind::MissingPage)
            return;
        if (!m_seen.contains(target.page)) {
            m_seen.insert(target.page);
            m_titles.append(target.page);
        }
    }

    const MarkdownRenderer::PageExists& m_exists;
    QString m_fromPage;
    QSet<QString> m_seen;
    QStringList m_titles;
};

} // namespace

MarkdownRenderer::MarkdownRenderer(PageExists pageExists) : m_pageExists(std::move(pageExists)) {}

QString MarkdownRenderer::toHtml(const QString& markdown) const
{
    return toHtml(markdown, {});
}

QString MarkdownRenderer::toHtml(const QString& markdown, const QString& fromPage) const
{
    const MarkdownNode document = MarkdownParser::parse(markdown);
    HtmlWriter writer(m_pageExists, fromPage);
    const QString body = writer.write(document);
    return QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\" />\n<style type=\"text/css\">\n") +
           styleSheet + QStringLiteral("</style></head>\n<body>\n") + body + QStringLiteral("</body></html>\n");
}

QStringList MarkdownRenderer::pageLinks(const QString& markdown, const QString& fromPage) const
{
    PageLinkCollector collector(m_pageExists, fromPage);
    collector.visit(MarkdownParser::parse(markdown));
    return collector.titles();
}

QString MarkdownRenderer::resolveWikiTarget(const QString& target, const QString& fromPage)
{
    return LinkRouter::resolveWikiTarget(target, fromPage);
}

LinkTarget MarkdownRenderer::classify(const QUrl& url)
{
    return LinkRouter::classify(url);
}

} // namespace cp
