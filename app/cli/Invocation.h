#pragma once

#include "Project.h"
#include "Result.h"
#include "runner/RunRequest.h"

#include <QJsonValue>

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

namespace strata::cli {

enum ExitCode { ExitOk = 0, ExitFailed = 1, ExitUsage = 2, ExitProblems = 3 };

// One run of one command: its arguments, the common options and the output streams.
class Invocation {
public:
    Invocation(QString command, QStringList arguments);

    const QString& command() const { return m_command; }
    QCommandLineParser& parser() { return m_parser; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // Adds --project, --env, --json, -x, --tag and --help. Call before the command adds its own.
    void addCommonOptions();
    // -x ARG and --tag TAG for env.py, on the commands that run an Alembic project's env.py
    // (upgrade, downgrade, stamp, import).
    void addEnvPyOptions();
    // Parses; on a usage error prints one line and returns false (the command returns 2).
    bool parse(const QString& positionalSyntax, const QString& description);

    // The positional arguments, with relative targets such as `-1` (which the option parser
    // would take for options) given back as written.
    QStringList positional() const;

    QString projectOption() const;
    QString envOption() const;
    bool json() const;
    // Alembic's global `-x key=value` (repeatable, in order) and `--tag`: handed to env.py
    // (context.get_x_argument / get_tag_argument) by the runs that use it.
    QStringList xArguments() const;
    QString tag() const;
    // Copies -x and --tag into a run's request.
    void applyRunOptions(RunRequest& request) const;

    // Prints "strata COMMAND: message" on stderr and returns the exit code for the error.
    int fail(const Error& error);
    int usage(const QString& message);

    static int exitCodeFor(const Error& error);

    // Opens the project of --project (or the nearest strata.toml upwards) and prints its
    // warnings on stderr.
    Result<Project> loadProject(Project::Mode mode = Project::Mode::Strict, bool checksums = true);
    // Prints a JSON document (object or array) on one line of stdout.
    void printJson(const QJsonValue& value);

private:
    QString m_command;
    QStringList m_arguments;
    QCommandLineParser m_parser;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace strata::cli
