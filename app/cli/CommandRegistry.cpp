#include "app/cli/CommandRegistry.h"

#include <algorithm>

namespace cp::cli {

CommandRegistry& CommandRegistry::instance()
{
    static CommandRegistry registry; // built on first use, so registration order does not matter
    return registry;
}

void CommandRegistry::add(Command command)
{
    Q_ASSERT_X(!find(command.name), "CommandRegistry::add", "a command of that name is registered already");
    m_commands.append(std::move(command));
}

const Command* CommandRegistry::find(const QString& name) const
{
    for (const Command& command : m_commands)
        if (command.name == name)
            return &command;
    return nullptr;
}

QList<const Command*> CommandRegistry::commands() const
{
    QList<const Command*> out;
    for (const Command& command : m_commands)
        out.append(&command);
    std::sort(out.begin(), out.end(), [](const Command* a, const Command* b) { return a->name < b->name; });
    return out;
}

CommandRegistration::CommandRegistration(std::initializer_list<Command> commands)
{
    for (const Command& command : commands)
        CommandRegistry::instance().add(command);
}

} // namespace cp::cli
