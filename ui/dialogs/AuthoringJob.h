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
// `strata revision` / `strata merge`) off the GUI thread: in an Alembic project that starts the
// project's Python. `done` runs on `context`'s thread unless `context` went first.
AsyncHandle writeRevisionAsync(QObject* context, const ProjectConfig& config,
                               const QString& versionsDir,
                               const AlembicRevisionAuthor::Request& request,
                               std::function<void(const AuthoringOutcome&)> done);

} // namespace strata
