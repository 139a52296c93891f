#include "ui/sync/SyncViews.h"

#include "core/wiki/Commons.h"
#include "core/wiki/ProfileIdentity.h"
#include "ui/sync/ConnectDialog.h"
#include "ui/sync/PeersPanel.h"
#include "ui/sync/SyncNode.h"
#include "ui/sync/SyncStatus.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeWidget>

namespace cp {

SyncViews::SyncViews(QMainWindow* window, QStatusBar* statusBar)
    : QObject(window), m_window(window), m_node(new SyncNode(this)), m_status(new SyncStatus(m_node, statusBar)),
      m_panel(new PeersPanel(m_node)), m_dock(new QDockWidget(window)), m_peersAction(new QAction(window)),
      m_connectAction(new QAction(window))
{
    m_dock->setObjectName(QStringLiteral("peersDock"));
    m_dock->setWidget(m_panel);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    m_peersAction->setObjectName(QStringLiteral("peersAction"));
    m_peersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
    m_connectAction->setObjectName(QStringLiteral("connectToPeerAction"));
    m_connectAction->setEnabled(false);
    window->addActions({m_peersAction, m_connectAction});
    if (auto* toolBar = window->findChild<QToolBar*>())
        toolBar->addAction(m_peersAction);
    statusBar->addPermanentWidget(m_status);

    connect(m_peersAction, &QAction::triggered, this, &SyncViews::showPanel);
    connect(m_connectAction, &QAction::triggered, this, &SyncViews::openConnectDialog);
    connect(m_status, &SyncStatus::openRequested, this, &SyncViews::showPanel);
    connect(m_panel, &PeersPanel::connectRequested, this, &SyncViews::openConnectDialog);
    connect(m_panel, &PeersPanel::statusMessage, statusBar, &QStatusBar::showMessage);
    connect(m_panel, &PeersPanel::trustChanged, this, &SyncViews::peerChangesArrived);
    connect(m_node, &SyncNode::addressesChanged, this, &SyncViews::addressesChanged);
    connect(m_node, &SyncNode::recordReceived, this, &SyncViews::peerChangesArrived);
    connect(m_node, &SyncNode::statusChanged, this,
            [this] { m_connectAction->setEnabled(!m_node->commonsId().isEmpty()); });
    connect(m_node, &SyncNode::requestFailed, this, [statusBar](const QString& what, const Error& error) {
        statusBar->showMessage(tr("Could not connect to %1: %2").arg(what, error.message), 15000);
    });
    retranslate();
}

SyncViews::~SyncViews()
{
    // The window is already hidden when its children go: stopping here is not seen.
    m_node->stop();
}

void SyncViews::setIdentity(ProfileIdentity* identity)
{
    if (m_identity)
        disconnect(m_identity, nullptr, this, nullptr);
    m_identity = identity;
    if (!m_identity)
        return;
    connect(m_identity, &ProfileIdentity::ready, this, &SyncViews::startNode);
    connect(m_identity, &ProfileIdentity::failed, this, [this] {
        if (!m_node->isRunning())
            m_node->setProblem(tr("Not syncing: your identity could not be loaded (see the notice above)."));
    });
    if (m_identity->isReady())
        startNode();
}

void SyncViews::startNode()
{
    if (!m_identity || !m_identity->identity())
        return;
    // The commons is added as soon as the node listens (or knows it cannot).
    if (!m_node->isRunning())
        m_node->setProblem({});
    m_node->start(m_identity->identity(), SyncNode::defaultOptions(m_identity->profile().authorName()));
}

void SyncViews::setCommons(Commons* commons)
{
    m_commons = commons;
    m_panel->setCommons(commons);
    m_node->setCommons(commons ? commons->path() : QString());
    m_peersAction->setEnabled(commons != nullptr);
    m_connectAction->setEnabled(false); // until the node serves it
}

void SyncViews::fillMenu(QMenu* menu) const
{
    if (!menu)
        return;
    menu->addSeparator();
    menu->addActions({m_peersAction, m_connectAction});
}

void SyncViews::retranslate()
{
    m_dock->setWindowTitle(tr("Peers"));
    m_peersAction->setText(tr("&Peers"));
    m_peersAction->setIconText(tr("Peers"));
    m_peersAction->setToolTip(tr("Who this commons syncs with, and why a peer is not connected"));
    m_connectAction->setText(tr("Co&nnect to…"));
    m_connectAction->setToolTip(tr("Connect to a peer by its address (peer-id@host:port)"));
    m_status->refresh();
}

void SyncViews::showPanel()
{
    m_node->requestStatus();
    m_dock->show();
    m_dock->raise();
    m_panel->tree()->setFocus();
}

void SyncViews::openConnectDialog()
{
    if (m_connectDialog) {
        m_connectDialog->raise();
        m_connectDialog->activateWindow();
        return;
    }
    m_connectDialog = new ConnectDialog(m_window);
    m_connectDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_connectDialog, &ConnectDialog::addressChosen, this, [this](const node::PeerAddress& address) {
        m_node->connectTo(address);
        m_window->statusBar()->showMessage(tr("Connecting to %1…").arg(address.hostPort()), 8000);
        showPanel();
    });
    m_connectDialog->open();
}

void SyncViews::setInviteAction(QAction* action)
{
    m_panel->setInviteAction(action);
}

QStringList SyncViews::advertisedAddresses() const
{
    return m_node->advertisedAddresses();
}

node::NodeThread* SyncViews::nodeThread() const
{
    return m_node->thread();
}

} // namespace cp
