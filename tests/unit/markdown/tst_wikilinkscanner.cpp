#include "core/markdown/WikiLinkScanner.h"

#include <QTest>

using namespace cp;
using namespace Qt::StringLiterals;

class TestWikiLinkScanner : public QObject
{
    Q_OBJECT

private slots:
    void findsTargetsAndLabels_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("targets");
        QTest::addColumn<QStringList>("labels");

        QTest::newRow("plain") << u"see [[Page]] now"_s << QStringList{u"Page"_s} << QStringList{u"Page"_s};
        QTest::newRow("label") << u"[[Folder/Page|the label]]"_s << QStringList{u"Folder/Page"_s}
                               << QStringList{u"the label"_s};
        QTest::newRow("trimmed") << u"[[  Page  |  label ]]"_s << QStringList{u"Page"_s} << QStringList{u"label"_s};
        QTest::newRow("empty label") << u"[[Page|]]"_s << QStringList{u"Page"_s} << QStringList{u"Page"_s};
        QTest::newRow("two") << u"[[A]] and [[B|b]]"_s << QStringList{u"A"_s, u"B"_s} << QStringList{u"A"_s, u"b"_s};
        QTest::newRow("extra bracket") << u"[[[A]]]"_s << QStringList{u"A"_s} << QStringList{u"A"_s};
        QTest::newRow("reopened") << u"[[a [[B]]"_s << QStringList{u"B"_s} << QStringList{u"B"_s};
        QTest::newRow("unclosed") << u"[[Page"_s << QStringList{} << QStringList{};
        QTest::newRow("single brackets") << u"[Page]"_s << QStringList{} << QStringList{};
        QTest::newRow("empty target") << u"[[ ]] [[|x]]"_s << QStringList{} << QStringList{};
        QTest::newRow("newline") << u"[[Pa\nge]]"_s << QStringList{} << QStringList{};
        QTest::newRow("cyrillic") << u"[[Страница|метка]]"_s << QStringList{u"Страница"_s} << QStringList{u"метка"_s};
    }

    void findsTargetsAndLabels()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, targets);
        QFETCH(QStringList, labels);
        const QList<WikiLinkSpan> spans = WikiLinkScanner::scan(text);
        QStringList foundTargets;
        QStringList foundLabels;
        for (const WikiLinkSpan& span : spans) {
            foundTargets << span.target;
            foundLabels << span.label;
            const QStringView written = QStringView(text).mid(span.start, span.length);
            QVERIFY2(written.startsWith(u"[[") && written.endsWith(u"]]"), qPrintable(written.toString()));
        }
        QCOMPARE(foundTargets, targets);
        QCOMPARE(foundLabels, labels);
    }
};

QTEST_GUILESS_MAIN(TestWikiLinkScanner)
#include "tst_wikilinkscanner.moc"
