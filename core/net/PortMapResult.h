#pragma once

#include <QHostAddress>
#include <QString>
#include <string>

namespace cp::net {

// How PortMapper tries; see PortMapper.
struct PortMapperOptions
{
    bool useUpnp = true;     // UPnP IGD (miniupnpc), tried first
    bool useNatPmp = true;   // NAT-PMP (libnatpmp), tried when UPnP finds nothing
    int leaseSeconds = 3600; // asked of the router
    int renewIntervalMs = 30 * 60 * 1000;
    int upnpDiscoveryMs = 2000; // how long to wait for SSDP answers
    int natPmpTimeoutMs = 4000; // overall limit for one NAT-PMP exchange
    QString description = QStringLiteral("Commonplace");
};

// What one mapping attempt found (UpnpMapper, NatPmpMapper) and what undoing it needs.
struct PortMapResult
{
    enum class Method { None, Upnp, NatPmp };

    bool ok = false;
    QString error; // when !ok: what failed, for a person
    Method method = Method::None;
    QHostAddress externalAddress;
    quint16 internalPort = 0;
    quint16 externalPort = 0;
    int lifetimeSeconds = 0;
    // UPnP only: where the mapping was made.
    std::string controlUrl;
    std::string serviceType;
};

} // namespace cp::net
