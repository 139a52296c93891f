#include "core/crypto/SecretHandshakeServer.h"

#include "core/crypto/SecretHandshakeState.h"

#include <QCoreApplication>

namespace cp {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("SecretHandshakeServer", text);
}
} // namespace

SecretHandshakeServer::SecretHandshakeServer(std::unique_ptr<detail::SecretHandshakeState> state,
                                             QList<SecretHandshakeKeys> candidates)
    : m_state(std::move(state)), m_candidates(std::move(candidates))
{
}

SecretHandshakeServer::SecretHandshakeServer(SecretHandshakeServer&&) noexcept = default;
SecretHandshakeServer& SecretHandshakeServer::operator=(SecretHandshakeServer&&) noexcept = default;
SecretHandshakeServer::~SecretHandshakeServer() = default;

Result<SecretHandshakeServer> SecretHandshakeServer::create(QList<SecretHandshakeKeys> candidates,
                                                            QByteArrayView ephemeralSeed)
{
    if (candidates.isEmpty())
        return fail(Error::internal(tr("A handshake server needs at least one network key to answer for.")));
    if (!ephemeralSeed.isEmpty() && ephemeralSeed.size() != 32)
        return fail(Error::internal(tr("An ephemeral seed must be 32 bytes long.")));
    return SecretHandshakeServer(std::make_unique<detail::SecretHandshakeState>(ephemeralSeed), std::move(candidates));
}

qsizetype SecretHandshakeServer::expectedSize() const
{
    switch (m_step) {
    case Step::AwaitHello:
        return kHelloSize;
    case Step::AwaitAuth:
        return kAuthSize;
    default:
        return 0;
    }
}

Result<QByteArray> SecretHandshakeServer::receiveClientHello(QByteArrayView clientHello)
{
    if (m_step != Step::AwaitHello)
        return fail(Error::internal(tr("The handshake is not waiting for a client hello.")));
    for (qsizetype i = 0; i < m_candidates.size(); ++i) {
        if (detail::SecretHandshakeState::challengeMatches(m_candidates[i].networkKey(), clientHello)) {
            m_candidateIndex = i;
            break;
        }
    }
    if (m_candidateIndex < 0) {
        m_step = Step::Failed;
        return fail(Error::crypto(tr("A peer knocked with a network key none of our commons uses.")));
    }
    m_state->setKeys(m_candidates[m_candidateIndex]);
    m_candidates.clear();
    if (!m_state->verifyChallenge(clientHello)) {
        m_step = Step::Failed;
        return fail(Error::crypto(tr("The peer's ephemeral key is unusable.")));
    }
    m_step = Step::AwaitAuth;
    return m_state->createChallenge();
}

Status SecretHandshakeServer::receiveClientAuth(QByteArrayView auth)
{
    if (m_step != Step::AwaitAuth)
        return fail(Error::internal(tr("The handshake is not waiting for the client's authentication.")));
    if (!m_state->serverVerifyAuth(auth)) {
        m_step = Step::Failed;
        return fail(Error::crypto(tr("The peer could not prove its identity, or it expected another peer id at "
                                     "this address.")));
    }
    m_step = Step::Authenticated;
    return {};
}

QByteArray SecretHandshakeServer::clientPublicKey() const
{
    if (m_step != Step::Authenticated && m_step != Step::Accepted && m_step != Step::Done)
        return {};
    return m_state->remotePublicKey();
}

Result<QByteArray> SecretHandshakeServer::createAccept()
{
    if (m_step != Step::Authenticated)
        return fail(Error::internal(tr("The handshake cannot accept a client that has not authenticated.")));
    m_step = Step::Accepted;
    return m_state->serverCreateAccept();
}

Result<SecretHandshakeSession> SecretHandshakeServer::finish()
{
    if (m_step != Step::Accepted)
        return fail(Error::internal(tr("The handshake is not complete yet.")));
    m_step = Step::Done;
    SecretHandshakeSession session{m_state->remotePublicKey(), m_state->clean(), m_candidateIndex};
    return session;
}

} // namespace cp
