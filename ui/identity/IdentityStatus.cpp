#include "ui/identity/IdentityStatus.h"

#include "core/wiki/ProfileIdentity.h"
#include "ui/Icons.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QToolButton>

namespace cp {

IdentityStatus::IdentityStatus(QWidget* parent)
    : QWidget(parent), m_label(new QLabel(this)), m_copy(new QToolButton(this))
{
    setObjectName(QStringLiteral("identityStatus"));
    m_label->setObjectName(QStringLiteral("identityLabel"));
    m_label->setCursor(Qt::PointingHandCursor);
    m_label->installEventFilter(this);
    m_copy->setObjectName(QStringLiteral("copyIdButton"));
    m_copy->setIcon(icons::themed(QStringLiteral("edit-copy")));
    m_copy->setAutoRaise(true);
    m_copy->setToolButtonStyle(Qt::ToolButtonIconOnly);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 0, 4, 0);
    layout->setSpacing(2);
    layout->addWidget(m_label);
    layout->addWidget(m_copy);

    connect(m_copy, &QToolButton::clicked, this, &IdentityStatus::copyId);
    refresh();
}

void IdentityStatus::setIdentity(ProfileIdentity* identity)
{
    if (m_identity)
        disconnect(m_identity, nullptr, this, nullptr);
    m_identity = identity;
    m_error.clear();
    if (m_identity) {
        connect(m_identity, &ProfileIdentity::ready, this, [this] {
            m_error.clear();
            refresh();
        });
        connect(m_identity, &ProfileIdentity::failed, this, [this](const Error& error) {
            m_error = error.message;
            refresh();
        });
    }
    refresh();
}

QString IdentityStatus::text() const
{
    return m_label->text();
}

void IdentityStatus::refresh()
{
    const bool ready = m_identity && m_identity->isReady();
    m_copy->setEnabled(ready);
    m_copy->setToolTip(tr("Copy your full peer id, to give to others"));
    if (ready) {
        const PublicKey key = m_identity->publicKey();
        //: the person's display name and the short form of their peer id
        m_label->setText(tr("You: %1 · %2").arg(m_identity->profile().authorName(), key.shortId()));
        m_label->setToolTip(
            tr("Your peer id: %1\nEvery change you save is signed with it. Click for details.").arg(key.did()));
    } else if (!m_error.isEmpty()) {
        m_label->setText(tr("No identity"));
        m_label->setToolTip(m_error);
    } else {
        m_label->setText(tr("Loading your identity…"));
        m_label->setToolTip({});
    }
}

void IdentityStatus::copyId()
{
    if (!m_identity || !m_identity->isReady())
        return;
    const QString did = m_identity->publicKey().did();
    QApplication::clipboard()->setText(did);
    emit idCopied(did);
}

void IdentityStatus::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        refresh();
}

bool IdentityStatus::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_label && event->type() == QEvent::MouseButtonRelease &&
        static_cast<QMouseEvent*>(event)->button() == Qt::LeftButton) {
        emit openRequested();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace cp
