#include "CommandRegistry.h"

#include <algorithm>

namespace strata::cli {

namespace {
std::vector<Command>& registry() {
    static std::vector<Command> commands;
    return commands;
}
} // namespace

bool CommandRegistry::add(const Command& command) {
    auto& commands = registry();
    auto pos = std::lower_bound(commands.begin(), commands.end(), command,
                                [](const Command& a, const Command& b) {
                                    return QLatin1String(a.name) < QLatin1String(b.name);
                                });
    commands.insert(pos, command);
    return true;
}

const Command* CommandRegistry::find(const QString& name) {
    for (const auto& command : registry())
        if (name == QLatin1String(command.name))
            return &command;
    return nullptr;
}

const std::vector<Command>& CommandRegistry::all() {
    return registry();
}

} // namespace strata::cli
