#pragma once

#include "core/crypto/PublicKey.h"
#include "core/review/ReviewNote.h"
#include "core/wiki/CommitVerification.h"
#include "core/wiki/HistoryEntry.h"
#include "core/wiki/PageName.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <memory>
#include <optional>

namespace cp {

class Commons;
class CommitVerifier;
class History;
class HistoryCursor;

// The history of one page, or of the whole commons, as rows for a view: when,
// who, what their signature says, and the summary, newest first. Rows are read a
// chunk at a time (HistoryCursor) as the view scrolls (canFetchMore/fetchMore),
// so a history of 20,000 commits opens as fast as one of 20. A page changed
// rarely in a long history is looked for in bounded steps from the event loop,
// never in one long call. Signatures are checked only for rows that are shown,
// and each commit only once. Each row also says who accepted and who rejected the
// change ("accepted by 3, rejected by 1"): my review notes and every peer's gossiped
// ones, a note its ref's owner did not sign left out (ReviewQueue::verdicts).
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, AuthorColumn, SignatureColumn, ReviewColumn, SummaryColumn, ColumnCount };
    enum Role { CommitRole = Qt::UserRole + 1, SignatureStateRole };
    static constexpr int ChunkSize = 100;
    static constexpr int ScanLimit = 1000; // commits looked at per step of a page's history

    explicit HistoryModel(QObject* parent = nullptr);
    ~HistoryModel() override;

    // Lists `page`'s history in `commons`; an invalid page lists the whole commons.
    void setSource(Commons* commons, const PageName& page = {});
    // Starts again from the newest commit (after main moved).
    void reload();
    [[nodiscard]] History* history() const { return m_history.get(); }
    [[nodiscard]] PageName page() const { return m_page; }

    [[nodiscard]] const HistoryEntry& entry(int row) const { return m_entries.at(row); }
    [[nodiscard]] CommitVerification verification(int row) const;
    // The valid verdicts on the row's commit (read once per commit and kept until reload()).
    [[nodiscard]] QList<ReviewNote> verdicts(int row) const;
    // "accepted by 3, rejected by 1"; empty when nobody said anything.
    [[nodiscard]] static QString verdictSummary(const QList<ReviewNote>& verdicts);
    // The row of `commit` among those loaded, or -1.
    [[nodiscard]] int rowOf(const git::Oid& commit) const;
    // Still looking through older commits for changes to the page.
    [[nodiscard]] bool isScanning() const { return m_scanning; }
    [[nodiscard]] bool atEnd() const;
    [[nodiscard]] QString errorText() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void scanningChanged(bool scanning);
    void failed(const QString& message);

private:
    void fetchStep();
    void setScanning(bool scanning);
    [[nodiscard]] QVariant display(int row, int column) const;
    [[nodiscard]] QVariant toolTip(const HistoryEntry& entry, int row, int column) const;
    [[nodiscard]] QVariant foreground(int row, int column) const;

    QPointer<Commons> m_commons;
    PageName m_page;
    std::unique_ptr<History> m_history;
    std::unique_ptr<HistoryCursor> m_cursor;
    std::unique_ptr<CommitVerifier> m_verifier;
    QList<HistoryEntry> m_entries;
    PublicKey m_self; // whose notes are refs/notes/reviews: the commons' author's key
    mutable QHash<git::Oid, QList<ReviewNote>> m_verdicts;
    int m_wanted = 0; // rows to reach before stopping to scan
    bool m_scanning = false;
    bool m_stepQueued = false;
    QString m_error;
};

} // namespace cp
