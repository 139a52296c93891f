#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <array>
#include <compare>
#include <cstdint>

namespace cp {

// An Ed25519 public key: who a peer is. A small value type (32 bytes), cheap to
// copy, usable as a QHash/QMap key. Its textual forms:
//   did()     did:key:z6Mk…  the peer id shown and exchanged (W3C did:key: multibase
//                            'z' + base58btc of the multicodec 0xed 0x01 + the key)
//   pid()     z6Mk…          the same without "did:key:"; safe in git ref names
//                            (refs/peers/<pid>/…) and file names
//   shortId() the last 8 characters of pid(), for the UI next to a display name
class PublicKey
{
    Q_DECLARE_TR_FUNCTIONS(PublicKey)

public:
    static constexpr qsizetype Size = 32;

    // The null key (all zero); isNull() is true. Never a real peer.
    PublicKey() = default;

    [[nodiscard]] static Result<PublicKey> fromBytes(QByteArrayView bytes);
    // "did:key:z6Mk…"; errors say what is wrong (prefix, encoding, key type, length).
    [[nodiscard]] static Result<PublicKey> fromDid(QStringView did);
    // "z6Mk…" as in ref names.
    [[nodiscard]] static Result<PublicKey> fromPid(QStringView pid);
    // Either form, surrounding white space ignored: for ids a person pastes.
    [[nodiscard]] static Result<PublicKey> fromText(QStringView text);

    [[nodiscard]] bool isNull() const;
    [[nodiscard]] QByteArray bytes() const;
    [[nodiscard]] const std::array<std::uint8_t, Size>& raw() const { return m_key; }

    [[nodiscard]] QString did() const;
    [[nodiscard]] QString pid() const;
    [[nodiscard]] QString shortId() const;

    // True if `signature` is a valid 64-byte Ed25519 signature of `message` by this key.
    [[nodiscard]] bool verify(QByteArrayView message, QByteArrayView signature) const;

    friend bool operator==(const PublicKey&, const PublicKey&) = default;
    friend auto operator<=>(const PublicKey&, const PublicKey&) = default;

private:
    std::array<std::uint8_t, Size> m_key{};
};

[[nodiscard]] size_t qHash(const PublicKey& key, size_t seed = 0) noexcept;

} // namespace cp
