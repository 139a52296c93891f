#pragma once

#include "core/Error.h"
#include "core/crypto/Identity.h"
#include "core/crypto/PublicKey.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace cp {

// An identity exported for moving to another machine, sealed with a passphrase:
// argon2id (crypto_pwhash) turns the passphrase into a key that seals the seed
// with crypto_secretbox (XSalsa20-Poly1305). The text form is
//   -----BEGIN COMMONPLACE IDENTITY-----  base64  -----END COMMONPLACE IDENTITY-----
// of: "CPID", format version (1), algorithm (2 = argon2id13), opslimit (u32),
// memlimit in KiB (u32), public key (32), salt (16), nonce (24), sealed seed (48);
// integers big-endian. The public key is in the clear so peek() can say whose
// identity it is; open() checks that the seed really belongs to it.
class SealedIdentity
{
    Q_DECLARE_TR_FUNCTIONS(SealedIdentity)

public:
    enum class Strength {
        Interactive, // argon2id interactive limits: 2 passes, 64 MiB (about 0.1 s)
        Moderate,    // argon2id moderate limits: 3 passes, 256 MiB (about 1 s); the default
    };

    [[nodiscard]] static Result<QByteArray> seal(const Identity& identity, const QString& passphrase,
                                                 Strength strength = Strength::Moderate);
    // The identity, or an Error::crypto for a wrong passphrase, or for text that is
    // truncated, damaged or from an unknown format version.
    [[nodiscard]] static Result<Identity> open(QByteArrayView text, const QString& passphrase);
    // Whose identity `text` holds, without the passphrase.
    [[nodiscard]] static Result<PublicKey> peek(QByteArrayView text);
};

} // namespace cp
