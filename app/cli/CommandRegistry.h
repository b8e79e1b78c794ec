#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace strata::cli {

class Invocation;

using CommandFunction = int (*)(Invocation&);

struct Command {
    const char* name;
    const char* summary;
    CommandFunction run;
};

// Every command file registers itself with STRATA_COMMAND; main() dispatches by name.
class CommandRegistry {
public:
    static bool add(const Command& command);
    static const Command* find(const QString& name);
    static const std::vector<Command>& all();
};

} // namespace strata::cli

#define STRATA_CONCAT_INNER(a, b) a##b
#define STRATA_CONCAT(a, b) STRATA_CONCAT_INNER(a, b)
#define STRATA_COMMAND(name, summary, function)                                                    \
    namespace {                                                                                    \
    [[maybe_unused]] const bool STRATA_CONCAT(s_registered_, __LINE__) =                           \
        ::strata::cli::CommandRegistry::add({name, summary, function});                            \
    }
