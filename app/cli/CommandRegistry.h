#pragma once

#include "app/cli/Command.h"

#include <QList>
#include <initializer_list>

namespace cp::cli {

// Every command commonplace-cli knows. Each *Commands.cpp adds its own with one line:
//   static const cp::cli::CommandRegistration registration{initCommand(), pagesCommand()};
class CommandRegistry
{
public:
    [[nodiscard]] static CommandRegistry& instance();

    void add(Command command);
    [[nodiscard]] const Command* find(const QString& name) const;
    // Sorted by name.
    [[nodiscard]] QList<const Command*> commands() const;

private:
    CommandRegistry() = default;
    QList<Command> m_commands;
};

// Registers commands from a static object in the file that defines them.
struct CommandRegistration
{
    CommandRegistration(std::initializer_list<Command> commands);
};

} // namespace cp::cli
