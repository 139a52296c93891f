// The main window, driven as a person would: the keyboard, the mouse and the
// dialogs it opens, on a fresh profile with the welcome commons. What it changes
// is checked in the repository itself.

#include "GuiTestHelpers.h"

#include "core/wiki/Commons.h"
#include "core/wiki/PageStore.h"
#include "ui/Launcher.h"
#include "ui/MainWindow.h"
#include "ui/editor/MarkdownEditor.h"
#include "ui/editor/PageEditor.h"
#include "ui/editor/PagePreview.h"
#include "ui/pages/PageTreePanel.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace cp;
using cp::test::findVisible;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_profile;
    std::unique_ptr<Launcher> m_launcher;
    MainWindow* m_window = nullptr;

    PageEditor* editor() const { return m_window->editor(); }
    MarkdownEditor* text() const { return editor()->editor(); }
    PagePreview* preview() const { return editor()->preview(); }
    QString commonsPath() const { return m_window->commons()->path(); }

    // Shortcuts reach only the active window; popups (tool tips) may have taken that away.
    void pressShortcut(QWidget* target, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        if (QApplication::activeWindow() != m_window) {
            m_window->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(m_window));
        }
        QTest::keyClick(target, key, modifiers);
    }

    // Opens a page through the tree, as a click would.
    void openInTree(const QString& title)
    {
        auto* tree = m_window->findChild<QTreeView*>(QStringLiteral("pageTree"));
        QVERIFY(tree);
        const QModelIndexList found =
            tree->model()->match(tree->model()->index(0, 0), Qt::UserRole + 1, title, 1,
                                 Qt::MatchExactly | Qt::MatchRecursive);
        QVERIFY2(!found.isEmpty(), qPrintable(title));
        tree->scrollTo(found.first());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(found.first()).center());
    }

    void createPageThroughDialog(const QString& title)
    {
        pressShortcut(text(), Qt::Key_N, Qt::ControlModifier);
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = findVisible<QDialog>(m_window, QStringLiteral("pageNameDialog"))));
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("pageNameEdit"));
        name->selectAll();
        test::type(name, title);
        QTest::keyClick(name, Qt::Key_Return);
        QTRY_VERIFY(!dialog->isVisible());
        QTRY_COMPARE(editor()->page().title(), title);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_profile.isValid());
        m_launcher = std::make_unique<Launcher>(LaunchOptions{m_profile.path(), QStringLiteral("Test Person")});
        QVERIFY(m_launcher->start());
        m_window = m_launcher->window();
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QTRY_VERIFY(m_window->commons()); // made once the identity has loaded
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }

    void opensOnTheWelcomePage()
    {
        QCOMPARE(editor()->page().title(), QStringLiteral("Welcome"));
        QVERIFY(!editor()->isModified());
        QTRY_VERIFY(preview()->toPlainText().contains(QStringLiteral("Welcome to Commonplace")));
        QVERIFY(!preview()->toPlainText().contains(QStringLiteral("# Welcome")));
        auto* name = m_window->findChild<QLabel*>(QStringLiteral("commonsName"));
        QCOMPARE(name->text(), m_window->commons()->info().name);
    }

    void createsAndSavesAPageWithSummary()
    {
        createPageThroughDialog(QStringLiteral("Notes/Shopping list"));
        QVERIFY(editor()->isNewPage());
        QVERIFY(!QFile::exists(commonsPath() + QStringLiteral("/Notes/Shopping list.md")));

        text()->selectAll();
        test::type(text(), QStringLiteral("# Shopping\n\n- **Milk** for [[Welcome]]"));
        auto* summary = m_window->findChild<QLineEdit*>(QStringLiteral("summaryEdit"));
        test::type(summary, QStringLiteral("Start a shopping list"));
        pressShortcut(summary, Qt::Key_S, Qt::ControlModifier);

        QTRY_VERIFY(!editor()->isModified());
        QVERIFY(!editor()->isNewPage());
        QVERIFY(summary->text().isEmpty());
        const QStringList log = test::gitLog(commonsPath(), QStringLiteral("%s|%an"));
        QCOMPARE(log.value(0), QStringLiteral("Start a shopping list|Test Person"));
        auto stored = m_window->commons()->pages().read(*PageName::fromTitle(QStringLiteral("Notes/Shopping list")));
        QVERIFY(stored);
        QCOMPARE(*stored, QStringLiteral("# Shopping\n\n- **Milk** for [[Welcome]]"));
        QVERIFY(!m_window->isWindowModified());
    }

    void previewShowsRenderedText()
    {
        QTRY_VERIFY(preview()->toPlainText().contains(QStringLiteral("Milk for Welcome")));
        QVERIFY(!preview()->toPlainText().contains(QStringLiteral("**")));
        QVERIFY(!preview()->toPlainText().contains(QStringLiteral("[[")));
    }

    void savesAgainWithTheSaveButtonAndNoSummary()
    {
        const int before = int(test::gitLog(commonsPath(), QStringLiteral("%H")).size());
        text()->moveCursor(QTextCursor::End);
        test::type(text(), QStringLiteral("\nbread")); // Return continues the list
        QVERIFY(text()->toPlainText().endsWith(QStringLiteral("[[Welcome]]\n- bread")));
        QVERIFY(editor()->isModified());
        QVERIFY(m_window->isWindowModified());
        auto* save = m_window->findChild<QPushButton*>(QStringLiteral("saveButton"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!editor()->isModified());
        QCOMPARE(int(test::gitLog(commonsPath(), QStringLiteral("%H")).size()), before + 1);
        QVERIFY(!save->isEnabled());
    }

    void clickingAWikiLinkNavigates()
    {
        QTRY_VERIFY(test::linkPosition(preview(), QStringLiteral("commonplace-page:Welcome")).x() >= 0);
        const QPoint link = test::linkPosition(preview(), QStringLiteral("commonplace-page:Welcome"));
        QTest::mouseClick(preview()->viewport(), Qt::LeftButton, {}, link);
        QTRY_COMPARE(editor()->page().title(), QStringLiteral("Welcome"));

        auto* back = m_window->findChild<QAction*>(QStringLiteral("backAction"));
        QVERIFY(back->isEnabled());
        back->trigger();
        QTRY_COMPARE(editor()->page().title(), QStringLiteral("Notes/Shopping list"));
    }

    void clickingAMissingPageLinkOffersToCreateIt()
    {
        text()->moveCursor(QTextCursor::End);
        test::type(text(), QStringLiteral("\n\nSee [[Recipes/Pancakes]]."));
        pressShortcut(text(), Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!editor()->isModified());
        QTRY_VERIFY(test::linkPosition(preview(), QStringLiteral("commonplace-new:")).x() >= 0);
        QTest::mouseClick(preview()->viewport(), Qt::LeftButton, {},
                          test::linkPosition(preview(), QStringLiteral("commonplace-new:")));
        QMessageBox* prompt = nullptr;
        QTRY_VERIFY((prompt = findVisible<QMessageBox>(m_window, QStringLiteral("createPagePrompt"))));
        QTest::mouseClick(prompt->findChild<QPushButton*>(QStringLiteral("createChoice")), Qt::LeftButton);
        QTRY_COMPARE(editor()->page().title(), QStringLiteral("Recipes/Pancakes"));
        QVERIFY(editor()->isNewPage());
        QVERIFY(text()->toPlainText().startsWith(QStringLiteral("# Pancakes")));
    }

    void asksBeforeLosingChanges()
    {
        // The unsaved new page from the last test: leaving it asks first.
        openInTree(QStringLiteral("Welcome"));
        QMessageBox* prompt = nullptr;
        QTRY_VERIFY((prompt = findVisible<QMessageBox>(m_window, QStringLiteral("unsavedChangesPrompt"))));
        QCOMPARE(editor()->page().title(), QStringLiteral("Recipes/Pancakes"));
        QTest::mouseClick(prompt->findChild<QPushButton*>(QStringLiteral("discardChoice")), Qt::LeftButton);
        QTRY_COMPARE(editor()->page().title(), QStringLiteral("Welcome"));
        QVERIFY(!QFile::exists(commonsPath() + QStringLiteral("/Recipes/Pancakes.md")));

        // Cancel keeps the page and its text.
        test::type(text(), QStringLiteral("Draft "));
        openInTree(QStringLiteral("Notes/Shopping list"));
        QTRY_VERIFY((prompt = findVisible<QMessageBox>(m_window, QStringLiteral("unsavedChangesPrompt"))));
        QTest::keyClick(prompt, Qt::Key_Escape);
        QTRY_VERIFY(!findVisible<QMessageBox>(m_window, QStringLiteral("unsavedChangesPrompt")));
        QCOMPARE(editor()->page().title(), QStringLiteral("Welcome"));
        QVERIFY(text()->toPlainText().contains(QStringLiteral("Draft ")));
        QVERIFY(editor()->isModified());
    }

    void savingFromThePromptKeepsTheText()
    {
        openInTree(QStringLiteral("Notes/Shopping list"));
        QMessageBox* prompt = nullptr;
        QTRY_VERIFY((prompt = findVisible<QMessageBox>(m_window, QStringLiteral("unsavedChangesPrompt"))));
        QTest::mouseClick(prompt->findChild<QPushButton*>(QStringLiteral("saveChoice")), Qt::LeftButton);
        QTRY_COMPARE(editor()->page().title(), QStringLiteral("Notes/Shopping list"));
        auto welcome = m_window->commons()->pages().read(*PageName::fromTitle(QStringLiteral("Welcome")));
        QVERIFY(welcome && welcome->contains(QStringLiteral("Draft ")));
    }

    void renamesAPage()
    {
        pressShortcut(text(), Qt::Key_F2);
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = findVisible<QDialog>(m_window, QStringLiteral("pageNameDialog"))));
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("pageNameEdit"));
        auto* accept = dialog->findChild<QPushButton*>(QStringLiteral("acceptButton"));
        QVERIFY(!accept->isEnabled()); // the old title is no new title

        name->selectAll();
        test::type(name, QStringLiteral("../escape"));
        QVERIFY(!accept->isEnabled());
        QVERIFY(findVisible<QLabel>(dialog, QStringLiteral("pageNameProblem")));

        name->selectAll();
        test::type(name, QStringLiteral("Welcome"));
        QVERIFY(!accept->isEnabled()); // taken

        name->selectAll();
        test::type(name, QStringLiteral("Notes/Покупки"));
        QVERIFY(accept->isEnabled());
        QTest::mouseClick(accept, Qt::LeftButton);
        QTRY_COMPARE(editor()->page().title(), QStringLiteral("Notes/Покупки"));
        QVERIFY(QFile::exists(commonsPath() + QStringLiteral("/Notes/Покупки.md")));
        QVERIFY(!QFile::exists(commonsPath() + QStringLiteral("/Notes/Shopping list.md")));
    }

    void deletesAPageAfterConfirmation()
    {
        auto* remove = m_window->findChild<QAction*>(QStringLiteral("deleteAction"));
        QVERIFY(remove->isEnabled());
        remove->trigger();
        QMessageBox* confirm = nullptr;
        QTRY_VERIFY((confirm = findVisible<QMessageBox>(m_window, QStringLiteral("deleteConfirmation"))));
        QTest::mouseClick(confirm->findChild<QPushButton*>(QStringLiteral("deleteChoice")), Qt::LeftButton);
        QTRY_VERIFY(!editor()->hasPage());
        QVERIFY(!QFile::exists(commonsPath() + QStringLiteral("/Notes/Покупки.md")));
        QVERIFY(!remove->isEnabled());
        QVERIFY(!m_window->commons()->pages().exists(*PageName::fromTitle(QStringLiteral("Notes/Покупки"))));
    }

    void filterShowsMatchingTitles()
    {
        auto* filter = m_window->findChild<QLineEdit*>(QStringLiteral("pageFilter"));
        auto* tree = m_window->findChild<QTreeView*>(QStringLiteral("pageTree"));
        test::type(filter, QStringLiteral("CHEAT"));
        QAbstractItemModel* model = tree->model();
        QCOMPARE(model->rowCount(), 1); // the Help folder
        const QModelIndex folder = model->index(0, 0);
        QCOMPARE(model->rowCount(folder), 1);
        QCOMPARE(model->index(0, 0, folder).data().toString(), QStringLiteral("Markdown cheat sheet"));

        QTest::keyClick(filter, Qt::Key_Return); // opens the first match
        QTRY_COMPARE(editor()->page().title(), QStringLiteral("Help/Markdown cheat sheet"));

        filter->clear();
        QVERIFY(model->rowCount() > 3);
    }

    void viewModesShowAndHideThePanes()
    {
        m_window->findChild<QAction*>(QStringLiteral("previewModeAction"))->trigger();
        QVERIFY(!text()->isVisible());
        QVERIFY(preview()->isVisible());
        m_window->findChild<QAction*>(QStringLiteral("editModeAction"))->trigger();
        QVERIFY(text()->isVisible());
        QVERIFY(!preview()->isVisible());
        m_window->findChild<QAction*>(QStringLiteral("splitModeAction"))->trigger();
        QVERIFY(text()->isVisible());
        QVERIFY(preview()->isVisible());
    }

    void closingWithUnsavedChangesAsks()
    {
        test::type(text(), QStringLiteral("x"));
        QVERIFY(!m_window->close());
        QMessageBox* prompt = nullptr;
        QTRY_VERIFY((prompt = findVisible<QMessageBox>(m_window, QStringLiteral("unsavedChangesPrompt"))));
        QTest::mouseClick(prompt->findChild<QPushButton*>(QStringLiteral("discardChoice")), Qt::LeftButton);
        QTRY_VERIFY(!m_window->isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
