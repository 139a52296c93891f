#include "core/review/Approver.h"

#include "core/crypto/Identity.h"
#include "core/git/Commit.h"
#include "core/git/Merge.h"
#include "core/git/Notes.h"
#include "core/git/Repository.h"
#include "core/git/TreeDiff.h"
#include "core/git/WorkdirStatus.h"
#include "core/review/ReviewNote.h"
#include "core/review/ReviewQueue.h"
#include "core/review/TrustPolicy.h"
#include "core/wiki/Commons.h"
#include "core/wiki/PeerEmail.h"

namespace cp {

namespace {
const QString kMain = QStringLiteral("refs/heads/main");

// The files of the working folder that hold an edit no commit has (git status) and
// that approving `tip` onto `main` could write: those `tip` changed since the two met.
Result<QStringList> uncommittedInTheWay(git::Repository& repo, const git::Oid& main, const git::Oid& tip)
{
    auto base = git::Merge::base(repo, main, tip);
    if (!base)
        return fail(base.error());
    std::optional<git::Oid> baseTree;
    if (*base) {
        auto baseCommit = repo.lookupCommit(**base);
        if (!baseCommit)
            return fail(baseCommit.error());
        baseTree = baseCommit->treeId();
    }
    auto theirs = repo.lookupCommit(tip);
    if (!theirs)
        return fail(theirs.error());
    auto differ = git::TreeDiff::between(repo, baseTree, theirs->treeId());
    if (!differ)
        return fail(differ.error());
    QStringList inTheWay;
    if (differ->isEmpty())
        return inTheWay;
    auto status = git::WorkdirStatus::read(repo);
    if (!status)
        return fail(status.error());
    QSet<QString> touched;
    for (const git::TreeChange& c : *differ)
        touched.insert(c.path);
    for (const git::WorkdirChange& c : *status)
        if (touched.contains(c.path) || c.kind == git::WorkdirChange::Kind::Conflicted)
            inTheWay.append(c.path);
    return inTheWay;
}
} // namespace

struct Approver::Plan
{
    ApprovalOutcome::Kind kind = ApprovalOutcome::Kind::Merged;
    std::optional<git::Oid> baseTree;
    git::Oid ourTree;
    git::Oid theirTree;
    git::Oid main;        // main when planned: the compare-and-swap's expectation
    git::Oid fastForward; // FastForward: the new head
    QList<git::Oid> parents;
    git::Signature author;
    QString message;
    QList<git::Oid> accepted; // commits that get an accept note
};

Approver::Approver(Commons& commons, const PublicKey& self) : m_commons(commons), m_self(self) {}

Status Approver::writeNote(const git::Oid& commit, int verdict, const QString& comment)
{
    auto text = ReviewNote::make(commit, ReviewNote::Verdict(verdict), comment, m_self, m_commons.signer());
    if (!text)
        return fail(text.error());
    auto written = git::Notes::write(m_commons.repository(), ReviewQueue::MyNotesRef, commit, *text,
                                     Commons::signatureFor(m_commons.author()));
    if (!written)
        return fail(written.error());
    return {};
}

Status Approver::reject(const git::Oid& commit, const QString& comment)
{
    git::Repository& repo = m_commons.repository();
    if (!repo.contains(commit))
        return fail(Error::notFound(tr("No commit %1 here.").arg(commit.toShortHex())));
    auto main = repo.resolve(kMain);
    if (!main)
        return fail(main.error());
    if (*main) {
        auto in = git::Merge::isAncestor(repo, commit, **main);
        if (!in)
            return fail(in.error());
        if (*in)
            return fail(Error::conflict(
                tr("%1 is already in your view; it can no longer be rejected.").arg(commit.toShortHex())));
    }
    return writeNote(commit, int(ReviewNote::Verdict::Reject), comment);
}

Result<ApprovalOutcome> Approver::approve(const git::Oid& commit)
{
    if (!m_commons.signer())
        return fail(Error::user(tr("Approving needs your identity to sign with.")));
    git::Repository& repo = m_commons.repository();
    auto target = repo.lookupCommit(commit);
    if (!target)
        return fail(target.error());
    auto mainRef = repo.resolve(kMain);
    if (!mainRef)
        return fail(mainRef.error());
    if (!*mainRef)
        return fail(Error::conflict(tr("This commons has no main branch yet.")));
    const git::Oid main = **mainRef;
    auto in = git::Merge::isAncestor(repo, commit, main);
    if (!in)
        return fail(in.error());
    if (*in) {
        if (auto s = writeNote(commit, int(ReviewNote::Verdict::Accept), {}); !s)
            return fail(s.error());
        return ApprovalOutcome{ApprovalOutcome::Kind::AlreadyIn, main, nullptr};
    }
    // A file edited outside the wiki and not committed yet would keep its edit while main
    // moved past it, and the next commit of that file would quietly undo the approval.
    auto inTheWay = uncommittedInTheWay(repo, main, commit);
    if (!inTheWay)
        return fail(inTheWay.error());
    if (!inTheWay->isEmpty())
        return fail(Error::conflict(tr("This change touches %1, which has edits not committed yet. Commit or "
                                       "discard those edits first, then approve again.")
                                        .arg(inTheWay->join(QStringLiteral(", ")))));
    ReviewQueue queue(m_commons, m_self);
    bool onRejected = false;
    auto pending = queue.pendingUpTo(commit, &onRejected);
    if (!pending)
        return fail(pending.error());
    auto mainCommit = repo.lookupCommit(main);
    if (!mainCommit)
        return fail(mainCommit.error());

    Plan plan;
    plan.main = main;
    plan.ourTree = mainCommit->treeId();
    plan.theirTree = target->treeId();
    const git::Signature me = Commons::signatureFor(m_commons.author());
    if (onRejected) {
        plan.kind = ApprovalOutcome::Kind::CherryPicked;
        if (target->parentCount() > 0) {
            auto parent = repo.lookupCommit(target->parentIds().first());
            if (!parent)
                return fail(parent.error());
            plan.baseTree = parent->treeId();
        }
        plan.parents = {main};
        plan.author = target->author();
        plan.message = target->message().trimmed() + QStringLiteral("\n\n(cherry picked from commit ") +
                       commit.toHex() + QStringLiteral(")\n");
        plan.accepted = {commit};
        return carryOut(plan);
    }
    plan.accepted = *pending;
    if (!plan.accepted.contains(commit))
        plan.accepted.append(commit);
    auto ff = git::Merge::isAncestor(repo, main, commit);
    if (!ff)
        return fail(ff.error());
    if (*ff) {
        plan.kind = ApprovalOutcome::Kind::FastForward;
        plan.fastForward = commit;
        return carryOut(plan);
    }
    auto base = git::Merge::base(repo, main, commit);
    if (!base)
        return fail(base.error());
    if (*base) {
        auto baseCommit = repo.lookupCommit(**base);
        if (!baseCommit)
            return fail(baseCommit.error());
        plan.baseTree = baseCommit->treeId();
    }
    plan.kind = ApprovalOutcome::Kind::Merged;
    plan.parents = {main, commit};
    plan.author = me;
    const QString who = PeerEmail::keyIn(target->author().email)
                            .transform([](const PublicKey& k) { return k.shortId(); })
                            .value_or(target->author().name);
    plan.message = tr("Merge “%1” from %2").arg(target->summary(), who) + u'\n';
    return carryOut(plan);
}

Result<ApprovalOutcome> Approver::carryOut(const Plan& plan)
{
    if (plan.kind == ApprovalOutcome::Kind::FastForward) {
        auto head = land(plan, plan.theirTree);
        if (!head)
            return fail(head.error());
        return ApprovalOutcome{plan.kind, *head, nullptr};
    }
    auto merged = git::Merge::trees(m_commons.repository(), plan.baseTree, plan.ourTree, plan.theirTree);
    if (!merged)
        return fail(merged.error());
    if (merged->isClean()) {
        auto head = land(plan, *merged->tree);
        if (!head)
            return fail(head.error());
        return ApprovalOutcome{plan.kind, *head, nullptr};
    }
    auto resolution = std::make_shared<MergeResolution>(
        m_commons.repository(), plan.baseTree, plan.ourTree, plan.theirTree, merged->conflicts,
        // The resolution may outlive this Approver: it keeps the commons, not `this`.
        [commons = &m_commons, self = m_self, plan](const git::Oid& tree) {
            return Approver(*commons, self).land(plan, tree);
        });
    return ApprovalOutcome{ApprovalOutcome::Kind::Conflict, plan.main, resolution};
}

Result<git::Oid> Approver::land(const Plan& plan, const git::Oid& tree)
{
    git::Repository& repo = m_commons.repository();
    git::Oid head = plan.fastForward;
    if (plan.kind != ApprovalOutcome::Kind::FastForward) {
        git::CommitDraft draft;
        draft.tree = tree;
        draft.parents = plan.parents;
        draft.author = plan.author;
        draft.committer = Commons::signatureFor(m_commons.author());
        draft.message = plan.message;
        auto made = repo.createCommit(draft, m_commons.signer());
        if (!made)
            return fail(made.error());
        head = *made;
    }
    if (auto s = repo.updateReference(kMain, head, plan.main, tr("review: approve")); !s)
        return fail(s.error().context(tr("Your view moved while approving; look at the change again")));
    // The folder follows main; a file edited meanwhile is left as it is.
    const Status checkout = repo.checkoutHead(git::Repository::Checkout::Safe, plan.ourTree);
    for (const git::Oid& commit : plan.accepted)
        if (auto s = writeNote(commit, int(ReviewNote::Verdict::Accept), {}); !s)
            return fail(s.error());
    emit m_commons.headChanged(head.toHex());
    if (!checkout)
        return fail(checkout.error().context(tr("Approved, but the working folder could not follow")));
    return head;
}

Result<ApprovalOutcome> Approver::approvePeer(const PublicKey& peer)
{
    git::Repository& repo = m_commons.repository();
    auto tip = repo.resolve(QStringLiteral("refs/peers/") + peer.pid() + QStringLiteral("/heads/main"));
    if (!tip)
        return fail(tip.error());
    if (!*tip)
        return fail(Error::notFound(tr("No changes from %1 are here.").arg(peer.did())));
    ReviewQueue queue(m_commons, m_self);
    bool onRejected = false;
    auto pending = queue.pendingUpTo(**tip, &onRejected);
    if (!pending)
        return fail(pending.error());
    auto head = repo.resolve(kMain);
    if (!head || !*head)
        return fail(head ? Error::conflict(tr("This commons has no main branch yet.")) : head.error());
    ApprovalOutcome last{ApprovalOutcome::Kind::AlreadyIn, **head, nullptr};
    if (pending->isEmpty())
        return last;
    if (!onRejected)
        return approve(pending->last());
    for (const git::Oid& commit : *pending) {
        auto main = repo.resolve(kMain);
        if (!main)
            return fail(main.error());
        auto in = git::Merge::isAncestor(repo, commit, **main);
        if (!in)
            return fail(in.error());
        if (*in)
            continue;
        auto outcome = approve(commit);
        if (!outcome || outcome->kind == ApprovalOutcome::Kind::Conflict)
            return outcome;
        last = *outcome;
    }
    return last;
}

Result<int> Approver::autoAcceptAt(const QString& path, std::shared_ptr<const Identity> identity,
                                   const QString& authorName)
{
    if (!identity)
        return fail(Error::internal(tr("Auto-accept needs this installation's identity.")));
    auto commons = Commons::open(path);
    if (!commons)
        return fail(commons.error());
    auto policy = TrustPolicy::load((*commons)->repository().gitDir());
    if (!policy)
        return fail(policy.error());
    if (!policy->levels().values().contains(TrustPolicy::Level::Auto))
        return 0;
    const PublicKey self = identity->publicKey();
    (*commons)->setAuthor({authorName, PeerEmail::forKey(self)});
    (*commons)->setSigner(Identity::commitSigner(std::move(identity)));
    return Approver(**commons, self).autoAccept();
}

Result<int> Approver::autoAccept()
{
    auto policy = TrustPolicy::load(m_commons.repository().gitDir());
    if (!policy)
        return fail(policy.error());
    ReviewQueue queue(m_commons, m_self);
    int approved = 0;
    for (auto it = policy->levels().cbegin(); it != policy->levels().cend(); ++it) {
        if (it.value() != TrustPolicy::Level::Auto)
            continue;
        auto pending = queue.changes(it.key());
        if (!pending)
            return fail(pending.error());
        if (pending->isEmpty())
            continue;
        // Never over edits not committed yet (the GUI may have this commons open): the
        // changes stay queued until those are committed or thrown away.
        auto tip = m_commons.repository().resolve(QStringLiteral("refs/peers/") + it.key().pid() +
                                                  QStringLiteral("/heads/main"));
        auto main = m_commons.repository().resolve(kMain);
        if (!tip || !main)
            return fail(!tip ? tip.error() : main.error());
        if (!*tip || !*main)
            continue;
        auto inTheWay = uncommittedInTheWay(m_commons.repository(), **main, **tip);
        if (!inTheWay)
            return fail(inTheWay.error());
        if (!inTheWay->isEmpty())
            continue;
        auto outcome = approvePeer(it.key());
        if (!outcome)
            return fail(outcome.error());
        if (outcome->kind == ApprovalOutcome::Kind::Conflict)
            continue; // left in the queue for a person to resolve
        approved += int(pending->size());
    }
    return approved;
}

} // namespace cp
