#pragma once

#include "core/Error.h"
#include "core/crypto/PublicKey.h"

#include <QCoreApplication>
#include <QString>

namespace cp::node {

// Where a peer listens: host and port, and, when known, which peer must answer there
// (the handshake needs it). Text forms: "HOST:PORT", "[IPv6]:PORT", "PID@HOST:PORT"
// where PID is z6Mk… or did:key:z6Mk….
struct PeerAddress
{
    Q_DECLARE_TR_FUNCTIONS(PeerAddress)

public:
    PublicKey pid; // null when not given
    QString host;
    quint16 port = 0;

    [[nodiscard]] static Result<PeerAddress> parse(QStringView text);
    // Like parse(), but the peer id is required.
    [[nodiscard]] static Result<PeerAddress> parseWithPeer(QStringView text);
    // "HOST:PORT" (IPv6 in brackets).
    [[nodiscard]] QString hostPort() const;
    // "PID@HOST:PORT", or hostPort() without a peer id.
    [[nodiscard]] QString toString() const;

    friend bool operator==(const PeerAddress&, const PeerAddress&) = default;
};

} // namespace cp::node
