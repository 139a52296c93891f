#include "ui/identity/CommitSigning.h"

#include "core/wiki/Commons.h"
#include "core/wiki/ProfileIdentity.h"

namespace cp {

CommitSigning::CommitSigning(QObject* parent) : QObject(parent) {}

void CommitSigning::setIdentity(ProfileIdentity* identity)
{
    if (m_identity)
        disconnect(m_identity, nullptr, this, nullptr);
    m_identity = identity;
    m_loadError.clear();
    if (m_identity) {
        connect(m_identity, &ProfileIdentity::ready, this, [this] {
            m_loadError.clear();
            refresh();
        });
        connect(m_identity, &ProfileIdentity::failed, this, &CommitSigning::setLoadError);
    }
    refresh();
}

void CommitSigning::setCommons(Commons* commons)
{
    m_commons = commons;
    refresh();
}

void CommitSigning::setLoadError(const Error& error)
{
    m_loadError = error.message;
    refresh();
}

void CommitSigning::refresh()
{
    if (!m_commons)
        return;
    if (m_identity && m_identity->isReady()) {
        m_identity->apply(*m_commons);
        return;
    }
    const QString name = m_identity ? m_identity->profile().authorName() : QString();
    m_commons->setAuthor(Author{name, {}});
    const QString why =
        m_loadError.isEmpty()
            ? tr("Your identity is still loading, so this change cannot be signed yet. Try again in a moment.")
            : tr("This change cannot be signed, because your identity could not be loaded: %1").arg(m_loadError);
    m_commons->setSigner([why](const QByteArray&) -> Result<QByteArray> { return fail(Error::crypto(why)); });
}

} // namespace cp
