#include "ui/review/ReviewPanel.h"

#include "core/git/Repository.h"
#include "core/review/Approver.h"
#include "core/review/TrustPolicy.h"
#include "core/wiki/Commons.h"
#include "core/wiki/PeerEmail.h"
#include "ui/ErrorMessage.h"
#include "ui/review/ConflictResolutionDialog.h"
#include "ui/review/RejectDialog.h"
#include "ui/review/ReviewDiffHtml.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace cp {

namespace {

constexpr int ChangeRole = Qt::UserRole;   // index into m_changes, on change rows
constexpr int PeerRole = Qt::UserRole + 1; // the peer's pid, on every row

} // namespace

ReviewPanel::ReviewPanel(QWidget* parent)
    : QWidget(parent), m_tree(new QTreeWidget(this)), m_details(new QLabel(this)), m_source(new QCheckBox(this)),
      m_diff(new QTextBrowser(this)), m_approve(new QPushButton(this)), m_reject(new QPushButton(this)),
      m_approvePeer(new QPushButton(this)), m_refresh(new QPushButton(this)), m_trustLabel(new QLabel(this)),
      m_trust(new QComboBox(this)), m_watcher(new QFileSystemWatcher(this))
{
    setObjectName(QStringLiteral("reviewPanel"));
    m_tree->setObjectName(QStringLiteral("reviewTree"));
    m_tree->setColumnCount(5);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_details->setObjectName(QStringLiteral("reviewDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_diff->setObjectName(QStringLiteral("reviewDiff"));
    m_approve->setObjectName(QStringLiteral("reviewApprove"));
    m_reject->setObjectName(QStringLiteral("reviewReject"));
    m_approvePeer->setObjectName(QStringLiteral("reviewApprovePeer"));
    m_trust->setObjectName(QStringLiteral("reviewTrust"));
    m_source->setObjectName(QStringLiteral("reviewSource"));
    m_trust->addItems({QString(), QString(), QString()});
    m_trustLabel->setBuddy(m_trust);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_approvePeer);
    buttons->addStretch();
    buttons->addWidget(m_trustLabel);
    buttons->addWidget(m_trust);
    buttons->addWidget(m_refresh);

    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_details);
    detailLayout->addWidget(m_source);
    detailLayout->addWidget(m_diff, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(detail);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    setTabOrder(m_tree, m_source);
    setTabOrder(m_source, m_diff);
    setTabOrder(m_diff, m_approve);
    setTabOrder(m_approve, m_reject);
    setTabOrder(m_reject, m_approvePeer);
    setTabOrder(m_approvePeer, m_trust);
    setTabOrder(m_trust, m_refresh);

    auto shortcut = [this](const QKeySequence& keys, void (ReviewPanel::*slot)()) {
        auto* s = new QShortcut(keys, this, this, slot);
        s->setContext(Qt::WidgetWithChildrenShortcut);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), &ReviewPanel::approveSelected);
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete), &ReviewPanel::rejectSelected);
    shortcut(QKeySequence(Qt::Key_F5), &ReviewPanel::refresh);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ReviewPanel::showSelected);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] {
        if (selectedChange())
            m_diff->setFocus();
    });
    connect(m_source, &QCheckBox::toggled, this, &ReviewPanel::showSelected);
    connect(m_approve, &QPushButton::clicked, this, &ReviewPanel::approveSelected);
    connect(m_reject, &QPushButton::clicked, this, &ReviewPanel::rejectSelected);
    connect(m_approvePeer, &QPushButton::clicked, this, &ReviewPanel::approveAllFromPeer);
    connect(m_refresh, &QPushButton::clicked, this, &ReviewPanel::refresh);
    connect(m_trust, &QComboBox::activated, this, &ReviewPanel::setTrust);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        watchPeerRefs();
        refresh();
    });
    retranslate();
    updateButtons();
}

void ReviewPanel::setCommons(Commons* commons)
{
    if (m_commons)
        disconnect(m_commons, nullptr, this, nullptr);
    m_commons = commons;
    if (commons)
        connect(commons, &Commons::headChanged, this, &ReviewPanel::refresh);
    watchPeerRefs();
    refresh();
}

void ReviewPanel::watchPeerRefs()
{
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    if (!m_commons)
        return;
    const QString peers = m_commons->repository().gitDir() + QStringLiteral("/refs/peers");
    QStringList paths{QString(m_commons->repository().gitDir() + QStringLiteral("/refs")), peers};
    const QDir dir(peers);
    for (const QString& pid : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        for (const QString& sub : {QStringLiteral("/heads"), QStringLiteral("/notes")})
            paths << peers + u'/' + pid + sub;
    }
    for (const QString& path : paths) {
        if (QDir(path).exists())
            m_watcher->addPath(path);
    }
}

std::optional<PublicKey> ReviewPanel::self() const
{
    if (!m_commons || !m_commons->signer())
        return std::nullopt;
    return PeerEmail::keyIn(m_commons->author().email);
}

void ReviewPanel::refresh()
{
    const ReviewChange* before = selectedChange();
    const QString selected = before ? before->commit.toHex() : QString();
    const QTreeWidgetItem* selectedRow = m_tree->currentItem();
    const QString selectedPeer = selectedRow ? selectedRow->data(0, PeerRole).toString() : QString();
    m_tree->clear();
    m_changes.clear();
    QString problem;
    std::optional<TrustPolicy> policy;
    QList<PublicKey> blocked; // listed without changes, so that they can be unblocked here
    if (m_commons) {
        if (auto key = self()) {
            ReviewQueue queue(*m_commons, *key);
            if (auto changes = queue.changes())
                m_changes = *changes;
            else
                problem = changes.error().message;
            if (auto loaded = TrustPolicy::load(m_commons->repository().gitDir()))
                policy = *loaded;
            if (auto all = queue.peers(); all && policy) {
                for (const PublicKey& peer : *all) {
                    if (policy->level(peer) == TrustPolicy::Level::Block)
                        blocked.append(peer);
                }
            }
        } else {
            problem = tr("Reviewing needs your identity; it has not loaded yet.");
        }
    }
    QHash<QString, QTreeWidgetItem*> peers;
    QTreeWidgetItem* current = nullptr;
    for (int i = 0; i < m_changes.size(); ++i) {
        const ReviewChange& change = m_changes[i];
        const QString pid = change.peer.pid();
        QTreeWidgetItem*& peer = peers[pid];
        if (!peer) {
            peer = new QTreeWidgetItem(m_tree);
            peer->setData(0, PeerRole, pid);
            peer->setFirstColumnSpanned(true);
            peer->setExpanded(true);
        }
        auto* item = new QTreeWidgetItem(peer, {change.summary, change.author,
                                                QLocale().toString(change.time.toLocalTime(), QLocale::ShortFormat),
                                                change.signature.label(), change.verdictSummary()});
        item->setData(0, ChangeRole, i);
        item->setData(0, PeerRole, pid);
        item->setToolTip(0, change.message);
        if (change.commit.toHex() == selected)
            current = item;
    }
    for (QTreeWidgetItem* peer : std::as_const(peers)) {
        const auto key = PublicKey::fromPid(peer->data(0, PeerRole).toString());
        QString name = tr("Peer %1").arg(key ? key->shortId() : peer->data(0, PeerRole).toString());
        if (peer->childCount() > 0 && !peer->child(0)->text(1).isEmpty())
            name = tr("%1 (%2)").arg(peer->child(0)->text(1), key ? key->shortId() : QString());
        QString level;
        if (policy && key && policy->level(*key) == TrustPolicy::Level::Auto)
            level = tr(", accepted automatically");
        peer->setText(0, tr("%1: %n change(s)%2", nullptr, peer->childCount()).arg(name, level));
    }
    for (const PublicKey& peer : std::as_const(blocked)) {
        auto* item = new QTreeWidgetItem(m_tree, {tr("Peer %1: blocked").arg(peer.shortId())});
        item->setData(0, PeerRole, peer.pid());
        item->setFirstColumnSpanned(true);
    }
    for (int row = 0; row < m_tree->topLevelItemCount(); ++row) {
        QTreeWidgetItem* peer = m_tree->topLevelItem(row);
        // The same peer's next change, or the peer itself when nothing of it is left.
        if (!current && !selectedPeer.isEmpty() && peer->data(0, PeerRole).toString() == selectedPeer)
            current = peer->childCount() > 0 ? peer->child(0) : peer;
    }
    for (int row = 0; !current && row < m_tree->topLevelItemCount(); ++row)
        current = m_tree->topLevelItem(row)->child(0);
    m_pending = int(m_changes.size());
    m_tree->setCurrentItem(current);
    if (m_changes.isEmpty()) {
        m_details->setText(problem.isEmpty() ? tr("Nothing waits for your review.") : problem);
        m_diff->clear();
    }
    for (int column = 1; column < m_tree->columnCount(); ++column)
        m_tree->resizeColumnToContents(column);
    updateButtons();
    emit pendingCountChanged(m_pending);
}

const ReviewChange* ReviewPanel::selectedChange() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item || !item->data(0, ChangeRole).isValid())
        return nullptr;
    const int index = item->data(0, ChangeRole).toInt();
    return index >= 0 && index < m_changes.size() ? &m_changes[index] : nullptr;
}

std::optional<PublicKey> ReviewPanel::selectedPeer() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item)
        return std::nullopt;
    auto key = PublicKey::fromPid(item->data(0, PeerRole).toString());
    return key ? std::optional(*key) : std::nullopt;
}

bool ReviewPanel::selectChange(const QString& idPrefix)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if (!(*it)->data(0, ChangeRole).isValid())
            continue;
        if (m_changes[(*it)->data(0, ChangeRole).toInt()].commit.toHex().startsWith(idPrefix)) {
            m_tree->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

void ReviewPanel::showSelected()
{
    const ReviewChange* change = selectedChange();
    const auto peer = selectedPeer();
    if (peer && m_commons) {
        auto policy = TrustPolicy::load(m_commons->repository().gitDir());
        m_trust->setCurrentIndex(policy ? int(policy->level(*peer)) : 0);
    }
    updateButtons();
    if (!change || !m_commons) {
        if (!m_changes.isEmpty()) {
            m_details->setText(tr("Select a change to see what it does."));
            m_diff->clear();
        }
        return;
    }
    QString verdicts = change->verdictSummary();
    if (verdicts.isEmpty())
        verdicts = tr("no verdicts yet");
    QString details = tr("<b>%1</b><br>by %2, %3 · signature: %4 · commit %5<br>Pages: %6<br>Verdicts: %7")
                          .arg(change->summary.toHtmlEscaped(), change->author.toHtmlEscaped(),
                               QLocale().toString(change->time.toLocalTime(), QLocale::ShortFormat),
                               change->signature.label().toHtmlEscaped(), change->commit.toShortHex(),
                               change->paths.join(QStringLiteral(", ")).toHtmlEscaped(), verdicts.toHtmlEscaped());
    if (change->onRejected)
        details +=
            QStringLiteral("<br>") + tr("It builds on a change you rejected: approving applies this change alone.");
    m_details->setText(details);
    ReviewQueue queue(*m_commons, change->peer);
    auto diffs = queue.diffs(*change);
    if (!diffs) {
        m_diff->setPlainText(tr("Could not show the diff: %1").arg(diffs.error().message));
        return;
    }
    m_diff->setHtml(m_source->isChecked() ? ReviewDiffHtml::source(*diffs)
                                          : ReviewDiffHtml::rendered(*diffs, palette()));
}

void ReviewPanel::approveSelected()
{
    const ReviewChange* change = selectedChange();
    const auto key = self();
    if (!change || !key || !m_commons)
        return;
    Approver approver(*m_commons, *key);
    auto outcome = approver.approve(change->commit);
    if (!outcome) {
        showError(this, tr("Could not approve “%1”.").arg(change->summary), outcome.error());
        return;
    }
    afterApproval(*outcome);
}

void ReviewPanel::approveAllFromPeer()
{
    const auto peer = selectedPeer();
    const auto key = self();
    if (!peer || !key || !m_commons)
        return;
    Approver approver(*m_commons, *key);
    auto outcome = approver.approvePeer(*peer);
    if (!outcome) {
        showError(this, tr("Could not approve the changes of peer %1.").arg(peer->shortId()), outcome.error());
        return;
    }
    afterApproval(*outcome);
}

void ReviewPanel::afterApproval(const ApprovalOutcome& outcome)
{
    if (outcome.kind == ApprovalOutcome::Kind::Conflict && outcome.resolution) {
        auto* dialog = new ConflictResolutionDialog(outcome.resolution, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, this, [this](int result) {
            emit statusMessage(result == QDialog::Accepted ? tr("Merged the change.")
                                                           : tr("Merge cancelled; your view is unchanged."),
                               5000);
            refresh();
        });
        dialog->open();
        return;
    }
    emit statusMessage(tr("Approved."), 5000);
    refresh();
}

void ReviewPanel::rejectSelected()
{
    const ReviewChange* change = selectedChange();
    const auto key = self();
    if (!change || !key || !m_commons)
        return;
    const git::Oid commit = change->commit;
    auto* dialog = new RejectDialog(change->summary, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, commit, key] {
        if (!m_commons)
            return;
        Approver approver(*m_commons, *key);
        if (Status done = approver.reject(commit, dialog->comment()); !done) {
            showError(this, tr("Could not reject the change."), done.error());
            return;
        }
        emit statusMessage(tr("Rejected; every peer will see your comment."), 5000);
        refresh();
    });
    dialog->open();
}

void ReviewPanel::setTrust(int index)
{
    const auto peer = selectedPeer();
    if (!peer || !m_commons)
        return;
    auto policy = TrustPolicy::load(m_commons->repository().gitDir());
    Status saved = policy ? policy->set(*peer, TrustPolicy::Level(index)) : Status(std::unexpected(policy.error()));
    if (!saved) {
        showError(this, tr("Could not change how much you trust peer %1.").arg(peer->shortId()), saved.error());
        return;
    }
    if (TrustPolicy::Level(index) == TrustPolicy::Level::Auto) {
        if (const auto key = self()) {
            Approver approver(*m_commons, *key);
            (void)approver.autoAccept(); // a conflicting peer simply stays in the queue
        }
    }
    refresh();
}

void ReviewPanel::updateButtons()
{
    const bool change = selectedChange() != nullptr;
    const bool identity = self().has_value();
    m_approve->setEnabled(change && identity);
    m_reject->setEnabled(change && identity);
    m_approvePeer->setEnabled(selectedPeer().has_value() && identity);
    m_trust->setEnabled(selectedPeer().has_value());
}

void ReviewPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void ReviewPanel::retranslate()
{
    m_tree->setHeaderLabels({tr("Change"), tr("Author"), tr("Time"), tr("Signature"), tr("Verdicts")});
    m_source->setText(tr("Show &source"));
    m_approve->setText(tr("&Approve"));
    m_approve->setToolTip(tr("Take this change into your view (Ctrl+Return)"));
    m_reject->setText(tr("&Reject…"));
    m_reject->setToolTip(tr("Refuse this change with a comment every peer sees (Ctrl+Shift+Delete)"));
    m_approvePeer->setText(tr("Approve All from &Peer"));
    m_refresh->setText(tr("Re&fresh"));
    m_trustLabel->setText(tr("&Trust:"));
    m_trust->setItemText(int(TrustPolicy::Level::Review), tr("Review each change"));
    m_trust->setItemText(int(TrustPolicy::Level::Auto), tr("Accept automatically"));
    m_trust->setItemText(int(TrustPolicy::Level::Block), tr("Block"));
}

} // namespace cp
