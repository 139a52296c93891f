#pragma once

#include "core/Profile.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;
class QMainWindow;
class QMenu;

namespace cp {

class Commons;
class InviteDialog;
class JoinDialog;
class ProfileIdentity;

// Invites in the main window: "Invite Someone…" (the invite to the open commons, with
// the addresses where the window's node listens, given by setAddresses) and "Join a
// Commons…" (paste an invite; commonsJoined() when the new commons is on disk, for the
// window to open it).
class InviteViews : public QObject
{
    Q_OBJECT

public:
    InviteViews(QMainWindow* window, Profile profile);

    void setCommons(Commons* commons);
    void setIdentity(ProfileIdentity* identity);
    // Where my node can be reached now ("host:port"); empty while it listens nowhere.
    void setAddresses(const QStringList& addresses);
    void fillMenu(QMenu* menu) const;
    void retranslate();

    void openInviteDialog();
    void openJoinDialog();

    [[nodiscard]] QAction* inviteAction() const { return m_inviteAction; }
    [[nodiscard]] QAction* joinAction() const { return m_joinAction; }
    [[nodiscard]] InviteDialog* inviteDialog() const;
    [[nodiscard]] JoinDialog* joinDialog() const;

signals:
    void commonsJoined(const QString& path);

private:
    void updateActions();

    QMainWindow* m_window;
    Profile m_profile;
    QPointer<Commons> m_commons;
    QPointer<ProfileIdentity> m_identity;
    QStringList m_addresses;
    QAction* m_inviteAction;
    QAction* m_joinAction;
    QPointer<InviteDialog> m_inviteDialog;
    QPointer<JoinDialog> m_joinDialog;
};

} // namespace cp
