#include "core/wiki/ProfileIdentity.h"

#include "core/wiki/PeerEmail.h"

namespace cp {

ProfileIdentity::ProfileIdentity(const Profile& profile, QObject* parent)
    : QObject(parent), m_profile(profile), m_store(new KeyStore(profile.path(), this))
{
    connect(m_store, &KeyStore::ready, this, [this] {
        m_identity = m_store->identity();
        emit ready();
    });
    connect(m_store, &KeyStore::failed, this, &ProfileIdentity::failed);
}

ProfileIdentity::~ProfileIdentity() = default;

void ProfileIdentity::load()
{
    if (m_identity) {
        QMetaObject::invokeMethod(this, &ProfileIdentity::ready, Qt::QueuedConnection);
        return;
    }
    m_store->loadOrCreate();
}

PublicKey ProfileIdentity::publicKey() const
{
    return m_identity ? m_identity->publicKey() : PublicKey();
}

Author ProfileIdentity::author(const QString& name) const
{
    return {name.trimmed().isEmpty() ? m_profile.authorName() : name,
            m_identity ? PeerEmail::forKey(m_identity->publicKey()) : QString()};
}

CommitSigner ProfileIdentity::signer() const
{
    return m_identity ? Identity::commitSigner(m_identity) : CommitSigner();
}

void ProfileIdentity::apply(Commons& commons, const QString& name) const
{
    commons.setAuthor(author(name));
    commons.setSigner(signer());
}

} // namespace cp
