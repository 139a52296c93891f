// What the highlighter marks, read back from the formats it put on each block.

#include "ui/editor/MarkdownHighlighter.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace cp;

class TestMarkdownHighlighter : public QObject
{
    Q_OBJECT

private:
    QTextDocument m_document;
    MarkdownHighlighter* m_highlighter = nullptr;

    // The format the highlighter gave the character at `column` of line `line`.
    QTextCharFormat formatAt(int line, int column) const
    {
        const QTextBlock block = m_document.findBlockByNumber(line);
        QTextCharFormat format;
        for (const QTextLayout::FormatRange& range : block.layout()->formats()) {
            if (column >= range.start && column < range.start + range.length)
                format = range.format;
        }
        return format;
    }

    void show(const QString& text)
    {
        m_document.setPlainText(text);
        m_highlighter->rehighlight(); // a new highlighter waits for the event loop otherwise
    }

private slots:
    void init() { m_highlighter = new MarkdownHighlighter(&m_document); }
    void cleanup()
    {
        delete m_highlighter;
        m_highlighter = nullptr;
    }

    void headingsAreBoldAndLarger()
    {
        show(QStringLiteral("# Title\nplain"));
        QCOMPARE(formatAt(0, 3).fontWeight(), int(QFont::Bold));
        QVERIFY(formatAt(0, 3).fontPointSize() > m_document.defaultFont().pointSizeF());
        QVERIFY(formatAt(0, 0).foreground() != formatAt(0, 3).foreground()); // the marker is muted
        QCOMPARE(formatAt(1, 1).fontWeight(), int(QFont::Normal));
        show(QStringLiteral("#hashtag"));
        QCOMPARE(formatAt(0, 2).fontWeight(), int(QFont::Normal));
    }

    void emphasisStrongAndStrike()
    {
        show(QStringLiteral("a *soft* b **loud** c ~~gone~~ d _also_ e snake_case_name"));
        QVERIFY(formatAt(0, 4).fontItalic());
        QVERIFY(!formatAt(0, 0).fontItalic());
        QCOMPARE(formatAt(0, 14).fontWeight(), int(QFont::Bold));
        QVERIFY(!formatAt(0, 14).fontItalic());
        QVERIFY(formatAt(0, 25).fontStrikeOut());
        QVERIFY(formatAt(0, 35).fontItalic());
        QVERIFY(!formatAt(0, 48).fontItalic()); // underscores inside a word are not emphasis
    }

    void codeSpansHideMarkup()
    {
        show(QStringLiteral("x `*not em*` y"));
        QVERIFY(formatAt(0, 4).background().style() != Qt::NoBrush);
        QVERIFY(!formatAt(0, 4).fontItalic());
        QVERIFY(formatAt(0, 0).background().style() == Qt::NoBrush);
    }

    void linksAndWikiLinks()
    {
        show(QStringLiteral("see [[Some page|label]] and [text](https://example.org/a_b_c) or https://x.org/y_z_"));
        QCOMPARE(formatAt(0, 8).fontWeight(), int(QFont::DemiBold));
        QVERIFY(formatAt(0, 4).fontWeight() != int(QFont::DemiBold)); // the brackets are muted
        QVERIFY(formatAt(0, 30).foreground() != QTextCharFormat().foreground());
        QVERIFY(formatAt(0, 40).fontUnderline()); // the URL
        QVERIFY(!formatAt(0, 50).fontItalic());   // _b_ inside a URL is not emphasis
        QVERIFY(formatAt(0, 70).fontUnderline());
        QVERIFY(!formatAt(0, 75).fontItalic());
    }

    void listsQuotesAndRules()
    {
        show(QStringLiteral("- item\n12. numbered\n- [x] done\n> quoted\n---\ntext"));
        QCOMPARE(formatAt(0, 0).fontWeight(), int(QFont::Bold));
        QCOMPARE(formatAt(0, 3).fontWeight(), int(QFont::Normal));
        QCOMPARE(formatAt(1, 1).fontWeight(), int(QFont::Bold));
        QCOMPARE(formatAt(2, 3).fontWeight(), int(QFont::Bold)); // the task box
        QVERIFY(formatAt(3, 4).fontItalic());
        QVERIFY(formatAt(4, 1).foreground() != QTextCharFormat().foreground());
        QVERIFY(!formatAt(5, 1).fontItalic());
    }

    void fencedCodeSpansBlocks()
    {
        show(QStringLiteral("```\n# not a heading\n*nor em*\n```\n# heading"));
        QCOMPARE(m_document.findBlockByNumber(1).userState(), 1);
        QVERIFY(formatAt(1, 3).fontWeight() != int(QFont::Bold));
        QVERIFY(!formatAt(2, 2).fontItalic());
        QVERIFY(formatAt(2, 2).background().style() != Qt::NoBrush);
        QCOMPARE(formatAt(4, 3).fontWeight(), int(QFont::Bold));
    }

    void indentedCodeAfterABlankLine()
    {
        show(QStringLiteral("para\n\n    code *x*\n    more\n\ntext"));
        QVERIFY(formatAt(2, 6).background().style() != Qt::NoBrush);
        QVERIFY(!formatAt(2, 10).fontItalic());
        QVERIFY(formatAt(3, 5).background().style() != Qt::NoBrush);
        QVERIFY(formatAt(5, 1).background().style() == Qt::NoBrush);
    }
};

QTEST_MAIN(TestMarkdownHighlighter)
#include "tst_markdownhighlighter.moc"
