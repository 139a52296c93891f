#pragma once

#include "core/Error.h"
#include "core/git/Oid.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace cp::git {

class Repository;

// Builds a pack (git's transfer format) of what a peer asks for: every object
// reachable from `wants` and not from `haves`. Haves this repository does not hold
// are ignored (the peer may know more than we do); a want we do not hold is an error.
// The pack is not thin: it holds every object the peer lacks, whole or as a delta
// against another object in the same pack. Empty when the peer lacks nothing.
//
// A large history (at least `spliceMinCommits` commits to send) is counted first, and
// every pack of ours whose objects are all part of it is copied into the result as it
// is, deltas and all (libgit2's packbuilder would search for every delta again); only
// the rest goes through the packbuilder. The result is one pack either way, holding
// exactly the objects counted: reachable from the wants, not from the haves' trees.
class PackBuilder
{
    Q_DECLARE_TR_FUNCTIONS(PackBuilder)

public:
    struct Stats
    {
        qsizetype objects = 0;
        qsizetype bytes = 0;
        qsizetype splicedPacks = 0;   // packs of ours copied as they are
        qsizetype splicedObjects = 0; // the objects in them
    };

    // Refuses to build a pack over `maxBytes`.
    [[nodiscard]] static Result<QByteArray> build(Repository& repo, const QList<Oid>& wants, const QList<Oid>& haves,
                                                  qint64 maxBytes, Stats* stats = nullptr);
    [[nodiscard]] static Result<QByteArray> build(Repository& repo, const QList<Oid>& wants, const QList<Oid>& haves,
                                                  qint64 maxBytes, qsizetype spliceMinCommits, Stats* stats);
};

} // namespace cp::git
