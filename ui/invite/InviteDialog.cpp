#include "ui/invite/InviteDialog.h"

#include "core/git/Repository.h"
#include "core/node/NetworkKeyFile.h"
#include "core/node/PeerAddress.h"
#include "core/wiki/Commons.h"
#include "ui/Icons.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>
#include <algorithm>

namespace cp {

namespace {

bool isLoopback(const QString& hostPort)
{
    auto address = node::PeerAddress::parse(hostPort);
    if (!address)
        return false;
    return address->host == u"localhost" || QHostAddress(address->host).isLoopback();
}

} // namespace

Result<node::Invite> InviteDialog::makeInvite(Commons& commons, const PublicKey& me, const QStringList& addresses)
{
    auto id = git::Oid::fromHex(commons.id());
    if (!id)
        return fail(id.error());
    auto key = node::NetworkKeyFile::loadOrCreate(commons.repository().gitDir());
    if (!key)
        return fail(key.error());
    node::Invite invite;
    invite.commons = *id;
    invite.name = commons.info().name;
    invite.networkKey = std::move(*key);
    invite.inviter = me;
    invite.inviterName = commons.author().name;
    invite.addresses = addresses.mid(0, 16);
    return invite;
}

InviteDialog::InviteDialog(node::Invite invite, QWidget* parent)
    : QDialog(parent), m_invite(std::move(invite)), m_heading(new QLabel(this)), m_addressNote(new QLabel(this)),
      m_text(new QPlainTextEdit(this)), m_copy(new QPushButton(this)), m_copied(new QLabel(this))
{
    setObjectName(QStringLiteral("inviteDialog"));
    setWindowTitle(tr("Invite Someone"));

    m_heading->setObjectName(QStringLiteral("inviteHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_heading->setText(tr("Invite someone to “%1”").arg(m_invite.name));
    m_heading->setWordWrap(true);

    auto* intro = new QLabel(tr("Send this invite to the person you want to join. With it, Commonplace on their "
                                "computer connects to yours, copies the whole commons and keeps it in sync."),
                             this);
    intro->setWordWrap(true);

    auto* warningIcon = new QLabel(this);
    warningIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    warningIcon->setAlignment(Qt::AlignTop);
    auto* warning = new QLabel(tr("<b>Whoever holds this invite can join this commons and read everything in it.</b> "
                                  "Give it only to the person you mean, in a private message, and do not post it "
                                  "where others can see it."),
                               this);
    warning->setObjectName(QStringLiteral("inviteWarning"));
    warning->setWordWrap(true);
    auto* warningRow = new QHBoxLayout;
    warningRow->addWidget(warningIcon);
    warningRow->addWidget(warning, 1);

    m_text->setObjectName(QStringLiteral("inviteText"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setWordWrapMode(QTextOption::WrapAnywhere);
    m_text->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 7 + 12);
    m_text->setAccessibleName(tr("Invite"));

    m_addressNote->setObjectName(QStringLiteral("inviteAddressNote"));
    m_addressNote->setWordWrap(true);
    m_addressNote->setTextFormat(Qt::PlainText);

    m_copy->setObjectName(QStringLiteral("copyInviteButton"));
    m_copy->setText(tr("&Copy Invite"));
    m_copy->setIcon(icons::themed(QStringLiteral("edit-copy")));
    m_copied->setObjectName(QStringLiteral("inviteCopiedLabel"));
    m_copied->setForegroundRole(QPalette::PlaceholderText);
    auto* copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copy);
    copyRow->addWidget(m_copied, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, &InviteDialog::copy);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->addWidget(m_heading);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(warningRow);
    layout->addSpacing(6);
    layout->addWidget(m_text);
    layout->addLayout(copyRow);
    layout->addWidget(m_addressNote);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    refresh();
}

void InviteDialog::setAddresses(const QStringList& addresses)
{
    const QStringList kept = addresses.mid(0, 16);
    if (kept == m_invite.addresses)
        return;
    m_invite.addresses = kept;
    m_copied->clear(); // what was copied before leads elsewhere now
    refresh();
}

QString InviteDialog::inviteText() const
{
    return m_text->toPlainText();
}

void InviteDialog::refresh()
{
    const QStringList& addresses = m_invite.addresses;
    if (addresses.isEmpty()) {
        m_text->clear();
        m_text->setPlaceholderText(tr("No invite yet: this computer has no address where others can reach it."));
        m_copy->setEnabled(false);
        m_addressNote->setText(tr("Commonplace is not listening for other members on this computer yet, so an invite "
                                  "would lead nowhere. It appears here as soon as this computer can be reached."));
        return;
    }
    m_text->setPlainText(m_invite.toText());
    m_copy->setEnabled(true);
    if (std::all_of(addresses.begin(), addresses.end(), isLoopback))
        m_addressNote->setText(tr("This invite leads only to this computer (%1): it works for another profile here, "
                                  "not for someone on another computer.")
                                   .arg(addresses.join(QStringLiteral(", "))));
    else
        m_addressNote->setText(tr("The invite leads to %1. The person can join while Commonplace runs here.")
                                   .arg(addresses.join(QStringLiteral(", "))));
}

void InviteDialog::copy()
{
    const QString text = inviteText();
    if (text.isEmpty())
        return;
    QApplication::clipboard()->setText(text);
    m_copied->setText(tr("Copied. Paste it into a private message to the person you invite."));
}

} // namespace cp
