// Back and forward between pages, kept in step with renames and deletions.

#include "ui/NavigationHistory.h"

#include <QTest>

using namespace cp;

class TestNavigationHistory : public QObject
{
    Q_OBJECT

private:
    static PageName page(const char* title) { return *PageName::fromTitle(QString::fromUtf8(title)); }

private slots:
    void backAndForward()
    {
        NavigationHistory history;
        QVERIFY(!history.backTarget().isValid());
        history.visit(page("A"));
        history.visit(page("B"));
        history.visit(page("B")); // the same page twice is one step
        history.visit(page("C"));
        QCOMPARE(history.backTarget(), page("B"));
        history.stepBack();
        QCOMPARE(history.backTarget(), page("A"));
        QCOMPARE(history.forwardTarget(), page("C"));
        history.stepBack();
        QVERIFY(!history.backTarget().isValid());
        history.stepBack(); // nothing further back: stays
        QCOMPARE(history.forwardTarget(), page("B"));

        history.visit(page("D")); // a new visit drops the forward pages
        QVERIFY(!history.forwardTarget().isValid());
        QCOMPARE(history.backTarget(), page("A"));
    }

    void followsRenamesAndDeletions()
    {
        NavigationHistory history;
        history.visit(page("A"));
        history.visit(page("B"));
        history.visit(page("A"));
        history.visit(page("C"));
        history.rename(page("C"), page("Folder/C"));
        history.forget(page("B")); // A, A, Folder/C -> A, Folder/C
        QCOMPARE(history.backTarget(), page("A"));
        history.stepBack();
        QVERIFY(!history.backTarget().isValid());
        QCOMPARE(history.forwardTarget(), page("Folder/C"));

        history.forget(page("A"));
        QVERIFY(!history.backTarget().isValid());
        QVERIFY(!history.forwardTarget().isValid());
        history.clear();
        QVERIFY(!history.forwardTarget().isValid());
    }
};

QTEST_GUILESS_MAIN(TestNavigationHistory)
#include "tst_navigationhistory.moc"
