#pragma once

#include "revision/StepPlan.h"

#include <QString>
#include <QStringList>

namespace strata {

// What to run: the one request type of the CLI, the studio, dry runs and offline SQL. Planner
// turns it into a StepPlan; Runner executes it.
struct RunRequest {
    enum class Kind { Upgrade, Downgrade, Stamp };
    Kind kind = Kind::Upgrade;
    QStringList targets;        // one for upgrade/downgrade, one or more for stamp
    QString environment;        // the environment's name (for messages; empty offline)
    bool purge = false;         // stamp --purge
    bool strict = false;        // refuse when an applied revision's file changed
    qint64 lockWaitMs = 300000; // how long to wait for another runner's lock
    int connectTimeoutSeconds = 10;
    QStringList xArguments; // Alembic's `-x key=value`, in order, for env.py (get_x_argument)
    QString tag;            // Alembic's `--tag`, for env.py (get_tag_argument); empty = none

    static QString kindName(Kind kind); // upgrade, downgrade, stamp
    // "upgrade heads", "stamp a b".
    QString text() const {
        return kindName(kind) + QLatin1Char(' ') + targets.join(QLatin1Char(' '));
    }
};

// What a finished run did.
struct RunSummary {
    StepPlan plan;
    int stepsDone = 0;
    QStringList headsBefore;
    QStringList headsAfter; // as read back from the version table at the end
    QString backupFile;     // empty when no backup was made
    qint64 durationMs = 0;
};

} // namespace strata
