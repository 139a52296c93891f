#include "core/crypto/PublicKey.h"

#include "core/crypto/Base58.h"
#include "core/crypto/Sodium.h"

#include <QHashFunctions>
#include <algorithm>
#include <sodium.h>

namespace cp {

namespace {

const QString kDidPrefix = QStringLiteral("did:key:");
// Multicodec "ed25519-pub" (0xed) as an unsigned varint: 0xed 0x01.
constexpr char kMulticodec[] = {'\xed', '\x01'};
constexpr qsizetype kPidLength = 48;

// What of a pasted id to repeat in a message: enough to recognise it.
QString shown(QStringView text)
{
    return text.size() <= 64 ? text.toString() : text.first(60).toString() + u'…';
}

} // namespace

Result<PublicKey> PublicKey::fromBytes(QByteArrayView bytes)
{
    if (bytes.size() != Size)
        return fail(Error::crypto(tr("An Ed25519 public key has 32 bytes, not %1.").arg(bytes.size())));
    PublicKey key;
    std::copy(bytes.begin(), bytes.end(), key.m_key.begin());
    return key;
}

Result<PublicKey> PublicKey::fromDid(QStringView did)
{
    if (!did.startsWith(kDidPrefix))
        return fail(Error::user(tr("“%1” is not a peer id: it should start with “did:key:z6Mk”.").arg(shown(did))));
    auto key = fromPid(did.mid(kDidPrefix.size()));
    if (!key)
        return fail(Error{key.error().kind, tr("Peer id “%1”: %2").arg(shown(did), key.error().message)});
    return key;
}

Result<PublicKey> PublicKey::fromPid(QStringView pid)
{
    if (pid.isEmpty())
        return fail(Error::user(tr("The peer id is empty.")));
    if (pid.front() != u'z')
        return fail(Error::user(
            tr("only base58btc keys (starting with “z”) are supported, this one starts with “%1”.").arg(pid.front())));
    // Every Ed25519 key encodes to "z6Mk" + 44 characters (0xed 0x01 fixes the first digits).
    if (!pid.startsWith(u"z6Mk"))
        return fail(Error::user(tr("this is not an Ed25519 key (those start with z6Mk).")));
    const auto wrongLength = [&] {
        return fail(Error::user(tr("the id is cut short or has extra characters (an Ed25519 peer id has 48 "
                                   "characters after did:key:, this one has %1).")
                                    .arg(pid.size())));
    };
    if (pid.size() != kPidLength)
        return wrongLength();
    auto decoded = base58::decode(pid.mid(1));
    if (!decoded)
        return fail(decoded.error());
    if (decoded->size() != 2 + Size || !decoded->startsWith(QByteArrayView(kMulticodec, 2)))
        return wrongLength();
    return fromBytes(QByteArrayView(*decoded).sliced(2));
}

Result<PublicKey> PublicKey::fromText(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    return trimmed.startsWith(u"did:") ? fromDid(trimmed) : fromPid(trimmed);
}

bool PublicKey::isNull() const
{
    return std::all_of(m_key.begin(), m_key.end(), [](std::uint8_t b) { return b == 0; });
}

QByteArray PublicKey::bytes() const
{
    return {reinterpret_cast<const char*>(m_key.data()), Size};
}

QString PublicKey::did() const
{
    return kDidPrefix + pid();
}

QString PublicKey::pid() const
{
    QByteArray prefixed(kMulticodec, 2);
    prefixed.append(bytes());
    return u'z' + base58::encode(prefixed);
}

QString PublicKey::shortId() const
{
    return pid().right(8);
}

bool PublicKey::verify(QByteArrayView message, QByteArrayView signature) const
{
    if (signature.size() != crypto_sign_BYTES)
        return false;
    ensureSodium();
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.data()),
                                       reinterpret_cast<const unsigned char*>(message.data()),
                                       static_cast<unsigned long long>(message.size()), m_key.data()) == 0;
}

size_t qHash(const PublicKey& key, size_t seed) noexcept
{
    return qHashBits(key.raw().data(), PublicKey::Size, seed);
}

} // namespace cp
