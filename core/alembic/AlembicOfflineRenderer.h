#pragma once

#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

namespace strata {

class ProjectConfig;

// Renders `.py` steps in Alembic's offline mode (`alembic upgrade A:B --sql`: as_sql=True, the
// user's env.py and its run_migrations_offline) through one bridge process for all the steps
// (AlembicBridge, command "render"). Each step gives the SQL its upgrade()/downgrade() emitted
// (without Alembic's version-table statements and BEGIN/COMMIT: Strata writes its own), or
// "needs a live connection" (op.get_bind(), inspect, anything that fails offline) with the
// revision's file:line and Python's error. Blocking; for a worker thread or the CLI.
class AlembicOfflineRenderer {
public:
    struct Setup {
        QString python;     // PythonInterpreter::choose
        QString configFile; // alembic.ini
        QStringList xArguments;
        QString tag;
        QString url; // optional: env.py's DATABASE_URL (offline needs only the dialect)
        QString password;
    };
    struct Step {
        QString revision;
        bool upgrade = true;
        QStringList headsBefore; // the version table before the step (Alembic's starting_rev)
    };
    struct Rendering {
        enum class Kind { Sql, NeedsConnection };
        Kind kind = Kind::Sql;
        QString sql;                // Sql: each statement ends with ";\n\n"
        bool transactional = false; // Sql: env.py's context uses transactional DDL
        QString reason;             // NeedsConnection: "Python error" (one line)
        QString file;               // NeedsConnection: where (the revision's file) ...
        int line = 0;               // ... and line, when Python said
    };

    // The interpreter (PythonInterpreter::choose) and alembic.ini of `config`, with -x / --tag.
    static Setup setupFor(const ProjectConfig& config, const QStringList& xArguments = {},
                          const QString& tag = {});

    // One bridge, the steps in order. Errors (one line): the interpreter lacks Alembic, the
    // bridge does not start, env.py raises, a revision does not import (naming the revision,
    // file:line and Python's message), ErrorCode::Cancelled when `cancelled` becomes true.
    static Result<QList<Rendering>> render(const Setup& setup, const QList<Step>& steps,
                                           const std::atomic<bool>* cancelled = nullptr);

    // The text of the top-level `def NAME(...)` of a Python file and the line it starts on
    // (decorators and the body up to the next top-level statement); empty when there is none.
    static QString functionSource(const QString& text, const QString& name, int* line = nullptr);
};

} // namespace strata
