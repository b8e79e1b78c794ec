#pragma once

#include "Result.h"
#include "revision/StepPlan.h"
#include "runner/RunRequest.h"

#include <QHash>
#include <QString>

#include <atomic>

namespace strata {

class ProjectConfig;
class RevisionGraph;

// The SQL of the Alembic Python steps (Source::AlembicPython) of a plan, rendered in Alembic's
// offline mode through one bridge (AlembicOfflineRenderer), keyed by step index. `--sql`
// (Mode::Script) needs every step's SQL: a step that needs a live connection, or no usable
// interpreter, is an error (one line naming the revision and file). A dry run or the plan dialog
// (Mode::Preview) shows what is known: a step that needs a live connection keeps its Python
// source with "SQL known only when run", and without an interpreter each step says why its SQL
// is unknown (one line naming the interpreter).
class PythonStepSql {
public:
    enum class Mode { Script, Preview };
    struct Entry {
        enum class Kind { Sql, NeedsConnection, Unknown };
        Kind kind = Kind::Sql;
        QString sql;                // Sql
        bool transactional = false; // Sql: wrap in BEGIN/COMMIT (env.py's transactional DDL)
        QString reason;             // NeedsConnection, Unknown: one line
        QString file;               // NeedsConnection: the revision's file and the line
        int line = 0;
        QString source; // NeedsConnection: the upgrade()/downgrade() function's Python source
        int sourceLine = 0;
    };
    using Entries = QHash<int, Entry>;

    // True when `plan` has a step whose revision is Source::AlembicPython (not a stamp).
    static bool needed(const RevisionGraph& graph, const StepPlan& plan);
    static Result<Entries> render(const RevisionGraph& graph, const ProjectConfig& config,
                                  const StepPlan& plan, const RunRequest& request, Mode mode,
                                  const std::atomic<bool>* cancelled = nullptr);

    // What a preview shows for a step that has no SQL: "-- SQL known only when run: ..." then
    // the commented Python source, or "-- SQL unknown: <why>".
    static QString previewText(const Entry& entry);
    // The one-line header of that text (translatable): "SQL known only when run".
    static QString knownOnlyWhenRun();
};

} // namespace strata
