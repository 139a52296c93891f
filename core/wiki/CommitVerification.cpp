#include "core/wiki/CommitVerification.h"

namespace cp {

QString CommitVerification::stateKey(State state)
{
    switch (state) {
    case State::Verified:
        return QStringLiteral("verified");
    case State::Unsigned:
        return QStringLiteral("unsigned");
    case State::Bad:
        return QStringLiteral("bad");
    }
    return {};
}

QString CommitVerification::describe() const
{
    switch (state) {
    case State::Verified:
        return tr("Signed by %1").arg(signer.did());
    case State::Unsigned:
        return tr("Not signed");
    case State::Bad:
        return tr("Bad signature: %1").arg(reason);
    }
    return {};
}

QString CommitVerification::label() const
{
    switch (state) {
    case State::Verified:
        //: a verified signature, followed by the signer's short id
        return tr("signed %1").arg(signer.shortId());
    case State::Unsigned:
        return tr("unsigned");
    case State::Bad:
        return tr("BAD SIGNATURE");
    }
    return {};
}

} // namespace cp
