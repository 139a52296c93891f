#pragma once

#include "core/Error.h"
#include "core/crypto/PublicKey.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace cp {

class Identity;

// OpenSSH's SSHSIG signature (PROTOCOL.sshsig), the format of `ssh-keygen -Y sign`
// and of git's ssh signing (gpg.format=ssh). We make ed25519 signatures over a
// sha512 digest, byte for byte what ssh-keygen makes for the same key and data,
// and check ed25519 ones over sha256 or sha512. The signer's public key travels
// inside the signature, so verifying also tells who signed.
class SshSignature
{
    Q_DECLARE_TR_FUNCTIONS(SshSignature)

public:
    enum class Hash { Sha256, Sha512 };

    // Armored "-----BEGIN SSH SIGNATURE-----" text signing `data` in `nameSpace`
    // (git uses "git"). Fails only for an empty namespace, which SSHSIG forbids.
    [[nodiscard]] static Result<QByteArray> sign(const Identity& identity, QByteArrayView data,
                                                 const QString& nameSpace = QStringLiteral("git"));

    // The signer's key if `armored` is a valid signature of `data` in `nameSpace`;
    // otherwise an Error::crypto that says what is wrong (malformed, unsupported
    // key or hash, other namespace, or content/signature changed after signing).
    [[nodiscard]] static Result<PublicKey> verify(QByteArrayView armored, QByteArrayView data,
                                                  const QString& nameSpace = QStringLiteral("git"));

    // Parses without checking the signature (strict: magic, version 1, ssh-ed25519
    // key and signature, sha256/sha512, empty reserved field, nothing trailing).
    [[nodiscard]] static Result<SshSignature> parse(QByteArrayView armored);
    // Checks this parsed signature against `data` and `nameSpace`.
    [[nodiscard]] Status check(QByteArrayView data, const QString& nameSpace) const;

    [[nodiscard]] const PublicKey& signer() const { return m_signer; }
    [[nodiscard]] const QString& nameSpace() const { return m_nameSpace; }
    [[nodiscard]] Hash hash() const { return m_hash; }

private:
    SshSignature() = default;

    PublicKey m_signer;
    QString m_nameSpace;
    Hash m_hash = Hash::Sha512;
    QByteArray m_signature;
};

} // namespace cp
