#pragma once

#include "core/Error.h"

#include <QObject>
#include <QPointer>

namespace cp {

class Commons;
class ProfileIdentity;

// Keeps the open commons committing as this profile: its author name and peer id
// (ProfileIdentity::author) and its signature (Identity::commitSigner). Until the
// identity has loaded, or when it could not be loaded, commits are refused with a
// message that says why — never made unsigned.
class CommitSigning : public QObject
{
    Q_OBJECT
public:
    explicit CommitSigning(QObject* parent = nullptr);

    void setIdentity(ProfileIdentity* identity);
    void setCommons(Commons* commons);
    // Applies the identity again (after the profile's name or key changed).
    void refresh();

private:
    void setLoadError(const Error& error);

    QPointer<ProfileIdentity> m_identity;
    QPointer<Commons> m_commons;
    QString m_loadError;
};

} // namespace cp
