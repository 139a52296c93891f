#pragma once

// A real main window on a fresh temporary profile (the --author seam skips the
// first run), for the GUI tests of search, links, attachments, drafts and outside
// edits: waits for the commons and its search index, and saves pages as a person does.

#include "GuiTestHelpers.h"
#include "core/wiki/Commons.h"
#include "core/wiki/PageStore.h"
#include "core/wiki/ProfileIdentity.h"
#include "core/wiki/WikiIndex.h"
#include "ui/Launcher.h"
#include "ui/MainWindow.h"
#include "ui/WikiTools.h"
#include "ui/editor/MarkdownEditor.h"
#include "ui/editor/PageEditor.h"
#include "ui/editor/PagePreview.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace cp::test {

class WikiWindowFixture
{
public:
    // Starts the app on `profileDir` (a fresh temporary one when empty).
    bool start(const QString& profileDir = {})
    {
        m_profileDir = profileDir.isEmpty() ? m_temporary.path() : profileDir;
        m_launcher = std::make_unique<Launcher>(LaunchOptions{m_profileDir, QStringLiteral("Test Person")});
        if (!m_launcher->start())
            return false;
        m_window = m_launcher->window();
        if (!m_window || !QTest::qWaitForWindowExposed(m_window))
            return false;
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window))
            return false;
        // The commons may follow the window, and saving waits for the identity that signs.
        if (!QTest::qWaitFor([this] { return m_window->commons() != nullptr; }, 20000))
            return false;
        if (!QTest::qWaitFor([this] { return m_launcher->identity() && m_launcher->identity()->isReady(); }, 20000))
            return false;
        return waitForIndex();
    }

    bool waitForIndex()
    {
        return QTest::qWaitFor([this] { return tools()->index() && tools()->index()->isReady(); }, 20000);
    }

    void stop()
    {
        m_launcher.reset();
        m_window = nullptr;
    }

    [[nodiscard]] MainWindow* window() const { return m_window; }
    [[nodiscard]] WikiTools* tools() const { return m_window->wikiTools(); }
    [[nodiscard]] PageEditor* editor() const { return m_window->editor(); }
    [[nodiscard]] MarkdownEditor* text() const { return editor()->editor(); }
    [[nodiscard]] PagePreview* preview() const { return editor()->preview(); }
    [[nodiscard]] Commons* commons() const { return m_window->commons(); }
    [[nodiscard]] QString commonsPath() const { return commons()->path(); }
    [[nodiscard]] QString profileDir() const { return m_profileDir; }

    // Shortcuts reach only the active window; popups may have taken that away.
    void pressShortcut(QWidget* target, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        if (QApplication::activeWindow() != m_window) {
            m_window->activateWindow();
            (void)QTest::qWaitForWindowActive(m_window);
        }
        QTest::keyClick(target, key, modifiers);
    }

    // Replaces the editor's text with `markdown` (typed) and saves with Ctrl+S.
    bool typeAndSave(const QString& markdown)
    {
        text()->selectAll();
        QTest::keyClick(text(), Qt::Key_Delete);
        text()->insertPlainText(markdown);
        pressShortcut(text(), Qt::Key_S, Qt::ControlModifier);
        return QTest::qWaitFor([this] { return !editor()->isModified(); }, 10000);
    }

    // Opens `title` through the window, as a link would.
    bool open(const QString& title)
    {
        auto page = PageName::fromTitle(title);
        if (!page)
            return false;
        m_window->goTo(*page);
        return QTest::qWaitFor([this, title] { return editor()->page().title() == title; }, 10000);
    }

private:
    QTemporaryDir m_temporary;
    QString m_profileDir;
    std::unique_ptr<Launcher> m_launcher;
    MainWindow* m_window = nullptr;
};

} // namespace cp::test
