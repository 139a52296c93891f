#pragma once

#include "core/Error.h"
#include "core/crypto/PublicKey.h"
#include "core/git/CommitSigner.h"
#include "core/git/Oid.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace cp {

// One verdict on one commit, as a git note under refs/notes/reviews (mine) or
// refs/peers/<pid>/notes/reviews (a peer's). The note is a line of JSON
// {"commit","comment","reviewer","time","v":1,"verdict"} followed by an armored
// SSHSIG (namespace "git", made by the reviewer's commit signer) over exactly
// that line, so `git log --notes=reviews` shows the verdict and comment as text.
// Approving writes an "accept" note; rejecting a "reject" note with a comment.
class ReviewNote
{
    Q_DECLARE_TR_FUNCTIONS(ReviewNote)

public:
    enum class Verdict { Accept, Reject };

    git::Oid commit;
    Verdict verdict = Verdict::Accept;
    QString comment;
    PublicKey reviewer; // proved by the signature
    QDateTime time;

    // The signed note text for `commit`; `reviewer` must be the signer's key.
    [[nodiscard]] static Result<QByteArray> make(const git::Oid& commit, Verdict verdict, const QString& comment,
                                                 const PublicKey& reviewer, const CommitSigner& signer,
                                                 const QDateTime& time = QDateTime::currentDateTimeUtc());
    // Parses and verifies a note found on `commit`: the signature must check out,
    // be made by the reviewer it names, and the note must name `commit`.
    [[nodiscard]] static Result<ReviewNote> parse(const QByteArray& text, const git::Oid& commit);

    // "accept" / "reject".
    [[nodiscard]] static QString verdictKey(Verdict verdict);
};

} // namespace cp
