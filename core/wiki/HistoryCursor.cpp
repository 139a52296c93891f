#include "core/wiki/HistoryCursor.h"

#include "core/git/Commit.h"
#include "core/git/Repository.h"
#include "core/git/Tree.h"
#include "core/git/TreeDiff.h"
#include "core/wiki/History.h"
#include "core/wiki/TextDiff.h"

#include <algorithm>

namespace cp {

namespace {
constexpr qsizetype kBlobCacheSize = 4096;
constexpr int kRenameCandidates = 10; // deleted pages compared by content, at most
} // namespace

HistoryCursor::HistoryCursor(History& history, const git::Oid& start, QString path)
    : m_history(&history), m_path(std::move(path))
{
    // A start that cannot be read shows up as an error from the first next().
    if (auto ok = enqueue(start); !ok)
        m_queue.append(Pending{0, m_order++, start});
}

HistoryCursor::HistoryCursor(HistoryCursor&&) noexcept = default;
HistoryCursor& HistoryCursor::operator=(HistoryCursor&&) noexcept = default;
HistoryCursor::~HistoryCursor() = default;

Result<QList<HistoryEntry>> HistoryCursor::next(int count, int scanLimit)
{
    QList<HistoryEntry> out;
    git::Repository& repo = m_history->repository();
    int scannedNow = 0;
    while (out.size() < count && !m_atEnd) {
        if (scanLimit > 0 && scannedNow >= scanLimit)
            break;
        const std::optional<git::Oid> id = dequeue();
        if (!id) {
            m_atEnd = true;
            break;
        }
        ++m_scanned;
        ++scannedNow;
        auto commit = repo.lookupCommit(*id);
        if (!commit)
            return fail(commit.error());
        for (const git::Oid& parent : commit->parentIds()) {
            if (auto ok = enqueue(parent); !ok)
                return fail(ok.error());
        }
        HistoryEntry entry;
        if (!m_path.isEmpty()) {
            auto changed = pageChange(*commit, entry);
            if (!changed)
                return fail(changed.error());
            if (!*changed)
                continue;
        }
        m_history->fill(entry, *commit);
        out.append(std::move(entry));
    }
    return out;
}

bool HistoryCursor::newerFirst(const Pending& a, const Pending& b)
{
    // std::push_heap keeps the greatest on top: "greater" is newer, then queued earlier.
    if (a.time != b.time)
        return a.time < b.time;
    return a.order > b.order;
}

Status HistoryCursor::enqueue(const git::Oid& commit)
{
    if (m_queued.contains(commit))
        return {};
    auto found = m_history->repository().lookupCommit(commit);
    if (!found)
        return fail(found.error());
    m_queued.insert(commit);
    m_queue.append(Pending{found->committer().when.toSecsSinceEpoch(), m_order++, commit});
    std::push_heap(m_queue.begin(), m_queue.end(), newerFirst);
    return {};
}

std::optional<git::Oid> HistoryCursor::dequeue()
{
    if (m_queue.isEmpty())
        return std::nullopt;
    std::pop_heap(m_queue.begin(), m_queue.end(), newerFirst);
    return m_queue.takeLast().commit;
}

Result<std::optional<git::Oid>> HistoryCursor::blobIn(const git::Oid& commit)
{
    if (auto cached = m_blobs.constFind(commit); cached != m_blobs.cend())
        return *cached;
    git::Repository& repo = m_history->repository();
    auto found = repo.lookupCommit(commit);
    if (!found)
        return fail(found.error());
    const QStringList segments = m_path.split(u'/');
    if (m_folderBlobs.size() != segments.size())
        m_folderBlobs = QList<QHash<git::Oid, std::optional<git::Oid>>>(segments.size());

    // Down the path one folder at a time, stopping at a folder tree seen before.
    QList<git::Oid> visited;
    git::Oid tree = found->treeId();
    std::optional<git::Oid> blob;
    for (qsizetype depth = 0; depth < segments.size(); ++depth) {
        if (auto cached = m_folderBlobs[depth].constFind(tree); cached != m_folderBlobs[depth].cend()) {
            blob = *cached;
            break;
        }
        visited.append(tree);
        auto level = repo.lookupTree(tree);
        if (!level)
            return fail(level.error());
        auto entry = level->entryByPath(segments[depth]);
        if (!entry)
            return fail(entry.error());
        const bool last = depth == segments.size() - 1;
        if (!*entry || (last ? !(*entry)->isBlob() : !(*entry)->isTree()))
            break; // no such file (or a folder where the page should be)
        if (last)
            blob = (*entry)->id;
        else
            tree = (*entry)->id;
    }
    for (qsizetype depth = 0; depth < visited.size(); ++depth) {
        if (m_folderBlobs[depth].size() >= kBlobCacheSize)
            m_folderBlobs[depth].clear();
        m_folderBlobs[depth].insert(visited[depth], blob);
    }
    if (m_blobs.size() >= kBlobCacheSize)
        m_blobs.clear();
    m_blobs.insert(commit, blob);
    return blob;
}

Result<bool> HistoryCursor::pageChange(const git::Commit& commit, HistoryEntry& entry)
{
    auto blob = blobIn(commit.id());
    if (!blob)
        return fail(blob.error());
    const QList<git::Oid> parents = commit.parentIds();
    bool parentHadPage = false;
    for (const git::Oid& parent : parents) {
        auto parentBlob = blobIn(parent);
        if (!parentBlob)
            return fail(parentBlob.error());
        // The same as in one parent: this commit took the page from there.
        if (*parentBlob == *blob)
            return false;
        parentHadPage = parentHadPage || parentBlob->has_value();
    }
    if (!*blob && parents.isEmpty())
        return false;
    entry.path = m_path;
    if (!*blob) {
        entry.change = HistoryEntry::Change::Removed;
    } else if (parentHadPage) {
        entry.change = HistoryEntry::Change::Modified;
    } else {
        entry.change = HistoryEntry::Change::Added;
        if (!parents.isEmpty()) {
            auto source = renameSource(commit, parents.first(), **blob);
            if (!source)
                return fail(source.error());
            if (*source) {
                entry.change = HistoryEntry::Change::Renamed;
                entry.previousPath = **source;
                m_path = **source; // older commits knew the page by this name
                m_blobs.clear();
                m_folderBlobs.clear();
            }
        }
    }
    return true;
}

Result<std::optional<QString>> HistoryCursor::renameSource(const git::Commit& commit, const git::Oid& parent,
                                                           const git::Oid& blob)
{
    git::Repository& repo = m_history->repository();
    auto parentCommit = repo.lookupCommit(parent);
    if (!parentCommit)
        return fail(parentCommit.error());
    auto changes = git::TreeDiff::between(repo, parentCommit->treeId(), commit.treeId());
    if (!changes)
        return fail(changes.error());
    QList<git::TreeChange> deleted;
    for (const git::TreeChange& change : *changes) {
        if (change.kind != git::TreeChange::Kind::Deleted || !change.path.endsWith(QStringLiteral(".md")))
            continue;
        if (change.oldId == blob)
            return std::optional(change.path); // moved as it was
        deleted.append(change);
    }
    if (deleted.isEmpty())
        return std::optional<QString>();
    // Renamed and edited in one commit: the deleted page sharing at least half its lines.
    auto newContent = repo.readBlob(blob);
    if (!newContent)
        return fail(newContent.error());
    const QString newText = QString::fromUtf8(*newContent);
    std::optional<QString> best;
    double bestScore = 0.5;
    for (qsizetype i = 0; i < std::min<qsizetype>(deleted.size(), kRenameCandidates); ++i) {
        auto oldContent = repo.readBlob(deleted[i].oldId);
        if (!oldContent)
            return fail(oldContent.error());
        const qsizetype shorter = std::min(oldContent->size(), newContent->size());
        const qsizetype longer = std::max(oldContent->size(), newContent->size());
        if (shorter * 3 < longer)
            continue;
        const TextDiff diff = TextDiff::compute(QString::fromUtf8(*oldContent), newText);
        const qsizetype common = diff.lines().size() - diff.addedLines() - diff.removedLines();
        const qsizetype lines = common + std::max(diff.addedLines(), diff.removedLines());
        const double score = lines > 0 ? double(common) / double(lines) : 1.0;
        if (score >= bestScore) {
            bestScore = score;
            best = deleted[i].path;
        }
    }
    return best;
}

} // namespace cp
