#include "core/crypto/KeyFile.h"

#include "core/crypto/OpenSshKey.h"

#include <QFile>
#include <QFileInfo>
#include <cstdio>
#include <sodium.h>
#include <unistd.h>

namespace cp {

namespace {

constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr qint64 kMaxSize = 64 * 1024;

} // namespace

Result<Identity> KeyFile::read(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return fail(Error::notFound(tr("There is no identity file at %1.").arg(path)));
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::io(tr("Cannot read the identity file %1: %2.").arg(path, file.errorString())));
    if (file.size() > kMaxSize)
        return fail(Error::crypto(tr("%1 is not an identity file (it is far too large).").arg(path)));
    // Someone loosened the mode: tighten it again, the key is still ours.
    if (file.permissions() & ~(kOwnerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser))
        file.setPermissions(kOwnerOnly);
    QByteArray text = file.readAll();
    auto identity = OpenSshKey::parsePrivateKeyPem(text);
    sodium_memzero(text.data(), static_cast<size_t>(text.size()));
    if (!identity)
        return fail(identity.error().context(tr("Reading the identity file %1").arg(path)));
    return identity;
}

Status KeyFile::write(const QString& path, const Identity& identity)
{
    const QString temporary = path + QStringLiteral(".new");
    QFile::remove(temporary);
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly))
        return fail(Error::io(tr("Cannot create the identity file %1: %2.").arg(temporary, file.errorString())));
    file.setPermissions(kOwnerOnly); // exactly 0600, whatever the umask
    const SecureBuffer pem = OpenSshKey::privateKeyPem(identity, identity.did());
    const bool written =
        file.write(pem.view().data(), pem.size()) == pem.size() && file.flush() && ::fsync(file.handle()) == 0;
    file.close();
    if (!written) {
        QFile::remove(temporary);
        return fail(Error::io(tr("Cannot write the identity file %1; check the free space.").arg(temporary)));
    }
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(temporary);
        return fail(
            Error::io(tr("Cannot put the identity file in place at %1; check the folder's permissions.").arg(path)));
    }
    return {};
}

Result<Identity> KeyFile::loadOrCreate(const QString& path, bool* created)
{
    if (created)
        *created = false;
    if (QFileInfo::exists(path))
        return read(path);
    Identity identity = Identity::generate();
    if (auto saved = write(path, identity); !saved)
        return fail(saved.error());
    if (created)
        *created = true;
    return identity;
}

} // namespace cp
