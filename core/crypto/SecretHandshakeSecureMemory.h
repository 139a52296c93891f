#pragma once

#include <cstddef>
#include <memory>
#include <new>
#include <type_traits>

namespace cp::detail {

// Memory for secrets of the secret handshake and box-stream: sodium_malloc'd (guard
// pages, locked where the system allows), zeroed by sodium_free when released.
// Aborts the process when no such memory can be had: a handshake cannot go on without it.
void* secureAllocate(std::size_t size);
void secureRelease(void* pointer) noexcept;

template <typename T> struct SecureDeleter
{
    void operator()(T* pointer) const noexcept
    {
        pointer->~T();
        secureRelease(pointer);
    }
};

// Sole owner of one T (a plain struct of byte arrays) living in secure memory.
template <typename T> using SecurePtr = std::unique_ptr<T, SecureDeleter<T>>;

template <typename T> [[nodiscard]] SecurePtr<T> makeSecure()
{
    static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>,
                  "secure memory holds plain byte arrays only");
    return SecurePtr<T>(new (secureAllocate(sizeof(T))) T{});
}

} // namespace cp::detail
