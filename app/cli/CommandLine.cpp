#include "app/cli/CommandLine.h"

#include "app/cli/Command.h"
#include "app/cli/CommandRegistry.h"

#include <QCoreApplication>
#include <cstdio>

namespace cp::cli {

namespace {

QList<OptionSpec> globalOptions()
{
    return {
        {{QStringLiteral("profile")},
         QT_TRANSLATE_NOOP("cp::cli", "Use the profile in DIR instead of the default one"),
         QStringLiteral("DIR")},
        {{QStringLiteral("json")}, QT_TRANSLATE_NOOP("cp::cli", "Print structured output as JSON"), {}},
        {{QStringLiteral("h"), QStringLiteral("help")}, QT_TRANSLATE_NOOP("cp::cli", "Show help"), {}},
        {{QStringLiteral("version")}, QT_TRANSLATE_NOOP("cp::cli", "Show the version"), {}},
    };
}

QString optionLabel(const OptionSpec& option)
{
    QStringList names;
    for (const QString& name : option.names)
        names.append(name.size() == 1 ? QString(u'-' + name) : QString(QStringLiteral("--") + name));
    QString label = names.join(QStringLiteral(", "));
    if (!option.valueName.isEmpty())
        label += u' ' + option.valueName;
    return label;
}

QString table(const QList<std::pair<QString, QString>>& rows)
{
    qsizetype width = 0;
    for (const auto& row : rows)
        width = std::max(width, row.first.size());
    QString out;
    for (const auto& row : rows)
        out += QStringLiteral("  ") + row.first.leftJustified(width + 2) + row.second + u'\n';
    return out;
}

QString optionTable(const QList<OptionSpec>& options)
{
    QList<std::pair<QString, QString>> rows;
    for (const OptionSpec& option : options)
        rows.append({optionLabel(option), QCoreApplication::translate("cp::cli", option.description)});
    return table(rows);
}

void addOptions(QCommandLineParser& parser, const QList<OptionSpec>& options)
{
    for (const OptionSpec& option : options)
        parser.addOption(QCommandLineOption(option.names, QString(), option.valueName));
}

// The command name: the first argument that is neither an option nor an option's value.
qsizetype commandPosition(const QStringList& args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (arg == QStringLiteral("--profile")) {
            ++i;
            continue;
        }
        if (arg == QStringLiteral("--"))
            return i + 1 < args.size() ? i + 1 : -1;
        if (arg.startsWith(u'-') && arg.size() > 1)
            continue;
        return i;
    }
    return -1;
}

const QString kHelpCommand = QStringLiteral("help");

} // namespace

QString CommandLine::globalHelp()
{
    QString text =
        QCoreApplication::translate("cp::cli", "Usage: commonplace-cli [--profile DIR] [--json] COMMAND [ARGUMENTS]") +
        QStringLiteral("\n\n") +
        QCoreApplication::translate(
            "cp::cli", "Commonplace from the command line: create a commons, list, show and edit its pages.") +
        QStringLiteral("\n\n") + QCoreApplication::translate("cp::cli", "Commands:") + u'\n';
    QList<std::pair<QString, QString>> rows;
    rows.append({kHelpCommand, QCoreApplication::translate("cp::cli", "Show help for a command")});
    for (const Command* command : CommandRegistry::instance().commands())
        rows.append({command->name, QCoreApplication::translate("cp::cli", command->summary)});
    std::sort(rows.begin(), rows.end());
    text += table(rows) + u'\n' + QCoreApplication::translate("cp::cli", "Global options:") + u'\n' +
            optionTable(globalOptions()) + u'\n' +
            QCoreApplication::translate("cp::cli", "Run “commonplace-cli help COMMAND” for the options of a command.") +
            u'\n';
    return text;
}

QString CommandLine::commandHelp(const Command& command)
{
    QString text = QCoreApplication::translate("cp::cli", "Usage: commonplace-cli %1 %2")
                       .arg(command.name, command.synopsis)
                       .trimmed() +
                   QStringLiteral("\n\n") + QCoreApplication::translate("cp::cli", command.summary) + u'\n';
    if (command.details && *command.details)
        text += u'\n' + QCoreApplication::translate("cp::cli", command.details) + u'\n';
    if (!command.options.isEmpty())
        text += u'\n' + QCoreApplication::translate("cp::cli", "Options:") + u'\n' + optionTable(command.options);
    text += u'\n' + QCoreApplication::translate("cp::cli", "Global options:") + u'\n' + optionTable(globalOptions());
    return text;
}

void CommandLine::exitWith(int code, const QString& text, bool toStderr)
{
    std::fputs(text.toUtf8().constData(), toStderr ? stderr : stdout);
    std::fflush(toStderr ? stderr : stdout);
    QCoreApplication::exit(code);
}

void CommandLine::start(const QStringList& arguments)
{
    QStringList args = arguments;
    const qsizetype at = commandPosition(args);
    const QString name = at < 0 ? QString() : args.takeAt(at);

    if (name.isEmpty() || name == kHelpCommand) {
        addOptions(m_parser, globalOptions());
        if (!m_parser.parse(args))
            return exitWith(1, QStringLiteral("commonplace-cli: ") + m_parser.errorText() + u'\n', true);
        if (m_parser.isSet(QStringLiteral("version")))
            return exitWith(0, QStringLiteral("commonplace-cli " COMMONPLACE_VERSION "\n"), false);
        const QStringList rest = m_parser.positionalArguments();
        if (name == kHelpCommand && !rest.isEmpty()) {
            const Command* command = CommandRegistry::instance().find(rest.first());
            if (!command)
                return exitWith(1,
                                QCoreApplication::translate("cp::cli", "commonplace-cli: there is no command “%1”.")
                                        .arg(rest.first()) +
                                    u'\n',
                                true);
            return exitWith(0, commandHelp(*command), false);
        }
        const bool asked = name == kHelpCommand || m_parser.isSet(QStringLiteral("help"));
        return exitWith(asked ? 0 : 1, globalHelp(), !asked);
    }

    const Command* command = CommandRegistry::instance().find(name);
    if (!command)
        return exitWith(
            1,
            QCoreApplication::translate(
                "cp::cli", "commonplace-cli: there is no command “%1”. Run “commonplace-cli --help” for the list.")
                    .arg(name) +
                u'\n',
            true);

    addOptions(m_parser, globalOptions());
    addOptions(m_parser, command->options);
    if (!m_parser.parse(args))
        return exitWith(
            1,
            QStringLiteral("commonplace-cli: ") + m_parser.errorText() + u'\n' +
                QCoreApplication::translate("cp::cli", "Run “commonplace-cli help %1” for its usage.").arg(name) +
                u'\n',
            true);
    if (m_parser.isSet(QStringLiteral("help")))
        return exitWith(0, commandHelp(*command), false);
    if (m_parser.isSet(QStringLiteral("version")))
        return exitWith(0, QStringLiteral("commonplace-cli " COMMONPLACE_VERSION "\n"), false);

    m_invocation = std::make_unique<Invocation>(*command, m_parser, m_parser.value(QStringLiteral("profile")),
                                                m_parser.isSet(QStringLiteral("json")));
    const qsizetype count = m_invocation->arguments().size();
    if (count < command->minArguments)
        return m_invocation->usageError(
            QCoreApplication::translate("cp::cli", "Missing arguments. Usage: commonplace-cli %1 %2")
                .arg(name, command->synopsis));
    if (count > command->maxArguments)
        return m_invocation->usageError(QCoreApplication::translate("cp::cli", "%1 takes no argument “%2”.")
                                            .arg(name, m_invocation->arguments().value(command->maxArguments)));
    command->run(*m_invocation);
}

} // namespace cp::cli
