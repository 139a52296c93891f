#pragma once

#include "ui/identity/IdentityDialog.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QMenu;
class QStatusBar;

namespace cp {

class Commons;
class CommitSigning;
class IdentityStatus;
class NoticeBar;
class ProfileIdentity;

// Everything the main window shows about who the person is: the name and short
// id in the status bar (with copy), the Identity… dialog, the one-time notice when
// the key is kept in a file because no keychain answered (or a warning with
// "Try Again" when the identity could not be loaded), and the signing of every
// commit the window makes in the open commons.
class IdentityViews : public QObject
{
    Q_OBJECT
public:
    IdentityViews(QMainWindow* window, QStatusBar* statusBar);

    void setIdentity(ProfileIdentity* identity);
    void setCommons(Commons* commons);
    void fillMenu(QMenu* menu) const;
    void retranslate();
    void openDialog();

    [[nodiscard]] QAction* identityAction() const { return m_action; }
    [[nodiscard]] IdentityStatus* status() const { return m_status; }
    [[nodiscard]] NoticeBar* notice() const { return m_notice; }
    [[nodiscard]] IdentityDialog* dialog() const { return m_dialog; }

private:
    void onReady();
    void onFailed(const QString& message);

    QMainWindow* m_window;
    QPointer<ProfileIdentity> m_identity;
    IdentityStatus* m_status;
    NoticeBar* m_notice;
    CommitSigning* m_signing;
    QAction* m_action;
    QPointer<IdentityDialog> m_dialog;
};

} // namespace cp
