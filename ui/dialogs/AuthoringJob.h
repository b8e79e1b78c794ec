#pragma once

#include "alembic/RevisionAuthor.h"
#include "common/Async.h"
#include "config/ProjectConfig.h"

#include <QString>

#include <functional>

namespace strata {

// What writing a new revision came to (handed to the GUI thread).
struct AuthoringOutcome {
    bool ok = false;
    QString path;    // the file written
    QString warning; // RevisionAuthor's warning (a .sql file in an Alembic project)
    QString error;   // one line when !ok
};

// The New revision and Merge heads dialogs write through RevisionAuthor (the same core code as
// `strata revision` / `strata merge`). A `.py` revision is written off the GUI thread (the
// project's Python starts): `done` runs later on `context`'s thread, unless `context` went
// first. A `.sql` file (no Python, one small file) is written at once and `done` has run when
// this returns (an empty handle).
AsyncHandle writeRevision(QObject* context, const ProjectConfig& config, const QString& versionsDir,
                          const AlembicRevisionAuthor::Request& request,
                          std::function<void(const AuthoringOutcome&)> done);

} // namespace strata
