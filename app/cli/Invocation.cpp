#include "app/cli/Invocation.h"

#include "app/cli/Command.h"
#include "core/wiki/ProfileIdentity.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <pwd.h>
#include <unistd.h>

namespace cp::cli {

namespace {
QString loginName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty()) {
        if (const passwd* pw = getpwuid(geteuid()))
            name = QString::fromLocal8Bit(pw->pw_name);
    }
    return name;
}
} // namespace

Invocation::Invocation(const Command& command, const QCommandLineParser& parser, QString profileDir, bool json)
    : m_command(command), m_parser(parser), m_arguments(parser.positionalArguments()),
      m_profileDir(std::move(profileDir)), m_json(json)
{
    (void)m_out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    (void)m_err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
}

Invocation::~Invocation() = default;

Result<Profile*> Invocation::profile()
{
    if (!m_profile) {
        auto opened = Profile::open(m_profileDir);
        if (!opened)
            return cp::fail(opened.error());
        m_profile.emplace(std::move(*opened));
    }
    return &*m_profile;
}

QString Invocation::authorName()
{
    if (auto p = profile(); p && !(*p)->authorName().isEmpty())
        return (*p)->authorName();
    return loginName();
}

void Invocation::withIdentity(std::function<void(ProfileIdentity& identity)> then)
{
    auto opened = profile();
    if (!opened)
        return fail(opened.error());
    if (!m_identity)
        m_identity = std::make_unique<ProfileIdentity>(**opened);
    ProfileIdentity* identity = m_identity.get();
    // Single-shot connections: each call gets exactly one answer.
    auto done = std::make_shared<QMetaObject::Connection>();
    auto failed = std::make_shared<QMetaObject::Connection>();
    *done = QObject::connect(identity, &ProfileIdentity::ready, identity, [=, this, then = std::move(then)] {
        QObject::disconnect(*done);
        QObject::disconnect(*failed);
        if (const QString notice = identity->takeFallbackNotice(); !notice.isEmpty())
            printError(notice);
        then(*identity);
    });
    *failed = QObject::connect(identity, &ProfileIdentity::failed, identity, [=, this](const Error& error) {
        QObject::disconnect(*done);
        QObject::disconnect(*failed);
        fail(error.context(QCoreApplication::translate("cp::cli", "Loading this profile's identity")));
    });
    identity->load();
}

void Invocation::print(const QString& line)
{
    write(line.toUtf8() + '\n');
}

void Invocation::write(const QByteArray& bytes)
{
    m_out.write(bytes);
}

void Invocation::printJson(const QJsonValue& value)
{
    QByteArray bytes;
    if (value.isArray())
        bytes = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else if (value.isObject())
        bytes = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    else // a scalar: wrap and unwrap, since QJsonDocument holds only arrays and objects
        bytes = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    write(bytes + '\n');
}

void Invocation::printError(const QString& message)
{
    m_err.write((QStringLiteral("commonplace-cli: ") + message + u'\n').toUtf8());
}

void Invocation::fail(const Error& error)
{
    printError(error.message);
    finish(error.isUserError() ? 1 : 2);
}

void Invocation::usageError(const QString& message)
{
    printError(message);
    printError(
        QCoreApplication::translate("cp::cli", "Run “commonplace-cli help %1” for its usage.").arg(m_command.name));
    finish(1);
}

void Invocation::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_out.flush();
    QCoreApplication::exit(exitCode);
}

} // namespace cp::cli
