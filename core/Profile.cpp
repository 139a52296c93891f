#include "core/Profile.h"

#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QRegularExpression>
#include <QStandardPaths>

namespace cp {

namespace {
const auto kAuthorName = QStringLiteral("author/name");
const auto kLastCommons = QStringLiteral("gui/lastCommons");
} // namespace

Profile::Profile(QString path)
    : m_path(std::move(path)),
      m_settings(std::make_shared<QSettings>(m_path + QStringLiteral("/settings.ini"), QSettings::IniFormat))
{}

Result<Profile> Profile::open(const QString& dir)
{
    QString path = dir;
    if (path.isEmpty()) {
        path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        if (path.isEmpty())
            return fail(Error::io(QObject::tr("No application data folder is available; pass --profile DIR.")));
    }
    path = QDir(path).absolutePath();
    if (!QDir().mkpath(path))
        return fail(Error::io(QObject::tr("Cannot create the profile folder %1; check its permissions.").arg(path)));
    return Profile(path);
}

QString Profile::commonsRoot() const
{
    return m_path + QStringLiteral("/commons");
}

QString Profile::newCommonsPath(const QString& name) const
{
    QString slug = name.toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption),
                 QStringLiteral("-"));
    slug = slug.mid(0, 60);
    while (slug.startsWith(u'-'))
        slug.remove(0, 1);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    if (slug.isEmpty())
        slug = QStringLiteral("commons");
    QString candidate = commonsRoot() + u'/' + slug;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = commonsRoot() + u'/' + slug + u'-' + QString::number(n);
    return candidate;
}

QString Profile::authorName() const
{
    return m_settings->value(kAuthorName).toString();
}

void Profile::setAuthorName(const QString& name)
{
    m_settings->setValue(kAuthorName, name.trimmed());
    m_settings->sync();
}

QString Profile::lastCommons() const
{
    return m_settings->value(kLastCommons).toString();
}

void Profile::setLastCommons(const QString& path)
{
    m_settings->setValue(kLastCommons, path);
    m_settings->sync();
}

} // namespace cp
