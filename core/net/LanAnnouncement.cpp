#include "core/net/LanAnnouncement.h"

#include "core/crypto/Sodium.h"

#include <QCoreApplication>
#include <QtEndian>
#include <sodium.h>

namespace cp::net {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("LanAnnouncement", text);
}

} // namespace

QByteArray LanAnnouncement::magic()
{
    return QByteArrayLiteral("CPLA");
}

Result<QByteArray> LanAnnouncement::tag(QByteArrayView networkKey, QByteArrayView pid)
{
    if (networkKey.size() != crypto_auth_hmacsha256_KEYBYTES)
        return fail(Error::user(tr("A commons network key must be 32 bytes, not %1.").arg(networkKey.size())));
    if (pid.size() != kPidSize)
        return fail(Error::user(tr("A peer id must be 32 bytes, not %1.").arg(pid.size())));
    ensureSodium();
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(networkKey.data()),
                                static_cast<size_t>(networkKey.size()));
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>("lan"), 3);
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(pid.data()),
                                  static_cast<unsigned long long>(pid.size()));
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_final(&state, mac);
    sodium_memzero(&state, sizeof state);
    QByteArray out(reinterpret_cast<const char*>(mac), kTagSize);
    sodium_memzero(mac, sizeof mac);
    return out;
}

Result<QByteArray> LanAnnouncement::encode() const
{
    if (pid.size() != kPidSize)
        return fail(Error::user(tr("A peer id must be 32 bytes, not %1.").arg(pid.size())));
    if (port == 0)
        return fail(Error::user(tr("A LAN announcement needs the TCP port we listen on.")));
    if (tags.size() > kMaxCommons)
        return fail(Error::user(
            tr("At most %1 commons fit in one LAN announcement, not %2.").arg(kMaxCommons).arg(tags.size())));
    QByteArray out = magic();
    out.reserve(kHeaderSize + tags.size() * kTagSize);
    out.append(char(kVersion));
    out.append(pid);
    out.append(char(port >> 8));
    out.append(char(port & 0xff));
    out.append(char(tags.size()));
    for (const QByteArray& t : tags) {
        if (t.size() != kTagSize)
            return fail(Error::user(tr("A commons tag must be %1 bytes, not %2.").arg(kTagSize).arg(t.size())));
        out.append(t);
    }
    return out;
}

Result<LanAnnouncement> LanAnnouncement::decode(QByteArrayView datagram)
{
    if (datagram.size() > kMaxDatagramSize)
        return fail(Error::protocol(tr("LAN datagram of %1 bytes refused: announcements are at most %2.")
                                        .arg(datagram.size())
                                        .arg(kMaxDatagramSize)));
    if (datagram.size() < 4 || datagram.first(4) != magic())
        return fail(Error::protocol(tr("LAN datagram refused: it is not a Commonplace announcement.")));
    if (datagram.size() < kHeaderSize)
        return fail(Error::protocol(tr("LAN announcement refused: truncated at %1 bytes.").arg(datagram.size())));
    const auto version = quint8(datagram[4]);
    if (version != kVersion)
        return fail(Error::protocol(
            tr("LAN announcement of version %1 refused: this version understands %2; update Commonplace.")
                .arg(version)
                .arg(kVersion)));
    LanAnnouncement a;
    a.pid = datagram.sliced(5, kPidSize).toByteArray();
    a.port = qFromBigEndian<quint16>(datagram.data() + 5 + kPidSize);
    const int count = quint8(datagram[kHeaderSize - 1]);
    if (a.port == 0)
        return fail(Error::protocol(tr("LAN announcement refused: it names port 0.")));
    if (count > kMaxCommons)
        return fail(Error::protocol(
            tr("LAN announcement refused: %1 commons, at most %2 allowed.").arg(count).arg(kMaxCommons)));
    if (datagram.size() != kHeaderSize + count * kTagSize)
        return fail(Error::protocol(tr("LAN announcement refused: %1 bytes for %2 commons tags, expected %3.")
                                        .arg(datagram.size())
                                        .arg(count)
                                        .arg(kHeaderSize + count * kTagSize)));
    for (int i = 0; i < count; ++i)
        a.tags.append(datagram.sliced(kHeaderSize + i * kTagSize, kTagSize).toByteArray());
    return a;
}

} // namespace cp::net
