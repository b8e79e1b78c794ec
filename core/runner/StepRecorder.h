#pragma once

#include "Result.h"
#include "revision/StepPlan.h"

#include <QList>
#include <QString>

namespace strata {

class Connection;
class HistoryTable;
class VersionTable;
struct HistoryRow;

// Writes what a transactional step leaves behind, its version-table rows and its succeeded
// history row, in ONE round trip inside the step's transaction, so a revision costs BEGIN, its
// statements, this, COMMIT.
//
// prepare() creates a session-local PL/pgSQL function (pg_temp: it disappears with the
// session, nothing is left in the database) whose statements the server plans once per
// session instead of once per revision. When temporary objects are not allowed (no TEMPORARY
// privilege, no plpgsql), record() uses one WITH statement instead (HistoryTable::insertWith):
// the same effect, planned on every call. Either way an UPDATE or DELETE that does not touch
// exactly one version row fails the step (the table was changed under us) and nothing is
// written.
class StepRecorder {
public:
    StepRecorder(const VersionTable& versions, const HistoryTable& history);

    // Call outside a transaction, once per session. Never fails: falls back silently.
    void prepare(Connection& conn);
    bool usesSessionFunction() const { return m_prepared; }
    // The session function is gone (a revision ran DISCARD TEMP / DISCARD ALL): fall back.
    void forget() { m_prepared = false; }

    Result<qint64> record(Connection& conn, const HistoryRow& row,
                          const QList<VersionRowOp>& rows) const;

private:
    const VersionTable& m_versions;
    const HistoryTable& m_history;
    bool m_prepared = false;
};

} // namespace strata
