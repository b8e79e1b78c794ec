#pragma once

#include "Result.h"
#include "revision/RevisionWriter.h"

#include <QString>
#include <QStringList>

namespace strata {

class ProjectConfig;

// Writes a new `.py` revision into an Alembic project with the project's own Alembic:
// resources/bridge/strata_alembic_author.py under the project's interpreter calls
// `command.revision` / `command.merge` as `alembic revision` / `alembic merge` do (the
// project's script.py.mako, file_template, truncate_slug_length, timezone,
// revision_environment), with the SQL handed to the template as `upgrades` / `downgrades`:
// one `op.execute("""...""")` call per section, which AlembicSqlForm reads back as an SQL
// revision in Python form with the same SQL (and the editor can save again).
class AlembicRevisionAuthor {
public:
    struct Setup {
        QString python;     // PythonInterpreter::choose
        QString configFile; // alembic.ini (or pyproject.toml)
        QString section = QStringLiteral("alembic");
    };
    struct Request {
        // id (empty = Alembic's own), parents (empty = a base), message, branch labels,
        // depends on, upgradeSql / downgradeSql. `transactional = false` writes the COMMIT
        // idiom (`op.execute("COMMIT")`, then one call per statement).
        NewRevision revision;
        bool merge = false;  // `alembic merge` of revision.parents
        bool splice = false; // --splice: branch from a revision that is not a head
    };

    // The interpreter and configuration of an Alembic project (`config.isAlembicProject()`).
    static Setup forConfig(const ProjectConfig& config);

    // The body of upgrade()/downgrade() for `sql` as the template receives it (its first line
    // goes after the template's indentation): empty for empty SQL (the template's "pass").
    // Transactional: one `op.execute("""\n<sql>\n""")`; otherwise `op.execute("COMMIT")` and
    // one call per statement (split by libpg_query). ErrorCode::Parse when the SQL does not
    // split (non-transactional only).
    static Result<QString> body(const QString& sql, bool transactional = true);

    struct Written {
        QString path;     // absolute
        QString revision; // its id
    };

    // Runs the helper; returns what Alembic wrote. Every error is one line
    // (the interpreter named when it cannot start or lacks alembic/sqlalchemy/mako, Alembic's
    // own message otherwise) and nothing is left written. The written file is read back: when
    // the SQL given does not come back as the SQL form's sections (a script.py.mako without
    // ${upgrades} / ${downgrades}), the file is removed and that is the error.
    // ErrorCode::Config for the interpreter, ErrorCode::Usage for Alembic's own refusals.
    static Result<Written> write(const Setup& setup, const Request& request);
};

} // namespace strata
