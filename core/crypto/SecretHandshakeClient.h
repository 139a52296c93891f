#pragma once

#include "core/Error.h"
#include "core/crypto/SecretHandshakeKeys.h"
#include "core/crypto/SecretHandshakeSession.h"

#include <QByteArray>
#include <QByteArrayView>
#include <memory>

namespace cp {

namespace detail {
class SecretHandshakeState;
}

// The client (dialing) side of Secure Scuttlebutt's secret handshake, wire-compatible
// with the reference secret-handshake. It does no I/O:
//   send hello() (64 bytes) -> read 64 bytes -> send receiveServerHello()'s answer
//   (112 bytes) -> read 80 bytes -> receiveServerAccept() gives the session.
// The client must know the server's Ed25519 public key. Any failure is final.
class SecretHandshakeClient
{
public:
    static constexpr qsizetype kHelloSize = 64;
    static constexpr qsizetype kServerHelloSize = 64;
    static constexpr qsizetype kAuthSize = 112;
    static constexpr qsizetype kAcceptSize = 80;

    // ephemeralSeed: test seam; leave empty in production for a random ephemeral key.
    [[nodiscard]] static Result<SecretHandshakeClient> create(SecretHandshakeKeys keys, QByteArrayView serverPublicKey,
                                                              QByteArrayView ephemeralSeed = {});

    SecretHandshakeClient(SecretHandshakeClient&&) noexcept;
    SecretHandshakeClient& operator=(SecretHandshakeClient&&) noexcept;
    ~SecretHandshakeClient();

    // The first message: our ephemeral key, authenticated with the network key.
    [[nodiscard]] QByteArray hello() const;
    // How many bytes the next receive step wants (0 once done or failed).
    [[nodiscard]] qsizetype expectedSize() const;

    // Checks the server's hello and returns our authentication to send.
    [[nodiscard]] Result<QByteArray> receiveServerHello(QByteArrayView serverHello);
    // Checks the server's acceptance; the handshake is then complete.
    [[nodiscard]] Result<SecretHandshakeSession> receiveServerAccept(QByteArrayView accept);

private:
    enum class Step { AwaitServerHello, AwaitAccept, Done, Failed };
    SecretHandshakeClient(std::unique_ptr<detail::SecretHandshakeState> state, QByteArray serverPublicKey);

    std::unique_ptr<detail::SecretHandshakeState> m_state;
    QByteArray m_serverPublicKey;
    Step m_step = Step::AwaitServerHello;
};

} // namespace cp
