#include "ui/identity/IdentityViews.h"

#include "core/wiki/ProfileIdentity.h"
#include "ui/identity/CommitSigning.h"
#include "ui/identity/IdentityDialog.h"
#include "ui/identity/IdentityStatus.h"
#include "ui/identity/NoticeBar.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

namespace cp {

IdentityViews::IdentityViews(QMainWindow* window, QStatusBar* statusBar)
    : QObject(window), m_window(window), m_status(new IdentityStatus(statusBar)), m_notice(new NoticeBar(window)),
      m_signing(new CommitSigning(this)), m_action(new QAction(window))
{
    m_notice->setObjectName(QStringLiteral("identityNotice"));
    window->addDockWidget(Qt::TopDockWidgetArea, m_notice);
    m_notice->hide();
    statusBar->addPermanentWidget(m_status);
    m_action->setObjectName(QStringLiteral("identityAction"));
    window->addAction(m_action);

    connect(m_action, &QAction::triggered, this, &IdentityViews::openDialog);
    connect(m_status, &IdentityStatus::openRequested, this, &IdentityViews::openDialog);
    connect(m_status, &IdentityStatus::idCopied, this,
            [statusBar](const QString& did) { statusBar->showMessage(tr("Copied your peer id %1.").arg(did), 5000); });
    connect(m_notice, &NoticeBar::actionTriggered, this, [this] {
        if (m_identity && !m_identity->keyStore().isBusy()) {
            m_notice->hide();
            m_identity->load();
        }
    });
    retranslate();
}

void IdentityViews::setIdentity(ProfileIdentity* identity)
{
    if (m_identity)
        disconnect(m_identity, nullptr, this, nullptr);
    m_identity = identity;
    m_notice->hide(); // whatever a restored window state said
    m_status->setIdentity(identity);
    m_signing->setIdentity(identity);
    if (!m_identity)
        return;
    connect(m_identity, &ProfileIdentity::ready, this, &IdentityViews::onReady);
    connect(m_identity, &ProfileIdentity::failed, this, [this](const Error& error) { onFailed(error.message); });
    if (m_identity->isReady())
        onReady();
}

void IdentityViews::setCommons(Commons* commons)
{
    m_signing->setCommons(commons);
}

void IdentityViews::fillMenu(QMenu* menu) const
{
    menu->addAction(m_action);
}

void IdentityViews::retranslate()
{
    m_action->setText(tr("&Identity…"));
    m_action->setToolTip(tr("Your name, your peer id, and moving your identity to another computer"));
}

void IdentityViews::openDialog()
{
    if (!m_identity)
        return;
    if (!m_dialog) {
        m_dialog = new IdentityDialog(m_identity, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &IdentityDialog::nameChanged, this, [this] {
            m_status->refresh();
            m_signing->refresh();
        });
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void IdentityViews::onReady()
{
    if (m_notice->property("warning").toBool()) {
        m_notice->hide();
        m_notice->setProperty("warning", false);
    }
    if (const QString notice = m_identity->takeFallbackNotice(); !notice.isEmpty())
        m_notice->showNotice(NoticeBar::Kind::Information, notice);
}

void IdentityViews::onFailed(const QString& message)
{
    m_notice->setProperty("warning", true);
    m_notice->showNotice(NoticeBar::Kind::Warning,
                         tr("Your identity could not be loaded, so changes cannot be signed or saved. %1").arg(message),
                         tr("Try Again"));
}

} // namespace cp
