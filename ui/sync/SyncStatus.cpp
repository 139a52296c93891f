#include "ui/sync/SyncStatus.h"

#include "ui/history/RelativeTime.h"
#include "ui/sync/SyncNode.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

namespace cp {

SyncStatus::SyncStatus(SyncNode* node, QWidget* parent)
    : QWidget(parent), m_node(node), m_button(new QToolButton(this)), m_progress(new QProgressBar(this)),
      m_problem(new QLabel(this)), m_clock(new QTimer(this)), m_transferQuiet(new QTimer(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    m_button->setObjectName(QStringLiteral("syncStatusButton"));
    m_button->setAutoRaise(true);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setRange(0, 0); // a pack's size is not known ahead
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_problem->setObjectName(QStringLiteral("syncProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: palette(highlighted-text); background: #b3261e; "
                                            "border-radius: 3px; padding: 0 6px;"));
    m_problem->setWordWrap(false);
    m_problem->hide();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_problem);
    layout->addWidget(m_progress);
    layout->addWidget(m_button);

    m_clock->setInterval(30000); // "5 minutes ago" moves on
    m_clock->start();
    m_transferQuiet->setSingleShot(true);
    m_transferQuiet->setInterval(3000);
    connect(m_clock, &QTimer::timeout, this, &SyncStatus::refresh);
    connect(m_transferQuiet, &QTimer::timeout, this, &SyncStatus::hideProgress);
    connect(m_button, &QToolButton::clicked, this, &SyncStatus::openRequested);
    connect(node, &SyncNode::statusChanged, this, &SyncStatus::refresh);
    connect(node, &SyncNode::started, this, &SyncStatus::refresh);
    connect(node, &SyncNode::problemChanged, this, &SyncStatus::refresh);
    connect(node, &SyncNode::transferProgress, this, &SyncStatus::showProgress);
    connect(node, &SyncNode::exchangeFinished, this, &SyncStatus::hideProgress);
    refresh();
}

QString SyncStatus::text() const
{
    return m_button->text();
}

void SyncStatus::refresh()
{
    const auto& status = m_node->status();
    QString text;
    if (!m_node->isRunning())
        text = m_node->problem().isEmpty() ? tr("Sync starting…") : tr("Not syncing");
    else if (status.commonsId.isEmpty())
        text = tr("Not syncing this commons yet");
    else if (status.online > 0)
        text = status.online == 1 ? tr("1 peer online") : tr("%n peers online", nullptr, status.online);
    else
        text = tr("No peers online");
    QString tip = tr("Peers of this commons and how they are reached: open the Peers panel.");
    if (status.lastExchange > 0) {
        const QDateTime when = QDateTime::fromSecsSinceEpoch(status.lastExchange);
        text += tr(" · last exchange %1").arg(RelativeTime::describe(when, QDateTime::currentDateTime()));
        tip += u'\n' + tr("Last exchange: %1").arg(RelativeTime::exact(when));
    }
    m_button->setText(text);
    m_button->setToolTip(tip);
    m_problem->setText(m_node->problem());
    m_problem->setToolTip(m_node->problem());
    m_problem->setVisible(!m_node->problem().isEmpty());
}

void SyncStatus::showProgress(qint64 bytes, qint64 objects)
{
    m_progress->show();
    const QString size = QLocale().formattedDataSize(bytes);
    m_progress->setToolTip(tr("Transferring changes: %1, %n object(s)", nullptr, int(objects)).arg(size));
    m_progress->setAccessibleName(m_progress->toolTip());
    m_transferQuiet->start(); // hides itself when no more progress comes
}

void SyncStatus::hideProgress()
{
    m_transferQuiet->stop();
    m_progress->hide();
}

void SyncStatus::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        refresh();
}

} // namespace cp
