#pragma once

#include "core/Error.h"
#include "core/crypto/SecureBuffer.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace cp::node {

// The commons' network key (DESIGN §5): 32 random bytes shared by the members, the app
// key of the secret handshake. Created with the commons, carried in invites, kept in
// <git dir>/commonplace/network-key with mode 0600, never in the tree or a commit.
class NetworkKeyFile
{
    Q_DECLARE_TR_FUNCTIONS(NetworkKeyFile)

public:
    static constexpr qsizetype kSize = 32;

    [[nodiscard]] static QString pathIn(const QString& gitDir);
    [[nodiscard]] static Result<SecureBuffer> load(const QString& gitDir);
    // The key, made (random) and stored when the commons has none yet.
    [[nodiscard]] static Result<SecureBuffer> loadOrCreate(const QString& gitDir);
    // Stores `key` (joining a commons); refuses to replace a different one.
    [[nodiscard]] static Status store(const QString& gitDir, QByteArrayView key);
};

} // namespace cp::node
