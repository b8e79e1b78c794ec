#pragma once

#include <QDateTime>
#include <QString>

namespace strata::test {

// A generated history: row g (1..count) of it, every field decided by g alone, so a test knows
// which rows a filter must let through without asking the database.
//   revision  prefix + (g % 40) on three digits ("g007")
//   direction stamp (g % 3 == 0), upgrade (1), downgrade (2)
//   status    failed (g % 10 == 0), else cancelled (g % 25 == 0), else succeeded
//   resolved  "retried" when g % 20 == 0
//   started   2024-01-01T00:00Z + g hours + minuteOffset minutes
//   os_user   "dba" + (g % 7), host "host" + (g % 3)
//   error     failed rows: boom, "quoted" <newline> second line g; the statement
//             "UPDATE t SET missing_<g> = 1", line 7, position 14 (the column's name)
struct GeneratedRow {
    QString revision;
    QString direction;
    QString status;
    bool resolved = false;
    QDateTime startedAt;
    QString osUser;
    QString errorMessage;
    QString errorStatement;
};

GeneratedRow generatedRow(int g, const QString& prefix = QStringLiteral("g"), int minuteOffset = 0);

// One INSERT ... SELECT ... FROM generate_series(1, count) writing rows 1..count into
// `quotedTable` (a strata_history table).
QString generatedHistorySql(const QString& quotedTable, int count,
                            const QString& prefix = QStringLiteral("g"), int minuteOffset = 0);

} // namespace strata::test
