#include "ui/MainActions.h"

#include "ui/Icons.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QWidget>

namespace cp {

namespace {

QAction* makeAction(QWidget* window, const char* objectName, const QString& icon, const QKeySequence& shortcut)
{
    auto* action = new QAction(window);
    action->setObjectName(QString::fromLatin1(objectName));
    if (!icon.isEmpty())
        action->setIcon(icons::themed(icon));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    window->addAction(action);
    return action;
}

} // namespace

MainActions::MainActions(QWidget* window) : QObject(window), m_window(window), m_modes(new QActionGroup(this))
{
    newPage = makeAction(window, "newPageAction", QStringLiteral("document-new"), QKeySequence::New);
    openPage = makeAction(window, "openPageAction", QStringLiteral("edit-find"), QKeySequence::Open);
    save = makeAction(window, "saveAction", QStringLiteral("document-save"), QKeySequence::Save);
    rename = makeAction(window, "renameAction", QStringLiteral("edit-rename"), QKeySequence(Qt::Key_F2));
    remove = makeAction(window, "deleteAction", QStringLiteral("edit-delete"), {});
    quit = makeAction(window, "quitAction", QStringLiteral("application-exit"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    undo = makeAction(window, "undoAction", QStringLiteral("edit-undo"), QKeySequence::Undo);
    redo = makeAction(window, "redoAction", QStringLiteral("edit-redo"), QKeySequence::Redo);
    cut = makeAction(window, "cutAction", QStringLiteral("edit-cut"), QKeySequence::Cut);
    copy = makeAction(window, "copyAction", QStringLiteral("edit-copy"), QKeySequence::Copy);
    paste = makeAction(window, "pasteAction", QStringLiteral("edit-paste"), QKeySequence::Paste);
    selectAll = makeAction(window, "selectAllAction", QStringLiteral("edit-select-all"), QKeySequence::SelectAll);
    for (QAction* action : {undo, redo, cut, copy, paste, selectAll})
        action->setShortcutContext(Qt::WidgetShortcut); // the editor handles the keys itself

    back = makeAction(window, "backAction", QStringLiteral("go-previous"), QKeySequence::Back);
    forward = makeAction(window, "forwardAction", QStringLiteral("go-next"), QKeySequence::Forward);

    editMode = makeAction(window, "editModeAction", QStringLiteral("document-edit"), QKeySequence(Qt::CTRL | Qt::Key_1));
    splitMode = makeAction(window, "splitModeAction", QStringLiteral("view-split-left-right"),
                           QKeySequence(Qt::CTRL | Qt::Key_2));
    previewMode = makeAction(window, "previewModeAction", QStringLiteral("view-preview"),
                             QKeySequence(Qt::CTRL | Qt::Key_3));
    for (QAction* mode : {editMode, splitMode, previewMode}) {
        mode->setCheckable(true);
        m_modes->addAction(mode);
    }
    splitMode->setChecked(true);
    // In the tool bar only the main commands carry their text.
    for (QAction* secondary : {back, forward, editMode, splitMode, previewMode})
        secondary->setPriority(QAction::LowPriority);

    about = makeAction(window, "aboutAction", QStringLiteral("help-about"), {});
    about->setMenuRole(QAction::AboutRole);
    aboutQt = makeAction(window, "aboutQtAction", {}, {});
    aboutQt->setMenuRole(QAction::AboutQtRole);
    retranslate();
}

void MainActions::fillMenuBar(QMenuBar* menuBar) const
{
    QMenu* page = menuBar->addMenu(tr("&Page"));
    page->addActions({newPage, openPage, save});
    page->addSeparator();
    page->addActions({rename, remove});
    page->addSeparator();
    page->addAction(quit);

    QMenu* edit = menuBar->addMenu(tr("&Edit"));
    edit->addActions({undo, redo});
    edit->addSeparator();
    edit->addActions({cut, copy, paste});
    edit->addSeparator();
    edit->addAction(selectAll);

    QMenu* view = menuBar->addMenu(tr("&View"));
    view->addActions({editMode, splitMode, previewMode});

    QMenu* go = menuBar->addMenu(tr("&Go"));
    go->addActions({back, forward});

    QMenu* help = menuBar->addMenu(tr("&Help"));
    help->addActions({about, aboutQt});
}

void MainActions::fillToolBar(QToolBar* toolBar) const
{
    toolBar->addActions({newPage, save});
    toolBar->addSeparator();
    toolBar->addActions({back, forward});
    auto* spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addActions({editMode, splitMode, previewMode});
}

void MainActions::retranslate()
{
    newPage->setText(tr("&New Page…"));
    newPage->setIconText(tr("New Page"));
    newPage->setToolTip(tr("Start a new page"));
    openPage->setText(tr("&Open Page…"));
    openPage->setToolTip(tr("Find a page by its title"));
    save->setText(tr("&Save"));
    save->setToolTip(tr("Save this page, with the summary if you wrote one"));
    rename->setText(tr("&Rename…"));
    remove->setText(tr("&Delete…"));
    quit->setText(tr("&Quit"));
    undo->setText(tr("&Undo"));
    redo->setText(tr("&Redo"));
    cut->setText(tr("Cu&t"));
    copy->setText(tr("&Copy"));
    paste->setText(tr("&Paste"));
    selectAll->setText(tr("Select &All"));
    back->setText(tr("&Back"));
    back->setToolTip(tr("Back to the page you read before"));
    forward->setText(tr("&Forward"));
    editMode->setText(tr("&Editor Only"));
    editMode->setToolTip(tr("Show only the editor"));
    splitMode->setText(tr("Editor &and Preview"));
    splitMode->setToolTip(tr("Show the editor and the preview side by side"));
    previewMode->setText(tr("&Preview Only"));
    previewMode->setToolTip(tr("Show only the preview"));
    about->setText(tr("&About Commonplace"));
    aboutQt->setText(tr("About &Qt"));
    for (QAction* action : m_window->actions()) {
        if (!action->shortcut().isEmpty() && !action->toolTip().contains(u'('))
            action->setToolTip(action->toolTip() + QStringLiteral(" (")
                               + action->shortcut().toString(QKeySequence::NativeText) + u')');
    }
}

} // namespace cp
