#pragma once

#include "app/cli/Invocation.h"

#include <QCommandLineParser>
#include <QObject>
#include <QStringList>
#include <memory>

namespace cp::cli {

struct Command;

// Reads the command line, finds the command and runs it. Global options
// (--profile DIR, --json, --help, --version) may stand before or after the command.
// The exit code reaches QCoreApplication::exec() through QCoreApplication::exit().
class CommandLine : public QObject
{
    Q_OBJECT
public:
    // `arguments` as QCoreApplication::arguments(): the program first.
    void start(const QStringList& arguments);

    [[nodiscard]] static QString globalHelp();
    [[nodiscard]] static QString commandHelp(const Command& command);

private:
    void exitWith(int code, const QString& text, bool toStderr);

    QCommandLineParser m_parser;
    std::unique_ptr<Invocation> m_invocation;
};

} // namespace cp::cli
