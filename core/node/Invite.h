#pragma once

#include "core/Error.h"
#include "core/crypto/PublicKey.h"
#include "core/crypto/SecureBuffer.h"
#include "core/git/Oid.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cp::node {

// Everything a new member needs to join a commons (DESIGN §7), as one string:
//   commonplace://invite/<base32 of CBOR {v, commons, name, key, inviter, addresses[, by]}>
// (RFC 4648 base32, lower case, no padding). It holds the network key: whoever has
// the string can join, so it is a secret. Move-only (the key is in secure memory).
struct Invite
{
    Q_DECLARE_TR_FUNCTIONS(Invite)

public:
    static constexpr quint64 kVersion = 1;
    static constexpr qsizetype kMaxInviterName = 100;

    git::Oid commons;
    QString name;
    SecureBuffer networkKey;
    PublicKey inviter;
    QString inviterName;   // how the inviter signs (optional, "by"): shown before joining
    QStringList addresses; // "host:port" where the inviter listens

    [[nodiscard]] QString toText() const;
    [[nodiscard]] static Result<Invite> parse(QStringView text);

    [[nodiscard]] static QString base32(QByteArrayView bytes);
    [[nodiscard]] static Result<QByteArray> fromBase32(QStringView text);
};

} // namespace cp::node
