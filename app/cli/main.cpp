// strata: the command line. `strata [--project DIR] [--env NAME] [--json] COMMAND [ARGS]`;
// the common options may stand before or after the command.
#include "CommandRegistry.h"
#include "Invocation.h"
#include "strata/Version.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace strata::cli;

namespace {

void printUsage(QTextStream& out) {
    out << "usage: strata [--project DIR] [--env NAME] [--json] COMMAND [ARGS]\n\n"
        << QCoreApplication::translate("strata::cli",
                                       "Versioned PostgreSQL migrations, Alembic-compatible.")
        << "\n\n"
        << QCoreApplication::translate("strata::cli", "commands:") << '\n';
    for (const auto& command : CommandRegistry::all())
        out << "  " << QString::fromLatin1(command.name).leftJustified(12) << command.summary
            << '\n';
    out << '\n'
        << QCoreApplication::translate("strata::cli",
                                       "'strata COMMAND --help' describes a command. Exit codes: "
                                       "0 ok, 1 failed, 2 usage, 3 check found problems.")
        << '\n';
}

bool takesValue(const QString& option) {
    return option == QLatin1String("--project") || option == QLatin1String("--env");
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("strata"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(strata::kVersion));
    QTextStream out(stdout);
    QTextStream err(stderr);

    const QStringList args = QCoreApplication::arguments();
    int commandIndex = -1;
    for (int i = 1; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--version") || a == QLatin1String("-V")) {
            out << "strata " << strata::kVersion << Qt::endl;
            out << "SQL grammar: PostgreSQL " << strata::kSqlGrammarVersion << " (libpg_query "
                << strata::kSqlGrammarMajor << ")" << Qt::endl;
            return ExitOk;
        }
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            printUsage(out);
            return ExitOk;
        }
        if (a.startsWith(QLatin1Char('-'))) {
            if (takesValue(a))
                ++i;
            continue;
        }
        commandIndex = i;
        break;
    }
    if (commandIndex < 0) {
        printUsage(err);
        return ExitUsage;
    }
    const QString name = args.at(commandIndex);
    const Command* command = CommandRegistry::find(name);
    if (!command) {
        err << QCoreApplication::translate("strata::cli", "strata: unknown command '") << name
            << QCoreApplication::translate("strata::cli", "' (see 'strata --help')") << Qt::endl;
        return ExitUsage;
    }
    QStringList rest = args;
    rest.removeAt(commandIndex);
    Invocation invocation(name, rest);
    return command->run(invocation);
}
