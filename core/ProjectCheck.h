#pragma once

#include "Project.h"
#include "Result.h"

#include <QList>

namespace strata {

// What `strata check` finds in a project, offline; the studio's Problems panel can show the
// same. Problems (a non-zero exit):
//  - broken files and graph inconsistencies (Project::problems), several heads;
//  - each revision's SQL and transaction mode (RevisionChecker);
//  - [lint] settings naming rules Strata does not have (LintSettingsCheck);
//  - `.py` revisions that cannot run here: no Alembic project to run them in, no interpreter,
//    an interpreter without alembic/sqlalchemy (named), and every revision module that does not
//    import (file, line, Python's error), found by importing them all the way Alembic does in
//    one Python process (AlembicGraphReader). SQL revisions in Python form run without Python
//    and start none.
// Warnings (besides Project::warnings(), which are not repeated): every statement not checked
// because the project's server may be newer than the grammar (RevisionChecker, [project]
// postgres); in an Alembic project, every
// `.sql` revision (the team's `alembic upgrade` cannot run it); a revision id longer than Alembic's
// VARCHAR(32).
class ProjectCheck {
public:
    struct Findings {
        QList<Error> problems;
        QList<Error> warnings;
    };
    static Findings run(const Project& project);
};

} // namespace strata
