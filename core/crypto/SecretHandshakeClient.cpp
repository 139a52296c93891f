#include "core/crypto/SecretHandshakeClient.h"

#include "core/crypto/SecretHandshakeState.h"

#include <QCoreApplication>

namespace cp {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("SecretHandshakeClient", text);
}
} // namespace

SecretHandshakeClient::SecretHandshakeClient(std::unique_ptr<detail::SecretHandshakeState> state,
                                             QByteArray serverPublicKey)
    : m_state(std::move(state)), m_serverPublicKey(std::move(serverPublicKey))
{
}

SecretHandshakeClient::SecretHandshakeClient(SecretHandshakeClient&&) noexcept = default;
SecretHandshakeClient& SecretHandshakeClient::operator=(SecretHandshakeClient&&) noexcept = default;
SecretHandshakeClient::~SecretHandshakeClient() = default;

Result<SecretHandshakeClient> SecretHandshakeClient::create(SecretHandshakeKeys keys, QByteArrayView serverPublicKey,
                                                            QByteArrayView ephemeralSeed)
{
    if (serverPublicKey.size() != SecretHandshakeKeys::kPublicKeySize)
        return fail(Error::user(tr("A peer id must hold a 32-byte Ed25519 key; check the peer's address.")));
    if (!ephemeralSeed.isEmpty() && ephemeralSeed.size() != 32)
        return fail(Error::internal(tr("An ephemeral seed must be 32 bytes long.")));
    auto state = std::make_unique<detail::SecretHandshakeState>(ephemeralSeed);
    state->setKeys(std::move(keys));
    return SecretHandshakeClient(std::move(state), serverPublicKey.toByteArray());
}

QByteArray SecretHandshakeClient::hello() const
{
    return m_state->createChallenge();
}

qsizetype SecretHandshakeClient::expectedSize() const
{
    switch (m_step) {
    case Step::AwaitServerHello:
        return kServerHelloSize;
    case Step::AwaitAccept:
        return kAcceptSize;
    case Step::Done:
    case Step::Failed:
        break;
    }
    return 0;
}

Result<QByteArray> SecretHandshakeClient::receiveServerHello(QByteArrayView serverHello)
{
    if (m_step != Step::AwaitServerHello)
        return fail(Error::internal(tr("The handshake is not waiting for the server's hello.")));
    if (!m_state->clientVerifyChallenge(serverHello, m_serverPublicKey)) {
        m_step = Step::Failed;
        return fail(Error::crypto(
            tr("The peer answered with a handshake for another network: it is not a member of this commons.")));
    }
    m_step = Step::AwaitAccept;
    return m_state->clientCreateAuth();
}

Result<SecretHandshakeSession> SecretHandshakeClient::receiveServerAccept(QByteArrayView accept)
{
    if (m_step != Step::AwaitAccept)
        return fail(Error::internal(tr("The handshake is not waiting for the server's acceptance.")));
    if (!m_state->clientVerifyAccept(accept)) {
        m_step = Step::Failed;
        return fail(Error::crypto(tr("The peer could not prove it holds the expected peer id; the address may "
                                     "point to someone else.")));
    }
    m_step = Step::Done;
    SecretHandshakeSession session{m_state->remotePublicKey(), m_state->clean(), 0};
    return session;
}

} // namespace cp
