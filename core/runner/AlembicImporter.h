#pragma once

#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace strata {

class Project;

// `strata import alembic`: an Alembic project's revisions as a Strata project of `.sql` files
// (DESIGN section 3), rendered oldest-first through Alembic's offline mode and the project's
// env.py (AlembicOfflineRenderer, one bridge), with the same ids, parents, branch labels,
// depends_on, message and create date. A revision whose upgrade() or downgrade() needs a live
// connection stays `.py` (copied unchanged); the new strata.toml then names the original
// alembic.ini so that those still run through the project's Alembic. The op.execute("COMMIT")
// idiom (and any statement a transaction cannot hold) makes a revision `Transactional: no`,
// its COMMIT statements dropped, as Strata runs SQL-form revisions.
class AlembicImporter {
public:
    struct File {
        QString path; // relative to the target folder: "strata.toml", "versions/<id>.sql"
        QByteArray contents;
        QString revision; // empty for strata.toml
    };
    struct Kept {
        QString revision;
        QString file;   // the .py kept
        QString reason; // one line: "upgrade() needs a live connection: file:line: error"
    };
    struct Plan {
        QList<File> files;
        QList<Kept> kept;
    };

    // Renders everything for the folder `into` (which must not exist or be empty), with
    // Alembic's -x and --tag for env.py. Errors are one line naming the revision, file and line;
    // nothing is written.
    static Result<Plan> prepare(const Project& project, const QString& into,
                                const QStringList& xArguments = {}, const QString& tag = {});
    // Writes the plan into a temporary folder beside `into`, then renames it to `into`: on any
    // error nothing is left behind.
    static Result<void> write(const Plan& plan, const QString& into);
};

} // namespace strata
