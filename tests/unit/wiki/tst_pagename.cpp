#include "core/wiki/PageName.h"

#include <QTest>

using cp::PageName;
using namespace Qt::StringLiterals;

class TestPageName : public QObject
{
    Q_OBJECT
private slots:
    void goodTitles_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("baseName");
        QTest::addColumn<QString>("folder");
        QTest::newRow("plain") << u"Welcome"_s << u"Welcome"_s << u"Welcome.md"_s << u"Welcome"_s << QString();
        QTest::newRow("with .md") << u"Welcome.md"_s << u"Welcome"_s << u"Welcome.md"_s << u"Welcome"_s << QString();
        QTest::newRow("folders") << u"Notes/2024/Plan"_s << u"Notes/2024/Plan"_s << u"Notes/2024/Plan.md"_s << u"Plan"_s
                                 << u"Notes/2024"_s;
        QTest::newRow("spaces trimmed") << u"  Notes / Plan  "_s << u"Notes/Plan"_s << u"Notes/Plan.md"_s << u"Plan"_s
                                        << u"Notes"_s;
        QTest::newRow("cyrillic") << u"Заметки/Привет, мир"_s << u"Заметки/Привет, мир"_s << u"Заметки/Привет, мир.md"_s
                                  << u"Привет, мир"_s << u"Заметки"_s;
        QTest::newRow("dots inside") << u"v1.2 release...notes"_s << u"v1.2 release...notes"_s
                                     << u"v1.2 release...notes.md"_s << u"v1.2 release...notes"_s << QString();
        QTest::newRow("hidden but allowed")
            << u".drafts/idea"_s << u".drafts/idea"_s << u".drafts/idea.md"_s << u"idea"_s << u".drafts"_s;
        QTest::newRow(".commonplace deeper") << u"About/.commonplace"_s << u"About/.commonplace"_s
                                             << u"About/.commonplace.md"_s << u".commonplace"_s << u"About"_s;
        QTest::newRow("emoji") << u"Ideas 💡"_s << u"Ideas 💡"_s << u"Ideas 💡.md"_s << u"Ideas 💡"_s << QString();
    }
    void goodTitles()
    {
        QFETCH(QString, typed);
        auto name = PageName::fromTitle(typed);
        QVERIFY2(name, qPrintable(name ? QString() : name.error().message));
        QVERIFY(name->isValid());
        QTEST(name->title(), "title");
        QTEST(name->path(), "path");
        QTEST(name->baseName(), "baseName");
        QTEST(name->folder(), "folder");
        auto fromPath = PageName::fromPath(name->path());
        QVERIFY(fromPath);
        QCOMPARE(*fromPath, *name);
    }

    void badTitles_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("mentions"); // a word the message must contain
        QTest::newRow("empty") << QString() << u"name"_s;
        QTest::newRow("blank") << u"   "_s << u"name"_s;
        QTest::newRow("only .md") << u".md"_s << QString(); // ".md" is a title: checked below, valid
        QTest::newRow("dotdot") << u".."_s << u".."_s;
        QTest::newRow("dot") << u"."_s << u"."_s;
        QTest::newRow("dotdot inside") << u"a/../b"_s << u".."_s;
        QTest::newRow("dotdot at end") << u"a/.."_s << u".."_s;
        QTest::newRow("dot inside") << u"a/./b"_s << u"."_s;
        QTest::newRow("absolute") << u"/abs"_s << u"absolute"_s;
        QTest::newRow("absolute etc") << u"/etc/passwd"_s << u"absolute"_s;
        QTest::newRow(".git folder") << u".git/x"_s << u".git"_s;
        QTest::newRow(".git config") << u".git/config"_s << u".git"_s;
        QTest::newRow(".GIT any case") << u".GIT/hooks/x"_s << u".git"_s;
        QTest::newRow(".git nested") << u"a/.git/x"_s << u".git"_s;
        QTest::newRow(".git alone") << u".git"_s << u".git"_s;
        QTest::newRow(".commonplace") << u".commonplace/x"_s << u".commonplace"_s;
        QTest::newRow(".commonplace commons") << u".commonplace/commons"_s << u".commonplace"_s;
        QTest::newRow(".Commonplace case") << u".Commonplace/x"_s << u".commonplace"_s;
        QTest::newRow("newline") << u"a\nb"_s << u"control"_s;
        QTest::newRow("tab") << u"a\tb"_s << u"control"_s;
        QTest::newRow("nul") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b")) << u"control"_s;
        QTest::newRow("escape") << u"a\x1b[31mred"_s << u"control"_s;
        QTest::newRow("delete") << u"a\x7f"_s << u"control"_s;
        QTest::newRow("C1 control") << QString(QStringLiteral("a") + QChar(0x85) + QStringLiteral("b")) << u"control"_s;
        QTest::newRow("backslash") << u"a\\b"_s << u"backslash"_s;
        QTest::newRow("windows path") << u"..\\..\\x"_s << u"backslash"_s;
        QTest::newRow("double slash") << u"a//b"_s << u"empty"_s;
        QTest::newRow("trailing slash") << u"a/"_s << u"empty"_s;
        QTest::newRow("blank segment") << u"a/ /b"_s << u"empty"_s;
        QTest::newRow("segment too long") << QString(201, u'x') << u"200"_s;
        QTest::newRow("cyrillic segment too long") << QString(101, QChar(0x0416)) << u"200"_s; // 202 bytes
        QTest::newRow("folder too long") << (QString(201, u'x') + u"/page"_s) << u"200"_s;
        QString longPath;
        for (int i = 0; i < 6; ++i)
            longPath += QString(199, u'a') + u'/';
        longPath += u"p"_s;
        QTest::newRow("path too long") << longPath << u"1000"_s;
    }
    void badTitles()
    {
        QFETCH(QString, typed);
        QFETCH(QString, mentions);
        auto name = PageName::fromTitle(typed);
        if (QTest::currentDataTag() == QByteArrayView("only .md")) {
            QVERIFY(name);
            QCOMPARE(name->path(), u".md.md"_s);
            return;
        }
        QVERIFY2(!name, qPrintable(typed));
        QCOMPARE(name.error().kind, cp::Error::Kind::User);
        QVERIFY2(name.error().message.contains(mentions, Qt::CaseInsensitive), qPrintable(name.error().message));
        // The same rules hold for repository paths (which are taken as they are, spaces included).
        if (!typed.contains(u' '))
            QVERIFY(!PageName::fromPath(typed + u".md"_s));
    }

    void boundaryLengths()
    {
        QVERIFY(PageName::fromTitle(QString(200, u'x')));
        QVERIFY(PageName::fromTitle(QString(100, QChar(0x0416)))); // 200 bytes of Cyrillic
        QString path;
        for (int i = 0; i < 4; ++i)
            path += QString(200, u'a') + u'/';
        path += QString(200 - 4 - 3, u'b'); // 4 * 201 + 193 + ".md" = 1000 bytes
        QVERIFY(PageName::fromTitle(path));
        QVERIFY(!PageName::fromTitle(path + u'b'));
    }

    void fromPathNeedsMarkdown()
    {
        auto png = PageName::fromPath(u"image.png"_s);
        QVERIFY(!png);
        QVERIFY(png.error().message.contains(u".md"_s));
        QVERIFY(!PageName::fromPath(u".md"_s));
        QVERIFY(!PageName::fromPath(u".commonplace/commons.md"_s));
        QVERIFY(!PageName::fromPath(u".git/x.md"_s));
        QVERIFY(!PageName::fromPath(u"/abs.md"_s));
        QVERIFY(!PageName::fromPath(u"a/../b.md"_s));
        QVERIFY(!PageName::fromPath(u"Page.MD"_s));
        auto page = PageName::fromPath(u"Folder/Page.md"_s);
        QVERIFY(page);
        QCOMPARE(page->title(), u"Folder/Page"_s);
    }

    void unicodeIsNfcNormalised()
    {
        // "Й" as one code point and as "И" + combining breve; "é" likewise.
        const QString composed = QString(QChar(0x0419)) + u"ога/Caf"_s + QChar(0x00E9);
        const QString decomposed = QString(QChar(0x0418)) + QChar(0x0306) + u"ога/Caf"_s + u'e' + QChar(0x0301);
        QVERIFY(composed != decomposed);
        auto a = PageName::fromTitle(composed);
        auto b = PageName::fromTitle(decomposed);
        QVERIFY(a && b);
        QCOMPARE(*a, *b);
        QCOMPARE(b->title(), composed);
        QCOMPARE(b->path().toUtf8(), composed.toUtf8() + ".md");
        auto c = PageName::fromPath(decomposed + u".md"_s);
        QVERIFY(c);
        QCOMPARE(*c, *a);
    }

    void defaultIsInvalidAndOrderingIsByTitle()
    {
        QVERIFY(!PageName().isValid());
        auto a = PageName::fromTitle(u"A"_s);
        auto b = PageName::fromTitle(u"B"_s);
        auto ya = PageName::fromTitle(u"Я"_s);
        QVERIFY(*a < *b);
        QVERIFY(*b < *ya);
        QVERIFY(*a != *b);
    }
};

QTEST_GUILESS_MAIN(TestPageName)
#include "tst_pagename.moc"
