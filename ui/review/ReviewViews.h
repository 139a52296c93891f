#pragma once

#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;
class QToolButton;

namespace cp {

class Commons;
class ReviewPanel;

// The review panel in the main window: a dock (hidden until asked for), a
// "Review (3)" action in the toolbar that shows it, and the same count as a
// button in the status bar. The window only constructs this and passes the commons.
class ReviewViews : public QObject
{
    Q_OBJECT
public:
    explicit ReviewViews(QMainWindow* window);

    void setCommons(Commons* commons);
    void showPanel();

    [[nodiscard]] ReviewPanel* panel() const { return m_panel; }
    [[nodiscard]] QDockWidget* dock() const { return m_dock; }
    [[nodiscard]] QAction* action() const { return m_action; }
    [[nodiscard]] QToolButton* badge() const { return m_badge; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();

    QMainWindow* m_window;
    ReviewPanel* m_panel;
    QDockWidget* m_dock;
    QAction* m_action;
    QToolButton* m_badge;
};

} // namespace cp
