#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QMenuBar;
class QWidget;

namespace cp {

class Commons;
class HistoryPanel;
class PageEditor;

// The history views of the main window: the open page's history in a dock on the
// right (a tab beside the other right-hand docks), and the whole commons' history
// in a window of its own, opened from the menu.
class HistoryViews : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultWidth = 360;

    HistoryViews(QMainWindow* window, PageEditor* editor);

    void setCommons(Commons* commons);
    // Puts the dock's toggle in the View menu and adds a Commons menu (before Help)
    // with the commons' history; returns that menu, for other commons-wide commands.
    QMenu* fillMenus(QMenuBar* menuBar);
    void retranslate();
    void showCommonsHistory();

    [[nodiscard]] QDockWidget* dock() const { return m_dock; }
    [[nodiscard]] HistoryPanel* pagePanel() const { return m_pagePanel; }
    // The commons history window, once opened.
    [[nodiscard]] QWidget* commonsWindow() const { return m_commonsWindow; }
    [[nodiscard]] HistoryPanel* commonsPanel() const;
    [[nodiscard]] QAction* pageHistoryAction() const;
    [[nodiscard]] QAction* commonsHistoryAction() const { return m_commonsAction; }

private:
    void tabifyWithOtherDocks();

    QMainWindow* m_window;
    QPointer<Commons> m_commons;
    QDockWidget* m_dock;
    HistoryPanel* m_pagePanel;
    QAction* m_commonsAction;
    QPointer<QWidget> m_commonsWindow;
    QMenu* m_menu = nullptr;
};

} // namespace cp
