#include "core/wiki/PeerEmail.h"

namespace cp {

QString PeerEmail::forKey(const PublicKey& key)
{
    return key.did();
}

std::optional<PublicKey> PeerEmail::keyIn(QStringView email)
{
    const QStringView text = email.trimmed();
    static const QString didPrefix = QStringLiteral("did:key:");
    static const QString domain = QStringLiteral("@commonplace");
    Result<PublicKey> key = fail(Error::user({}));
    if (text.startsWith(didPrefix))
        key = PublicKey::fromDid(text);
    else if (text.endsWith(domain, Qt::CaseInsensitive))
        key = PublicKey::fromPid(text.chopped(domain.size()));
    if (!key || key->isNull())
        return std::nullopt;
    return *key;
}

} // namespace cp
