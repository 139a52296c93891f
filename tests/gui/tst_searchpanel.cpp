// Search in the real window: the search box finds pages by their text as one
// types, shows snippets with the words marked, opens a result with Return or a
// click, follows saves, and a damaged index is rebuilt in the background.

#include "WikiWindowFixture.h"
#include "core/wiki/IndexDatabase.h"
#include "ui/search/SearchPanel.h"
#include "ui/search/SearchResultDelegate.h"
#include "ui/search/SearchResultsModel.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>

using namespace cp;

class TestSearchPanel : public QObject
{
    Q_OBJECT

private:
    test::WikiWindowFixture m_app;

    SearchPanel* panel() const { return m_app.tools()->searchPanel(); }
    QLineEdit* box() const { return panel()->searchEdit(); }
    SearchResultsModel* results() const { return panel()->model(); }

    void search(const QString& text)
    {
        auto* action = m_app.window()->findChild<QAction*>(QStringLiteral("searchPagesAction"));
        QVERIFY(action);
        m_app.pressShortcut(m_app.text(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(box()->hasFocus());
        QVERIFY(box()->selectedText() == box()->text()); // typing replaces the last search
        test::type(box(), text);
    }

    QStringList titles() const
    {
        QStringList found;
        for (const SearchHit& hit : results()->hits())
            found.append(hit.title);
        return found;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_app.start());
        auto* dock = m_app.window()->findChild<QDockWidget*>(QStringLiteral("searchDock"));
        QVERIFY(dock && dock->isVisible());
    }

    void findsAPageByItsTextAsOneTypes()
    {
        QVERIFY(m_app.open(QStringLiteral("Welcome")));
        auto page = PageName::fromTitle(QStringLiteral("Field notes/Ponds"));
        QVERIFY(m_app.commons()
                    ->pages()
                    .create(*page, QStringLiteral("# Ponds\n\nThe axolotl keeps its gills all its life.\n"))
                    .has_value());
        search(QStringLiteral("axolotl gills"));
        QTRY_COMPARE(titles(), QStringList{QStringLiteral("Field notes/Ponds")});
        const QString snippet = results()->hits().first().snippet;
        QVERIFY2(snippet.contains(QStringLiteral("<b>axolotl</b>")), qPrintable(snippet));
        QVERIFY2(snippet.contains(QStringLiteral("<b>gills</b>")), qPrintable(snippet));
        const QString html = SearchResultDelegate::html(results()->index(0, 0), panel()->palette(), false);
        QVERIFY(html.contains(QStringLiteral("Ponds")));
        QVERIFY(!html.contains(QStringLiteral("<b>axolotl</b>"))); // marked with a colour instead
        QVERIFY(html.contains(QStringLiteral(">axolotl</span>")));

        QTest::keyClick(box(), Qt::Key_Return);
        QTRY_COMPARE(m_app.editor()->page().title(), QStringLiteral("Field notes/Ponds"));
        QVERIFY(m_app.text()->toPlainText().contains(QStringLiteral("axolotl")));
    }

    void nothingFoundSaysSo()
    {
        search(QStringLiteral("quetzalcoatlus"));
        auto* message = panel()->findChild<QLabel*>(QStringLiteral("searchMessage"));
        QTRY_VERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("quetzalcoatlus")));
        QCOMPARE(results()->rowCount(), 0);
        QTest::keyClick(box(), Qt::Key_Return); // opens nothing, breaks nothing
        QCOMPARE(m_app.editor()->page().title(), QStringLiteral("Field notes/Ponds"));
    }

    void followsASaveAndOpensAClickedResult()
    {
        QVERIFY(m_app.open(QStringLiteral("Welcome")));
        QVERIFY(m_app.typeAndSave(QStringLiteral("# Welcome\n\nЁжик в тумане, and a quetzalcoatlus.\n")));
        // The results follow the save without typing again.
        QTRY_COMPARE(titles(), QStringList{QStringLiteral("Welcome")});

        search(QStringLiteral("ежик"));
        QTRY_COMPARE(titles(), QStringList{QStringLiteral("Welcome")});
        QVERIFY(m_app.open(QStringLiteral("Field notes/Ponds")));
        QListView* list = panel()->results();
        const QRect row = list->visualRect(results()->index(0, 0));
        QVERIFY(row.isValid());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, row.center());
        QTRY_COMPARE(m_app.editor()->page().title(), QStringLiteral("Welcome"));
    }

    void rebuildsADamagedIndexInTheBackground()
    {
        // Garbage where the index was, then the commons opened again (as on the next start).
        WikiIndex* index = m_app.tools()->index();
        const QString path = index->path();
        m_app.tools()->setCommons(nullptr);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray("this is not a database ").repeated(200));
        file.close();

        m_app.tools()->setCommons(m_app.commons());
        index = m_app.tools()->index();
        QVERIFY(index);
        // Not trusted: built again at once, on a worker thread, while the window stays usable.
        QCOMPARE(index->state(), WikiIndex::State::Rebuilding);
        QVERIFY(panel()->findChild<QWidget*>(QStringLiteral("searchIndexStatus"))->isVisible());
        QVERIFY(m_app.open(QStringLiteral("Welcome")));
        QTRY_VERIFY_WITH_TIMEOUT(index->isReady(), 20000);
        QVERIFY(!panel()->findChild<QWidget*>(QStringLiteral("searchIndexStatus"))->isVisible());
        search(QStringLiteral("axolotl"));
        QTRY_COMPARE(titles(), QStringList{QStringLiteral("Field notes/Ponds")});
    }

    void showsProgressAndCancelsARebuild()
    {
        WikiIndex* index = m_app.tools()->index();
        auto* status = panel()->findChild<QWidget*>(QStringLiteral("searchIndexStatus"));
        QSignalSpy finished(index, &WikiIndex::rebuildFinished);
        m_app.window()->findChild<QAction*>(QStringLiteral("rebuildIndexAction"))->trigger();
        QCOMPARE(index->state(), WikiIndex::State::Rebuilding);
        QVERIFY(status->isVisible());
        QVERIFY(status->findChild<QProgressBar*>(QStringLiteral("searchIndexProgress"))->isVisible());
        auto* cancel = status->findChild<QPushButton*>(QStringLiteral("cancelIndexButton"));
        QVERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        // Cancelled in time (the old index serves on, or Build Index offers to try again)
        // or finished first: either way the window is usable and search answers.
        auto* rebuild = status->findChild<QPushButton*>(QStringLiteral("rebuildIndexButton"));
        QTRY_VERIFY(index->isReady() || rebuild->isVisible());
        if (!index->isReady())
            QTest::mouseClick(rebuild, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(index->isReady(), 20000);
        search(QStringLiteral("axolotl"));
        QTRY_COMPARE(titles(), QStringList{QStringLiteral("Field notes/Ponds")});
    }
};

QTEST_MAIN(TestSearchPanel)
#include "tst_searchpanel.moc"
