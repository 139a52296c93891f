#pragma once

#include "core/net/PortMapResult.h"

#include <atomic>

namespace cp::net {

// NAT-PMP through libnatpmp with the default gateway: the public address, then a TCP mapping
// of the same port. Each exchange is bounded by options.natPmpTimeoutMs. Blocking: call from a
// worker thread only.
class NatPmpMapper
{
public:
    [[nodiscard]] static PortMapResult map(quint16 port, const PortMapperOptions& options,
                                           const std::atomic_bool& cancel);
    // Removes the mapping (lifetime 0); returns an empty string or what went wrong.
    static QString unmap(const PortMapResult& mapping, const PortMapperOptions& options);
};

} // namespace cp::net
