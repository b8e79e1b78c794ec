#include "HistoryRows.h"

namespace strata::test {

GeneratedRow generatedRow(int g, const QString& prefix, int minuteOffset) {
    GeneratedRow row;
    row.revision = prefix + QStringLiteral("%1").arg(g % 40, 3, 10, QLatin1Char('0'));
    row.direction = g % 3 == 0   ? QStringLiteral("stamp")
                    : g % 3 == 1 ? QStringLiteral("upgrade")
                                 : QStringLiteral("downgrade");
    row.status = g % 10 == 0   ? QStringLiteral("failed")
                 : g % 25 == 0 ? QStringLiteral("cancelled")
                               : QStringLiteral("succeeded");
    row.resolved = g % 20 == 0;
    row.startedAt = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC)
                        .addSecs(qint64(g) * 3600 + qint64(minuteOffset) * 60);
    row.osUser = QStringLiteral("dba%1").arg(g % 7);
    if (row.status == QLatin1String("failed")) {
        row.errorMessage = QStringLiteral("boom, \"quoted\"\nsecond line %1").arg(g);
        row.errorStatement = QStringLiteral("UPDATE t SET missing_%1 = 1").arg(g);
    }
    return row;
}

QString generatedHistorySql(const QString& quotedTable, int count, const QString& prefix,
                            int minuteOffset) {
    return QStringLiteral(
               "INSERT INTO %1 (revision, direction, status, transactional, started_at, "
               "finished_at, duration_ms, os_user, host, tool_version, error_message, "
               "error_statement, error_line, error_position, resolution) "
               "SELECT '%2' || lpad((g %% 40)::text, 3, '0'), "
               "CASE g %% 3 WHEN 0 THEN 'stamp' WHEN 1 THEN 'upgrade' ELSE 'downgrade' END, "
               "CASE WHEN g %% 10 = 0 THEN 'failed' WHEN g %% 25 = 0 THEN 'cancelled' "
               "ELSE 'succeeded' END, true, "
               "timestamptz '2024-01-01 00:00:00+00' + g * interval '1 hour' + "
               "%4 * interval '1 minute', "
               "timestamptz '2024-01-01 00:00:01+00' + g * interval '1 hour' + "
               "%4 * interval '1 minute', g * 10, 'dba' || (g %% 7), 'host' || (g %% 3), 'test', "
               "CASE WHEN g %% 10 = 0 THEN 'boom, \"quoted\"' || chr(10) || 'second line ' || g "
               "END, CASE WHEN g %% 10 = 0 THEN 'UPDATE t SET missing_' || g || ' = 1' END, "
               "CASE WHEN g %% 10 = 0 THEN 7 END, CASE WHEN g %% 10 = 0 THEN 14 END, "
               "CASE WHEN g %% 20 = 0 THEN 'retried' END "
               "FROM generate_series(1, %3) AS g")
        .arg(quotedTable, prefix)
        .arg(count)
        .arg(minuteOffset)
        .replace(QStringLiteral("%%"), QStringLiteral("%"));
}

} // namespace strata::test
