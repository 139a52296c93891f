// The History dock and the commons history window, driven in the real window on a
// fresh profile: saves appear as signed versions, the diff view marks the changed
// words (side by side and unified), two versions compare, and restoring an old
// version asks first, makes a signed commit with the old text and shows it.

#include "GuiTestHelpers.h"
#include "core/wiki/CommitVerifier.h"
#include "core/wiki/Commons.h"
#include "core/wiki/PageStore.h"
#include "core/wiki/ProfileIdentity.h"
#include "ui/Launcher.h"
#include "ui/MainWindow.h"
#include "ui/editor/MarkdownEditor.h"
#include "ui/editor/PageEditor.h"
#include "ui/history/DiffView.h"
#include "ui/history/HistoryModel.h"
#include "ui/history/HistoryPanel.h"
#include "ui/history/HistoryViews.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>

using namespace cp;
using cp::test::findVisible;

namespace {
const QString v1 = QStringLiteral("# Welcome\n\nThe quick brown fox jumps over the dog.\n");
const QString v2 = QStringLiteral("# Welcome\n\nThe quick red fox jumps over the dog.\n");
const QString v3 = QStringLiteral("# Welcome\n\nThe quick red fox jumps over the lazy dog.\n");
} // namespace

class TestHistoryPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_profile;
    std::unique_ptr<Launcher> m_launcher;
    MainWindow* m_window = nullptr;
    HistoryPanel* m_panel = nullptr;

    PageEditor* editor() const { return m_window->editor(); }
    HistoryModel* model() const { return m_panel->model(); }
    DiffView* diff() const { return m_panel->diffView(); }
    QStringList removed() const { return diff()->changedWords(DiffDocument::Removed); }
    QStringList added() const { return diff()->changedWords(DiffDocument::Added); }

    void save(const QString& text, const QString& summary)
    {
        editor()->editor()->selectAll();
        editor()->editor()->insertPlainText(text);
        m_window->findChild<QLineEdit*>(QStringLiteral("summaryEdit"))->setText(summary);
        QVERIFY(editor()->save());
    }

    void selectRows(QList<int> rows)
    {
        QItemSelection selection;
        for (int row : rows)
            selection.select(model()->index(row, 0), model()->index(row, HistoryModel::ColumnCount - 1));
        m_panel->list()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    }

    int rowWithSummary(const QString& summary) const
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (model()->entry(row).summary == summary)
                return row;
        }
        return -1;
    }

    QMessageBox* waitForBox(const QString& name)
    {
        QMessageBox* box = nullptr;
        [&] { QTRY_VERIFY((box = findVisible<QMessageBox>(m_window, name))); }();
        return box;
    }

    QString headSummary() const { return test::gitLog(m_window->commons()->path(), QStringLiteral("%s")).value(0); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_profile.isValid());
        m_launcher = std::make_unique<Launcher>(LaunchOptions{m_profile.path(), QStringLiteral("Test Person")});
        QVERIFY(m_launcher->start());
        m_window = m_launcher->window();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QTRY_VERIFY(m_window->commons());
        QTRY_COMPARE(editor()->page().title(), QStringLiteral("Welcome"));
        m_panel = m_window->historyViews()->pagePanel();
        QVERIFY(m_window->historyViews()->dock()->isVisible());
        QTRY_VERIFY(m_panel->isVisible());
    }

    void savesAppearAsSignedVersions()
    {
        QTRY_COMPARE(model()->rowCount(), 1); // the welcome page was added once
        save(v1, QStringLiteral("First"));
        save(v2, QStringLiteral("Second"));
        save(v3, QStringLiteral("Third"));
        QTRY_COMPARE(model()->rowCount(), 4);
        QCOMPARE(model()->entry(0).summary, QStringLiteral("Third"));
        QCOMPARE(model()->entry(1).summary, QStringLiteral("Second"));
        QCOMPARE(model()->entry(2).summary, QStringLiteral("First"));
        for (int row = 0; row < 4; ++row) {
            QCOMPARE(model()->data(model()->index(row, 0), HistoryModel::SignatureStateRole).toString(),
                     QStringLiteral("verified"));
            QCOMPARE(model()->data(model()->index(row, HistoryModel::AuthorColumn)).toString(),
                     QStringLiteral("Test Person"));
        }
        const QString label = model()->data(model()->index(0, HistoryModel::SignatureColumn)).toString();
        QCOMPARE(label, QStringLiteral("✓ ") + m_launcher->identity()->publicKey().shortId());
        QCOMPARE(model()->data(model()->index(0, HistoryModel::WhenColumn)).toString(), QStringLiteral("just now"));
    }

    void theNewestVersionShowsItsChangedWords()
    {
        QTRY_COMPARE(m_panel->selectedEntries().size(), 1);
        QCOMPARE(m_panel->selectedEntries().first().summary, QStringLiteral("Third"));
        QTRY_COMPARE(added(), QStringList{QStringLiteral("lazy")});
        QVERIFY(removed().isEmpty());

        selectRows({1});
        QCOMPARE(removed(), QStringList{QStringLiteral("brown")});
        QCOMPARE(added(), QStringList{QStringLiteral("red")});
        QVERIFY(diff()->browser()->toPlainText().contains(QStringLiteral("jumps over the dog")));

        QTest::mouseClick(diff()->findChild<QToolButton*>(QStringLiteral("sideBySideButton")), Qt::LeftButton);
        QCOMPARE(diff()->mode(), DiffDocument::Mode::SideBySide); // chosen now, whatever the width
        QCOMPARE(removed(), QStringList{QStringLiteral("brown")});
        QTest::mouseClick(diff()->findChild<QToolButton*>(QStringLiteral("unifiedButton")), Qt::LeftButton);
        QCOMPARE(diff()->mode(), DiffDocument::Mode::Unified);
        QCOMPARE(removed(), QStringList{QStringLiteral("brown")});
        QCOMPARE(added(), QStringList{QStringLiteral("red")});
        QVERIFY(diff()->browser()->toPlainText().contains(QStringLiteral("@@")));
        QTest::mouseClick(diff()->findChild<QToolButton*>(QStringLiteral("sideBySideButton")), Qt::LeftButton);
        QCOMPARE(diff()->mode(), DiffDocument::Mode::SideBySide);
        QCOMPARE(removed(), QStringList{QStringLiteral("brown")});
    }

    void theDiffLayoutFollowsTheWidthUntilChosen()
    {
        DiffView view;
        view.resize(300, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.mode(), DiffDocument::Mode::Unified);
        view.resize(DiffView::SideBySideMinimumWidth + 100, 300);
        QTRY_COMPARE(view.mode(), DiffDocument::Mode::SideBySide);
        QTest::mouseClick(view.findChild<QToolButton*>(QStringLiteral("unifiedButton")), Qt::LeftButton);
        view.resize(DiffView::SideBySideMinimumWidth + 200, 300);
        QTRY_COMPARE(view.width(), DiffView::SideBySideMinimumWidth + 200);
        QCOMPARE(view.mode(), DiffDocument::Mode::Unified); // the person's choice stays
    }

    void twoVersionsCompareAndOneComparesWithThePageNow()
    {
        selectRows({0, 2}); // Third against First
        QCOMPARE(removed(), QStringList{QStringLiteral("brown")});
        QCOMPARE(added(), (QStringList{QStringLiteral("red"), QStringLiteral("lazy")}));
        const QString shown = diff()->browser()->toPlainText();
        QVERIFY(shown.contains(model()->entry(2).commit.toShortHex(8)));
        QVERIFY(shown.contains(model()->entry(0).commit.toShortHex(8)));

        selectRows({2});
        auto* compare = m_panel->findChild<QComboBox*>(QStringLiteral("compareWith"));
        compare->setCurrentIndex(1); // the page as saved now (Third)
        QCOMPARE(added(), (QStringList{QStringLiteral("red"), QStringLiteral("lazy")}));
        QVERIFY(diff()->browser()->toPlainText().contains(QStringLiteral("as saved now")));
        compare->setCurrentIndex(0); // First against the commit before it
        QVERIFY(diff()->browser()->toPlainText().contains(model()->entry(2).parents.value(0).toShortHex(8)));
        QVERIFY(!added().contains(QStringLiteral("red")));
    }

    void restoringAsksThenMakesASignedCommitWithTheOldText()
    {
        const QString before = m_window->commons()->head();
        selectRows({rowWithSummary(QStringLiteral("First"))});
        auto* restore = m_panel->findChild<QPushButton*>(QStringLiteral("restoreButton"));
        QVERIFY(restore->isEnabled());

        // Declining changes nothing.
        QTest::mouseClick(restore, Qt::LeftButton);
        QMessageBox* box = waitForBox(QStringLiteral("restoreConfirmation"));
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(QStringLiteral("First")));
        QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("restoreCancel")), Qt::LeftButton);
        QTRY_VERIFY(!findVisible<QMessageBox>(m_window, QStringLiteral("restoreConfirmation")));
        QCOMPARE(m_window->commons()->head(), before);

        QTest::mouseClick(restore, Qt::LeftButton);
        box = waitForBox(QStringLiteral("restoreConfirmation"));
        QVERIFY(box);
        QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("restoreChoice")), Qt::LeftButton);
        QTRY_VERIFY(m_window->commons()->head() != before);
        QCOMPARE(editor()->editor()->toPlainText(), v1);
        QVERIFY(!editor()->isModified());
        QCOMPARE(*m_window->commons()->pages().read(editor()->page()), v1);
        QVERIFY(headSummary().startsWith(QStringLiteral("Restore Welcome")));
        auto verdict =
            CommitVerifier(m_window->commons()->repository()).verify(*git::Oid::fromHex(m_window->commons()->head()));
        QVERIFY(verdict && verdict->isVerified());

        // The restore is the newest version now, selected, showing what it undid.
        QTRY_COMPARE(model()->rowCount(), 5);
        QTRY_COMPARE(m_panel->selectedEntries().value(0).commit.toHex(), m_window->commons()->head());
        QCOMPARE(added(), QStringList{QStringLiteral("brown")});
        QCOMPARE(removed(), (QStringList{QStringLiteral("red"), QStringLiteral("lazy")}));
    }

    void restoringOverUnsavedTextAsksToSaveOrDiscardFirst()
    {
        editor()->editor()->moveCursor(QTextCursor::End);
        editor()->editor()->insertPlainText(QStringLiteral("Not saved.\n"));
        QVERIFY(editor()->isModified());
        selectRows({rowWithSummary(QStringLiteral("Second"))});
        QTest::mouseClick(m_panel->findChild<QPushButton*>(QStringLiteral("restoreButton")), Qt::LeftButton);
        QMessageBox* unsaved = waitForBox(QStringLiteral("unsavedChangesPrompt"));
        QVERIFY(unsaved);
        QTest::mouseClick(unsaved->findChild<QPushButton*>(QStringLiteral("discardChoice")), Qt::LeftButton);
        QMessageBox* box = waitForBox(QStringLiteral("restoreConfirmation"));
        QVERIFY(box);
        QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("restoreChoice")), Qt::LeftButton);
        QTRY_COMPARE(editor()->editor()->toPlainText(), v2);
        QVERIFY(!editor()->isModified());
        QCOMPARE(*m_window->commons()->pages().read(editor()->page()), v2);
    }

    void theCommonsHistoryListsEveryCommit()
    {
        m_window->historyViews()->commonsHistoryAction()->trigger();
        QTRY_VERIFY(m_window->historyViews()->commonsWindow() &&
                    m_window->historyViews()->commonsWindow()->isVisible());
        HistoryPanel* panel = m_window->historyViews()->commonsPanel();
        const int commits = int(test::gitLog(m_window->commons()->path(), QStringLiteral("%H")).size());
        QTRY_COMPARE(panel->model()->rowCount(), commits);
        QVERIFY(!panel->findChild<QPushButton*>(QStringLiteral("restoreButton"))->isVisible());

        // The root commit holds no page; a welcome page's commit shows that page.
        QItemSelectionModel* selection = panel->list()->selectionModel();
        selection->select(panel->model()->index(commits - 1, 0),
                          QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(panel->diffView()->browser()->toPlainText().contains(QStringLiteral("no page")));
        selection->select(panel->model()->index(commits - 2, 0),
                          QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(panel->diffView()->browser()->toPlainText().contains(QStringLiteral("new page")));
        // The newest: the second restore, Third's words back to Second's.
        selection->select(panel->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(panel->diffView()->changedWords(DiffDocument::Added), QStringList{QStringLiteral("red")});

        // A save in the window shows up here too.
        save(v3, QStringLiteral("Fourth"));
        QTRY_COMPARE(panel->model()->rowCount(), commits + 1);
        QCOMPARE(panel->model()->entry(0).summary, QStringLiteral("Fourth"));
    }

    void cleanupTestCase() { m_launcher.reset(); }
};

QTEST_MAIN(TestHistoryPanel)
#include "tst_historypanel.moc"
