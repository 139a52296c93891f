#pragma once

#include "core/crypto/PublicKey.h"
#include "core/review/ReviewQueue.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QFileSystemWatcher;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace cp {

class Commons;
struct ApprovalOutcome;

// What waits for my consent (DESIGN §8): the changes peers offer, grouped by peer,
// each with summary, author, time, signature and verdicts; the selected change's
// diff (rendered or source); Approve, Reject… (a comment is required) and Approve
// all from the peer; and the peer's trust level. Refreshes when main moves or a
// peer's refs change. Keyboard: Ctrl+Return approves, Ctrl+Shift+Delete rejects,
// Enter opens the diff, F5 refreshes.
class ReviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPanel(QWidget* parent = nullptr);

    void setCommons(Commons* commons);
    void refresh();

    [[nodiscard]] int pendingCount() const { return m_pending; }
    [[nodiscard]] QTreeWidget* tree() const { return m_tree; }
    [[nodiscard]] QTextBrowser* diffView() const { return m_diff; }
    [[nodiscard]] QPushButton* approveButton() const { return m_approve; }
    [[nodiscard]] QPushButton* rejectButton() const { return m_reject; }
    [[nodiscard]] QPushButton* approvePeerButton() const { return m_approvePeer; }
    [[nodiscard]] QComboBox* trustSelector() const { return m_trust; }
    [[nodiscard]] QCheckBox* sourceToggle() const { return m_source; }
    // Selects the change whose commit id starts with `idPrefix`; false when not listed.
    bool selectChange(const QString& idPrefix);

signals:
    void pendingCountChanged(int count);
    void statusMessage(const QString& message, int timeout);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void watchPeerRefs();
    void showSelected();
    void approveSelected();
    void approveAllFromPeer();
    void rejectSelected();
    void setTrust(int index);
    void afterApproval(const ApprovalOutcome& outcome);
    void updateButtons();
    [[nodiscard]] std::optional<PublicKey> self() const;
    [[nodiscard]] const ReviewChange* selectedChange() const;
    [[nodiscard]] std::optional<PublicKey> selectedPeer() const;

    QPointer<Commons> m_commons;
    QList<ReviewChange> m_changes;
    int m_pending = 0;
    QTreeWidget* m_tree;
    QLabel* m_details;
    QCheckBox* m_source;
    QTextBrowser* m_diff;
    QPushButton* m_approve;
    QPushButton* m_reject;
    QPushButton* m_approvePeer;
    QPushButton* m_refresh;
    QLabel* m_trustLabel;
    QComboBox* m_trust;
    QFileSystemWatcher* m_watcher;
};

} // namespace cp
