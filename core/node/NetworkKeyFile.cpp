#include "core/node/NetworkKeyFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>
#include <array>
#include <cstring>

namespace cp::node {

QString NetworkKeyFile::pathIn(const QString& gitDir)
{
    return gitDir + QStringLiteral("/commonplace/network-key");
}

Result<SecureBuffer> NetworkKeyFile::load(const QString& gitDir)
{
    const QString path = pathIn(gitDir);
    QFile in(path);
    if (!in.exists())
        return fail(Error::notFound(tr("%1 has no network key yet.").arg(gitDir)));
    if (!in.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return fail(Error::io(tr("Cannot read the network key %1: %2").arg(path, in.errorString())));
    SecureBuffer key(kSize);
    const qint64 read = in.read(key.chars(), kSize);
    char extra = 0;
    if (read != kSize || in.read(&extra, 1) != 0)
        return fail(Error::io(tr("The network key %1 is damaged (it must be %2 bytes); ask a member for a new "
                                 "invite and join again.")
                                  .arg(path)
                                  .arg(kSize)));
    return key;
}

Status NetworkKeyFile::store(const QString& gitDir, QByteArrayView key)
{
    if (key.size() != kSize)
        return fail(Error::user(tr("A network key is %1 bytes, not %2.").arg(kSize).arg(key.size())));
    if (auto existing = load(gitDir)) {
        if (existing->view() == key)
            return {};
        return fail(Error::conflict(tr("%1 already has another network key; it is kept.").arg(gitDir)));
    }
    const QString path = pathIn(gitDir);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return fail(Error::io(tr("Cannot write the network key %1: %2").arg(path, out.errorString())));
    // Owner-only before any byte is written (QSaveFile writes a temporary file first).
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(key.data(), key.size());
    if (!out.commit())
        return fail(Error::io(tr("Cannot write the network key %1: %2").arg(path, out.errorString())));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

Result<SecureBuffer> NetworkKeyFile::loadOrCreate(const QString& gitDir)
{
    auto key = load(gitDir);
    if (key || key.error().kind != Error::Kind::NotFound)
        return key;
    SecureBuffer fresh(kSize);
    std::array<quint32, kSize / 4> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size()); // the system's CSPRNG
    std::memcpy(fresh.data(), words.data(), kSize);
    words.fill(0);
    if (auto ok = store(gitDir, fresh.view()); !ok)
        return fail(ok.error());
    return fresh;
}

} // namespace cp::node
