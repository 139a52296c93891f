#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMenuBar;
class QToolBar;
class QWidget;

namespace cp {

// Every command of the main window as a QAction: text, icon, platform shortcut,
// and where it sits in the menus and the tool bar. The window connects them.
class MainActions : public QObject
{
    Q_OBJECT
public:
    explicit MainActions(QWidget* window);

    void fillMenuBar(QMenuBar* menuBar) const;
    void fillToolBar(QToolBar* toolBar) const;
    // Re-reads every text after the language changed.
    void retranslate();

    QAction* newPage;
    QAction* openPage;
    QAction* save;
    QAction* rename;
    QAction* remove;
    QAction* quit;
    QAction* undo;
    QAction* redo;
    QAction* cut;
    QAction* copy;
    QAction* paste;
    QAction* selectAll;
    QAction* back;
    QAction* forward;
    QAction* editMode;
    QAction* splitMode;
    QAction* previewMode;
    QAction* about;
    QAction* aboutQt;

private:
    QWidget* m_window;
    QActionGroup* m_modes;
};

} // namespace cp
