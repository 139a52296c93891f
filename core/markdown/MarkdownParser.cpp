#include "core/markdown/MarkdownParser.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>
#include <cstring>
#include <memory>
#include <mutex>

namespace cp {

namespace {

struct ParserFree
{
    void operator()(cmark_parser* parser) const noexcept { cmark_parser_free(parser); }
};
struct NodeFree
{
    void operator()(cmark_node* node) const noexcept { cmark_node_free(node); }
};
struct IterFree
{
    void operator()(cmark_iter* iter) const noexcept { cmark_iter_free(iter); }
};
using ParserPtr = std::unique_ptr<cmark_parser, ParserFree>;
using NodePtr = std::unique_ptr<cmark_node, NodeFree>;
using IterPtr = std::unique_ptr<cmark_iter, IterFree>;

struct Extensions
{
    cmark_syntax_extension* table = nullptr;
    cmark_syntax_extension* strikethrough = nullptr;
    cmark_syntax_extension* autolink = nullptr;
    cmark_syntax_extension* tasklist = nullptr;
    cmark_syntax_extension* tagfilter = nullptr;
};

// Extension registration is process-global in cmark-gfm: do it exactly once.
const Extensions& extensions()
{
    static std::once_flag once;
    static Extensions found;
    std::call_once(once, [] {
        cmark_gfm_core_extensions_ensure_registered();
        found.table = cmark_find_syntax_extension("table");
        found.strikethrough = cmark_find_syntax_extension("strikethrough");
        found.autolink = cmark_find_syntax_extension("autolink");
        found.tasklist = cmark_find_syntax_extension("tasklist");
        found.tagfilter = cmark_find_syntax_extension("tagfilter");
    });
    return found;
}

QString fromC(const char* text)
{
    return text ? QString::fromUtf8(text) : QString();
}

using Type = MarkdownNode::Type;

// Our type for a cmark node; false when the node is of a kind we do not know.
bool typeOf(cmark_node* node, const Extensions& ext, Type* type)
{
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_DOCUMENT:
        *type = Type::Document;
        return true;
    case CMARK_NODE_BLOCK_QUOTE:
        *type = Type::BlockQuote;
        return true;
    case CMARK_NODE_LIST:
        *type = Type::List;
        return true;
    case CMARK_NODE_ITEM:
        *type = Type::Item;
        return true;
    case CMARK_NODE_CODE_BLOCK:
        *type = Type::CodeBlock;
        return true;
    case CMARK_NODE_HTML_BLOCK:
        *type = Type::HtmlBlock;
        return true;
    case CMARK_NODE_PARAGRAPH:
        *type = Type::Paragraph;
        return true;
    case CMARK_NODE_HEADING:
        *type = Type::Heading;
        return true;
    case CMARK_NODE_THEMATIC_BREAK:
        *type = Type::ThematicBreak;
        return true;
    case CMARK_NODE_TEXT:
        *type = Type::Text;
        return true;
    case CMARK_NODE_SOFTBREAK:
        *type = Type::SoftBreak;
        return true;
    case CMARK_NODE_LINEBREAK:
        *type = Type::LineBreak;
        return true;
    case CMARK_NODE_CODE:
        *type = Type::Code;
        return true;
    case CMARK_NODE_HTML_INLINE:
        *type = Type::HtmlInline;
        return true;
    case CMARK_NODE_EMPH:
        *type = Type::Emphasis;
        return true;
    case CMARK_NODE_STRONG:
        *type = Type::Strong;
        return true;
    case CMARK_NODE_LINK:
        *type = Type::Link;
        return true;
    case CMARK_NODE_IMAGE:
        *type = Type::Image;
        return true;
    default:
        break;
    }
    // Extension nodes: known by the extension that made them and their type name.
    cmark_syntax_extension* owner = cmark_node_get_syntax_extension(node);
    const char* name = cmark_node_get_type_string(node);
    if (owner == nullptr || name == nullptr)
        return false;
    if (owner == ext.table) {
        if (std::strcmp(name, "table") == 0)
            *type = Type::Table;
        else if (std::strcmp(name, "table_cell") == 0)
            *type = Type::TableCell;
        else
            *type = Type::TableRow; // "table_row" or "table_header"
        return true;
    }
    if (owner == ext.strikethrough) {
        *type = Type::Strikethrough;
        return true;
    }
    return false;
}

// The text under a node, gathered without recursion (for flattened or unknown nodes).
QString flatText(cmark_node* root)
{
    QString out;
    IterPtr iter(cmark_iter_new(root));
    cmark_event_type event;
    while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
        if (event != CMARK_EVENT_ENTER)
            continue;
        cmark_node* node = cmark_iter_get_node(iter.get());
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
        case CMARK_NODE_CODE_BLOCK:
            out += fromC(cmark_node_get_literal(node));
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            out += u' ';
            break;
        default:
            break;
        }
    }
    return out;
}

MarkdownNode textNode(QString text)
{
    MarkdownNode node;
    node.type = Type::Text;
    node.literal = std::move(text);
    return node;
}

void appendChild(MarkdownNode& parent, MarkdownNode child)
{
    // Adjacent text runs become one, so "[[Page]]" is never split across nodes.
    if (child.type == Type::Text && !parent.children.empty() && parent.children.back().type == Type::Text) {
        parent.children.back().literal += child.literal;
        return;
    }
    parent.children.push_back(std::move(child));
}

MarkdownNode copyTree(cmark_node* source, int depth, const Extensions& ext)
{
    MarkdownNode node;
    const bool known = typeOf(source, ext, &node.type);
    if (!known || depth > MarkdownParser::maxDepth) {
        const bool block = (cmark_node_get_type(source) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK;
        if (!block)
            return textNode(flatText(source));
        node.type = Type::Paragraph;
        node.children.push_back(textNode(flatText(source)));
        return node;
    }

    switch (node.type) {
    case Type::Text:
    case Type::Code:
    case Type::HtmlBlock:
    case Type::HtmlInline:
        node.literal = fromC(cmark_node_get_literal(source));
        break;
    case Type::CodeBlock:
        node.literal = fromC(cmark_node_get_literal(source));
        node.title = fromC(cmark_node_get_fence_info(source));
        break;
    case Type::Link:
    case Type::Image:
        node.url = fromC(cmark_node_get_url(source));
        node.title = fromC(cmark_node_get_title(source));
        break;
    case Type::Heading:
        node.number = cmark_node_get_heading_level(source);
        break;
    case Type::List:
        node.ordered = cmark_node_get_list_type(source) == CMARK_ORDERED_LIST;
        node.tight = cmark_node_get_list_tight(source) != 0;
        node.number = cmark_node_get_list_start(source);
        break;
    case Type::Item:
        if (ext.tasklist != nullptr && cmark_node_get_syntax_extension(source) == ext.tasklist) {
            node.task = true;
            node.checked = cmark_gfm_extensions_get_tasklist_item_checked(source);
        }
        break;
    case Type::TableRow:
        node.header = cmark_gfm_extensions_get_table_row_is_header(source) != 0;
        break;
    default:
        break;
    }

    for (cmark_node* child = cmark_node_first_child(source); child; child = cmark_node_next(child))
        appendChild(node, copyTree(child, depth + 1, ext));

    if (node.type == Type::Table) {
        const uint16_t columns = cmark_gfm_extensions_get_table_columns(source);
        const uint8_t* aligns = cmark_gfm_extensions_get_table_alignments(source);
        for (MarkdownNode& row : node.children) {
            for (std::size_t i = 0; i < row.children.size() && aligns && i < columns; ++i)
                row.children[i].align = static_cast<char>(aligns[i]);
        }
    }
    return node;
}

} // namespace

MarkdownNode MarkdownParser::parse(const QString& markdown)
{
    const Extensions& ext = extensions();
    // No CMARK_OPT_UNSAFE: raw HTML stays out, and our writer drops HTML nodes anyway.
    ParserPtr parser(cmark_parser_new(CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8));
    if (!parser)
        return {};
    for (cmark_syntax_extension* extension :
         {ext.table, ext.strikethrough, ext.autolink, ext.tasklist, ext.tagfilter}) {
        if (extension != nullptr)
            cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
    const QByteArray utf8 = markdown.toUtf8();
    NodePtr document;
    {
        // cmark-gfm 0.29 keeps the table of special inline characters process-wide: each
        // parse adds its extensions' characters (autolink's 'w', ':') and removes them when
        // done, so two parses at once can lose another's autolinks. One parse at a time.
        static std::mutex inlineCharacters;
        const std::scoped_lock lock(inlineCharacters);
        cmark_parser_feed(parser.get(), utf8.constData(), static_cast<size_t>(utf8.size()));
        document.reset(cmark_parser_finish(parser.get()));
    }
    if (!document)
        return {};
    return copyTree(document.get(), 0, ext);
}

} // namespace cp
