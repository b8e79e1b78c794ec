#pragma once

#include "run/RunEntry.h"
#include "runner/RunEvent.h"

#include <QCoreApplication>
#include <QVector>

namespace strata {

// What an event did to an entry: rows changed in place, rows to append (in order), and
// whether the entry's header facts (steps done, result, total time) changed.
struct RunEntryChange {
    QVector<int> changed;
    QVector<RunLine> added;
    bool header = false;
};

// How the console shows a run's events: a step row that gets its duration when it ends, a
// statement row that runs (live duration) until it finishes or fails, notices with their
// detail and hint, and an error as the failing statement's row marked, the message, its
// revision, file, SQLSTATE, detail, hint and the statement with a caret under the position.
class RunEventRows {
    Q_DECLARE_TR_FUNCTIONS(strata::RunEventRows)

public:
    // Applies `event` to `entry`: its facts and existing rows change in place; the rows to
    // add are returned (RunLogModel inserts them).
    static RunEntryChange apply(RunEntry& entry, const RunEvent& event);
    // "12 ms", "1.23 s".
    static QString seconds(qint64 ms);

private:
    static void statementFinished(RunEntry& entry, const RunEvent& e, RunEntryChange& change);
    static void failed(RunEntry& entry, const RunEvent& e, RunEntryChange& change);
};

} // namespace strata
