#pragma once

#include "core/Error.h"
#include "core/git/Oid.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <chrono>
#include <memory>

namespace cp::git {

class Repository;

// A pack arriving from a peer, kept in quarantine until it is checked:
//  1. begin() makes a folder of its own under `quarantineRoot`;
//  2. append() feeds the bytes as they come (git_indexer writes pack and index there);
//  3. finish() completes the index; verify() checks every object in the pack: trees
//     hold only safe entries (EntrySafety), every object a commit, tree or tag names
//     is in the pack or already in the repository, and so is every wanted object;
//  4. accept() moves pack and index into the object database.
// Dropped before accept(), or failing anywhere, it removes its folder: nothing a peer
// sent reaches the object database unchecked, and a transfer cut short leaves nothing.
// Owned by the thread that owns the repository.
class IncomingPack
{
    Q_DECLARE_TR_FUNCTIONS(IncomingPack)

public:
    struct Limits
    {
        qint64 maxBytes = 512LL * 1024 * 1024;
        qint64 maxObjects = 10'000'000;
    };

    [[nodiscard]] static Result<IncomingPack> begin(Repository& repo, const QString& quarantineRoot, Limits limits);
    // Removes what a crash left under `quarantineRoot`: folders untouched for `olderThan`
    // (another process may be receiving into a younger one right now).
    static void removeLeftovers(const QString& quarantineRoot, std::chrono::seconds olderThan = {});

    IncomingPack(IncomingPack&&) noexcept;
    IncomingPack& operator=(IncomingPack&&) noexcept;
    ~IncomingPack();

    // Error::protocol for bytes that are not a pack or go over the limits.
    [[nodiscard]] Status append(QByteArrayView data);
    [[nodiscard]] Status finish();
    [[nodiscard]] Status verify(const QList<Oid>& wanted);
    [[nodiscard]] Status accept();

    [[nodiscard]] qint64 receivedBytes() const;
    // Objects in the pack (known once its header arrived; all of them after finish()).
    [[nodiscard]] qint64 objectCount() const;
    [[nodiscard]] QString folder() const;

private:
    struct Private;
    explicit IncomingPack(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace cp::git
