#include "ui/invite/FirstRunJoin.h"

#include "core/wiki/ProfileIdentity.h"
#include "ui/firstrun/FirstRunDialog.h"
#include "ui/invite/JoinDialog.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>

namespace cp {

FirstRunJoin::FirstRunJoin(FirstRunDialog* dialog, Profile profile, ProfileIdentity* identity)
    : QObject(dialog), m_dialog(dialog), m_profile(std::move(profile)), m_identity(identity)
{
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    if (!buttons)
        return;
    m_button = buttons->addButton(tr("&Join a Commons…"), QDialogButtonBox::ActionRole);
    m_button->setObjectName(QStringLiteral("joinCommonsButton"));
    m_button->setToolTip(tr("Someone sent you an invite: join their commons instead of starting one"));
    m_button->setAutoDefault(false);
    auto update = [this] { m_button->setEnabled(!m_dialog->authorName().isEmpty()); };
    if (auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("authorNameEdit")))
        connect(name, &QLineEdit::textChanged, this, update);
    update();
    connect(m_button, &QPushButton::clicked, this, &FirstRunJoin::openJoinDialog);
}

JoinDialog* FirstRunJoin::joinDialog() const
{
    return m_joinDialog;
}

void FirstRunJoin::openJoinDialog()
{
    if (!m_joinDialog) {
        m_joinDialog = new JoinDialog(m_profile, m_identity, m_dialog);
        m_joinDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_joinDialog->setWindowModality(Qt::WindowModal);
        connect(m_joinDialog, &JoinDialog::joined, this,
                [this](const QString& path, const QString&) { emit joined(path); });
    }
    m_joinDialog->show();
    m_joinDialog->raise();
    m_joinDialog->activateWindow();
}

} // namespace cp
