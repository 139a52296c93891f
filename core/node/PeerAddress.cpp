#include "core/node/PeerAddress.h"

namespace cp::node {

Result<PeerAddress> PeerAddress::parse(QStringView text)
{
    QStringView rest = text.trimmed();
    PeerAddress out;
    if (const qsizetype at = rest.lastIndexOf(u'@'); at >= 0) {
        auto pid = PublicKey::fromText(rest.first(at));
        if (!pid)
            return fail(Error::user(tr("“%1” does not start with a peer id: %2").arg(text, pid.error().message)));
        out.pid = *pid;
        rest = rest.sliced(at + 1);
    }
    qsizetype colon = -1;
    if (rest.startsWith(u'[')) {
        const qsizetype close = rest.indexOf(u']');
        if (close < 0 || close + 1 >= rest.size() || rest[close + 1] != u':')
            return fail(Error::user(tr("“%1” is not an address: write [IPv6]:PORT.").arg(text)));
        out.host = rest.sliced(1, close - 1).toString();
        colon = close + 1;
    } else {
        colon = rest.lastIndexOf(u':');
        if (colon <= 0 || rest.first(colon).contains(u':'))
            return fail(Error::user(tr("“%1” is not an address: write HOST:PORT (IPv6 as [ADDRESS]:PORT).").arg(text)));
        out.host = rest.first(colon).toString();
    }
    bool ok = false;
    const uint port = rest.sliced(colon + 1).toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return fail(Error::user(tr("“%1” has no valid port (1–65535).").arg(text)));
    out.port = quint16(port);
    if (out.host.isEmpty() || out.host.size() > 253 || out.host.contains(u' '))
        return fail(Error::user(tr("“%1” has no valid host.").arg(text)));
    return out;
}

Result<PeerAddress> PeerAddress::parseWithPeer(QStringView text)
{
    auto address = parse(text);
    if (address && address->pid.isNull())
        return fail(Error::user(tr("“%1” does not say which peer answers there; write PEER-ID@HOST:PORT (the "
                                   "peer id is what `commonplace-cli serve` prints).")
                                    .arg(text)));
    return address;
}

QString PeerAddress::hostPort() const
{
    const bool v6 = host.contains(u':');
    return (v6 ? u'[' + host + u']' : host) + u':' + QString::number(port);
}

QString PeerAddress::toString() const
{
    return pid.isNull() ? hostPort() : pid.pid() + u'@' + hostPort();
}

} // namespace cp::node
