#include "core/markdown/LinkRouter.h"

#include <QTest>

using namespace cp;
using namespace Qt::StringLiterals;

using Kind = LinkTarget::Kind;
Q_DECLARE_METATYPE(cp::LinkTarget::Kind)

namespace {

bool existsExceptMissing(const QString& title)
{
    return !title.contains(u"Missing"_s);
}

bool knownPage(const QString& title)
{
    static const QStringList pages = {u"Folder/Other"_s, u"Folder/My Page"_s, u"Top"_s};
    return pages.contains(title);
}

} // namespace

class TestLinkRouter : public QObject
{
    Q_OBJECT

private slots:
    void classify_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("name"); // page title or attachment path

        QTest::newRow("page") << u"commonplace-page:Folder/Page"_s << Kind::Page << u"Folder/Page"_s;
        QTest::newRow("page encoded slash") << u"commonplace-page:Folder%2FPage"_s << Kind::Page << u"Folder/Page"_s;
        QTest::newRow("page upper scheme") << u"COMMONPLACE-PAGE:Page"_s << Kind::Page << u"Page"_s;
        QTest::newRow("page .md") << u"commonplace-page:Page.md"_s << Kind::Page << u"Page"_s;
        QTest::newRow("page cyrillic") << u"commonplace-page:%D0%A1%D1%82%D1%80%D0%B0%D0%BD%D0%B8%D1%86%D0%B0"_s
                                       << Kind::Page << u"Страница"_s;
        QTest::newRow("new page") << u"commonplace-new:New%20page"_s << Kind::MissingPage << u"New page"_s;
        QTest::newRow("page climbing out") << u"commonplace-page:../secret"_s << Kind::Refused << QString();
        QTest::newRow("page encoded climb") << u"commonplace-page:%2E%2E/secret"_s << Kind::Refused << QString();
        QTest::newRow("page in .git") << u"commonplace-page:.git/config"_s << Kind::Refused << QString();
        QTest::newRow("page in .commonplace")
            << u"commonplace-page:.commonplace/commons"_s << Kind::Refused << QString();
        QTest::newRow("page with NUL") << u"commonplace-page:a%00b"_s << Kind::Refused << QString();
        QTest::newRow("page with host") << u"commonplace-page://evil/Page"_s << Kind::Refused << QString();
        QTest::newRow("page with query") << u"commonplace-page:Page?x=1"_s << Kind::Refused << QString();
        QTest::newRow("page empty") << u"commonplace-page:"_s << Kind::Refused << QString();
        QTest::newRow("file") << u"commonplace-file:images/a%20b.png"_s << Kind::Attachment << u"images/a b.png"_s;
        QTest::newRow("file climbing out") << u"commonplace-file:../../etc/passwd"_s << Kind::Refused << QString();
        QTest::newRow("https") << u"https://example.org/x?y#z"_s << Kind::External << QString();
        QTest::newRow("http upper") << u"HTTP://EXAMPLE.ORG/"_s << Kind::External << QString();
        QTest::newRow("mailto") << u"mailto:someone@example.org"_s << Kind::External << QString();
        QTest::newRow("http without host") << u"http:relative"_s << Kind::Refused << QString();
        QTest::newRow("mailto empty") << u"mailto:"_s << Kind::Refused << QString();
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << Kind::Refused << QString();
        QTest::newRow("javascript mixed case") << u"JaVaScRiPt:alert(1)"_s << Kind::Refused << QString();
        QTest::newRow("javascript leading space") << u" javascript:alert(1)"_s << Kind::Refused << QString();
        QTest::newRow("javascript tab") << u"java\tscript:alert(1)"_s << Kind::Refused << QString();
        QTest::newRow("javascript newline") << u"javascript\n:alert(1)"_s << Kind::Refused << QString();
        QTest::newRow("javascript control") << u"\x01javascript:alert(1)"_s << Kind::Refused << QString();
        QTest::newRow("javascript encoded colon") << u"javascript%3Aalert(1)"_s << Kind::Refused << QString();
        QTest::newRow("data") << u"data:text/html,<script>alert(1)</script>"_s << Kind::Refused << QString();
        QTest::newRow("file") << u"file:///etc/passwd"_s << Kind::Refused << QString();
        QTest::newRow("FILE") << u"FILE:///etc/passwd"_s << Kind::Refused << QString();
        QTest::newRow("vbscript") << u"vbscript:msgbox(1)"_s << Kind::Refused << QString();
        QTest::newRow("ftp") << u"ftp://example.org/x"_s << Kind::Refused << QString();
        QTest::newRow("qrc") << u"qrc:/icons/x.svg"_s << Kind::Refused << QString();
        QTest::newRow("empty") << QString() << Kind::Refused << QString();
        QTest::newRow("relative") << u"Some/Page"_s << Kind::Refused << QString();
        QTest::newRow("fragment") << u"#top"_s << Kind::Refused << QString();
        QTest::newRow("protocol relative") << u"//evil.example/x"_s << Kind::Refused << QString();
    }

    void classify()
    {
        QFETCH(QString, url);
        QFETCH(Kind, kind);
        QFETCH(QString, name);
        const LinkTarget target = LinkRouter::classify(QUrl(url));
        QCOMPARE(target.kind, kind);
        if (kind == Kind::Page || kind == Kind::MissingPage)
            QCOMPARE(target.page, name);
        if (kind == Kind::Attachment)
            QCOMPARE(target.path, name);
        if (kind == Kind::External)
            QCOMPARE(target.url, QUrl(url));
    }

    void hrefRoundTripsThroughClassify_data()
    {
        QTest::addColumn<QString>("title");
        for (const QString& title :
             {u"Plain"_s, u"Folder/Sub/Page"_s, u"C# notes?"_s, u"100% done"_s, u"a&b \"q\""_s,
              u"Страница/Подстраница"_s, u"ёлка"_s, u"emoji 🙂 page"_s, u"x:y"_s, u"two  spaces"_s, u"日本語"_s})
            QTest::newRow(qPrintable(title)) << title;
    }

    void hrefRoundTripsThroughClassify()
    {
        QFETCH(QString, title);
        for (Kind kind : {Kind::Page, Kind::MissingPage}) {
            LinkTarget target;
            target.kind = kind;
            target.page = title;
            const QString href = LinkRouter::href(target);
            QVERIFY2(QUrl(href).isValid(), qPrintable(href));
            const LinkTarget back = LinkRouter::classify(QUrl(href));
            QCOMPARE(back.kind, kind);
            QCOMPARE(back.page, title);
        }
        LinkTarget file;
        file.kind = Kind::Attachment;
        file.path = title + u".png"_s;
        const LinkTarget back = LinkRouter::classify(QUrl(LinkRouter::href(file)));
        QCOMPARE(back.kind, Kind::Attachment);
        QCOMPARE(back.path, file.path);
    }

    void refusedHasNoHref() { QVERIFY(LinkRouter::href(LinkTarget{}).isEmpty()); }

    void resolveWikiTarget_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("fromPage");
        QTest::addColumn<QString>("title");

        QTest::newRow("root page") << u"Page"_s << QString() << u"Page"_s;
        QTest::newRow("trimmed") << u"  Page  "_s << QString() << u"Page"_s;
        QTest::newRow(".md stripped") << u"Page.md"_s << QString() << u"Page"_s;
        QTest::newRow(".MD stripped") << u"Folder/Page.MD"_s << QString() << u"Folder/Page"_s;
        QTest::newRow("absolute from a folder") << u"Folder/Page"_s << u"Other/Here"_s << u"Folder/Page"_s;
        QTest::newRow("plain name from a folder") << u"Page"_s << u"Other/Here"_s << u"Page"_s;
        QTest::newRow("leading slash") << u"/Root"_s << u"Folder/Here"_s << u"Root"_s;
        QTest::newRow("dot slash") << u"./Sibling"_s << u"Folder/Here"_s << u"Folder/Sibling"_s;
        QTest::newRow("dot slash at root") << u"./Sibling"_s << u"Here"_s << u"Sibling"_s;
        QTest::newRow("from page with .md") << u"./Sibling"_s << u"Folder/Here.md"_s << u"Folder/Sibling"_s;
        QTest::newRow("dot dot") << u"../Up"_s << u"Folder/Sub/Here"_s << u"Folder/Up"_s;
        QTest::newRow("dot dot to root") << u"../Up"_s << u"Folder/Here"_s << u"Up"_s;
        QTest::newRow("climbing out") << u"../../x"_s << u"Folder/Here"_s << QString();
        QTest::newRow("climbing out from root") << u"../x"_s << u"Here"_s << QString();
        QTest::newRow("dot dot inside absolute") << u"a/../b"_s << QString() << u"b"_s;
        QTest::newRow("dot dot escaping absolute") << u"a/../../b"_s << QString() << QString();
        QTest::newRow("spaces around slashes") << u"Folder / Page"_s << QString() << u"Folder/Page"_s;
        QTest::newRow("double slash") << u"a//b"_s << QString() << u"a/b"_s;
        QTest::newRow("dot segment") << u"a/./b"_s << QString() << u"a/b"_s;
        QTest::newRow(".git") << u".git/config"_s << QString() << QString();
        QTest::newRow("nested .git") << u"a/.GIT/config"_s << QString() << QString();
        QTest::newRow(".commonplace") << u".commonplace/commons.json"_s << QString() << QString();
        QTest::newRow("backslash") << u"a\\b"_s << QString() << QString();
        QTest::newRow("tab") << u"tab\there"_s << QString() << QString();
        QTest::newRow("C1 control") << u"a\u0085b"_s << QString() << QString();
        QTest::newRow("empty") << QString() << QString() << QString();
        QTest::newRow("only dots") << u".."_s << QString() << QString();
        QTest::newRow("too long") << QString(300, u'x') << QString() << QString();
        QTest::newRow("cyrillic") << u"Страница"_s << QString() << u"Страница"_s;
        QTest::newRow("cyrillic relative") << u"./Заметка"_s << u"Папка/Здесь"_s << u"Папка/Заметка"_s;
        QTest::newRow("NFD to NFC") << u"e\u0301te\u0308"_s << QString() << u"\u00e9t\u00eb"_s;
    }

    void resolveWikiTarget()
    {
        QFETCH(QString, target);
        QFETCH(QString, fromPage);
        QFETCH(QString, title);
        QCOMPARE(LinkRouter::resolveWikiTarget(target, fromPage), title);
    }

    void routeDestination_data()
    {
        QTest::addColumn<QString>("destination");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("name");

        // All from the page "Folder/Here".
        QTest::newRow("sibling .md") << u"Other.md"_s << Kind::Page << u"Folder/Other"_s;
        QTest::newRow("percent-encoded .md") << u"My%20Page.md"_s << Kind::Page << u"Folder/My Page"_s;
        QTest::newRow("title without .md") << u"My Page"_s << Kind::Page << u"Folder/My Page"_s;
        QTest::newRow("root .md") << u"/Top.md"_s << Kind::Page << u"Top"_s;
        QTest::newRow("parent .md") << u"../Top.md"_s << Kind::Page << u"Top"_s;
        QTest::newRow("fragment dropped") << u"Other.md#part"_s << Kind::Page << u"Folder/Other"_s;
        QTest::newRow("missing") << u"Missing.md"_s << Kind::MissingPage << u"Folder/Missing"_s;
        QTest::newRow("version-like title") << u"Version 1.2"_s << Kind::MissingPage << u"Folder/Version 1.2"_s;
        QTest::newRow("attachment") << u"files/report.pdf"_s << Kind::Attachment << u"Folder/files/report.pdf"_s;
        QTest::newRow("climbing out") << u"../../etc/passwd"_s << Kind::Refused << QString();
        QTest::newRow("into .git") << u"/.git/config"_s << Kind::Refused << QString();
        QTest::newRow("https") << u"https://example.org"_s << Kind::External << QString();
        QTest::newRow("mailto") << u"mailto:a@example.org"_s << Kind::External << QString();
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << Kind::Refused << QString();
        QTest::newRow("javascript tab") << u"java\tscript:alert(1)"_s << Kind::Refused << QString();
        QTest::newRow("javascript newline") << u"java\nscript:alert(1)"_s << Kind::Refused << QString();
        QTest::newRow("javascript NUL") << u"java\u0000script:alert(1)"_s << Kind::Refused << QString();
        QTest::newRow("javascript spaces") << u"  JAVASCRIPT:alert(1)"_s << Kind::Refused << QString();
        QTest::newRow("http with tab") << u"ht\ttp://example.org"_s << Kind::Refused << QString();
        QTest::newRow("data") << u"data:text/html;base64,PHNjcmlwdD4="_s << Kind::Refused << QString();
        QTest::newRow("file") << u"file:///etc/passwd"_s << Kind::Refused << QString();
        QTest::newRow("vbscript") << u"vbscript:msgbox"_s << Kind::Refused << QString();
        QTest::newRow("our own scheme") << u"commonplace-page:Other"_s << Kind::Refused << QString();
        QTest::newRow("protocol relative") << u"//evil.example/x"_s << Kind::Refused << QString();
        QTest::newRow("anchor") << u"#section"_s << Kind::Refused << QString();
        QTest::newRow("empty") << QString() << Kind::Refused << QString();
    }

    void routeDestination()
    {
        QFETCH(QString, destination);
        QFETCH(Kind, kind);
        QFETCH(QString, name);
        const LinkTarget target = LinkRouter::routeDestination(destination, u"Folder/Here"_s, knownPage);
        QCOMPARE(target.kind, kind);
        if (kind == Kind::Page || kind == Kind::MissingPage)
            QCOMPARE(target.page, name);
        if (kind == Kind::Attachment)
            QCOMPARE(target.path, name);
        if (kind != Kind::Refused)
            QCOMPARE(LinkRouter::classify(QUrl(LinkRouter::href(target))).kind, kind);
    }

    void routeImage_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("path");

        QTest::newRow("beside the page") << u"map.png"_s << Kind::Attachment << u"Folder/map.png"_s;
        QTest::newRow("attachments folder")
            << u"/attachments/a%20b.jpg"_s << Kind::Attachment << u"attachments/a b.jpg"_s;
        QTest::newRow("remote") << u"https://example.org/x.png"_s << Kind::External << QString();
        QTest::newRow("data") << u"data:image/png;base64,AAAA"_s << Kind::Refused << QString();
        QTest::newRow("file") << u"file:///home/me/x.png"_s << Kind::Refused << QString();
        QTest::newRow("climbing out") << u"../../x.png"_s << Kind::Refused << QString();
        QTest::newRow("protocol relative") << u"//evil.example/x.png"_s << Kind::Refused << QString();
    }

    void routeImage()
    {
        QFETCH(QString, source);
        QFETCH(Kind, kind);
        QFETCH(QString, path);
        const LinkTarget target = LinkRouter::routeImage(source, u"Folder/Here"_s);
        QCOMPARE(target.kind, kind);
        if (kind == Kind::Attachment)
            QCOMPARE(target.path, path);
    }

    void wikiLinkWithoutCallbackCountsAsExisting()
    {
        QCOMPARE(LinkRouter::routeWikiLink(u"Anything"_s, {}, {}).kind, Kind::Page);
        QCOMPARE(LinkRouter::routeWikiLink(u"Missing"_s, {}, existsExceptMissing).kind, Kind::MissingPage);
        QCOMPARE(LinkRouter::routeWikiLink(u"../x"_s, {}, existsExceptMissing).kind, Kind::Refused);
    }
};

QTEST_GUILESS_MAIN(TestLinkRouter)
#include "tst_linkrouter.moc"
