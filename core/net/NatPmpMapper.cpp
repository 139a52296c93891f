#include "core/net/NatPmpMapper.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QtEndian>
#include <algorithm>

#define ENABLE_STRNATPMPERR // libnatpmp exports it; the header hides it behind this switch
#include <natpmp.h>
#include <poll.h>

namespace cp::net {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("NatPmpMapper", text);
}

// Owns a libnatpmp session (its UDP socket to the gateway).
class Session
{
public:
    Session() = default;
    ~Session()
    {
        if (m_open)
            closenatpmp(&m_handle);
    }
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    int open()
    {
        const int r = initnatpmp(&m_handle, 0, 0);
        m_open = r >= 0;
        return r;
    }
    natpmp_t* get() { return &m_handle; }

private:
    natpmp_t m_handle{};
    bool m_open = false;
};

QString natPmpError(int code)
{
    const char* text = strnatpmperr(code);
    return text ? QString::fromUtf8(text) : QString::number(code);
}

// Waits for the answer to the request just sent, with libnatpmp's retries, but no longer than
// timeoutMs in all. Returns 0 or a libnatpmp error code.
int awaitResponse(Session& session, natpmpresp_t& response, int timeoutMs, const std::atomic_bool& cancel)
{
    QElapsedTimer clock;
    clock.start();
    int r = NATPMP_TRYAGAIN;
    while (r == NATPMP_TRYAGAIN && !cancel) {
        timeval tv{};
        getnatpmprequesttimeout(session.get(), &tv);
        const qint64 left = timeoutMs - clock.elapsed();
        if (left <= 0)
            break;
        const qint64 wait = std::clamp<qint64>(qint64(tv.tv_sec) * 1000 + tv.tv_usec / 1000, 1, left);
        pollfd fd{session.get()->s, POLLIN, 0};
        ::poll(&fd, 1, int(std::min<qint64>(wait, 200))); // wake up now and then to see `cancel`
        r = readnatpmpresponseorretry(session.get(), &response);
    }
    return r;
}

} // namespace

PortMapResult NatPmpMapper::map(quint16 port, const PortMapperOptions& options, const std::atomic_bool& cancel)
{
    PortMapResult r;
    r.method = PortMapResult::Method::NatPmp;
    r.internalPort = port;
    Session session;
    if (const int e = session.open(); e < 0) {
        r.error = tr("NAT-PMP cannot start (no default gateway?): %1").arg(natPmpError(e));
        return r;
    }
    natpmpresp_t response{};
    if (const int e = sendpublicaddressrequest(session.get()); e < 0) {
        r.error = tr("NAT-PMP request failed: %1").arg(natPmpError(e));
        return r;
    }
    int e = awaitResponse(session, response, options.natPmpTimeoutMs, cancel);
    if (e != 0 || response.type != NATPMP_RESPTYPE_PUBLICADDRESS) {
        r.error = e == NATPMP_TRYAGAIN
                      ? tr("no NAT-PMP answer from the gateway within %1 ms").arg(options.natPmpTimeoutMs)
                      : tr("the NAT-PMP gateway did not tell its address: %1").arg(natPmpError(e));
        return r;
    }
    r.externalAddress = QHostAddress(qFromBigEndian<quint32>(&response.pnu.publicaddress.addr.s_addr));
    if (const int s =
            sendnewportmappingrequest(session.get(), NATPMP_PROTOCOL_TCP, port, port, uint32_t(options.leaseSeconds));
        s < 0) {
        r.error = tr("NAT-PMP request failed: %1").arg(natPmpError(s));
        return r;
    }
    e = awaitResponse(session, response, options.natPmpTimeoutMs, cancel);
    if (e != 0 || response.type != NATPMP_RESPTYPE_TCPPORTMAPPING) {
        r.error = tr("the NAT-PMP gateway refused to map TCP port %1: %2").arg(port).arg(natPmpError(e));
        return r;
    }
    r.ok = true;
    r.externalPort = response.pnu.newportmapping.mappedpublicport;
    r.lifetimeSeconds = int(response.pnu.newportmapping.lifetime);
    return r;
}

QString NatPmpMapper::unmap(const PortMapResult& mapping, const PortMapperOptions& options)
{
    Session session;
    if (const int e = session.open(); e < 0)
        return tr("NAT-PMP cannot start: %1").arg(natPmpError(e));
    // RFC 6886 §3.4: lifetime 0 and external port 0 delete the mapping.
    if (const int e = sendnewportmappingrequest(session.get(), NATPMP_PROTOCOL_TCP, mapping.internalPort, 0, 0); e < 0)
        return tr("NAT-PMP request failed: %1").arg(natPmpError(e));
    natpmpresp_t response{};
    const std::atomic_bool never{false};
    if (const int e = awaitResponse(session, response, options.natPmpTimeoutMs, never); e != 0)
        return tr("the NAT-PMP gateway did not confirm removing port %1: %2")
            .arg(mapping.externalPort)
            .arg(natPmpError(e));
    return {};
}

} // namespace cp::net
