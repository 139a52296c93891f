#pragma once

#include "core/crypto/PublicKey.h"

#include <QString>
#include <QStringView>
#include <optional>

namespace cp {

// The e-mail field of the commits Commonplace makes: the author's peer id,
// `did:key:z6Mk…`, so that `git log` shows who made a commit in the same form as
// the allowed-signers file names its principals (OpenSshKey::allowedSignersLine).
// git accepts any text without '<', '>' or a line break there.
class PeerEmail
{
public:
    // The e-mail for commits by `key`: its did.
    [[nodiscard]] static QString forKey(const PublicKey& key);
    // The peer an e-mail field names: a did ("did:key:z6Mk…"), or "<pid>@commonplace"
    // as some tools prefer an address-like form; std::nullopt for anything else.
    [[nodiscard]] static std::optional<PublicKey> keyIn(QStringView email);
};

} // namespace cp
