#include "ui/invite/InviteViews.h"

#include "core/wiki/Commons.h"
#include "core/wiki/ProfileIdentity.h"
#include "ui/ErrorMessage.h"
#include "ui/Icons.h"
#include "ui/invite/InviteDialog.h"
#include "ui/invite/JoinDialog.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>

namespace cp {

InviteViews::InviteViews(QMainWindow* window, Profile profile)
    : QObject(window), m_window(window), m_profile(std::move(profile)), m_inviteAction(new QAction(window)),
      m_joinAction(new QAction(window))
{
    m_inviteAction->setObjectName(QStringLiteral("inviteAction"));
    m_inviteAction->setIcon(icons::themed(QStringLiteral("contact-new")));
    m_joinAction->setObjectName(QStringLiteral("joinAction"));
    window->addActions({m_inviteAction, m_joinAction});
    connect(m_inviteAction, &QAction::triggered, this, &InviteViews::openInviteDialog);
    connect(m_joinAction, &QAction::triggered, this, &InviteViews::openJoinDialog);
    retranslate();
    updateActions();
}

void InviteViews::setCommons(Commons* commons)
{
    if (commons != m_commons && m_inviteDialog)
        m_inviteDialog->close(); // it invites to the commons that was open
    m_commons = commons;
    if (m_joinDialog && commons)
        m_joinDialog->setKeptCommons(commons->id(), commons->path());
    updateActions();
}

void InviteViews::setIdentity(ProfileIdentity* identity)
{
    if (m_identity)
        disconnect(m_identity, nullptr, this, nullptr);
    m_identity = identity;
    if (m_identity)
        connect(m_identity, &ProfileIdentity::ready, this, &InviteViews::updateActions);
    updateActions();
}

void InviteViews::setAddresses(const QStringList& addresses)
{
    m_addresses = addresses;
    if (m_inviteDialog)
        m_inviteDialog->setAddresses(addresses);
}

void InviteViews::fillMenu(QMenu* menu) const
{
    if (!menu)
        return;
    menu->addSeparator();
    menu->addActions({m_inviteAction, m_joinAction});
}

void InviteViews::retranslate()
{
    m_inviteAction->setText(tr("&Invite Someone…"));
    m_inviteAction->setToolTip(tr("Make an invite that lets someone join this commons"));
    m_joinAction->setText(tr("&Join a Commons…"));
    m_joinAction->setToolTip(tr("Join a commons with an invite someone sent you"));
}

void InviteViews::updateActions()
{
    const bool identityReady = m_identity && m_identity->isReady();
    m_inviteAction->setEnabled(m_commons && identityReady);
    m_joinAction->setEnabled(m_identity != nullptr);
}

InviteDialog* InviteViews::inviteDialog() const
{
    return m_inviteDialog;
}

JoinDialog* InviteViews::joinDialog() const
{
    return m_joinDialog;
}

void InviteViews::openInviteDialog()
{
    if (!m_commons || !m_identity || !m_identity->isReady())
        return;
    if (m_inviteDialog && m_inviteDialog->commonsId() != m_commons->id())
        m_inviteDialog->close();
    if (!m_inviteDialog) {
        auto invite = InviteDialog::makeInvite(*m_commons, m_identity->publicKey(), m_addresses);
        if (!invite) {
            showError(m_window, tr("Could not make an invite to “%1”.").arg(m_commons->info().name), invite.error());
            return;
        }
        m_inviteDialog = new InviteDialog(std::move(*invite), m_window);
        m_inviteDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_inviteDialog->show();
    m_inviteDialog->raise();
    m_inviteDialog->activateWindow();
}

void InviteViews::openJoinDialog()
{
    if (!m_joinDialog) {
        m_joinDialog = new JoinDialog(m_profile, m_identity, m_window);
        m_joinDialog->setAttribute(Qt::WA_DeleteOnClose);
        if (m_commons)
            m_joinDialog->setKeptCommons(m_commons->id(), m_commons->path());
        connect(m_joinDialog, &JoinDialog::joined, this,
                [this](const QString& path, const QString&) { emit commonsJoined(path); });
    }
    m_joinDialog->show();
    m_joinDialog->raise();
    m_joinDialog->activateWindow();
}

} // namespace cp
