#pragma once

#include "core/Error.h"
#include "core/crypto/Identity.h"

#include <QCoreApplication>
#include <QString>

namespace cp {

// The identity kept in a file, for when no system keychain answers. The file is
// an unencrypted OpenSSH private key (so `ssh-keygen -Y sign -f FILE` works on
// it) with mode 0600 from the moment it exists; the comment is the peer id.
// Synchronous and small: fine to call on any thread, no event loop needed.
class KeyFile
{
    Q_DECLARE_TR_FUNCTIONS(KeyFile)

public:
    [[nodiscard]] static Result<Identity> read(const QString& path);
    // Replaces `path` atomically (write beside it, then rename).
    [[nodiscard]] static Status write(const QString& path, const Identity& identity);
    // The identity in `path`, or a new one written there (*created tells which).
    [[nodiscard]] static Result<Identity> loadOrCreate(const QString& path, bool* created = nullptr);
};

} // namespace cp
