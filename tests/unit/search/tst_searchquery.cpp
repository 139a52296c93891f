#include "core/wiki/SearchQuery.h"

#include <QTest>

using namespace Qt::StringLiterals;
using cp::SearchQuery;

class TestSearchQuery : public QObject
{
    Q_OBJECT

private slots:
    void expressions_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expression");
        QTest::newRow("one word, typing") << u"garden"_s << u"\"garden\"*"_s;
        QTest::newRow("finished word") << u"garden "_s << u"\"garden\""_s;
        QTest::newRow("two words") << u"rose garden"_s << u"\"rose\" \"garden\"*"_s;
        QTest::newRow("phrase") << u"\"rose garden\""_s << u"\"rose garden\""_s;
        QTest::newRow("unclosed phrase") << u"\"rose garden"_s << u"\"rose garden\""_s;
        QTest::newRow("excluded") << u"rose -garden"_s << u"\"rose\" NOT \"garden\""_s;
        QTest::newRow("only excluded") << u"-garden"_s << QString();
        QTest::newRow("empty") << u"   "_s << QString();
        QTest::newRow("star alone") << u"*"_s << QString();
        QTest::newRow("operators are words") << u"cats NEAR( dogs"_s << u"\"cats\" \"NEAR\" \"dogs\"*"_s;
        QTest::newRow("AND OR NOT") << u"a AND b OR NOT"_s << u"\"a\" \"AND\" \"b\" \"OR\" \"NOT\"*"_s;
        QTest::newRow("quotes inside") << u"say\"hi\"there"_s << u"\"say\" \"hi\" \"there\"*"_s;
        QTest::newRow("column syntax") << u"title:secret"_s << u"\"title secret\"*"_s;
        QTest::newRow("parentheses") << u"(a OR bc)"_s << u"\"a\" \"OR\" \"bc\"*"_s;
        QTest::newRow("lone dash") << u"a - bc"_s << u"\"a\" \"bc\"*"_s;
        QTest::newRow("caret and plus") << u"^c++"_s << u"\"c\""_s;
        QTest::newRow("one letter is no prefix") << u"a b"_s << u"\"a\" \"b\""_s;
        QTest::newRow("yo folded") << u"Ёжик"_s << u"\"Ежик\"*"_s;
        QTest::newRow("accents kept for the tokenizer") << u"café"_s << u"\"café\"*"_s;
    }

    void expressions()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expression);
        QCOMPARE(SearchQuery(typed).expression(), expression);
        QCOMPARE(SearchQuery(typed).isEmpty(), expression.isEmpty());
    }

    void titleExpression()
    {
        QCOMPARE(SearchQuery(u"rose -garden"_s).titleExpression(), u"title : (\"rose\")"_s);
        QVERIFY(SearchQuery(u"-x"_s).titleExpression().isEmpty());
    }

    void terms()
    {
        QCOMPARE(SearchQuery(u"rose \"red garden\" -thorn ***"_s).terms(), (QStringList{u"rose"_s, u"red garden"_s}));
    }
};

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
