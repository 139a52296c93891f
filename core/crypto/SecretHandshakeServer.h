#pragma once

#include "core/Error.h"
#include "core/crypto/SecretHandshakeKeys.h"
#include "core/crypto/SecretHandshakeSession.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <memory>

namespace cp {

namespace detail {
class SecretHandshakeState;
}

// The server (answering) side of the secret handshake, wire-compatible with the
// reference. It does no I/O:
//   read 64 bytes -> receiveClientHello() (tries every candidate network key) -> send its
//   answer (64 bytes) -> read 112 bytes -> receiveClientAuth() -> clientPublicKey() may be
//   checked -> send createAccept() (80 bytes) -> finish() gives the session.
// A client hello that matches no candidate gets no answer at all: the caller closes the
// connection without writing, so a stranger learns nothing. Any failure is final.
class SecretHandshakeServer
{
public:
    static constexpr qsizetype kHelloSize = 64;
    static constexpr qsizetype kAuthSize = 112;
    static constexpr qsizetype kAcceptSize = 80;

    // candidates: one entry per (network key, identity) this server answers for.
    // ephemeralSeed: test seam; leave empty in production for a random ephemeral key.
    [[nodiscard]] static Result<SecretHandshakeServer> create(QList<SecretHandshakeKeys> candidates,
                                                              QByteArrayView ephemeralSeed = {});

    SecretHandshakeServer(SecretHandshakeServer&&) noexcept;
    SecretHandshakeServer& operator=(SecretHandshakeServer&&) noexcept;
    ~SecretHandshakeServer();

    // How many bytes the next receive step wants (0 when none).
    [[nodiscard]] qsizetype expectedSize() const;

    // Finds the candidate whose network key authenticates the hello; returns our hello.
    [[nodiscard]] Result<QByteArray> receiveClientHello(QByteArrayView clientHello);
    // Opens and checks the client's proof of identity.
    [[nodiscard]] Status receiveClientAuth(QByteArrayView auth);
    // The client's proven Ed25519 key (after receiveClientAuth) and the matched candidate.
    [[nodiscard]] QByteArray clientPublicKey() const;
    [[nodiscard]] qsizetype candidateIndex() const { return m_candidateIndex; }
    // Our acceptance, to send once we agree to talk to that client.
    [[nodiscard]] Result<QByteArray> createAccept();
    // The session; call after createAccept().
    [[nodiscard]] Result<SecretHandshakeSession> finish();

private:
    enum class Step { AwaitHello, AwaitAuth, Authenticated, Accepted, Done, Failed };
    SecretHandshakeServer(std::unique_ptr<detail::SecretHandshakeState> state, QList<SecretHandshakeKeys> candidates);

    std::unique_ptr<detail::SecretHandshakeState> m_state;
    QList<SecretHandshakeKeys> m_candidates;
    qsizetype m_candidateIndex = -1;
    Step m_step = Step::AwaitHello;
};

} // namespace cp
