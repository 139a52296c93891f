#pragma once

#include "core/crypto/PublicKey.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace cp {

// What a commit's signature says (DESIGN.md §4): a plain value, cheap to copy.
struct CommitVerification
{
    Q_DECLARE_TR_FUNCTIONS(CommitVerification)

public:
    enum class State {
        Verified, // a valid SSH signature (namespace "git"); `signer` made it
        Unsigned, // no signature at all
        Bad,      // a signature that does not check out: `reason` says why
    };

    State state = State::Unsigned;
    // Verified: who signed. Bad: the key the signature names, when it could be read
    // (the signature is not theirs, only claims to be); null otherwise.
    PublicKey signer;
    // Bad: why, in words for a person.
    QString reason;
    // The peers the author and committer e-mail fields name (see PeerEmail), if any.
    // They are claims anyone can write; `signer` is what the signature proves.
    std::optional<PublicKey> authorKey;
    std::optional<PublicKey> committerKey;

    [[nodiscard]] bool isVerified() const { return state == State::Verified; }
    // Verified by the key the author field names. False when the author names
    // someone else (or no peer): show the signer next to the author then.
    [[nodiscard]] bool isSignedByAuthor() const { return isVerified() && authorKey && *authorKey == signer; }
    // Verified, but the committer field (who made this commit object) names a
    // different peer than the one who signed: the commit misstates its maker.
    [[nodiscard]] bool claimsAnotherSigner() const { return isVerified() && committerKey && *committerKey != signer; }

    // "verified", "unsigned", "bad": stable words for JSON and scripts.
    [[nodiscard]] static QString stateKey(State state);
    // One line for a person: "Signed by did:key:…", "Not signed", "Bad signature: …".
    [[nodiscard]] QString describe() const;
    // A short label for a column next to the author: "✓ 1a2b3c4d", "unsigned", "BAD".
    [[nodiscard]] QString label() const;
};

} // namespace cp
