#pragma once

#include "ui/sync/ConnectDialog.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QStatusBar;

namespace cp {

class Commons;
class PeersPanel;
class ProfileIdentity;
class SyncNode;
class SyncStatus;

namespace node {
class NodeThread;
}

// Sync in the main window: the node running in the background for the open commons
// (started once the identity that signs its records is ready), its state in the
// status bar, the Peers panel (a dock; "Peers" in the toolbar and the Commons menu)
// and "Connect to…". The window constructs this and passes identity and commons.
class SyncViews : public QObject
{
    Q_OBJECT
public:
    SyncViews(QMainWindow* window, QStatusBar* statusBar);
    ~SyncViews() override;

    void setIdentity(ProfileIdentity* identity);
    void setCommons(Commons* commons);
    void fillMenu(QMenu* menu) const;
    void retranslate();
    void showPanel();
    void openConnectDialog();
    // "Invite Someone…" (from the invite views), offered in the Peers panel too.
    void setInviteAction(QAction* action);

    // What the running node tells peers to dial ("host:port"); empty until it listens.
    [[nodiscard]] QStringList advertisedAddresses() const;
    // The running node (null before the identity is ready); use it only through its queued calls.
    [[nodiscard]] node::NodeThread* nodeThread() const;
    [[nodiscard]] SyncNode* node() const { return m_node; }
    [[nodiscard]] SyncStatus* status() const { return m_status; }
    [[nodiscard]] PeersPanel* panel() const { return m_panel; }
    [[nodiscard]] QDockWidget* dock() const { return m_dock; }
    [[nodiscard]] QAction* peersAction() const { return m_peersAction; }
    [[nodiscard]] QAction* connectAction() const { return m_connectAction; }
    [[nodiscard]] ConnectDialog* connectDialog() const { return m_connectDialog; }

signals:
    // The node's advertised addresses changed (it started listening, or the router mapped a port).
    void addressesChanged();
    // A peer's record arrived or a peer's trust changed: the review queue may differ.
    void peerChangesArrived();

private:
    void startNode();

    QMainWindow* m_window;
    QPointer<ProfileIdentity> m_identity;
    QPointer<Commons> m_commons;
    SyncNode* m_node;
    SyncStatus* m_status;
    PeersPanel* m_panel;
    QDockWidget* m_dock;
    QAction* m_peersAction;
    QAction* m_connectAction;
    QPointer<ConnectDialog> m_connectDialog;
};

} // namespace cp
