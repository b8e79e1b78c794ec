#pragma once

#include "Invocation.h"

namespace strata::cli {

// What `strata revision` checks before writing, as Alembic's ScriptDirectory.generate_revision
// does, plus the width of the version table.
class RevisionChecks {
public:
    // Refuses to branch from a revision that is not a head unless `splice` (Alembic's
    // "Revision X is not a head revision; please specify --splice to create a new branch from
    // this revision").
    static Result<void> checkSplice(const RevisionGraph& graph, const QStringList& parents,
                                    bool splice);
    // The width of version_num in the environment's version table: the VARCHAR length, 32 when
    // the table does not exist yet (Alembic creates VARCHAR(32)), -1 when it is unbounded
    // (text, varchar).
    static Result<int> versionNumWidth(const Project& project, const Environment& environment);
    // A --rev-id checked against the width of version_num on --env (when given), else 32.
    static Result<void> checkIdWidth(const Invocation& inv, const Project& project,
                                     const QString& id);
};

} // namespace strata::cli
