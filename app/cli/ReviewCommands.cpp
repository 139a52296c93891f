// The review commands: review (list, show, approve, reject) and trust.
#include "app/cli/CommandRegistry.h"
#include "app/cli/Invocation.h"
#include "core/git/Repository.h"
#include "core/review/Approver.h"
#include "core/review/ReviewQueue.h"
#include "core/review/TrustPolicy.h"
#include "core/wiki/Commons.h"
#include "core/wiki/ProfileIdentity.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace cp::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cp::cli", text);
}

QJsonObject changeJson(const ReviewChange& c)
{
    QJsonArray verdicts;
    for (const ReviewNote& n : c.verdicts)
        verdicts.append(QJsonObject{{QStringLiteral("reviewer"), n.reviewer.did()},
                                    {QStringLiteral("verdict"), ReviewNote::verdictKey(n.verdict)},
                                    {QStringLiteral("comment"), n.comment},
                                    {QStringLiteral("time"), n.time.toString(Qt::ISODate)}});
    QJsonObject o{{QStringLiteral("commit"), c.commit.toHex()},
                  {QStringLiteral("author"), c.author},
                  {QStringLiteral("email"), c.authorEmail},
                  {QStringLiteral("time"), c.time.toString(Qt::ISODate)},
                  {QStringLiteral("summary"), c.summary},
                  {QStringLiteral("signature"), CommitVerification::stateKey(c.signature.state)},
                  {QStringLiteral("paths"), QJsonArray::fromStringList(c.paths)},
                  {QStringLiteral("onRejected"), c.onRejected},
                  {QStringLiteral("accepted"), c.acceptedCount()},
                  {QStringLiteral("rejected"), c.rejectedCount()},
                  {QStringLiteral("verdicts"), verdicts}};
    if (!c.peer.isNull())
        o.insert(QStringLiteral("peer"), c.peer.did());
    if (c.signature.isVerified())
        o.insert(QStringLiteral("signer"), c.signature.signer.did());
    return o;
}

QString changeLine(const ReviewChange& c)
{
    QString line = c.commit.toShortHex() + QStringLiteral("  ") + c.time.toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
                   QStringLiteral("  ") + c.author + QStringLiteral("  ") + c.signature.label() + QStringLiteral("  ") +
                   c.summary;
    if (const QString verdicts = c.verdictSummary(); !verdicts.isEmpty())
        line += QStringLiteral("  (") + verdicts + u')';
    return line;
}

// Opens the commons in argument 1 with the profile's identity applied, then runs `then`.
void withCommons(Invocation& inv, std::function<void(Commons&, const PublicKey&)> then)
{
    inv.withIdentity([&inv, then = std::move(then)](ProfileIdentity& identity) {
        auto commons = Commons::open(inv.argument(1));
        if (!commons)
            return inv.fail(commons.error());
        identity.apply(**commons, inv.authorName());
        then(**commons, identity.publicKey());
    });
}

void runList(Invocation& inv)
{
    withCommons(inv, [&inv](Commons& commons, const PublicKey& me) {
        auto changes = ReviewQueue(commons, me).changes();
        if (!changes)
            return inv.fail(changes.error());
        QJsonArray all;
        PublicKey lastPeer;
        for (const ReviewChange& c : *changes) {
            if (inv.json()) {
                all.append(changeJson(c));
                continue;
            }
            if (c.peer != lastPeer)
                inv.print(tr("From %1:").arg(c.peer.did()));
            lastPeer = c.peer;
            inv.print(QStringLiteral("  ") + changeLine(c));
        }
        if (inv.json())
            inv.printJson(all);
        else if (changes->isEmpty())
            inv.print(tr("Nothing waits for review."));
        inv.succeed();
    });
}

void runShow(Invocation& inv)
{
    withCommons(inv, [&inv](Commons& commons, const PublicKey& me) {
        ReviewQueue queue(commons, me);
        auto change = queue.change(inv.argument(2));
        if (!change)
            return inv.fail(change.error());
        auto diffs = queue.diffs(*change);
        if (!diffs)
            return inv.fail(diffs.error());
        if (inv.json()) {
            QJsonObject o = changeJson(*change);
            QJsonArray texts;
            for (const PageDiff& d : *diffs)
                texts.append(d.unifiedText());
            o.insert(QStringLiteral("message"), change->message);
            o.insert(QStringLiteral("diffs"), texts);
            inv.printJson(o);
            return inv.succeed();
        }
        inv.print(tr("commit %1").arg(change->commit.toHex()));
        if (!change->peer.isNull())
            inv.print(tr("from %1").arg(change->peer.did()));
        inv.print(
            tr("author %1 <%2>  %3").arg(change->author, change->authorEmail, change->time.toString(Qt::ISODate)));
        inv.print(tr("signature %1").arg(change->signature.describe()));
        if (change->onRejected)
            inv.print(tr("sits on a change you rejected: approving applies it alone"));
        for (const ReviewNote& n : change->verdicts)
            inv.print(tr("%1 by %2: %3").arg(ReviewNote::verdictKey(n.verdict), n.reviewer.did(), n.comment));
        inv.print(QString());
        inv.print(change->message.trimmed());
        inv.print(QString());
        for (const PageDiff& d : *diffs)
            inv.print(d.unifiedText());
        inv.succeed();
    });
}

QString outcomeText(const ApprovalOutcome& o)
{
    switch (o.kind) {
    case ApprovalOutcome::Kind::AlreadyIn:
        return tr("already in your view; accepted");
    case ApprovalOutcome::Kind::FastForward:
        return tr("fast-forwarded to %1").arg(o.head.toShortHex());
    case ApprovalOutcome::Kind::Merged:
        return tr("merged as %1").arg(o.head.toShortHex());
    case ApprovalOutcome::Kind::CherryPicked:
        return tr("applied alone as %1").arg(o.head.toShortHex());
    case ApprovalOutcome::Kind::Conflict:
        break;
    }
    return tr("conflicts");
}

// Prints one outcome; false (and the invocation failed) for a conflict.
bool report(Invocation& inv, const QString& what, const Result<ApprovalOutcome>& outcome, QJsonArray& json)
{
    if (!outcome) {
        inv.fail(outcome.error());
        return false;
    }
    if (outcome->kind == ApprovalOutcome::Kind::Conflict) {
        inv.fail(Error::conflict(tr("Approving %1 conflicts with your view in %2; nothing was changed. "
                                    "Resolve it in the app's review panel.")
                                     .arg(what, outcome->resolution->paths().join(QStringLiteral(", ")))));
        return false;
    }
    if (inv.json())
        json.append(QJsonObject{{QStringLiteral("change"), what},
                                {QStringLiteral("head"), outcome->head.toHex()},
                                {QStringLiteral("result"), outcomeText(*outcome)}});
    else
        inv.print(tr("%1: %2").arg(what, outcomeText(*outcome)));
    return true;
}

void runApprove(Invocation& inv)
{
    const bool byPeer = inv.isSet(QStringLiteral("peer"));
    if (byPeer == (inv.arguments().size() > 2))
        return inv.usageError(tr("Name the changes to approve or give --peer PID, not both."));
    withCommons(inv, [&inv, byPeer](Commons& commons, const PublicKey& me) {
        Approver approver(commons, me);
        QJsonArray json;
        if (byPeer) {
            auto peer = PublicKey::fromText(inv.value(QStringLiteral("peer")));
            if (!peer)
                return inv.fail(peer.error());
            if (!report(inv, peer->did(), approver.approvePeer(*peer), json))
                return;
        }
        ReviewQueue queue(commons, me);
        for (int i = 2; i < inv.arguments().size(); ++i) {
            auto change = queue.change(inv.argument(i));
            if (!change)
                return inv.fail(change.error());
            if (!report(inv, change->commit.toShortHex(), approver.approve(change->commit), json))
                return;
        }
        if (inv.json())
            inv.printJson(json);
        inv.succeed();
    });
}

void runReject(Invocation& inv)
{
    const QString reason = inv.value(QStringLiteral("message"));
    if (reason.trimmed().isEmpty())
        return inv.usageError(tr("Say why with -m REASON: a rejection needs a comment."));
    withCommons(inv, [&inv, reason](Commons& commons, const PublicKey& me) {
        auto change = ReviewQueue(commons, me).change(inv.argument(2));
        if (!change)
            return inv.fail(change.error());
        if (auto s = Approver(commons, me).reject(change->commit, reason); !s)
            return inv.fail(s.error());
        if (inv.json())
            inv.printJson(QJsonObject{{QStringLiteral("rejected"), change->commit.toHex()}});
        else
            inv.print(tr("Rejected %1.").arg(change->commit.toShortHex()));
        inv.succeed();
    });
}

void runReview(Invocation& inv)
{
    const QString action = inv.argument(0);
    const qsizetype n = inv.arguments().size();
    if (action == u"list" && n == 2)
        return runList(inv);
    if (action == u"show" && n == 3)
        return runShow(inv);
    if (action == u"approve")
        return runApprove(inv);
    if (action == u"reject" && n == 3)
        return runReject(inv);
    inv.usageError(tr("Use review list DIR, review show DIR CHANGE, review approve DIR CHANGE… | --peer PID, "
                      "or review reject DIR CHANGE -m REASON."));
}

void runTrust(Invocation& inv)
{
    auto peer = PublicKey::fromText(inv.argument(1));
    if (!peer)
        return inv.fail(peer.error());
    std::optional<TrustPolicy::Level> level;
    if (inv.arguments().size() > 2 && !(level = TrustPolicy::fromKey(inv.argument(2))))
        return inv.usageError(tr("The trust level is review, auto or block."));
    auto commons = Commons::open(inv.argument(0));
    if (!commons)
        return inv.fail(commons.error());
    auto policy = TrustPolicy::load((*commons)->repository().gitDir());
    if (!policy)
        return inv.fail(policy.error());
    if (level)
        if (auto s = policy->set(*peer, *level); !s)
            return inv.fail(s.error());
    const QString now = TrustPolicy::key(policy->level(*peer));
    if (inv.json())
        inv.printJson(QJsonObject{{QStringLiteral("peer"), peer->did()}, {QStringLiteral("trust"), now}});
    else
        inv.print(tr("%1: %2").arg(peer->did(), now));
    inv.succeed();
}

Command reviewCommand()
{
    return {QStringLiteral("review"),
            QStringLiteral("list DIR | show DIR CHANGE | approve DIR (CHANGE… | --peer PID) | reject DIR CHANGE -m "
                           "REASON"),
            QT_TRANSLATE_NOOP("cp::cli", "List, show, approve or reject the changes peers offer"),
            QT_TRANSLATE_NOOP("cp::cli", "CHANGE is a commit id or a unique prefix of one. Approving fast-forwards, "
                                         "merges with a signed commit, or applies the change alone when it sits on "
                                         "one you rejected; a conflict changes nothing and is resolved in the app. "
                                         "Every verdict is a signed note on refs/notes/reviews."),
            {{{QStringLiteral("peer")},
              QT_TRANSLATE_NOOP("cp::cli", "approve: everything pending from this peer"),
              QStringLiteral("PID")},
             {{QStringLiteral("m"), QStringLiteral("message")},
              QT_TRANSLATE_NOOP("cp::cli", "reject: why (required)"),
              QStringLiteral("REASON")}},
            2,
            64,
            runReview};
}

Command trustCommand()
{
    return {QStringLiteral("trust"),
            QStringLiteral("DIR PID [review|auto|block]"),
            QT_TRANSLATE_NOOP("cp::cli", "Show or set how a peer's changes are taken"),
            QT_TRANSLATE_NOOP("cp::cli", "review: each change waits for you (the default); auto: approved as they "
                                         "arrive; block: nothing from this peer is queued."),
            {},
            2,
            3,
            runTrust};
}

const CommandRegistration registration{reviewCommand(), trustCommand()};

} // namespace

} // namespace cp::cli
