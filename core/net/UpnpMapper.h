#pragma once

#include "core/net/PortMapResult.h"

#include <atomic>

namespace cp::net {

// UPnP IGD through miniupnpc: SSDP discovery, the first valid connected IGD, a TCP mapping of
// the same port to our LAN address. Blocking: call from a worker thread only.
class UpnpMapper
{
public:
    [[nodiscard]] static PortMapResult map(quint16 port, const PortMapperOptions& options,
                                           const std::atomic_bool& cancel);
    // Removes the mapping; returns an empty string or what went wrong.
    static QString unmap(const PortMapResult& mapping);
};

} // namespace cp::net
