#pragma once

#include "core/Error.h"
#include "core/crypto/PublicKey.h"
#include "core/git/Oid.h"
#include "core/review/ReviewNote.h"
#include "core/wiki/CommitVerification.h"
#include "core/wiki/PageDiff.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace cp {

class Commons;

// One commit a peer offers that is not in my view.
struct ReviewChange
{
    git::Oid commit;
    PublicKey peer; // whose view offers it
    QString author;
    QString authorEmail;
    QDateTime time;
    QString summary;
    QString message;
    CommitVerification signature;
    QStringList paths;          // files it changes against its first parent
    QList<ReviewNote> verdicts; // mine and every peer's, signature-checked
    bool onRejected = false;    // it sits on a commit I rejected: approving cherry-picks it

    [[nodiscard]] int acceptedCount() const;
    [[nodiscard]] int rejectedCount() const;
    // "accepted by 3, rejected by 1", or empty when nobody has said anything.
    [[nodiscard]] QString verdictSummary() const;
};

// Reads what waits for my consent (DESIGN §8): for each peer with a view under
// refs/peers/<pid>/heads/main that I do not block, the commits on it that are not
// in refs/heads/main and that I have not rejected, oldest first. A verdict is an
// explicit signed note (accept or reject) in my refs/notes/reviews or a peer's
// refs/peers/<pid>/notes/reviews; a peer's note counts only if <pid> signed it.
// Works on the commons' repository handle, on its thread; reads only.
class ReviewQueue
{
    Q_DECLARE_TR_FUNCTIONS(ReviewQueue)

public:
    static const QString MyNotesRef; // refs/notes/reviews

    ReviewQueue(Commons& commons, const PublicKey& self);

    // Peers with a view here (blocked ones included), sorted by pid.
    [[nodiscard]] Result<QList<PublicKey>> peers() const;
    // Every pending change, grouped by peer (peers sorted by pid), oldest first.
    [[nodiscard]] Result<QList<ReviewChange>> changes() const;
    [[nodiscard]] Result<QList<ReviewChange>> changes(const PublicKey& peer) const;
    // One commit (the full id or a unique prefix of a pending one), pending or not.
    [[nodiscard]] Result<ReviewChange> change(const QString& idOrPrefix) const;
    // The commits I rejected (my notes, signed by me).
    [[nodiscard]] Result<QSet<git::Oid>> rejected() const;
    // My own verdicts (my notes, signed by me), by commit.
    [[nodiscard]] Result<QHash<git::Oid, ReviewNote::Verdict>> myVerdicts() const;
    // Every valid verdict on `commit`.
    [[nodiscard]] Result<QList<ReviewNote>> verdicts(const git::Oid& commit) const;
    // What `change` did to each page it touches, against its first parent.
    [[nodiscard]] Result<QList<PageDiff>> diffs(const ReviewChange& change) const;
    // The pending commits from `tip` down to (not including) my main, oldest first:
    // those I have neither rejected nor accepted already (an accepted commit that was
    // cherry-picked is not in main). `anyRejected`: whether the range holds a rejected one.
    [[nodiscard]] Result<QList<git::Oid>> pendingUpTo(const git::Oid& tip, bool* anyRejected = nullptr) const;

private:
    [[nodiscard]] Result<ReviewChange> describe(const git::Oid& commit, const PublicKey& peer,
                                                const QSet<git::Oid>& rejected) const;

    Commons& m_commons;
    PublicKey m_self;
};

} // namespace cp
