#include "ui/sync/PeersPanel.h"

#include "core/git/Repository.h"
#include "core/review/TrustPolicy.h"
#include "core/wiki/Commons.h"
#include "ui/ErrorMessage.h"
#include "ui/history/RelativeTime.h"
#include "ui/sync/SyncNode.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cp {

namespace {

constexpr int PidRole = Qt::UserRole;

QString reachText(node::PeerStatus::Reach reach)
{
    switch (reach) {
    case node::PeerStatus::Reach::Lan:
        return PeersPanel::tr("LAN");
    case node::PeerStatus::Reach::Internet:
        return PeersPanel::tr("Internet");
    case node::PeerStatus::Reach::Relayed:
        return PeersPanel::tr("Through other peers");
    case node::PeerStatus::Reach::Unknown:
        break;
    }
    return PeersPanel::tr("Not reached yet");
}

QString trustText(const QString& key)
{
    switch (TrustPolicy::fromKey(key).value_or(TrustPolicy::Level::Review)) {
    case TrustPolicy::Level::Auto:
        return PeersPanel::tr("Accept automatically");
    case TrustPolicy::Level::Block:
        return PeersPanel::tr("Blocked");
    case TrustPolicy::Level::Review:
        break;
    }
    return PeersPanel::tr("Review each change");
}

QString lastSeenText(const node::PeerStatus& peer)
{
    if (peer.online)
        return PeersPanel::tr("Now");
    if (peer.lastSeen <= 0)
        return PeersPanel::tr("Never");
    return RelativeTime::describe(QDateTime::fromSecsSinceEpoch(peer.lastSeen), QDateTime::currentDateTime());
}

} // namespace

PeersPanel::PeersPanel(SyncNode* node, QWidget* parent)
    : QWidget(parent), m_node(node), m_tree(new QTreeWidget(this)), m_trustLabel(new QLabel(this)),
      m_trust(new QComboBox(this)), m_invite(new QToolButton(this)), m_connect(new QPushButton(this)),
      m_refresh(new QPushButton(this)), m_diagnosticsTitle(new QLabel(this)), m_diagnostics(new QLabel(this))
{
    setObjectName(QStringLiteral("peersPanel"));
    m_tree->setObjectName(QStringLiteral("peersTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setStyleSheet(QStringLiteral("QTreeView::item { padding: 3px 2px; }"));
    m_trust->setObjectName(QStringLiteral("peerTrust"));
    for (int i = 0; i < 3; ++i)
        m_trust->addItem(QString());
    m_trustLabel->setBuddy(m_trust);
    m_connect->setObjectName(QStringLiteral("peersConnectButton"));
    m_refresh->setObjectName(QStringLiteral("peersRefreshButton"));
    m_invite->setObjectName(QStringLiteral("peersInviteButton"));
    m_invite->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_invite->setFocusPolicy(Qt::StrongFocus);
    m_invite->hide(); // until there is an invite action
    m_diagnostics->setObjectName(QStringLiteral("peersDiagnostics"));
    m_diagnostics->setWordWrap(true);
    m_diagnostics->setTextFormat(Qt::RichText);
    m_diagnostics->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_diagnostics->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    QFont bold = m_diagnosticsTitle->font();
    bold.setBold(true);
    m_diagnosticsTitle->setFont(bold);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_trustLabel);
    buttons->addWidget(m_trust);
    buttons->addStretch(1);
    buttons->addWidget(m_invite);
    buttons->addWidget(m_connect);
    buttons->addWidget(m_refresh);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_tree, 3);
    layout->addLayout(buttons);
    layout->addWidget(m_diagnosticsTitle);
    layout->addWidget(m_diagnostics, 1);
    setTabOrder(m_tree, m_trust);
    setTabOrder(m_trust, m_invite);
    setTabOrder(m_invite, m_connect);
    setTabOrder(m_connect, m_refresh);

    auto* f5 = new QShortcut(QKeySequence(Qt::Key_F5), this, this, [this] { m_node->requestStatus(); });
    f5->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &PeersPanel::updateTrustSelector);
    connect(m_trust, &QComboBox::activated, this, &PeersPanel::setTrust);
    connect(m_connect, &QPushButton::clicked, this, &PeersPanel::connectRequested);
    connect(m_refresh, &QPushButton::clicked, m_node, &SyncNode::requestStatus);
    connect(m_node, &SyncNode::statusChanged, this, &PeersPanel::refresh);
    connect(m_node, &SyncNode::started, this, &PeersPanel::refresh);
    connect(m_node, &SyncNode::problemChanged, this, &PeersPanel::fillDiagnostics);
    retranslate();
}

void PeersPanel::setCommons(Commons* commons)
{
    m_commons = commons;
    refresh();
}

void PeersPanel::setInviteAction(QAction* action)
{
    m_invite->setDefaultAction(action);
    m_invite->setVisible(action != nullptr);
}

void PeersPanel::refresh()
{
    const auto selected = selectedPeer();
    const auto& peers = m_node->status().peers;
    m_tree->clear();
    for (const node::PeerStatus& peer : peers) {
        auto* item = new QTreeWidgetItem(m_tree);
        item->setData(Name, PidRole, peer.pid.pid());
        item->setText(Name, peer.name.isEmpty() ? tr("(no name yet)") : peer.name);
        item->setText(Id, peer.pid.shortId());
        item->setToolTip(Id, peer.pid.did());
        item->setText(State, peer.online ? tr("Online") : tr("Offline"));
        item->setText(Reach, peer.online || peer.reach == node::PeerStatus::Reach::Relayed ? reachText(peer.reach)
                                                                                           : tr("Not connected"));
        item->setText(Address, peer.address);
        item->setToolTip(Address, peer.addresses.join(u'\n'));
        item->setText(LastSeen, lastSeenText(peer));
        if (peer.lastSeen > 0)
            item->setToolTip(LastSeen, RelativeTime::exact(QDateTime::fromSecsSinceEpoch(peer.lastSeen)));
        item->setText(Trust, trustText(peer.trust));
        item->setText(LastError, peer.lastError);
        item->setToolTip(LastError, peer.lastError);
        if (selected && peer.pid == *selected)
            m_tree->setCurrentItem(item);
    }
    for (int c = 0; c < LastError; ++c)
        m_tree->resizeColumnToContents(c);
    if (!m_tree->currentItem() && m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    updateTrustSelector();
    fillDiagnostics();
}

bool PeersPanel::selectPeer(const PublicKey& peer)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_tree->topLevelItem(i);
        if (item->data(Name, PidRole).toString() == peer.pid()) {
            m_tree->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

std::optional<PublicKey> PeersPanel::selectedPeer() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item)
        return std::nullopt;
    auto pid = PublicKey::fromPid(item->data(Name, PidRole).toString());
    return pid ? std::optional<PublicKey>(*pid) : std::nullopt;
}

void PeersPanel::updateTrustSelector()
{
    const auto peer = selectedPeer();
    m_trust->setEnabled(peer.has_value() && m_commons);
    if (!peer)
        return;
    for (const node::PeerStatus& p : m_node->status().peers)
        if (p.pid == *peer)
            m_trust->setCurrentIndex(int(TrustPolicy::fromKey(p.trust).value_or(TrustPolicy::Level::Review)));
}

void PeersPanel::setTrust(int index)
{
    const auto peer = selectedPeer();
    if (!peer || !m_commons || index < 0 || index > int(TrustPolicy::Level::Block))
        return;
    const auto level = TrustPolicy::Level(index);
    auto policy = TrustPolicy::load(m_commons->repository().gitDir());
    const Status saved = policy ? policy->set(*peer, level) : Status(std::unexpected(policy.error()));
    if (!saved) {
        showError(this, tr("Could not change how much you trust peer %1.").arg(peer->shortId()), saved.error());
        updateTrustSelector();
        return;
    }
    if (QTreeWidgetItem* item = m_tree->currentItem())
        item->setText(Trust, trustText(TrustPolicy::key(level)));
    emit statusMessage(tr("Peer %1: %2.").arg(peer->shortId(), trustText(TrustPolicy::key(level))), 5000);
    emit trustChanged();
    m_node->requestStatus(); // the node reads the policy again
}

void PeersPanel::fillDiagnostics()
{
    const node::NodeDiagnostics& d = m_node->diagnostics();
    QStringList lines;
    if (!m_node->problem().isEmpty())
        lines << tr("<b>Problem:</b> %1").arg(m_node->problem().toHtmlEscaped());
    if (!m_node->isRunning())
        lines << tr("The sync node is not running yet (it starts once your identity has loaded).");
    else if (d.listening || m_node->port() != 0)
        lines << tr("Listening for peers on port %1.").arg(d.port ? d.port : m_node->port());
    else if (!d.listenError.isEmpty())
        lines << tr("Not listening for peers: %1").arg(d.listenError.toHtmlEscaped());
    else
        lines << tr("Not listening for peers: only outgoing connections are made.");
    if (!m_node->listenNote().isEmpty())
        lines << m_node->listenNote().toHtmlEscaped();
    const QStringList advertised = m_node->advertisedAddresses();
    if (m_node->isRunning())
        lines << (advertised.isEmpty()
                      ? tr("No address to give others: they cannot dial this computer.")
                      : tr("Others are told to dial: %1").arg(advertised.join(QStringLiteral(", ")).toHtmlEscaped()));
    // The node says these in whole sentences ("Port mapping is off.", "Mapped … on the router.").
    if (!d.portMapping.isEmpty())
        lines << d.portMapping.toHtmlEscaped();
    if (!d.lan.isEmpty())
        lines << d.lan.toHtmlEscaped();
    const auto& peers = m_node->status().peers;
    if (m_node->isRunning() && peers.isEmpty())
        lines << tr("No peers known yet. Invite someone, or use “Connect to…” with an address a member gave you.");
    for (const node::PeerStatus& peer : peers) {
        if (peer.lastError.isEmpty())
            continue;
        const QString who = peer.name.isEmpty() ? peer.pid.shortId() : peer.name + u' ' + peer.pid.shortId();
        QString line = tr("%1: %2").arg(who.toHtmlEscaped(), peer.lastError.toHtmlEscaped());
        if (peer.failures > 0)
            line += u' ' + tr("(failed attempts since the last connection: %1)").arg(peer.failures);
        lines << line;
    }
    m_diagnostics->setText(lines.join(QStringLiteral("<br>")));
}

void PeersPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void PeersPanel::retranslate()
{
    m_tree->setHeaderLabels({tr("Name"), tr("Id"), tr("State"), tr("Reached"), tr("Address"), tr("Last seen"),
                             tr("Trust"), tr("Last error")});
    m_trustLabel->setText(tr("Tr&ust:")); // Alt+T is the review panel's
    m_trust->setItemText(int(TrustPolicy::Level::Review), tr("Review each change"));
    m_trust->setItemText(int(TrustPolicy::Level::Auto), tr("Accept automatically"));
    m_trust->setItemText(int(TrustPolicy::Level::Block), tr("Block"));
    m_connect->setText(tr("Co&nnect to…")); // Alt+C opens the Commons menu
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Ask the node again (F5)"));
    m_diagnosticsTitle->setText(tr("Why am I not connected?"));
    refresh();
}

} // namespace cp
