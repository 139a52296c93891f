#include "core/crypto/Sodium.h"

#include <QtGlobal>
#include <sodium.h>

namespace cp {

void ensureSodium()
{
    static const bool ready = [] { return sodium_init() >= 0; }();
    if (!ready)
        qFatal("libsodium failed to initialise (no usable random number generator)");
}

} // namespace cp
