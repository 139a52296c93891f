#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class QRegularExpression;

namespace cp {

// Colours markdown as it is typed: headings, emphasis, code, links, [[wiki links]],
// lists and task boxes, quotes, rules and tables. Fenced code spans blocks.
// The colours follow the palette: call setDark() when the background turns dark.
class MarkdownHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit MarkdownHighlighter(QTextDocument* document);

    void setDark(bool dark);

protected:
    void highlightBlock(const QString& text) override;

private:
    enum State { Normal = 0, FencedCode = 1, IndentedCode = 2 };

    struct Formats
    {
        QTextCharFormat headings[3];
        QTextCharFormat marker, strong, emphasis, strike, code, codeBlock, link, url, wikiLink, listMarker, quote, rule;
    };

    [[nodiscard]] bool highlightCode(const QString& text);
    // Returns where inline markup starts after the block's own markers.
    [[nodiscard]] int highlightBlockMarkers(const QString& text);
    void highlightInline(const QString& text, int from);
    void highlightPattern(const QString& text, int from, const QRegularExpression& pattern,
                          const QTextCharFormat& body, int bodyGroup);
    // Adds `format` on top of what is already there (bold inside a link stays a link).
    void mergeFormat(int start, int length, const QTextCharFormat& format);

    Formats m_formats;
    QList<bool> m_taken; // characters claimed by code spans and links, left alone by emphasis
};

} // namespace cp
