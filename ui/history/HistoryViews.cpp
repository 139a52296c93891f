#include "ui/history/HistoryViews.h"

#include "core/wiki/Commons.h"
#include "ui/history/HistoryPanel.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QVBoxLayout>
#include <algorithm>

namespace cp {

HistoryViews::HistoryViews(QMainWindow* window, PageEditor* editor)
    : QObject(window), m_window(window), m_dock(new QDockWidget(window)),
      m_pagePanel(new HistoryPanel(HistoryPanel::Scope::Page, editor, m_dock)), m_commonsAction(new QAction(window))
{
    m_dock->setObjectName(QStringLiteral("historyDock"));
    m_dock->setWidget(m_pagePanel);
    m_dock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea | Qt::BottomDockWidgetArea);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->toggleViewAction()->setObjectName(QStringLiteral("pageHistoryAction"));
    m_commonsAction->setObjectName(QStringLiteral("commonsHistoryAction"));
    window->addAction(m_dock->toggleViewAction());
    window->addAction(m_commonsAction);
    connect(m_commonsAction, &QAction::triggered, this, &HistoryViews::showCommonsHistory);
    tabifyWithOtherDocks();
    retranslate();
}

void HistoryViews::tabifyWithOtherDocks()
{
    // A tab beside the last right-hand dock made before this one (a saved window
    // state, restored later, puts everything where the person left it).
    QDockWidget* neighbour = nullptr;
    for (QDockWidget* other : m_window->findChildren<QDockWidget*>(Qt::FindDirectChildrenOnly)) {
        if (other != m_dock && m_window->dockWidgetArea(other) == Qt::RightDockWidgetArea && !other->isFloating())
            neighbour = other;
    }
    if (neighbour) {
        m_window->tabifyDockWidget(neighbour, m_dock);
        m_dock->raise();
    }
    // Room for a diff: a little wider than a list needs.
    m_window->resizeDocks({m_dock}, {DefaultWidth}, Qt::Horizontal);
}

void HistoryViews::setCommons(Commons* commons)
{
    m_commons = commons;
    m_pagePanel->setCommons(commons);
    if (HistoryPanel* panel = commonsPanel())
        panel->setCommons(commons);
    m_commonsAction->setEnabled(commons != nullptr);
    if (!commons && m_commonsWindow)
        m_commonsWindow->close();
}

HistoryPanel* HistoryViews::commonsPanel() const
{
    return m_commonsWindow ? m_commonsWindow->findChild<HistoryPanel*>() : nullptr;
}

QAction* HistoryViews::pageHistoryAction() const
{
    return m_dock->toggleViewAction();
}

QMenu* HistoryViews::fillMenus(QMenuBar* menuBar)
{
    const QList<QAction*> menus = menuBar->actions();
    for (QAction* entry : menus) {
        QMenu* menu = entry->menu();
        if (!menu)
            continue;
        const QList<QAction*> actions = menu->actions();
        if (std::any_of(actions.begin(), actions.end(),
                        [](QAction* a) { return a->objectName() == QStringLiteral("previewModeAction"); })) {
            menu->addSeparator(); // the View menu
            menu->addAction(m_dock->toggleViewAction());
            break;
        }
    }
    m_menu = new QMenu(menuBar);
    m_menu->setObjectName(QStringLiteral("commonsMenu"));
    // Before Help, which stays last.
    menuBar->insertMenu(menus.isEmpty() ? nullptr : menus.last(), m_menu);
    m_menu->addAction(m_commonsAction);
    retranslate();
    return m_menu;
}

void HistoryViews::showCommonsHistory()
{
    if (!m_commons)
        return;
    if (!m_commonsWindow) {
        auto* window = new QWidget(m_window, Qt::Window);
        window->setObjectName(QStringLiteral("commonsHistoryWindow"));
        window->setAttribute(Qt::WA_DeleteOnClose);
        auto* panel = new HistoryPanel(HistoryPanel::Scope::Commons, nullptr, window);
        auto* layout = new QVBoxLayout(window);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(panel);
        window->resize(1000, 680);
        panel->setCommons(m_commons);
        m_commonsWindow = window;
        retranslate();
    }
    m_commonsWindow->show();
    m_commonsWindow->raise();
    m_commonsWindow->activateWindow();
}

void HistoryViews::retranslate()
{
    m_dock->setWindowTitle(tr("History"));
    m_dock->toggleViewAction()->setText(tr("Page &History"));
    m_dock->toggleViewAction()->setToolTip(tr("Show or hide the open page's versions"));
    m_commonsAction->setText(tr("&Commons History"));
    m_commonsAction->setToolTip(tr("Every change made in this commons, by everyone"));
    if (m_commonsWindow)
        m_commonsWindow->setWindowTitle(tr("Commons History"));
    if (m_menu)
        m_menu->setTitle(tr("&Commons"));
}

} // namespace cp
