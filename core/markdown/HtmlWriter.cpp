#include "core/markdown/HtmlWriter.h"

#include "core/markdown/LinkRouter.h"
#include "core/markdown/WikiLinkScanner.h"

#include <QCoreApplication>

namespace cp {

namespace {

using Type = MarkdownNode::Type;

bool isLineBreakTag(const QString& html)
{
    // <br>, <br/>, <br /> in any case: the one raw tag worth keeping (common in table cells).
    static const QString pattern = QStringLiteral("<br");
    if (!html.startsWith(pattern, Qt::CaseInsensitive))
        return false;
    for (qsizetype i = 3; i < html.size(); ++i) {
        const QChar c = html[i];
        if (c == u'>')
            return i == html.size() - 1;
        if (!c.isSpace() && c != u'/')
            return false;
    }
    return false;
}

// "</script" for "<script src=x>": raw elements whose text means nothing to a reader.
QString closingTagOfHiddenElement(const QString& html)
{
    static const QStringList hidden = {QStringLiteral("script"), QStringLiteral("style"),   QStringLiteral("textarea"),
                                       QStringLiteral("title"),  QStringLiteral("iframe"),  QStringLiteral("noscript"),
                                       QStringLiteral("object"), QStringLiteral("template")};
    if (!html.startsWith(u'<'))
        return {};
    for (const QString& name : hidden) {
        if (html.mid(1, name.size()).compare(name, Qt::CaseInsensitive) != 0)
            continue;
        const QChar after = html.size() > name.size() + 1 ? html[name.size() + 1] : QChar();
        if (after == u'>' || after == u'/' || after.isSpace())
            return QStringLiteral("</") + name;
    }
    return {};
}

QLatin1StringView alignName(char align)
{
    switch (align) {
    case 'c':
        return QLatin1StringView("center");
    case 'r':
        return QLatin1StringView("right");
    default:
        return QLatin1StringView("left");
    }
}

} // namespace

HtmlWriter::HtmlWriter(const MarkdownRenderer::PageExists& pageExists, const QString& fromPage)
    : m_pageExistsCallback(pageExists), m_fromPage(fromPage)
{
    if (m_pageExistsCallback)
        m_pageExists = [this](const QString& title) { return this->pageExists(title); };
}

QString HtmlWriter::write(const MarkdownNode& document)
{
    m_out.clear();
    writeBlocks(document, false);
    return std::move(m_out);
}

bool HtmlWriter::pageExists(const QString& title)
{
    const auto known = m_known.constFind(title);
    if (known != m_known.cend())
        return *known;
    const bool exists = m_pageExistsCallback(title);
    m_known.insert(title, exists);
    return exists;
}

void HtmlWriter::writeBlocks(const MarkdownNode& parent, bool tight)
{
    for (const MarkdownNode& child : parent.children)
        writeBlock(child, tight);
}

void HtmlWriter::writeBlock(const MarkdownNode& node, bool tight)
{
    switch (node.type) {
    case Type::Document:
        writeBlocks(node, false);
        break;
    case Type::Paragraph:
        if (tight) {
            writePendingTaskBox();
            writeInlines(node);
            m_out += u'\n';
        } else {
            m_out += u"<p>";
            writePendingTaskBox();
            writeInlines(node);
            m_out += u"</p>\n";
        }
        break;
    case Type::Heading: {
        const QString level = QString::number(std::clamp(node.number, 1, 6));
        m_out += u"<h" + level + u'>';
        writeInlines(node);
        m_out += u"</h" + level + u">\n";
        break;
    }
    case Type::ThematicBreak:
        m_out += u"<hr />\n";
        break;
    case Type::CodeBlock:
        writeCodeBlock(node);
        break;
    case Type::HtmlBlock:
        break; // raw HTML never passes through
    case Type::BlockQuote:
        writeBlockQuote(node);
        break;
    case Type::List:
        writeList(node);
        break;
    case Type::Item:
        writeItem(node, tight);
        break;
    case Type::Table:
        writeTable(node);
        break;
    default:
        writeInline(node);
        break;
    }
}

void HtmlWriter::writeList(const MarkdownNode& list)
{
    bool allTasks = !list.children.empty();
    for (const MarkdownNode& item : list.children)
        allTasks = allTasks && item.task;
    if (list.ordered) {
        m_out += u"<ol";
        if (list.number != 1)
            m_out += u" start=\"" + QString::number(list.number) + u'"';
    } else {
        m_out += u"<ul";
    }
    if (allTasks)
        m_out += u" class=\"tasks\" style=\"list-style-type: none;\"";
    m_out += u">\n";
    for (const MarkdownNode& item : list.children)
        writeItem(item, list.tight);
    m_out += list.ordered ? u"</ol>\n" : u"</ul>\n";
}

void HtmlWriter::writeItem(const MarkdownNode& item, bool tight)
{
    m_out += u"<li>";
    if (item.task) {
        m_pendingTaskBox = item.checked ? QStringLiteral("<span class=\"task-done\">\u2611</span>&nbsp;")
                                        : QStringLiteral("<span class=\"task-open\">\u2610</span>&nbsp;");
    }
    if (item.children.empty() || item.children.front().type != Type::Paragraph)
        writePendingTaskBox();
    writeBlocks(item, tight);
    writePendingTaskBox();
    m_out += u"</li>\n";
}

void HtmlWriter::writePendingTaskBox()
{
    if (m_pendingTaskBox.isEmpty())
        return;
    m_out += m_pendingTaskBox;
    m_pendingTaskBox.clear();
}

void HtmlWriter::writeTable(const MarkdownNode& table)
{
    m_out += u"<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"6\">\n";
    for (const MarkdownNode& row : table.children) {
        m_out += u"<tr>";
        const QLatin1StringView tag = row.header ? QLatin1StringView("th") : QLatin1StringView("td");
        for (const MarkdownNode& cell : row.children) {
            m_out += u'<' + tag + u" align=\"" + alignName(cell.align) + u'"';
            if (row.header) {
                // Qt tints the text of a tinted cell too; a translucent tint would show twice.
                m_out += u" bgcolor=\"#30808080\"><span style=\"background-color: transparent;\">";
                writeInlines(cell);
                m_out += u"</span></th>";
                continue;
            }
            m_out += u'>';
            writeInlines(cell);
            m_out += u"</" + tag + u'>';
        }
        m_out += u"</tr>\n";
    }
    m_out += u"</table>\n";
}

void HtmlWriter::writeCodeBlock(const MarkdownNode& node)
{
    QStringView code = node.literal;
    if (code.endsWith(u'\n'))
        code.chop(1);
    m_out += u"<table class=\"code\" width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"8\"><tr><td><pre>";
    escape(code);
    m_out += u"</pre></td></tr></table>\n";
}

void HtmlWriter::writeBlockQuote(const MarkdownNode& node)
{
    m_out += u"<table class=\"quote\" width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
             u"<td class=\"quote-bar\" width=\"3\"></td><td class=\"quote-body\">\n";
    writeBlocks(node, false);
    m_out += u"</td></tr></table>\n";
}

void HtmlWriter::writeInlines(const MarkdownNode& parent)
{
    QString hiddenUntil; // the closing tag of a raw <script>/<style>/... whose content is hidden too
    for (const MarkdownNode& child : parent.children) {
        if (!hiddenUntil.isEmpty()) {
            if (child.type == Type::HtmlInline && child.literal.startsWith(hiddenUntil, Qt::CaseInsensitive))
                hiddenUntil.clear();
            continue;
        }
        if (child.type == Type::HtmlInline)
            hiddenUntil = closingTagOfHiddenElement(child.literal);
        writeInline(child);
    }
}

void HtmlWriter::writeInline(const MarkdownNode& node)
{
    switch (node.type) {
    case Type::Text:
        if (m_linkDepth > 0)
            escape(node.literal);
        else
            writeText(node.literal);
        break;
    case Type::SoftBreak:
        m_out += u'\n';
        break;
    case Type::LineBreak:
        m_out += u"<br />\n";
        break;
    case Type::Code:
        m_out += u"<code>";
        escape(node.literal);
        m_out += u"</code>";
        break;
    case Type::HtmlInline:
        if (isLineBreakTag(node.literal))
            m_out += u"<br />";
        break; // any other raw HTML is dropped
    case Type::Emphasis:
        m_out += u"<em>";
        writeInlines(node);
        m_out += u"</em>";
        break;
    case Type::Strong:
        m_out += u"<strong>";
        writeInlines(node);
        m_out += u"</strong>";
        break;
    case Type::Strikethrough:
        m_out += u"<s>";
        writeInlines(node);
        m_out += u"</s>";
        break;
    case Type::Link:
        writeLink(node);
        break;
    case Type::Image:
        writeImage(node);
        break;
    default:
        writeInlines(node);
        break;
    }
}

void HtmlWriter::writeText(const QString& text)
{
    const QList<WikiLinkSpan> spans = WikiLinkScanner::scan(text);
    qsizetype done = 0;
    for (const WikiLinkSpan& span : spans) {
        escape(QStringView(text).mid(done, span.start - done));
        const LinkTarget target = LinkRouter::routeWikiLink(span.target, m_fromPage, m_pageExists);
        if (target.kind == LinkTarget::Kind::Refused) {
            writeRefused(span.target);
            escape(QStringView(text).mid(span.start, span.length));
            m_out += u"</span>";
        } else {
            writeAnchor(target, {});
            escape(span.label);
            m_out += u"</a>";
        }
        done = span.start + span.length;
    }
    escape(QStringView(text).mid(done));
}

void HtmlWriter::writeLink(const MarkdownNode& link)
{
    const LinkTarget target =
        m_linkDepth > 0 ? LinkTarget{} : LinkRouter::routeDestination(link.url, m_fromPage, m_pageExists);
    if (target.kind == LinkTarget::Kind::Refused)
        writeRefused(link.url);
    else
        writeAnchor(target, link.title);
    ++m_linkDepth;
    writeInlines(link);
    --m_linkDepth;
    m_out += target.kind == LinkTarget::Kind::Refused ? u"</span>" : u"</a>";
}

void HtmlWriter::writeImage(const MarkdownNode& image)
{
    const QString alt = image.plainText();
    const LinkTarget target = LinkRouter::routeImage(image.url, m_fromPage);
    switch (target.kind) {
    case LinkTarget::Kind::Attachment:
        m_out += u"<img src=\"";
        escapeAttribute(LinkRouter::href(target));
        m_out += u"\" alt=\"";
        escapeAttribute(alt);
        if (!image.title.isEmpty()) {
            m_out += u"\" title=\"";
            escapeAttribute(image.title);
        }
        m_out += u"\" />";
        return;
    case LinkTarget::Kind::External: {
        // Remote images are never fetched: offer a link the reader may choose to follow.
        const QString label =
            QCoreApplication::translate("cp::HtmlWriter", "Image: %1").arg(alt.isEmpty() ? target.url.toString() : alt);
        if (m_linkDepth > 0) {
            escape(label);
            return;
        }
        writeAnchor(target, image.url);
        escape(label);
        m_out += u"</a>";
        return;
    }
    default:
        writeRefused(image.url);
        escape(alt.isEmpty() ? QCoreApplication::translate("cp::HtmlWriter", "Image") : alt);
        m_out += u"</span>";
        return;
    }
}

void HtmlWriter::writeAnchor(const LinkTarget& target, const QString& title)
{
    const QString href = LinkRouter::href(target);
    // Every href written must be one classify() would follow to the same place.
    const LinkTarget check = LinkRouter::classify(QUrl(href));
    if (href.isEmpty() || check.kind != target.kind) {
        m_out += u"<a>";
        return;
    }
    m_out += u"<a href=\"";
    escapeAttribute(href);
    m_out += u'"';
    if (target.kind == LinkTarget::Kind::MissingPage) {
        m_out += u" class=\"missing\" title=\"";
        escapeAttribute(QCoreApplication::translate("cp::HtmlWriter", "Create the page “%1”").arg(target.page));
        m_out += u'"';
    } else if (!title.isEmpty()) {
        m_out += u" title=\"";
        escapeAttribute(title);
        m_out += u'"';
    }
    m_out += u'>';
}

void HtmlWriter::writeRefused(const QString& destination)
{
    m_out += u"<span class=\"refused\" title=\"";
    escapeAttribute(QCoreApplication::translate("cp::HtmlWriter", "This link cannot be opened: %1").arg(destination));
    m_out += u"\">";
}

void HtmlWriter::escape(QStringView text)
{
    qsizetype run = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c != u'&' && c != u'<' && c != u'>')
            continue;
        m_out += text.mid(run, i - run);
        m_out += c == u'&' ? u"&amp;" : c == u'<' ? u"&lt;" : u"&gt;";
        run = i + 1;
    }
    m_out += text.mid(run);
}

void HtmlWriter::escapeAttribute(QStringView text)
{
    qsizetype run = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c != u'&' && c != u'<' && c != u'>' && c != u'"' && c != u'\'' && c >= 0x20)
            continue;
        m_out += text.mid(run, i - run);
        switch (c) {
        case u'&':
            m_out += u"&amp;";
            break;
        case u'<':
            m_out += u"&lt;";
            break;
        case u'>':
            m_out += u"&gt;";
            break;
        case u'"':
            m_out += u"&quot;";
            break;
        case u'\'':
            m_out += u"&#39;";
            break;
        default:
            m_out += u' ';
            break; // control characters have no business in attributes
        }
        run = i + 1;
    }
    m_out += text.mid(run);
}

} // namespace cp
