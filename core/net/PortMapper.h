#pragma once

#include "core/net/PortMapResult.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace cp::net {

// Maps our TCP listening port on the home router so peers on the internet can reach us
// (DESIGN.md §7): UPnP IGD or NAT-PMP, the same external port as the internal one, leased for
// leaseSeconds and renewed every renewIntervalMs. The blocking library calls run on a worker
// thread; results arrive as stateChanged on the owner's thread. stop() (and destruction)
// removes the mapping.
class PortMapper : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Discovering, Mapped, Failed };
    Q_ENUM(State)
    using Method = PortMapResult::Method;

    explicit PortMapper(quint16 internalPort, PortMapperOptions options = {}, QObject* parent = nullptr);
    ~PortMapper() override; // waits for a running attempt (at most the discovery timeouts)

    void start();
    void stop();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] Method method() const { return m_method; }
    [[nodiscard]] QHostAddress externalAddress() const { return m_externalAddress; }
    [[nodiscard]] quint16 externalPort() const { return m_externalPort; }
    [[nodiscard]] QString failureReason() const { return m_failureReason; }
    // For `status` and the Peers panel: "mapped 203.0.113.5:47001 via UPnP", "failed: …".
    [[nodiscard]] QString describe() const;

signals:
    void stateChanged(cp::net::PortMapper::State state);
    // A renewal succeeded with the same external address and port.
    void leaseRenewed();
    // After stop(): the router forgot the mapping (error empty) or could not be told (why).
    void unmapped(const QString& error);

private:
    void runAttempt(bool renewal);
    void onAttemptFinished();
    void unmap();
    void setState(State s);

    quint16 m_internalPort;
    PortMapperOptions m_options;
    State m_state = State::Idle;
    Method m_method = Method::None;
    QHostAddress m_externalAddress;
    quint16 m_externalPort = 0;
    QString m_failureReason;
    QTimer m_renewTimer;
    QThread* m_worker = nullptr;
    std::shared_ptr<PortMapResult> m_attempt; // filled by the running worker
    std::optional<PortMapResult> m_mapping;   // the live mapping, to renew or undo
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    QList<QThread*> m_unmappers;
    bool m_running = false;
};

} // namespace cp::net
