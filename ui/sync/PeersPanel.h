#pragma once

#include "core/crypto/PublicKey.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QToolButton;
class QTreeWidget;

namespace cp {

class Commons;
class SyncNode;

// Every peer the node knows for the open commons: name, short id, online or not,
// how it is reached (LAN, internet, only through other peers), address, last seen,
// the trust policy (editable: review each change, accept automatically, block) and
// the last error; below, what answers "why am I not connected?" — the listening
// port or why there is none, the advertised addresses, port mapping and LAN
// discovery. Keyboard: arrows pick a peer, Alt+U the trust, Alt+N connects, F5 refreshes.
class PeersPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column { Name, Id, State, Reach, Address, LastSeen, Trust, LastError, ColumnCount };

    explicit PeersPanel(SyncNode* node, QWidget* parent = nullptr);

    void setCommons(Commons* commons);
    void refresh();
    // Offers `action` ("Invite Someone…") beside "Connect to…": the other way to add a peer.
    void setInviteAction(QAction* action);

    [[nodiscard]] QTreeWidget* tree() const { return m_tree; }
    [[nodiscard]] QComboBox* trustSelector() const { return m_trust; }
    [[nodiscard]] QLabel* diagnostics() const { return m_diagnostics; }
    [[nodiscard]] QPushButton* connectButton() const { return m_connect; }
    // Selects the peer with this id; false when it is not listed.
    bool selectPeer(const PublicKey& peer);

signals:
    void connectRequested();
    // A peer's trust was changed here (its changes may now be queued, or no longer).
    void trustChanged();
    void statusMessage(const QString& message, int timeout);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillDiagnostics();
    void setTrust(int index);
    void updateTrustSelector();
    [[nodiscard]] std::optional<PublicKey> selectedPeer() const;

    SyncNode* m_node;
    QPointer<Commons> m_commons;
    QTreeWidget* m_tree;
    QLabel* m_trustLabel;
    QComboBox* m_trust;
    QToolButton* m_invite;
    QPushButton* m_connect;
    QPushButton* m_refresh;
    QLabel* m_diagnosticsTitle;
    QLabel* m_diagnostics;
};

} // namespace cp
