#pragma once

#include "core/Error.h"
#include "core/crypto/PublicKey.h"
#include "core/git/Oid.h"
#include "core/review/MergeResolution.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <memory>

namespace cp {

class Commons;
class Identity;

// What an approval did.
struct ApprovalOutcome
{
    enum class Kind {
        AlreadyIn,    // the commit was in my view already; only the accept note was written
        FastForward,  // main moved to the commit
        Merged,       // a signed merge commit joins it to main
        CherryPicked, // it sat on a commit I rejected: its change alone was applied, signed
        Conflict,     // nothing committed yet: resolve `resolution`, then commit it
    };
    Kind kind = Kind::AlreadyIn;
    git::Oid head; // main afterwards (unchanged for Conflict)
    std::shared_ptr<MergeResolution> resolution;
};

// Acts on the review queue for me (DESIGN §8): approves (fast-forward, signed merge,
// or cherry-pick when the change sits on one I rejected) and rejects, writing a signed
// note on refs/notes/reviews each time. Main moves by compare-and-swap; then the index
// and working tree follow it (files edited meanwhile are left alone) and
// Commons::headChanged is emitted. Signs with Commons::signer(), which must be set,
// and `self` must be that signer's key. Works on the commons' thread.
class Approver
{
    Q_DECLARE_TR_FUNCTIONS(Approver)

public:
    Approver(Commons& commons, const PublicKey& self);

    // Approves `commit` (and, unless it is cherry-picked, the pending commits below it).
    [[nodiscard]] Result<ApprovalOutcome> approve(const git::Oid& commit);
    // Approves everything pending from `peer`, oldest first; stops at the first
    // conflict and returns it (what came before stays approved).
    [[nodiscard]] Result<ApprovalOutcome> approvePeer(const PublicKey& peer);
    // Rejects `commit` with a signed note; `comment` is required. A commit already
    // in my view cannot be rejected.
    [[nodiscard]] Status reject(const git::Oid& commit, const QString& comment);
    // For every peer whose trust level is Auto, approves what it offers; a peer whose
    // changes conflict is left in the queue, and so is one whose changes would touch a
    // file of the working folder holding an edit not committed yet (never overwritten).
    // Returns how many commits were approved.
    // The Node calls this after a peer's refs moved.
    [[nodiscard]] Result<int> autoAccept();
    // For the Node, on its own thread after a peer's refs moved: opens the commons at
    // `path`, signs as `identity` (author `authorName`), and runs autoAccept(). Cheap
    // when no peer is trusted with Auto (only the trust file is read).
    [[nodiscard]] static Result<int> autoAcceptAt(const QString& path, std::shared_ptr<const Identity> identity,
                                                  const QString& authorName = {});

private:
    struct Plan;
    [[nodiscard]] Result<ApprovalOutcome> carryOut(const Plan& plan);
    [[nodiscard]] Result<git::Oid> land(const Plan& plan, const git::Oid& tree);
    [[nodiscard]] Status writeNote(const git::Oid& commit, int verdict, const QString& comment);

    Commons& m_commons;
    PublicKey m_self;
};

} // namespace cp
