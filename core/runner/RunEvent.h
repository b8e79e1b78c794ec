#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QString>

namespace strata {

// One event of a run: the same stream feeds the CLI's live output (and its --json lines) and the
// studio's run console. Plain data, copyable across threads (queued signals).
struct RunEvent {
    enum class Kind {
        RunStarted,  // message: "upgrade heads on prod", stepCount
        LockWaiting, // message: who holds the lock
        LockAcquired,
        Warning,           // a warning of the run itself (checksum changed, ...)
        StepStarted,       // revision, direction, stepIndex (1-based) of stepCount
        StatementStarted,  // statement, line
        StatementFinished, // statement, line, durationMs, commandTag, rows
        Notice,            // severity (NOTICE, WARNING, INFO), message, detail, hint
        Progress,          // progress 0..1 of a long statement (CREATE INDEX), message: phase
        StepFinished,      // revision, durationMs
        RunFinished,       // durationMs, stepCount
        RunFailed,         // error
        RunCancelled,      // error
    };

    Kind kind = Kind::RunStarted;
    qint64 elapsedMs = 0; // since the run started
    QString environment;
    QString revision;
    QString direction; // upgrade, downgrade, stamp
    int stepIndex = 0;
    int stepCount = 0;
    QString statement;
    int line = 0;
    qint64 durationMs = 0;
    QString commandTag;
    qint64 rows = -1;
    QString severity;
    QString message;
    QString detail;
    QString hint;
    double progress = -1;
    Error error;

    static QString kindName(Kind kind);
    QJsonObject toJson() const;
};

} // namespace strata
