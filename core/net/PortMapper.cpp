#include "core/net/PortMapper.h"

#include "core/net/NatPmpMapper.h"
#include "core/net/UpnpMapper.h"

#include <QCoreApplication>
#include <QThread>

namespace cp::net {

namespace {

PortMapResult mapBlocking(quint16 port, const PortMapperOptions& options, const std::atomic_bool& cancel)
{
    PortMapResult upnp;
    if (options.useUpnp) {
        upnp = UpnpMapper::map(port, options, cancel);
        if (upnp.ok || !options.useNatPmp || cancel)
            return upnp;
    }
    PortMapResult natpmp = options.useNatPmp ? NatPmpMapper::map(port, options, cancel) : PortMapResult{};
    if (!natpmp.ok && options.useUpnp)
        natpmp.error = upnp.error + QStringLiteral("; ") + natpmp.error;
    if (!options.useUpnp && !options.useNatPmp)
        natpmp.error = QCoreApplication::translate("PortMapper", "port mapping is switched off");
    return natpmp;
}

} // namespace

PortMapper::PortMapper(quint16 internalPort, PortMapperOptions options, QObject* parent)
    : QObject(parent), m_internalPort(internalPort), m_options(std::move(options))
{
    m_renewTimer.setInterval(m_options.renewIntervalMs);
    connect(&m_renewTimer, &QTimer::timeout, this, [this] { runAttempt(true); });
}

PortMapper::~PortMapper()
{
    *m_cancel = true;
    if (m_worker) {
        m_worker->wait();
        if (m_attempt && m_attempt->ok) // mapped after all, even if stop() came first: undo it
            m_mapping = *m_attempt;
        delete m_worker;
        m_worker = nullptr;
    }
    if (m_running)
        stop();
    else
        unmap();
    for (QThread* t : std::as_const(m_unmappers)) {
        t->wait();
        delete t;
    }
}

void PortMapper::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_failureReason.clear();
    setState(State::Discovering);
    runAttempt(false);
    m_renewTimer.start();
}

void PortMapper::stop()
{
    if (!m_running)
        return;
    m_running = false;
    *m_cancel = true;
    m_renewTimer.stop();
    unmap();
    m_method = Method::None;
    m_externalAddress.clear();
    m_externalPort = 0;
    setState(State::Idle);
}

void PortMapper::runAttempt(bool renewal)
{
    Q_UNUSED(renewal);
    if (m_worker)
        return; // the previous attempt is still running
    auto result = std::make_shared<PortMapResult>();
    m_attempt = result;
    m_worker = QThread::create([result, port = m_internalPort, options = m_options, cancel = m_cancel] {
        *result = mapBlocking(port, options, *cancel);
    });
    connect(m_worker, &QThread::finished, this, &PortMapper::onAttemptFinished);
    m_worker->start();
}

void PortMapper::onAttemptFinished()
{
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    const PortMapResult r = *m_attempt;
    m_attempt.reset();
    if (!m_running) { // stopped meanwhile: undo what the worker did
        if (r.ok) {
            m_mapping = r;
            unmap();
        }
        return;
    }
    if (!r.ok) {
        m_failureReason = r.error;
        setState(State::Failed); // the renew timer tries again
        return;
    }
    const bool changed = m_state != State::Mapped || m_method != r.method || m_externalAddress != r.externalAddress ||
                         m_externalPort != r.externalPort;
    m_mapping = r;
    m_method = r.method;
    m_externalAddress = r.externalAddress;
    m_externalPort = r.externalPort;
    m_failureReason.clear();
    if (changed) {
        m_state = State::Mapped;
        emit stateChanged(m_state);
    } else {
        emit leaseRenewed();
    }
}

void PortMapper::unmap()
{
    if (!m_mapping)
        return;
    auto error = std::make_shared<QString>();
    QThread* t = QThread::create([error, mapping = *m_mapping, options = m_options] {
        *error = mapping.method == Method::Upnp ? UpnpMapper::unmap(mapping) : NatPmpMapper::unmap(mapping, options);
    });
    m_mapping.reset();
    m_unmappers.append(t);
    connect(t, &QThread::finished, this, [this, t, error] {
        t->wait();
        m_unmappers.removeOne(t);
        delete t;
        emit unmapped(*error);
    });
    t->start();
}

void PortMapper::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    emit stateChanged(s);
}

QString PortMapper::describe() const
{
    switch (m_state) {
    case State::Idle:
        return tr("port mapping off");
    case State::Discovering:
        return tr("looking for a UPnP or NAT-PMP router");
    case State::Mapped:
        return tr("mapped %1:%2 via %3")
            .arg(m_externalAddress.toString())
            .arg(m_externalPort)
            .arg(m_method == Method::Upnp ? QStringLiteral("UPnP") : QStringLiteral("NAT-PMP"));
    case State::Failed:
        return tr("port mapping failed: %1").arg(m_failureReason);
    }
    return {};
}

} // namespace cp::net
