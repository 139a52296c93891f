#pragma once

#include <QString>
#include <vector>

namespace cp {

// One node of a parsed markdown document, in our own types: the cmark-gfm tree is
// copied into these at once and freed, so nothing outside MarkdownParser.cpp sees cmark.
struct MarkdownNode
{
    enum class Type : unsigned char {
        Document,
        BlockQuote,
        List,
        Item,
        CodeBlock,
        HtmlBlock,
        Paragraph,
        Heading,
        ThematicBreak,
        Table,
        TableRow,
        TableCell,
        Text,
        SoftBreak,
        LineBreak,
        Code,
        HtmlInline,
        Emphasis,
        Strong,
        Strikethrough,
        Link,
        Image,
    };

    Type type = Type::Document;
    QString literal;      // Text, Code, CodeBlock, HtmlBlock, HtmlInline
    QString url;          // Link, Image: the destination as written (entities and escapes resolved)
    QString title;        // Link, Image: the title; CodeBlock: the fence info string
    int number = 0;       // Heading: level 1..6; List: start number of an ordered list
    bool ordered = false; // List
    bool tight = false;   // List
    bool task = false;    // Item: a task list item ("- [ ]" / "- [x]")
    bool checked = false; // Item: a task that is done
    bool header = false;  // TableRow: the header row
    char align = 0;       // TableCell: 'l', 'c', 'r' or 0
    std::vector<MarkdownNode> children;

    // The plain text of this node and its descendants (for image alt text and the like).
    [[nodiscard]] QString plainText() const
    {
        QString out;
        appendPlainText(out);
        return out;
    }

    void appendPlainText(QString& out) const
    {
        switch (type) {
        case Type::Text:
        case Type::Code:
            out += literal;
            return;
        case Type::SoftBreak:
        case Type::LineBreak:
            out += u' ';
            return;
        default:
            for (const MarkdownNode& child : children)
                child.appendPlainText(out);
        }
    }
};

} // namespace cp
