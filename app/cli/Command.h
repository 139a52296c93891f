#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace cp::cli {

class Invocation;

// An option a command accepts. Texts are source strings, translated when shown
// (commands register before QCoreApplication exists); mark them QT_TRANSLATE_NOOP("cp::cli", ...).
struct OptionSpec
{
    QStringList names;            // {"m", "message"}: -m and --message
    const char* description = ""; // one line
    QString valueName;            // "MSG" when the option takes a value, empty for a flag
};

// One subcommand of commonplace-cli.
struct Command
{
    QString name;             // "edit"
    QString synopsis;         // "DIR PAGE (--from FILE | -) [-m MSG]"
    const char* summary = ""; // one line for the command list
    const char* details = ""; // a paragraph for `help NAME`; may be empty
    QList<OptionSpec> options;
    int minArguments = 0; // positional arguments after the name
    int maxArguments = 0;
    // Runs inside QCoreApplication::exec() and must end with inv.finish(), inv.succeed()
    // or inv.fail(), at once or later (network commands finish asynchronously).
    std::function<void(Invocation& inv)> run;
};

} // namespace cp::cli
