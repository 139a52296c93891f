#include "core/review/TrustPolicy.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace cp {

QString TrustPolicy::key(Level level)
{
    switch (level) {
    case Level::Auto:
        return QStringLiteral("auto");
    case Level::Block:
        return QStringLiteral("block");
    case Level::Review:
        break;
    }
    return QStringLiteral("review");
}

std::optional<TrustPolicy::Level> TrustPolicy::fromKey(const QString& key)
{
    for (Level level : {Level::Review, Level::Auto, Level::Block})
        if (key == TrustPolicy::key(level))
            return level;
    return std::nullopt;
}

Result<TrustPolicy> TrustPolicy::load(const QString& gitDir)
{
    TrustPolicy policy;
    policy.m_file = gitDir + QStringLiteral("/commonplace/trust.json");
    QFile file(policy.m_file);
    if (!file.exists())
        return policy;
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::io(tr("Cannot read %1: %2").arg(policy.m_file, file.errorString())));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(Error::io(tr("%1 is damaged; delete it to trust every peer for review again.").arg(policy.m_file)));
    const QJsonObject levels = doc.object();
    for (auto it = levels.begin(); it != levels.end(); ++it) {
        auto peer = PublicKey::fromPid(it.key());
        auto level = fromKey(it.value().toString());
        if (peer && level)
            policy.m_levels.insert(*peer, *level);
    }
    return policy;
}

Status TrustPolicy::set(const PublicKey& peer, Level level)
{
    if (level == Level::Review)
        m_levels.remove(peer);
    else
        m_levels.insert(peer, level);
    QJsonObject levels;
    for (auto it = m_levels.cbegin(); it != m_levels.cend(); ++it)
        levels.insert(it.key().pid(), key(it.value()));
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Error::io(tr("Cannot write %1: %2").arg(m_file, file.errorString())));
    file.write(QJsonDocument(levels).toJson());
    if (!file.commit())
        return fail(Error::io(tr("Cannot write %1: %2").arg(m_file, file.errorString())));
    return {};
}

} // namespace cp
