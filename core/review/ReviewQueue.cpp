#include "core/review/ReviewQueue.h"

#include "core/git/Commit.h"
#include "core/git/Notes.h"
#include "core/git/Repository.h"
#include "core/git/RevWalk.h"
#include "core/git/TreeDiff.h"
#include "core/review/TrustPolicy.h"
#include "core/wiki/CommitVerifier.h"
#include "core/wiki/Commons.h"
#include "core/wiki/History.h"

#include <algorithm>

namespace cp {

const QString ReviewQueue::MyNotesRef = QStringLiteral("refs/notes/reviews");

namespace {
const QString kMain = QStringLiteral("refs/heads/main");

QString peerRef(const PublicKey& peer, const QString& rest)
{
    return QStringLiteral("refs/peers/") + peer.pid() + u'/' + rest;
}
} // namespace

int ReviewChange::acceptedCount() const
{
    return int(std::count_if(verdicts.cbegin(), verdicts.cend(),
                             [](const ReviewNote& n) { return n.verdict == ReviewNote::Verdict::Accept; }));
}

int ReviewChange::rejectedCount() const
{
    return int(verdicts.size()) - acceptedCount();
}

QString ReviewChange::verdictSummary() const
{
    if (verdicts.isEmpty())
        return {};
    return QCoreApplication::translate("ReviewChange", "accepted by %1, rejected by %2")
        .arg(acceptedCount())
        .arg(rejectedCount());
}

ReviewQueue::ReviewQueue(Commons& commons, const PublicKey& self) : m_commons(commons), m_self(self) {}

Result<QList<PublicKey>> ReviewQueue::peers() const
{
    auto names = m_commons.repository().referenceNames(QStringLiteral("refs/peers/*/heads/main"));
    if (!names)
        return fail(names.error());
    QList<PublicKey> peers;
    for (const QString& name : *names) {
        auto peer = PublicKey::fromPid(name.section(u'/', 2, 2));
        if (peer && *peer != m_self)
            peers.append(*peer);
    }
    std::sort(peers.begin(), peers.end(), [](const PublicKey& a, const PublicKey& b) { return a.pid() < b.pid(); });
    return peers;
}

Result<QHash<git::Oid, ReviewNote::Verdict>> ReviewQueue::myVerdicts() const
{
    auto notes = git::Notes::all(m_commons.repository(), MyNotesRef);
    if (!notes)
        return fail(notes.error());
    QHash<git::Oid, ReviewNote::Verdict> mine;
    for (const auto& [commit, text] : *notes) {
        auto note = ReviewNote::parse(text, commit);
        if (note && note->reviewer == m_self)
            mine.insert(commit, note->verdict);
    }
    return mine;
}

Result<QList<ReviewNote>> ReviewQueue::verdicts(const git::Oid& commit) const
{
    git::Repository& repo = m_commons.repository();
    QList<std::pair<QString, PublicKey>> sources{{MyNotesRef, m_self}};
    auto peerList = peers();
    if (!peerList)
        return fail(peerList.error());
    auto noteRefs = repo.referenceNames(QStringLiteral("refs/peers/*/notes/reviews"));
    if (!noteRefs)
        return fail(noteRefs.error());
    for (const QString& name : *noteRefs)
        if (auto peer = PublicKey::fromPid(name.section(u'/', 2, 2)); peer && *peer != m_self)
            sources.append({name, *peer});
    QList<ReviewNote> verdicts;
    for (const auto& [ref, owner] : sources) {
        auto text = git::Notes::read(repo, ref, commit);
        if (!text)
            return fail(text.error());
        if (!*text)
            continue;
        auto note = ReviewNote::parse(**text, commit);
        if (note && note->reviewer == owner) // a note its ref's owner did not sign is ignored
            verdicts.append(*note);
    }
    return verdicts;
}

Result<QList<git::Oid>> ReviewQueue::pendingUpTo(const git::Oid& tip, bool* anyRejected) const
{
    git::Repository& repo = m_commons.repository();
    auto mine = myVerdicts();
    if (!mine)
        return fail(mine.error());
    auto walk = repo.revWalk();
    if (!walk)
        return fail(walk.error());
    walk->setSorting(git::RevWalk::Topological | git::RevWalk::Time | git::RevWalk::Reverse);
    if (auto s = walk->push(tip); !s)
        return fail(s.error());
    auto main = repo.resolve(kMain);
    if (!main)
        return fail(main.error());
    if (*main)
        if (auto s = walk->hide(**main); !s)
            return fail(s.error());
    QList<git::Oid> pending;
    bool sawRejected = false;
    while (true) {
        auto next = walk->next();
        if (!next)
            return fail(next.error());
        if (!*next)
            break;
        const auto verdict = mine->constFind(**next);
        if (verdict == mine->cend())
            pending.append(**next);
        else if (*verdict == ReviewNote::Verdict::Reject)
            sawRejected = true;
    }
    if (anyRejected)
        *anyRejected = sawRejected;
    return pending;
}

Result<ReviewChange> ReviewQueue::describe(const git::Oid& id, const PublicKey& peer,
                                           const QSet<git::Oid>& rejected) const
{
    git::Repository& repo = m_commons.repository();
    auto commit = repo.lookupCommit(id);
    if (!commit)
        return fail(commit.error());
    ReviewChange change;
    change.commit = id;
    change.peer = peer;
    const git::Signature author = commit->author();
    change.author = author.name;
    change.authorEmail = author.email;
    change.time = author.when;
    change.summary = commit->summary();
    change.message = commit->message();
    CommitVerifier verifier(repo);
    if (auto v = verifier.verify(*commit))
        change.signature = *v;
    std::optional<git::Oid> parentTree;
    if (commit->parentCount() > 0) {
        auto parent = repo.lookupCommit(commit->parentIds().first());
        if (!parent)
            return fail(parent.error());
        parentTree = parent->treeId();
    }
    auto treeChanges = git::TreeDiff::between(repo, parentTree, commit->treeId());
    if (!treeChanges)
        return fail(treeChanges.error());
    for (const git::TreeChange& c : *treeChanges)
        change.paths.append(c.path);
    auto notes = verdicts(id);
    if (!notes)
        return fail(notes.error());
    change.verdicts = *notes;
    if (!rejected.isEmpty()) {
        bool onRejected = false;
        auto range = pendingUpTo(id, &onRejected);
        if (!range)
            return fail(range.error());
        change.onRejected = onRejected;
    }
    return change;
}

Result<QList<ReviewChange>> ReviewQueue::changes(const PublicKey& peer) const
{
    auto policy = TrustPolicy::load(m_commons.repository().gitDir());
    if (!policy)
        return fail(policy.error());
    if (policy->level(peer) == TrustPolicy::Level::Block)
        return QList<ReviewChange>();
    auto tip = m_commons.repository().resolve(peerRef(peer, QStringLiteral("heads/main")));
    if (!tip)
        return fail(tip.error());
    if (!*tip)
        return QList<ReviewChange>();
    auto rejectedSet = rejected();
    if (!rejectedSet)
        return fail(rejectedSet.error());
    auto pending = pendingUpTo(**tip);
    if (!pending)
        return fail(pending.error());
    QList<ReviewChange> changes;
    for (const git::Oid& id : *pending) {
        auto change = describe(id, peer, *rejectedSet);
        if (!change)
            return fail(change.error());
        changes.append(std::move(*change));
    }
    return changes;
}

Result<QList<ReviewChange>> ReviewQueue::changes() const
{
    auto peerList = peers();
    if (!peerList)
        return fail(peerList.error());
    QList<ReviewChange> all;
    for (const PublicKey& peer : *peerList) {
        auto some = changes(peer);
        if (!some)
            return fail(some.error());
        all.append(*some);
    }
    return all;
}

Result<ReviewChange> ReviewQueue::change(const QString& idOrPrefix) const
{
    const QString prefix = idOrPrefix.trimmed().toLower();
    if (prefix.size() < 4)
        return fail(Error::user(tr("Give at least 4 hex digits of the change's commit id.")));
    auto all = changes();
    if (!all)
        return fail(all.error());
    std::optional<ReviewChange> found;
    for (const ReviewChange& c : *all) {
        if (!c.commit.toHex().startsWith(prefix) || (found && found->commit == c.commit))
            continue;
        if (found)
            return fail(Error::user(tr("%1 names more than one pending change; give more digits.").arg(prefix)));
        found = c;
    }
    if (found)
        return *found;
    if (auto full = git::Oid::fromHex(prefix); full && m_commons.repository().contains(*full)) {
        auto rejectedSet = rejected();
        if (!rejectedSet)
            return fail(rejectedSet.error());
        return describe(*full, PublicKey(), *rejectedSet);
    }
    return fail(Error::notFound(tr("No pending change %1. `review list` shows them.").arg(prefix)));
}

Result<QList<PageDiff>> ReviewQueue::diffs(const ReviewChange& change) const
{
    auto commit = m_commons.repository().lookupCommit(change.commit);
    if (!commit)
        return fail(commit.error());
    const std::optional<git::Oid> parent = commit->parentCount() > 0 ? commit->parentIds().first() : git::Oid();
    History history(m_commons);
    QList<PageDiff> diffs;
    for (const QString& path : change.paths) {
        auto diff = PageDiff::between(history, path, parent, path, change.commit);
        if (!diff)
            return fail(diff.error().context(path));
        diffs.append(std::move(*diff));
    }
    return diffs;
}

} // namespace cp

namespace cp {

Result<QSet<git::Oid>> ReviewQueue::rejected() const
{
    auto mine = myVerdicts();
    if (!mine)
        return fail(mine.error());
    QSet<git::Oid> rejected;
    for (auto it = mine->cbegin(); it != mine->cend(); ++it)
        if (it.value() == ReviewNote::Verdict::Reject)
            rejected.insert(it.key());
    return rejected;
}

} // namespace cp
