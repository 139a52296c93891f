#pragma once

#include "core/Error.h"
#include "core/crypto/Identity.h"
#include "core/crypto/PublicKey.h"
#include "core/crypto/SecureBuffer.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace cp {

// OpenSSH's text forms of Ed25519 keys.
class OpenSshKey
{
    Q_DECLARE_TR_FUNCTIONS(OpenSshKey)

public:
    // "ssh-ed25519 AAAAC3Nza… comment" as in authorized_keys / `ssh-keygen -y`.
    [[nodiscard]] static QString publicKeyLine(const PublicKey& key, const QString& comment = {});
    // Reads such a line (the comment is optional and ignored).
    [[nodiscard]] static Result<PublicKey> parsePublicKeyLine(QStringView line);

    // One line of a git/ssh allowed-signers file (gpg.ssh.allowedSignersFile):
    // `<did> namespaces="git" ssh-ed25519 AAAA…`, the did being the principal.
    [[nodiscard]] static QString allowedSignersLine(const PublicKey& key);

    // The UNENCRYPTED "-----BEGIN OPENSSH PRIVATE KEY-----" file (openssh-key-v1)
    // that ssh-keygen reads with -f. It is the secret key in the clear: it stays
    // in secure memory here and whoever writes it to disk must make the file
    // mode 0600. Meant for interoperating with ssh-keygen (tests, the curious).
    [[nodiscard]] static SecureBuffer privateKeyPem(const Identity& identity, const QString& comment = {});
    // Reads an unencrypted ed25519 key in that format (as `ssh-keygen -t ed25519 -N ''` writes it).
    [[nodiscard]] static Result<Identity> parsePrivateKeyPem(QByteArrayView pem);
};

} // namespace cp
