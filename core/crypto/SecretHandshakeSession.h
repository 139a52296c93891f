#pragma once

#include "core/crypto/BoxStreamKeys.h"

#include <QByteArray>

namespace cp {

// What a completed secret handshake leaves: who is on the other side (their Ed25519
// public key, proven), the box-stream keys for both directions, and, on a server that
// offered several network keys, which of its candidates the client matched.
struct SecretHandshakeSession
{
    QByteArray remotePublicKey;
    BoxStreamKeys keys;
    qsizetype candidateIndex = 0;
};

} // namespace cp
