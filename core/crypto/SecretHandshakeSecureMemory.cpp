#include "core/crypto/SecretHandshakeSecureMemory.h"

#include "core/crypto/Sodium.h"

#include <QtGlobal>
#include <sodium.h>

namespace cp::detail {

void* secureAllocate(std::size_t size)
{
    ensureSodium();
    void* pointer = sodium_malloc(size);
    if (!pointer)
        qFatal("Out of secure memory for handshake secrets");
    sodium_memzero(pointer, size);
    return pointer;
}

void secureRelease(void* pointer) noexcept
{
    sodium_free(pointer);
}

} // namespace cp::detail
