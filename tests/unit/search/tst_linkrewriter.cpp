#include "core/wiki/LinkRewriter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using cp::LinkRewriter;

class TestLinkRewriter : public QObject
{
    Q_OBJECT

private slots:
    // A page that links to the renamed one (it stays where it is).
    void linkingPage_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("oldTitle");
        QTest::addColumn<QString>("newTitle");
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");

        QTest::newRow("plain") << u"Home"_s << u"Old"_s << u"New"_s << u"See [[Old]].\n"_s << u"See [[New]].\n"_s;
        QTest::newRow("label kept") << u"Home"_s << u"Old"_s << u"New"_s << u"See [[Old|the old one]]."_s
                                    << u"See [[New|the old one]]."_s;
        QTest::newRow("spaces and .md") << u"Home"_s << u"Old"_s << u"New"_s << u"[[ Old.md ]] and [[Old ]]"_s
                                        << u"[[New]] and [[New]]"_s;
        QTest::newRow("other links untouched")
            << u"Home"_s << u"Old"_s << u"New"_s << u"[[Older]] [[Old page]] [[Folder/Old]]"_s
            << u"[[Older]] [[Old page]] [[Folder/Old]]"_s;
        QTest::newRow("several on a line")
            << u"Home"_s << u"Old"_s << u"New"_s << u"[[Old]], [[X]], [[Old|o]]"_s << u"[[New]], [[X]], [[New|o]]"_s;
        QTest::newRow("into a folder") << u"Home"_s << u"Old"_s << u"Archive/New"_s << u"[[Old]]"_s
                                       << u"[[Archive/New]]"_s;
        QTest::newRow("relative, same folder")
            << u"F/Home"_s << u"F/Old"_s << u"F/New"_s << u"[[./Old|x]]"_s << u"[[./New|x]]"_s;
        QTest::newRow("relative up, same folder")
            << u"F/Sub/Home"_s << u"F/Old"_s << u"F/New"_s << u"[[../Old]]"_s << u"[[../New]]"_s;
        QTest::newRow("relative, other folder")
            << u"F/Home"_s << u"F/Old"_s << u"G/New"_s << u"[[./Old]]"_s << u"[[G/New]]"_s;
        QTest::newRow("markdown link") << u"Home"_s << u"Old page"_s << u"New page"_s << u"[the page](Old%20page.md)"_s
                                       << u"[the page](New%20page.md)"_s;
        QTest::newRow("markdown link, angled")
            << u"Home"_s << u"Old page"_s << u"New page"_s << u"[p](<Old page.md>)"_s << u"[p](<New page.md>)"_s;
        QTest::newRow("markdown link elsewhere")
            << u"F/Home"_s << u"F/Old"_s << u"G/New"_s << u"[p](Old.md \"t\")"_s << u"[p](/G/New.md \"t\")"_s;
        QTest::newRow("code left alone") << u"Home"_s << u"Old"_s << u"New"_s
                                         << u"`[[Old]]` [[Old]]\n```\n[[Old]]\n```\n``a ` [[Old]]`` [[Old]]"_s
                                         << u"`[[Old]]` [[New]]\n```\n[[Old]]\n```\n``a ` [[Old]]`` [[New]]"_s;
        QTest::newRow("tilde fence") << u"Home"_s << u"Old"_s << u"New"_s
                                     << u"~~~~\n[[Old]]\n~~~\n[[Old]]\n~~~~\n[[Old]]"_s
                                     << u"~~~~\n[[Old]]\n~~~\n[[Old]]\n~~~~\n[[New]]"_s;
        QTest::newRow("cyrillic") << u"Дом"_s << u"Кот"_s << u"Ёжик"_s << u"Про [[Кот|кота]]"_s
                                  << u"Про [[Ёжик|кота]]"_s;
        QTest::newRow("nothing to do") << u"Home"_s << u"Old"_s << u"New"_s << u"No links."_s << u"No links."_s;
    }

    void linkingPage()
    {
        QFETCH(QString, page);
        QFETCH(QString, oldTitle);
        QFETCH(QString, newTitle);
        QFETCH(QString, before);
        QFETCH(QString, after);
        QCOMPARE(LinkRewriter::rewrite(before, page, page, oldTitle, newTitle), after);
    }

    // The renamed page itself: links to itself follow it, relative links keep their target.
    void movedPage()
    {
        const QString text = u"[[Old]] [[./Sibling]] [[../Top]] [[Other/Page]] [s](Sibling.md) [i](img.png)"_s;
        QCOMPARE(LinkRewriter::rewrite(text, u"F/Old"_s, u"G/New"_s, u"F/Old"_s, u"G/New"_s),
                 u"[[Old]] [[F/Sibling]] [[Top]] [[Other/Page]] [s](/F/Sibling.md) [i](/F/img.png)"_s);
        // Same folder: relative links stay as they are; the self link follows.
        QCOMPARE(LinkRewriter::rewrite(u"[[./Old]] [[./Sibling]]"_s, u"F/Old"_s, u"F/New"_s, u"F/Old"_s, u"F/New"_s),
                 u"[[./New]] [[./Sibling]]"_s);
    }

    void hostileInputIsLeftAlone()
    {
        const QString text = u"[[Old\n]] [[]] [[|x]] [[../../../etc/passwd]] ](( [x](javascript:Old) ```"_s;
        QCOMPARE(LinkRewriter::rewrite(text, u"Home"_s, u"Home"_s, u"Old"_s, u"New"_s), text);
    }
};

QTEST_GUILESS_MAIN(TestLinkRewriter)
#include "tst_linkrewriter.moc"
