#include "runner/IdWidthCheck.h"

#include "db/Connection.h"
#include "revision/RevisionFile.h"

#include <QCoreApplication>

namespace strata {

Result<int> IdWidthCheck::columnWidth(Connection& conn, const QString& schema, const QString& table,
                                      const QString& column, int absent) {
    // atttypmod is the declared length + 4 for varchar(n) and char(n), -1 when unbounded.
    STRATA_TRY_ASSIGN(
        const QueryResult result,
        conn.execParams(QStringLiteral("SELECT a.atttypmod FROM pg_catalog.pg_attribute a "
                                       "JOIN pg_catalog.pg_class c ON c.oid = a.attrelid "
                                       "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                                       "WHERE n.nspname = $1 AND c.relname = $2 "
                                       "AND a.attname = $3 AND NOT a.attisdropped"),
                        {schema, table, column}));
    if (result.rowCount() == 0)
        return absent;
    const int typmod = result.value(0, 0).toInt();
    return typmod < 0 ? kUnbounded : typmod - 4;
}

Result<void> IdWidthCheck::check(Connection& conn, const StepPlan& plan, const QString& schema,
                                 const QString& versionTable, const QString& historyTable,
                                 const QString& environment) {
    int longest = 0;
    for (const PlanStep& step : plan.steps) {
        longest = std::max(longest, int(step.revision.size()));
        for (const VersionRowOp& op : step.rows)
            longest = std::max(longest, int(op.to.size()));
    }
    if (longest <= RevisionFile::kDefaultMaxIdLength)
        return {}; // fits every table Alembic or Strata creates: no query
    STRATA_TRY_ASSIGN(const int versionWidth,
                      columnWidth(conn, schema, versionTable, QStringLiteral("version_num"),
                                  RevisionFile::kDefaultMaxIdLength));
    STRATA_TRY_ASSIGN(const int historyWidth, columnWidth(conn, schema, historyTable,
                                                          QStringLiteral("revision"), kUnbounded));
    const auto refuse = [&](const QString& id, const QString& table, const QString& column,
                            int width) {
        Error e(ErrorCode::Config,
                QCoreApplication::translate(
                    "strata", "revision id '%1' is %2 characters long; %3.%4.%5 on '%6' holds "
                              "at most %7 (ALTER TABLE %3.%4 ALTER COLUMN %5 TYPE varchar(%2) "
                              "to allow it); nothing ran")
                    .arg(id)
                    .arg(id.size())
                    .arg(schema, table, column, environment)
                    .arg(width));
        e.revision = id;
        return e;
    };
    for (const PlanStep& step : plan.steps) {
        for (const VersionRowOp& op : step.rows)
            if (versionWidth != kUnbounded && op.to.size() > versionWidth)
                return refuse(op.to, versionTable, QStringLiteral("version_num"), versionWidth);
        if (historyWidth != kUnbounded && step.revision.size() > historyWidth)
            return refuse(step.revision, historyTable, QStringLiteral("revision"), historyWidth);
    }
    return {};
}

} // namespace strata
