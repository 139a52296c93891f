#pragma once

#include "core/Error.h"
#include "core/Profile.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace cp {
class ProfileIdentity;
}

namespace cp::cli {

struct Command;

// One run of one command: its arguments, the global options, the profile, and the
// way out. A command ends by calling succeed(), fail() or finish() exactly once.
class Invocation
{
public:
    Invocation(const Command& command, const QCommandLineParser& parser, QString profileDir, bool json);
    Invocation(const Invocation&) = delete;
    Invocation& operator=(const Invocation&) = delete;
    ~Invocation();

    [[nodiscard]] const Command& command() const { return m_command; }
    // Positional arguments after the command name.
    [[nodiscard]] const QStringList& arguments() const { return m_arguments; }
    [[nodiscard]] QString argument(int i) const { return m_arguments.value(i); }
    [[nodiscard]] bool isSet(const QString& option) const { return m_parser.isSet(option); }
    [[nodiscard]] QString value(const QString& option) const { return m_parser.value(option); }
    [[nodiscard]] bool json() const { return m_json; }

    // The profile (--profile DIR, or the platform default), opened on first use.
    [[nodiscard]] Result<Profile*> profile();
    // The name commits carry: the profile's author name, or else the login name.
    [[nodiscard]] QString authorName();
    // Loads the profile's identity (creating it on first run), then calls `then`
    // from the event loop; if it cannot be loaded, the invocation fails with why.
    // The first time a profile keeps its key in a file because no keychain answered,
    // says so on stderr. Commands that commit apply it: identity.apply(commons, authorName()).
    void withIdentity(std::function<void(ProfileIdentity& identity)> then);

    // Output. Text goes out as UTF-8; JSON compact, one value per line.
    void print(const QString& line);
    void write(const QByteArray& bytes);
    void printJson(const QJsonValue& value);
    void printError(const QString& message);

    void succeed() { finish(0); }
    // Exit code 1 for errors of the person's making, 2 for internal ones.
    void fail(const Error& error);
    // Exit code 1 with the message and a pointer to the command's help.
    void usageError(const QString& message);
    void finish(int exitCode);
    [[nodiscard]] bool isFinished() const { return m_finished; }

private:
    const Command& m_command;
    const QCommandLineParser& m_parser;
    QStringList m_arguments;
    QString m_profileDir;
    bool m_json = false;
    bool m_finished = false;
    std::optional<Profile> m_profile;
    std::unique_ptr<ProfileIdentity> m_identity;
    QFile m_out;
    QFile m_err;
};

} // namespace cp::cli
