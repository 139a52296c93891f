#include "core/markdown/MarkdownRenderer.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <thread>
#include <vector>

using namespace cp;
using namespace Qt::StringLiterals;

namespace {

// The body of a rendered document (the style sheet mentions tags and classes too).
QString body(const QString& html)
{
    const qsizetype start = html.indexOf(u"<body>"_s);
    return start < 0 ? QString() : html.mid(start);
}

QStringList attributeValues(const QString& html, const QString& name)
{
    QStringList values;
    const QRegularExpression pattern(u"\\b"_s + name + u"=\"([^\"]*)\""_s);
    for (const QRegularExpressionMatch& match : pattern.globalMatch(html))
        values << match.captured(1).replace(u"&amp;"_s, u"&"_s);
    return values;
}

MarkdownRenderer rendererWith(const QSet<QString>& pages)
{
    return MarkdownRenderer([pages](const QString& title) { return pages.contains(title); });
}

} // namespace

class TestMarkdownRenderer : public QObject
{
    Q_OBJECT

private slots:
    void rendersOnSeveralThreadsAtOnce()
    {
        // Runs first: these are the process's first renders, racing for cmark-gfm's global
        // extension registration.
        const QString markdown = u"| a | b |\n|---|---|\n| ~~x~~ | [[P]] |\n\n- [x] done www.example.com\n"_s;
        std::vector<QString> results(4);
        std::vector<std::thread> threads;
        for (QString& result : results) {
            threads.emplace_back([&result, &markdown] {
                for (int i = 0; i < 50; ++i)
                    result = MarkdownRenderer().toHtml(markdown);
            });
        }
        for (std::thread& thread : threads)
            thread.join();
        const QString expected = MarkdownRenderer().toHtml(markdown);
        for (const QString& result : results)
            QCOMPARE(result, expected);
        QVERIFY(expected.contains(u"<s>x</s>"_s));
        QVERIFY(expected.contains(u"<table class=\"grid\""_s));
    }

    void wholeDocumentWithStyleSheet()
    {
        const QString html = MarkdownRenderer().toHtml(QString());
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(html.contains(u"<style type=\"text/css\">"_s));
        QVERIFY(html.contains(u"table.grid"_s));
        QVERIFY(html.trimmed().endsWith(u"</html>"_s));
    }

    void headingsParagraphsAndEmphasis()
    {
        const QString html = body(MarkdownRenderer().toHtml(u"# Title\n\n## Sub\n\nSome *soft* and **strong**."_s));
        QVERIFY(html.contains(u"<h1>Title</h1>"_s));
        QVERIFY(html.contains(u"<h2>Sub</h2>"_s));
        QVERIFY(html.contains(u"<p>Some <em>soft</em> and <strong>strong</strong>.</p>"_s));
    }

    void tables()
    {
        const QString html =
            body(MarkdownRenderer().toHtml(u"| Name | Count | Mid |\n|:-----|------:|:---:|\n| apples | 3 | x |\n"_s));
        QVERIFY(html.contains(u"<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"6\">"_s));
        const QRegularExpression headers(u"<th align=\"(\\w+)\"[^>]*>(?:<span[^>]*>)?(\\w+)"_s);
        QStringList found;
        for (const QRegularExpressionMatch& match : headers.globalMatch(html))
            found << match.captured(1) + u':' + match.captured(2);
        QCOMPARE(found, (QStringList{u"left:Name"_s, u"right:Count"_s, u"center:Mid"_s}));
        QVERIFY(html.contains(u"<td align=\"left\">apples</td><td align=\"right\">3</td>"_s));
        QCOMPARE(html.count(u"<tr>"_s), 2);
    }

    void pipesWithoutSeparatorAreNoTable()
    {
        const QString html = body(MarkdownRenderer().toHtml(u"| a | b |\n| c | d |\n"_s));
        QVERIFY(!html.contains(u"<table"_s));
    }

    void strikethrough()
    {
        const QString html = body(MarkdownRenderer().toHtml(u"keep ~~gone~~ keep"_s));
        QVERIFY(html.contains(u"keep <s>gone</s> keep"_s));
    }

    void taskItemsAsBoxes()
    {
        const QString html = body(MarkdownRenderer().toHtml(u"- [ ] todo\n- [x] done\n"_s));
        QVERIFY(html.contains(u"\u2610</span>&nbsp;todo"_s));
        QVERIFY(html.contains(u"\u2611</span>&nbsp;done"_s));
        QVERIFY(html.contains(u"list-style-type: none"_s));
        QVERIFY(!html.contains(u"<input"_s));
        QVERIFY(!html.contains(u"[ ]"_s));
    }

    void mixedListKeepsBullets()
    {
        const QString html = body(MarkdownRenderer().toHtml(u"- [x] done\n- plain\n"_s));
        QVERIFY(html.contains(u"\u2611"_s));
        QVERIFY(!html.contains(u"list-style-type: none"_s));
    }

    void autolinks()
    {
        const QString html = body(
            MarkdownRenderer().toHtml(u"Visit www.example.com or https://example.org/x and mail me@example.org"_s));
        const QStringList hrefs = attributeValues(html, u"href"_s);
        QCOMPARE(hrefs,
                 (QStringList{u"http://www.example.com"_s, u"https://example.org/x"_s, u"mailto:me@example.org"_s}));
        for (const QString& href : hrefs)
            QCOMPARE(MarkdownRenderer::classify(QUrl(href)).kind, LinkTarget::Kind::External);
    }

    void codeBlocksOnTint()
    {
        const QString html =
            body(MarkdownRenderer().toHtml(u"```cpp\nif (a < b && c) {}\n<script>x</script>\n```\n"_s));
        QVERIFY(html.contains(u"<table class=\"code\""_s));
        QVERIFY(html.contains(u"<pre>if (a &lt; b &amp;&amp; c) {}\n&lt;script&gt;x&lt;/script&gt;</pre>"_s));
        QVERIFY(!html.contains(u"<script"_s));
    }

    void blockQuotes()
    {
        const QString html = body(MarkdownRenderer().toHtml(u"> quoted **text**\n"_s));
        QVERIFY(html.contains(u"<table class=\"quote\""_s));
        QVERIFY(html.contains(u"<p>quoted <strong>text</strong></p>"_s));
    }

    void wikiLinksToExistingAndMissingPages()
    {
        const MarkdownRenderer renderer = rendererWith({u"Here"_s, u"Folder/Page"_s});
        const QString html = body(renderer.toHtml(u"[[Here]], [[Folder/Page|the label]], [[Nowhere]]"_s));
        QVERIFY(html.contains(u"<a href=\"commonplace-page:Here\">Here</a>"_s));
        QVERIFY(html.contains(u"<a href=\"commonplace-page:Folder/Page\">the label</a>"_s));
        QVERIFY(html.contains(u"<a href=\"commonplace-new:Nowhere\" class=\"missing\""_s));
        QVERIFY(html.contains(u">Nowhere</a>"_s));
        QVERIFY(!html.contains(u"[["_s));
    }

    void wikiLinksNormaliseTitles()
    {
        const MarkdownRenderer renderer = rendererWith({u"Page"_s});
        const QString html = body(renderer.toHtml(u"[[ Page.md ]]"_s));
        QVERIFY2(html.contains(u"<a href=\"commonplace-page:Page\">Page.md</a>"_s), qPrintable(html));
    }

    void wikiLinksRelativeToThePage()
    {
        const MarkdownRenderer renderer = rendererWith({u"Notes/Sibling"_s, u"Top"_s});
        const QString html = body(renderer.toHtml(u"[[./Sibling]] [[../Top]] [[../../Out]]"_s, u"Notes/Here"_s));
        QVERIFY(html.contains(u"href=\"commonplace-page:Notes/Sibling\""_s));
        QVERIFY(html.contains(u"href=\"commonplace-page:Top\""_s));
        QVERIFY(html.contains(u"<span class=\"refused\""_s));
        QVERIFY(html.contains(u"[[../../Out]]</span>"_s));
        QCOMPARE(attributeValues(html, u"href"_s).size(), 2);
    }

    void wikiLinksNotInCode()
    {
        const QString html =
            body(MarkdownRenderer().toHtml(u"`[[Inline]]`\n\n```\n[[Block]]\n```\n\n    [[Indented]]\n"_s));
        QVERIFY(attributeValues(html, u"href"_s).isEmpty());
        QVERIFY(html.contains(u"<code>[[Inline]]</code>"_s));
        QVERIFY(html.contains(u"[[Block]]"_s));
        QVERIFY(html.contains(u"[[Indented]]"_s));
    }

    void wikiLinksNotInsideLinks()
    {
        const QString html = body(MarkdownRenderer().toHtml(u"[see [[Page]]](https://example.org)"_s));
        QCOMPARE(attributeValues(html, u"href"_s), QStringList{u"https://example.org"_s});
        QVERIFY(html.contains(u"see [[Page]]</a>"_s));
    }

    void pageExistsAskedOncePerTitleWithNormalisedTitles()
    {
        QStringList asked;
        const MarkdownRenderer renderer([&asked](const QString& title) {
            asked << title;
            return true;
        });
        (void)renderer.toHtml(u"[[A]] [[A]] [[ A.md ]] [[Dir/B]] [x](Dir/B.md)"_s);
        QCOMPARE(asked, (QStringList{u"A"_s, u"Dir/B"_s}));
    }

    void cyrillicTitlesRoundTrip()
    {
        const MarkdownRenderer renderer = rendererWith({u"Папка/Страница"_s});
        // "й" written decomposed (и + combining breve) must come back composed.
        const QString html =
            body(renderer.toHtml(u"[[Папка/Страница|метка]] [[Новыи\u0306]] [ссылка](<Папка/Страница.md>)"_s));
        const QStringList hrefs = attributeValues(html, u"href"_s);
        QCOMPARE(hrefs.size(), 3);
        LinkTarget first = MarkdownRenderer::classify(QUrl(hrefs[0]));
        QCOMPARE(first.kind, LinkTarget::Kind::Page);
        QCOMPARE(first.page, u"Папка/Страница"_s);
        LinkTarget second = MarkdownRenderer::classify(QUrl(hrefs[1]));
        QCOMPARE(second.kind, LinkTarget::Kind::MissingPage);
        QCOMPARE(second.page, u"Новы\u0439"_s);
        LinkTarget third = MarkdownRenderer::classify(QUrl(hrefs[2]));
        QCOMPARE(third.kind, LinkTarget::Kind::Page);
        QCOMPARE(third.page, u"Папка/Страница"_s);
        QVERIFY(html.contains(u">метка</a>"_s));
    }

    void relativePageLinks()
    {
        const MarkdownRenderer renderer = rendererWith({u"Notes/Other"_s, u"Top"_s, u"Notes/My Page"_s});
        const QString html = body(renderer.toHtml(
            u"[a](Other.md) [b](../Top.md) [c](My%20Page.md) [d](<My Page>) [e](Gone.md) [f](files/report.pdf)"_s,
            u"Notes/Here"_s));
        QCOMPARE(attributeValues(html, u"href"_s),
                 (QStringList{u"commonplace-page:Notes/Other"_s, u"commonplace-page:Top"_s,
                              u"commonplace-page:Notes/My%20Page"_s, u"commonplace-page:Notes/My%20Page"_s,
                              u"commonplace-new:Notes/Gone"_s, u"commonplace-file:Notes/files/report.pdf"_s}));
    }

    void rawHtmlNeverPassesThrough_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("kept");

        QTest::newRow("script block") << u"<script>alert(1)</script>\n\nafter"_s << u"after"_s;
        QTest::newRow("script inline") << u"before <script>alert(1)</script> after"_s << u"before"_s;
        QTest::newRow("script mixed case") << u"x <ScRiPt src=evil.js>alert(1)</sCrIpT> y"_s << u"y"_s;
        QTest::newRow("img onerror block") << u"<img src=x onerror=alert(1)>\n\nafter"_s << u"after"_s;
        QTest::newRow("img onerror inline") << u"text <img src=x onerror=alert(1)> more"_s << u"more"_s;
        QTest::newRow("iframe") << u"<iframe src=\"https://evil.example\"></iframe>\n\nafter"_s << u"after"_s;
        QTest::newRow("iframe inline") << u"a <iframe src=x>alert(1)</iframe> b"_s << u"b"_s;
        QTest::newRow("b onclick") << u"a <b onclick=\"alert(1)\">bold</b> b"_s << u"bold"_s;
        QTest::newRow("style") << u"<style>body{display:none}</style>\n\nafter"_s << u"after"_s;
        QTest::newRow("html comment") << u"a <!-- alert(1) --> b"_s << u"b"_s;
        QTest::newRow("div block") << u"<div onmouseover=\"alert(1)\">\n\nafter\n\n</div>"_s << u"after"_s;
    }

    void rawHtmlNeverPassesThrough()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, kept);
        const QString html = body(MarkdownRenderer().toHtml(markdown));
        for (const QString& bad : {u"<script"_s, u"<img"_s, u"<iframe"_s, u"onclick"_s, u"onerror"_s, u"onmouseover"_s,
                                   u"alert(1)"_s, u"<style"_s, u"<div"_s, u"<b "_s, u"<!--"_s})
            QVERIFY2(!html.contains(bad, Qt::CaseInsensitive), qPrintable(bad + u" in "_s + html));
        QVERIFY2(html.contains(kept), qPrintable(html));
    }

    void lineBreakTagSurvives()
    {
        const QString html = body(MarkdownRenderer().toHtml(u"| a |\n|---|\n| one<br>two<BR/>three |\n"_s));
        QVERIFY2(html.contains(u"one<br />two<br />three"_s), qPrintable(html));
    }

    void dangerousLinksAreNotFollowable_data()
    {
        QTest::addColumn<QString>("markdown");

        QTest::newRow("javascript") << u"[click](javascript:alert(1))"_s;
        QTest::newRow("javascript upper") << u"[click](JAVASCRIPT:alert(1))"_s;
        QTest::newRow("javascript entity tab") << u"[click](java&#9;script:alert(1))"_s;
        QTest::newRow("javascript entity newline") << u"[click](java&#10;script:alert(1))"_s;
        QTest::newRow("javascript angle") << u"[click](<javascript:alert(1)>)"_s;
        QTest::newRow("javascript reference") << u"[click][r]\n\n[r]: javascript:alert(1)"_s;
        QTest::newRow("javascript autolink") << u"<javascript:alert(1)>"_s;
        QTest::newRow("data") << u"[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"_s;
        QTest::newRow("file") << u"[click](file:///etc/passwd)"_s;
        QTest::newRow("vbscript") << u"[click](vbscript:msgbox(1))"_s;
        QTest::newRow("unknown scheme") << u"[click](steam://run/1)"_s;
        QTest::newRow("own scheme smuggled") << u"[click](commonplace-page:../../x)"_s;
        QTest::newRow("protocol relative") << u"[click](//evil.example/x)"_s;
    }

    void dangerousLinksAreNotFollowable()
    {
        QFETCH(QString, markdown);
        const QString html = body(MarkdownRenderer().toHtml(markdown));
        QVERIFY2(attributeValues(html, u"href"_s).isEmpty(), qPrintable(html));
        QVERIFY2(!html.contains(u"<a "_s), qPrintable(html));
        QVERIFY2(html.contains(u"<span class=\"refused\""_s), qPrintable(html));
        if (!markdown.startsWith(u'<'))
            QVERIFY2(html.contains(u">click</span>"_s), qPrintable(html));
    }

    void everyHrefIsFollowable()
    {
        const MarkdownRenderer renderer = rendererWith({u"A"_s});
        const QString html = body(renderer.toHtml(
            u"[[A]] [[B]] [[C|c]] [x](A.md) [y](javascript:x) ![i](i.png) ![r](https://e.org/r.png) "
            u"![d](data:image/png;base64,AA) www.example.org [z](mailto:a@b.org) [w](http://x.org/\"onmouseover=\")"_s));
        const QStringList urls = attributeValues(html, u"href"_s) + attributeValues(html, u"src"_s);
        QCOMPARE(urls.size(), 9);
        for (const QString& url : urls)
            QVERIFY2(MarkdownRenderer::classify(QUrl(url)).kind != LinkTarget::Kind::Refused, qPrintable(url));
        QVERIFY(!html.contains(u"\"onmouseover"_s));
    }

    void localImagesOnly()
    {
        const QString html = body(MarkdownRenderer().toHtml(
            u"![map](map.png \"The map\") ![remote](https://example.org/x.png) ![inline](data:image/png;base64,AA) "
            u"![out](../../../etc/x.png)"_s,
            u"Travel/Plan"_s));
        const QStringList sources = attributeValues(html, u"src"_s);
        QCOMPARE(sources, QStringList{u"commonplace-file:Travel/map.png"_s});
        const LinkTarget image = MarkdownRenderer::classify(QUrl(sources.first()));
        QCOMPARE(image.kind, LinkTarget::Kind::Attachment);
        QCOMPARE(image.path, u"Travel/map.png"_s);
        QVERIFY(html.contains(u"alt=\"map\" title=\"The map\""_s));
        // The remote image is a link to follow by choice, never an <img> to fetch.
        QVERIFY(html.contains(u"<a href=\"https://example.org/x.png\""_s));
        QVERIFY(html.contains(u"remote</a>"_s));
        QVERIFY(!html.contains(u"data:"_s) || !attributeValues(html, u"href"_s).join(u' ').contains(u"data:"_s));
        QCOMPARE(html.count(u"<img"_s), 1);
    }

    void escapesText()
    {
        const QString html = body(MarkdownRenderer().toHtml(u"a &lt; b, 1 < 2 & \"q\" [[x<y]]"_s));
        QVERIFY2(html.contains(u"a &lt; b, 1 &lt; 2 &amp; \"q\""_s), qPrintable(html));
        QVERIFY(html.contains(u"commonplace-page:x%3Cy\">x&lt;y</a>"_s));
    }

    void pageLinks()
    {
        const MarkdownRenderer renderer;
        const QStringList links = renderer.pageLinks(
            u"[[B]] [[A]] [[B|again]] `[[Code]]` [x](C.md) [y](https://e.org) [[../../Out]] [[./Sib]]"_s, u"Dir/Me"_s);
        QCOMPARE(links, (QStringList{u"B"_s, u"A"_s, u"Dir/C"_s, u"Dir/Sib"_s}));
    }

    void deepNestingDoesNotExhaustTheStack()
    {
        const QString quotes = QString(20000, u'>') + u" deep"_s;
        QVERIFY(MarkdownRenderer().toHtml(quotes).contains(u"deep"_s));
        QString lists;
        for (int i = 0; i < 2000; ++i)
            lists += QString(i * 2, u' ') + u"- item\n"_s;
        QVERIFY(MarkdownRenderer().toHtml(lists).contains(u"item"_s));
        const QString emphasis = QString(5000, u'*') + u"x"_s + QString(5000, u'*');
        QVERIFY(MarkdownRenderer().toHtml(emphasis).contains(u"x"_s));
    }
};

QTEST_GUILESS_MAIN(TestMarkdownRenderer)
#include "tst_markdownrenderer.moc"
