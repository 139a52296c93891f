#pragma once

#include "core/crypto/BoxStreamKeys.h"

namespace cp::detail {

// Key and running nonce of one box-stream direction (in secure memory).
struct BoxStreamCipherState
{
    unsigned char key[BoxStreamKeys::kKeySize];
    unsigned char nonce[BoxStreamKeys::kNonceSize];
};

// Adds one to a nonce read as a 24-byte big-endian integer, as the reference's
// increment-buffer does (libsodium's sodium_increment counts little-endian).
inline void incrementNonce(unsigned char* nonce)
{
    for (int i = BoxStreamKeys::kNonceSize - 1; i >= 0; --i) {
        if (++nonce[i] != 0)
            return;
    }
}

} // namespace cp::detail
