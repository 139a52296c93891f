#include "ui/editor/MarkdownHighlighter.h"

#include <QFont>
#include <QRegularExpression>
#include <QTextDocument>

namespace cp {

namespace {

QRegularExpression pattern(const char16_t* text)
{
    return QRegularExpression(QString::fromUtf16(text), QRegularExpression::UseUnicodePropertiesOption);
}

const QRegularExpression kFence = pattern(uR"(^ {0,3}(`{3,}|~{3,}))");
const QRegularExpression kHeading = pattern(uR"(^ {0,3}(#{1,6})(?=\s|$))");
const QRegularExpression kQuote = pattern(uR"(^ {0,3}(>\s?)+)");
const QRegularExpression kList = pattern(uR"(^\s*([-*+]|\d{1,9}[.)])(\s+)(\[[ xX]\](?=\s|$))?)");
const QRegularExpression kRule = pattern(uR"(^ {0,3}([-*_])(?:\s*\1){2,}\s*$)");
const QRegularExpression kTableSeparator = pattern(uR"(^\s*\|?[\s:|-]*-[\s:|-]*$)");
const QRegularExpression kCodeSpan = pattern(uR"((`+)(?!`)(.+?)(?<!`)\1(?!`))");
const QRegularExpression kWikiLink = pattern(uR"(\[\[([^\[\]\n|]+)(\|[^\[\]\n]*)?\]\])");
const QRegularExpression kLink = pattern(uR"(!?\[([^\[\]]*)\](\([^()\s]*(?:\s+"[^"]*")?\)))");
const QRegularExpression kAutolink = pattern(uR"(<(?:https?://|mailto:)[^<>\s]+>)");
const QRegularExpression kBareUrl = pattern(uR"((?<![<(\w])https?://[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'"])");
const QRegularExpression kStrong = pattern(uR"((\*\*|__)(?=\S)(.+?)(?<=\S)\1)");
const QRegularExpression kEmphasisStar = pattern(uR"((?<![*\\\w])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![*\w]))");
const QRegularExpression kEmphasisUnderscore = pattern(uR"((?<![_\w])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![_\w]))");
const QRegularExpression kStrike = pattern(uR"(~~(?=\S)(.+?)(?<=\S)~~)");

QTextCharFormat coloured(const QColor& colour)
{
    QTextCharFormat f;
    f.setForeground(colour);
    return f;
}

} // namespace

MarkdownHighlighter::MarkdownHighlighter(QTextDocument* document) : QSyntaxHighlighter(document)
{
    setDark(false);
}

void MarkdownHighlighter::setDark(bool dark)
{
    const QColor accent = dark ? QColor(0x7c, 0xd1, 0xab) : QColor(0x1d, 0x66, 0x58);
    const QColor muted = dark ? QColor(0x86, 0x90, 0x99) : QColor(0x9a, 0xa3, 0xab);
    const QColor linkColour = dark ? QColor(0x8a, 0xb8, 0xf0) : QColor(0x1f, 0x63, 0xa8);
    const QColor codeText = dark ? QColor(0xe8, 0xb3, 0x8e) : QColor(0x8a, 0x3b, 0x22);
    const QColor codeBackground = dark ? QColor(0x33, 0x36, 0x3a) : QColor(0xf3, 0xf1, 0xeb);
    const QColor quoteText = dark ? QColor(0xa8, 0xb0, 0xb8) : QColor(0x5f, 0x6a, 0x74);

    const qreal base = document()->defaultFont().pointSizeF() > 0 ? document()->defaultFont().pointSizeF() : 10.0;
    const qreal scale[3] = {1.3, 1.15, 1.0};
    for (int i = 0; i < 3; ++i) {
        QTextCharFormat& h = m_formats.headings[i];
        h = coloured(accent);
        h.setFontWeight(QFont::Bold);
        h.setFontPointSize(base * scale[i]);
    }
    m_formats.marker = coloured(muted);
    m_formats.strong = {};
    m_formats.strong.setFontWeight(QFont::Bold);
    m_formats.emphasis = {};
    m_formats.emphasis.setFontItalic(true);
    m_formats.strike = coloured(muted);
    m_formats.strike.setFontStrikeOut(true);
    m_formats.code = coloured(codeText);
    m_formats.code.setBackground(codeBackground);
    m_formats.codeBlock = m_formats.code;
    m_formats.link = coloured(linkColour);
    m_formats.url = coloured(muted);
    m_formats.url.setFontUnderline(true);
    m_formats.wikiLink = coloured(accent);
    m_formats.wikiLink.setFontWeight(QFont::DemiBold);
    m_formats.listMarker = coloured(accent);
    m_formats.listMarker.setFontWeight(QFont::Bold);
    m_formats.quote = coloured(quoteText);
    m_formats.quote.setFontItalic(true);
    m_formats.rule = coloured(muted);
    rehighlight();
}

void MarkdownHighlighter::highlightBlock(const QString& text)
{
    m_taken = QList<bool>(text.size(), false);
    setCurrentBlockState(Normal);
    if (highlightCode(text))
        return;
    highlightInline(text, highlightBlockMarkers(text));
}

bool MarkdownHighlighter::highlightCode(const QString& text)
{
    const int previous = previousBlockState();
    if (const auto fence = kFence.match(text); fence.hasMatch()) {
        setFormat(0, int(text.size()), m_formats.marker);
        setCurrentBlockState(previous == FencedCode ? Normal : FencedCode);
        return true;
    }
    if (previous == FencedCode) {
        setFormat(0, int(text.size()), m_formats.codeBlock);
        setCurrentBlockState(FencedCode);
        return true;
    }
    const bool indented = text.startsWith(QStringLiteral("    ")) || text.startsWith(u'\t');
    const QTextBlock before = currentBlock().previous();
    const bool afterBlank = !before.isValid() || before.text().trimmed().isEmpty();
    if (indented && !text.trimmed().isEmpty() && (previous == IndentedCode || afterBlank)
        && !kList.match(text).hasMatch()) {
        setFormat(0, int(text.size()), m_formats.codeBlock);
        setCurrentBlockState(IndentedCode);
        return true;
    }
    if (previous == IndentedCode && text.trimmed().isEmpty())
        setCurrentBlockState(IndentedCode);
    return false;
}

int MarkdownHighlighter::highlightBlockMarkers(const QString& text)
{
    if (kRule.match(text).hasMatch()) {
        setFormat(0, int(text.size()), m_formats.rule);
        return int(text.size());
    }
    if (const auto heading = kHeading.match(text); heading.hasMatch()) {
        const int level = int(heading.capturedLength(1));
        setFormat(0, int(text.size()), m_formats.headings[std::min(level, 3) - 1]);
        QTextCharFormat marker = m_formats.headings[std::min(level, 3) - 1];
        marker.setForeground(m_formats.marker.foreground());
        setFormat(0, int(heading.capturedEnd(1)), marker);
        return int(heading.capturedEnd(1));
    }
    int from = 0;
    if (const auto quote = kQuote.match(text); quote.hasMatch()) {
        setFormat(0, int(text.size()), m_formats.quote);
        mergeFormat(0, int(quote.capturedEnd()), m_formats.listMarker);
        from = int(quote.capturedEnd());
    }
    if (const auto list = kList.match(text, from); list.hasMatch() && list.capturedStart() == from) {
        mergeFormat(int(list.capturedStart(1)), int(list.capturedLength(1)), m_formats.listMarker);
        if (list.capturedLength(3) > 0)
            mergeFormat(int(list.capturedStart(3)), int(list.capturedLength(3)), m_formats.listMarker);
        return int(list.capturedEnd());
    }
    if (text.trimmed().startsWith(u'|')) {
        const bool separator = kTableSeparator.match(text).hasMatch();
        for (int i = 0; i < text.size(); ++i) {
            if (separator || text.at(i) == u'|')
                setFormat(i, 1, m_formats.marker);
        }
    }
    return from;
}

void MarkdownHighlighter::highlightInline(const QString& text, int from)
{
    // Code spans first: nothing inside them is markup.
    for (auto it = kCodeSpan.globalMatch(text, from); it.hasNext();) {
        const auto m = it.next();
        mergeFormat(int(m.capturedStart()), int(m.capturedLength()), m_formats.code);
        for (qsizetype i = m.capturedStart(); i < m.capturedEnd(); ++i)
            m_taken[i] = true;
    }
    auto claim = [this](qsizetype start, qsizetype length, const QTextCharFormat& format) {
        for (qsizetype i = start; i < start + length; ++i) {
            if (m_taken.at(i))
                return false;
        }
        mergeFormat(int(start), int(length), format);
        for (qsizetype i = start; i < start + length; ++i)
            m_taken[i] = true;
        return true;
    };
    for (auto it = kWikiLink.globalMatch(text, from); it.hasNext();) {
        const auto m = it.next();
        if (claim(m.capturedStart(), m.capturedLength(), m_formats.marker))
            mergeFormat(int(m.capturedStart(1)), int(m.capturedEnd() - 2 - m.capturedStart(1)), m_formats.wikiLink);
    }
    for (auto it = kLink.globalMatch(text, from); it.hasNext();) {
        const auto m = it.next();
        if (claim(m.capturedStart(2), m.capturedLength(2), m_formats.url)) {
            mergeFormat(int(m.capturedStart()), int(m.capturedStart(2) - m.capturedStart()), m_formats.marker);
            mergeFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), m_formats.link);
        }
    }
    for (const auto* urls : {&kAutolink, &kBareUrl}) {
        for (auto it = urls->globalMatch(text, from); it.hasNext();) {
            const auto m = it.next();
            claim(m.capturedStart(), m.capturedLength(), m_formats.url);
        }
    }
    highlightPattern(text, from, kStrong, m_formats.strong, 2);
    highlightPattern(text, from, kEmphasisStar, m_formats.emphasis, 1);
    highlightPattern(text, from, kEmphasisUnderscore, m_formats.emphasis, 1);
    highlightPattern(text, from, kStrike, m_formats.strike, 1);
}

void MarkdownHighlighter::highlightPattern(const QString& text, int from, const QRegularExpression& re,
                                           const QTextCharFormat& body, int bodyGroup)
{
    for (auto it = re.globalMatch(text, from); it.hasNext();) {
        const auto m = it.next();
        if (m_taken.at(m.capturedStart()) || m_taken.at(m.capturedEnd() - 1))
            continue;
        mergeFormat(int(m.capturedStart()), int(m.capturedLength()), body);
        mergeFormat(int(m.capturedStart()), int(m.capturedStart(bodyGroup) - m.capturedStart()), m_formats.marker);
        mergeFormat(int(m.capturedEnd(bodyGroup)), int(m.capturedEnd() - m.capturedEnd(bodyGroup)), m_formats.marker);
    }
}

void MarkdownHighlighter::mergeFormat(int start, int length, const QTextCharFormat& format)
{
    for (int i = start; i < start + length; ++i) {
        QTextCharFormat merged = QSyntaxHighlighter::format(i);
        merged.merge(format);
        setFormat(i, 1, merged);
    }
}

} // namespace cp
