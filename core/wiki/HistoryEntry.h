#pragma once

#include "core/git/Oid.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace cp {

// One commit as a history list shows it: for the whole commons, or for one page
// (then with what the commit did to that page). A plain value.
struct HistoryEntry
{
    // What the commit did to the page (None in the commons' history).
    enum class Change { None, Added, Modified, Renamed, Removed };
    // What the commit's signature says (DESIGN.md §4). Unknown: not checked, or the
    // commit could not be read.
    enum class SignatureState { Unknown, Verified, Unsigned, Bad };

    git::Oid commit;
    QList<git::Oid> parents;
    QString author;      // display name
    QString authorEmail; // may be a placeholder address
    QDateTime time;      // author time, with its UTC offset
    QString summary;     // the message's first paragraph on one line
    QString message;     // the whole message

    SignatureState signature = SignatureState::Unknown;
    QString signer; // Verified: the signer's did:key; Bad: the key the signature names, if readable
    // Bad: why, for a person; Verified: set when the signer is not the peer the author
    // field names (anyone can write an author field; the signature is the proof).
    QString signatureNote;

    Change change = Change::None;
    QString path;         // page history: the page's path in this commit (before a removal: the last one)
    QString previousPath; // Renamed: the path it had before this commit

    [[nodiscard]] bool isMerge() const { return parents.size() > 1; }
    // "verified", "unsigned", "bad", "unknown": stable words for JSON and scripts.
    [[nodiscard]] static QString signatureKey(SignatureState state);
    // "added", "modified", "renamed", "removed", "": stable words for JSON and scripts.
    [[nodiscard]] static QString changeKey(Change change);
};

} // namespace cp
