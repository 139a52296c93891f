#include "ui/history/HistoryModel.h"

#include "core/review/ReviewQueue.h"
#include "core/wiki/CommitVerifier.h"
#include "core/wiki/Commons.h"
#include "core/wiki/History.h"
#include "core/wiki/HistoryCursor.h"
#include "core/wiki/PeerEmail.h"
#include "ui/history/RelativeTime.h"

#include <QColor>
#include <QFont>
#include <algorithm>
#include <QTimer>

namespace cp {

HistoryModel::HistoryModel(QObject* parent) : QAbstractTableModel(parent) {}

HistoryModel::~HistoryModel() = default;

void HistoryModel::setSource(Commons* commons, const PageName& page)
{
    if (commons != m_commons.data() || !commons) {
        beginResetModel();
        m_entries.clear();
        m_cursor.reset();
        m_history.reset();
        m_verifier.reset();
        m_commons = commons;
        m_self = commons ? PeerEmail::keyIn(commons->author().email).value_or(PublicKey()) : PublicKey();
        if (commons) {
            m_history = std::make_unique<History>(*commons);
            m_verifier = std::make_unique<CommitVerifier>(commons->repository());
        }
        endResetModel();
    }
    m_page = page;
    reload();
}

void HistoryModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_verdicts.clear(); // peers' notes may have come meanwhile
    m_cursor.reset();
    m_error.clear();
    m_wanted = 0;
    if (m_history) {
        auto cursor = m_page.isValid() ? m_history->pageHistory(m_page) : m_history->commonsHistory();
        if (cursor)
            m_cursor = std::make_unique<HistoryCursor>(std::move(*cursor));
        else
            m_error = cursor.error().message;
    }
    endResetModel();
    setScanning(false);
    if (!m_error.isEmpty())
        emit failed(m_error);
    else
        fetchMore({});
}

bool HistoryModel::atEnd() const
{
    return !m_cursor || m_cursor->atEnd();
}

bool HistoryModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_cursor && !m_cursor->atEnd() && !m_scanning;
}

void HistoryModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_wanted = int(m_entries.size()) + ChunkSize;
    fetchStep();
}

void HistoryModel::fetchStep()
{
    m_stepQueued = false;
    if (!m_cursor)
        return;
    auto more = m_cursor->next(m_wanted - int(m_entries.size()), m_page.isValid() ? ScanLimit : 0);
    if (!more) {
        m_error = more.error().message;
        setScanning(false);
        emit failed(m_error);
        return;
    }
    if (!more->isEmpty()) {
        beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + more->size() - 1));
        m_entries.append(std::move(*more));
        endInsertRows();
    }
    const bool needMore = int(m_entries.size()) < m_wanted && !m_cursor->atEnd();
    setScanning(needMore);
    if (needMore && !m_stepQueued) {
        // Look further back on the next turn of the event loop, so the window stays responsive.
        m_stepQueued = true;
        QTimer::singleShot(0, this, [this, cursor = m_cursor.get()] {
            if (cursor == m_cursor.get())
                fetchStep();
        });
    }
}

void HistoryModel::setScanning(bool scanning)
{
    if (scanning == m_scanning)
        return;
    m_scanning = scanning;
    emit scanningChanged(scanning);
}

int HistoryModel::rowOf(const git::Oid& commit) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).commit == commit)
            return row;
    }
    return -1;
}

CommitVerification HistoryModel::verification(int row) const
{
    const HistoryEntry& e = m_entries.at(row);
    if (e.signature == HistoryEntry::SignatureState::Unsigned || !m_verifier)
        return {};
    auto verdict = m_verifier->verify(e.commit);
    if (!verdict) {
        CommitVerification bad;
        bad.state = CommitVerification::State::Bad;
        bad.reason = verdict.error().message;
        return bad;
    }
    return *verdict;
}

QList<ReviewNote> HistoryModel::verdicts(int row) const
{
    const git::Oid commit = m_entries.at(row).commit;
    if (auto it = m_verdicts.constFind(commit); it != m_verdicts.cend())
        return *it;
    QList<ReviewNote> found;
    if (m_commons)
        found = ReviewQueue(*m_commons, m_self).verdicts(commit).value_or(QList<ReviewNote>());
    m_verdicts.insert(commit, found);
    return found;
}

QString HistoryModel::verdictSummary(const QList<ReviewNote>& verdicts)
{
    if (verdicts.isEmpty())
        return {};
    const auto accepted =
        std::ranges::count_if(verdicts, [](const ReviewNote& n) { return n.verdict == ReviewNote::Verdict::Accept; });
    //: who reviewed a change: how many peers accepted it and how many rejected it
    return tr("accepted by %1, rejected by %2").arg(accepted).arg(verdicts.size() - accepted);
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const HistoryEntry& e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(index.row(), index.column());
    case Qt::ToolTipRole:
        return toolTip(e, index.row(), index.column());
    case Qt::ForegroundRole:
        return foreground(index.row(), index.column());
    case Qt::FontRole:
        if (index.column() == SignatureColumn && verification(index.row()).state == CommitVerification::State::Bad) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case CommitRole:
        return e.commit.toHex();
    case SignatureStateRole:
        return CommitVerification::stateKey(verification(index.row()).state);
    default:
        return {};
    }
}

QVariant HistoryModel::display(int row, int column) const
{
    const HistoryEntry& e = m_entries.at(row);
    switch (column) {
    case WhenColumn:
        return RelativeTime::describe(e.time, QDateTime::currentDateTime());
    case AuthorColumn:
        return e.author;
    case SignatureColumn: {
        const CommitVerification v = verification(row);
        //: a verified signature: a check mark and the signer's short id
        return v.isVerified() ? tr("✓ %1").arg(v.signer.shortId()) : v.label();
    }
    case ReviewColumn:
        return verdictSummary(verdicts(row));
    case SummaryColumn: {
        QString summary = e.summary;
        if (e.change == HistoryEntry::Change::Renamed) {
            const auto before = PageName::fromPath(e.previousPath);
            summary = tr("%1 (renamed from %2)").arg(summary, before ? before->title() : e.previousPath);
        } else if (e.change == HistoryEntry::Change::Removed)
            summary = tr("%1 (page deleted)").arg(summary);
        return summary;
    }
    default:
        return {};
    }
}

QVariant HistoryModel::toolTip(const HistoryEntry& e, int row, int column) const
{
    switch (column) {
    case WhenColumn:
        return RelativeTime::exact(e.time);
    case AuthorColumn:
        return e.authorEmail.isEmpty() ? e.author : tr("%1\n%2").arg(e.author, e.authorEmail);
    case SignatureColumn: {
        const CommitVerification v = verification(row);
        QString text = v.describe();
        if (v.isVerified() && !v.isSignedByAuthor())
            text += u'\n' + tr("The author field names someone else: the signature shows who really made it.");
        return text;
    }
    case SummaryColumn:
        return tr("%1\n\nCommit %2").arg(e.message.trimmed(), e.commit.toShortHex());
    case ReviewColumn: {
        QStringList lines;
        for (const ReviewNote& note : verdicts(row)) {
            const QString who = note.reviewer == m_self ? tr("you") : note.reviewer.shortId();
            if (note.verdict == ReviewNote::Verdict::Accept)
                lines.append(tr("Accepted by %1").arg(who));
            else
                lines.append(tr("Rejected by %1: %2").arg(who, note.comment));
        }
        return lines.isEmpty() ? tr("Nobody has reviewed this change yet.") : lines.join(u'\n');
    }
    default:
        return {};
    }
}

QVariant HistoryModel::foreground(int row, int column) const
{
    if (column != SignatureColumn)
        return {};
    switch (verification(row).state) {
    case CommitVerification::State::Verified:
        return QColor(0x2f, 0x8f, 0x6d);
    case CommitVerification::State::Bad:
        return QColor(0xc0, 0x1c, 0x1c);
    case CommitVerification::State::Unsigned:
        return QColor(0x80, 0x80, 0x80);
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case AuthorColumn:
        return tr("Author");
    case SignatureColumn:
        return tr("Signature");
    case ReviewColumn:
        //: column header: who accepted or rejected each change
        return tr("Review");
    case SummaryColumn:
        return tr("Summary");
    default:
        return {};
    }
}

} // namespace cp
