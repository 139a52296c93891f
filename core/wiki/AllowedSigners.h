#pragma once

#include "core/Error.h"
#include "core/crypto/PublicKey.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cp {

namespace git {
class Repository;
}

// The allowed-signers file with which stock git checks a commons' signatures:
//   commonplace-cli allowed-signers DIR > F
//   git -c gpg.format=ssh -c gpg.ssh.allowedSignersFile=F verify-commit HEAD
// One line per key (OpenSshKey::allowedSignersLine): the principal is the peer's
// did, limited to the "git" namespace.
class AllowedSigners
{
    Q_DECLARE_TR_FUNCTIONS(AllowedSigners)

public:
    // Every key that made a verified signature on a commit reachable from any
    // reference of `repo` (my view, every peer's view, review notes), sorted by did.
    [[nodiscard]] static Result<QList<PublicKey>> signersIn(const git::Repository& repo);

    // The file's text for `keys`: sorted by did, each key once, '\n' after each line.
    [[nodiscard]] static QString fileContent(QList<PublicKey> keys);

    // fileContent() of the signers in `repo` plus `extra` (this profile's own key,
    // which may not have signed anything there yet).
    [[nodiscard]] static Result<QString> forRepository(const git::Repository& repo, const QList<PublicKey>& extra = {});
};

} // namespace cp
