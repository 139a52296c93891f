#include "ui/sync/ConnectDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cp {

ConnectDialog::ConnectDialog(QWidget* parent)
    : QDialog(parent), m_address(new QLineEdit(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to a Peer"));
    auto* intro = new QLabel(tr("Type the address a member gave you, in the form <b>peer-id@host:port</b>, "
                                "for example <tt>z6Mk…@192.168.1.20:47474</tt>."),
                             this);
    intro->setWordWrap(true);
    auto* label = new QLabel(tr("&Address:"), this);
    label->setBuddy(m_address);
    m_address->setObjectName(QStringLiteral("connectAddress"));
    m_address->setPlaceholderText(tr("z6Mk…@host:47474"));
    m_address->setMinimumWidth(420);
    m_error->setObjectName(QStringLiteral("connectError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    QPushButton* connectButton = m_buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    connectButton->setObjectName(QStringLiteral("connectButton"));
    connectButton->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(label);
    layout->addWidget(m_address);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::tryConnect);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_address, &QLineEdit::textEdited, m_error, &QLabel::hide);
}

void ConnectDialog::tryConnect()
{
    const QString text = m_address->text().trimmed();
    if (text.isEmpty()) {
        m_error->setText(tr("Type an address first."));
        m_error->show();
        m_address->setFocus();
        return;
    }
    auto address = node::PeerAddress::parseWithPeer(text);
    if (!address) {
        m_error->setText(tr("“%1” is not a peer address: %2").arg(text, address.error().message));
        m_error->show();
        m_address->setFocus();
        m_address->selectAll();
        return;
    }
    emit addressChosen(*address);
    accept();
}

} // namespace cp
