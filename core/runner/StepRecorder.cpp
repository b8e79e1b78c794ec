#include "StepRecorder.h"

#include "db/Connection.h"
#include "runner/HistoryTable.h"
#include "runner/VersionTable.h"

namespace strata {

namespace {

const char* const kFunction = "pg_temp.strata_record_step";

// An array literal's element, for a text[] parameter: "..." with " and \ escaped.
QString arrayElement(const QString& value) {
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    v.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

QString arrayOf(const QStringList& values) {
    QStringList elements;
    for (const QString& v : values)
        elements << arrayElement(v);
    return QLatin1Char('{') + elements.join(QLatin1Char(',')) + QLatin1Char('}');
}

} // namespace

StepRecorder::StepRecorder(const VersionTable& versions, const HistoryTable& history)
    : m_versions(versions)
    , m_history(history) {}

void StepRecorder::prepare(Connection& conn) {
    m_prepared = false;
    if (conn.transactionStatus() != Connection::TransactionStatus::Idle)
        return;
    const QString versions = m_versions.quotedName(conn);
    const QString history = m_history.quotedName(conn);
    const QString sql =
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION %1(kinds text[], froms text[], tos text[], "
            "p_revision text, p_direction text, p_checksum text, p_status text, "
            "p_transactional boolean, p_started timestamptz, p_finished timestamptz, "
            "p_duration bigint, p_os_user text, p_host text, p_tool_version text, "
            "p_backup_file text, p_environment text) RETURNS bigint LANGUAGE plpgsql AS $strata$\n"
            "DECLARE\n"
            "    changed bigint;\n"
            "    new_id bigint;\n"
            "BEGIN\n"
            "    FOR i IN 1 .. coalesce(array_length(kinds, 1), 0) LOOP\n"
            "        IF kinds[i] = 'I' THEN\n"
            "            INSERT INTO %2 (version_num) VALUES (tos[i]);\n"
            "        ELSIF kinds[i] = 'D' THEN\n"
            "            DELETE FROM %2 WHERE version_num = froms[i];\n"
            "        ELSE\n"
            "            UPDATE %2 SET version_num = tos[i] WHERE version_num = froms[i];\n"
            "        END IF;\n"
            "        GET DIAGNOSTICS changed = ROW_COUNT;\n"
            "        IF changed <> 1 THEN\n"
            "            RAISE EXCEPTION 'version table: % % -> % changed % rows, expected one "
            "(was it changed by another tool during the run?)', kinds[i], froms[i], tos[i], "
            "changed;\n"
            "        END IF;\n"
            "    END LOOP;\n"
            "    INSERT INTO %3 (revision, direction, checksum, status, transactional, "
            "started_at, finished_at, duration_ms, os_user, host, tool_version, backup_file, "
            "environment) VALUES (p_revision, p_direction, p_checksum, p_status, "
            "p_transactional, p_started, p_finished, p_duration, p_os_user, p_host, "
            "p_tool_version, p_backup_file, p_environment) RETURNING id INTO new_id;\n"
            "    RETURN new_id;\n"
            "END\n"
            "$strata$")
            .arg(QLatin1String(kFunction), versions, history);
    auto created = conn.exec(sql);
    m_prepared = created.ok();
}

Result<qint64> StepRecorder::record(Connection& conn, const HistoryRow& row,
                                    const QList<VersionRowOp>& rows) const {
    const bool plain = row.errorMessage.isEmpty() && row.errorSqlstate.isEmpty() &&
                       row.errorStatement.isEmpty() && row.errorLine == 0 &&
                       row.errorPosition == 0 && row.resolution.isEmpty();
    if (!m_prepared || !plain) {
        QStringList changes;
        QStringList params;
        for (const VersionRowOp& op : rows)
            changes << m_versions.rowOpSql(conn, op, HistoryTable::kRowParameters + 1, &params);
        return m_history.insertWith(conn, row, changes, params);
    }
    QStringList kinds, froms, tos;
    for (const VersionRowOp& op : rows) {
        kinds << (op.kind == VersionRowOp::Kind::Insert   ? QStringLiteral("I")
                  : op.kind == VersionRowOp::Kind::Delete ? QStringLiteral("D")
                                                          : QStringLiteral("U"));
        froms << op.from;
        tos << op.to;
    }
    auto orNull = [](const QString& s) { return s.isEmpty() ? QString() : s; };
    auto r = conn.execParams(
        QStringLiteral("SELECT %1($1::text[], $2::text[], $3::text[], $4, $5, $6, $7, "
                       "$8::boolean, $9::timestamptz, $10::timestamptz, $11::bigint, $12, $13, "
                       "$14, $15, $16)")
            .arg(QLatin1String(kFunction)),
        {arrayOf(kinds), arrayOf(froms), arrayOf(tos), row.revision, row.direction,
         orNull(row.checksum), HistoryRow::statusName(row.status),
         row.transactional ? QStringLiteral("true") : QStringLiteral("false"),
         row.startedAt.toUTC().toString(Qt::ISODateWithMs),
         row.finishedAt.isValid() ? row.finishedAt.toUTC().toString(Qt::ISODateWithMs) : QString(),
         row.durationMs < 0 ? QString() : QString::number(row.durationMs), orNull(row.osUser),
         orNull(row.host), orNull(row.toolVersion), orNull(row.backupFile),
         orNull(row.environment)});
    if (!r)
        return r.error();
    return r->scalar().toLongLong();
}

} // namespace strata
