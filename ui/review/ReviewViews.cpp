#include "ui/review/ReviewViews.h"

#include "ui/review/ReviewPanel.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>

namespace cp {

ReviewViews::ReviewViews(QMainWindow* window)
    : QObject(window), m_window(window), m_panel(new ReviewPanel), m_dock(new QDockWidget(window)),
      m_action(new QAction(window)), m_badge(new QToolButton)
{
    m_dock->setObjectName(QStringLiteral("reviewDock"));
    m_dock->setWidget(m_panel);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    m_action->setObjectName(QStringLiteral("reviewAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    window->addAction(m_action);
    if (auto* toolBar = window->findChild<QToolBar*>())
        toolBar->addAction(m_action);
    m_badge->setObjectName(QStringLiteral("reviewBadge"));
    m_badge->setAutoRaise(true);
    m_badge->setDefaultAction(m_action);
    window->statusBar()->addPermanentWidget(m_badge);

    connect(m_action, &QAction::triggered, this, &ReviewViews::showPanel);
    connect(m_panel, &ReviewPanel::pendingCountChanged, this, &ReviewViews::retranslate);
    connect(m_panel, &ReviewPanel::statusMessage, window->statusBar(), &QStatusBar::showMessage);
    m_panel->installEventFilter(this);
    retranslate();
}

void ReviewViews::setCommons(Commons* commons)
{
    m_panel->setCommons(commons);
    m_action->setEnabled(commons != nullptr);
}

void ReviewViews::showPanel()
{
    m_panel->refresh();
    m_dock->show();
    m_dock->raise();
    m_panel->tree()->setFocus();
}

bool ReviewViews::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_panel && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ReviewViews::retranslate()
{
    const int count = m_panel->pendingCount();
    m_dock->setWindowTitle(tr("Review"));
    m_action->setText(count > 0 ? tr("Review (%1)").arg(count) : tr("Review"));
    m_action->setToolTip(tr("%n change(s) from peers wait for your review", nullptr, count));
    m_badge->setVisible(count > 0);
}

} // namespace cp
