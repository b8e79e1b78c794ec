#pragma once

#include "Result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace strata {

class Connection;

// One row of strata_history: one step of a run (DESIGN §6).
struct HistoryRow {
    enum class Status { Running, Succeeded, Failed, Cancelled };

    qint64 id = 0;
    QString revision;
    QString direction; // upgrade, downgrade, stamp
    QString checksum;  // of the section that ran (empty for a stamp)
    Status status = Status::Running;
    bool transactional = true; // false: a `Transactional: no` revision (can leave it dirty)
    QDateTime startedAt;       // UTC
    QDateTime finishedAt;      // UTC; invalid while running
    qint64 durationMs = -1;
    QString dbUser; // filled by the server (current_user) on insert
    QString osUser;
    QString host;
    QString toolVersion;
    QString errorSqlstate;
    QString errorMessage;
    QString errorStatement;
    int errorLine = 0; // line in the revision file
    int errorPosition = 0;
    QString backupFile;
    QString environment;
    QString resolution; // resolve: retried, marked-applied, marked-rolled-back (dirty rows only)

    static QString statusName(Status status);
    static std::optional<Status> statusFromName(const QString& name);
    // A row for `revision` started now by this process: os user, host, tool version filled.
    static HistoryRow started(const QString& revision, const QString& direction,
                              const QString& environment);
    // Whether this row leaves the environment dirty: a non-transactional step that did not
    // succeed and was not resolved.
    bool isDirty() const;
    QJsonObject toJson() const;
    // "2026-01-02 10:11:12  upgrade  0002  succeeded  1.2 s  alice@host (db postgres)" and the
    // error, for `strata log`.
    QString toText() const;
};

// Which rows a filtered read of the history returns; every part empty means any.
struct HistoryFilter {
    enum class Outcome { Any, Succeeded, Failed, Cancelled, Running, Resolved };

    Outcome outcome = Outcome::Any; // Resolved: a dirty row resolved later (any status)
    QString direction;              // upgrade, downgrade, stamp; empty: any
    QDateTime from;                 // started_at >= from (invalid: open)
    QDateTime to;                   // started_at < to (invalid: open)
    QString user;                   // case-insensitive part of os_user@host or db_user
    QString text;                   // case-insensitive part of the revision or the error ...
    QStringList revisions;          // ... or one of these revisions (their message matched)

    bool isEmpty() const {
        return outcome == Outcome::Any && direction.isEmpty() && !from.isValid() && !to.isValid() &&
               user.isEmpty() && text.isEmpty();
    }
};

// strata_history beside the version table. Created with the version table (never on read);
// rows are written with parameters only. The row of a transactional step is written inside that
// step's transaction (one commit per revision); the other writers commit on their own.
class HistoryTable {
public:
    HistoryTable(QString schema, QString table);

    QString qualifiedName() const { return m_schema + QLatin1Char('.') + m_table; }
    QString quotedName(const Connection& conn) const;

    Result<bool> exists(Connection& conn) const;
    Result<void> create(Connection& conn) const; // CREATE TABLE IF NOT EXISTS
    // Inserts `row` as it is (status, times, errors); returns its id.
    Result<qint64> insert(Connection& conn, const HistoryRow& row) const;
    // Inserts `row` in the same statement as `changes`: data-modifying statements ending in
    // "RETURNING 1" (VersionTable::rowOpSql) whose parameters follow the row's (pass them in
    // `params`, numbered from $19). The row is only written when each change touched exactly
    // one row; otherwise ErrorCode::Database. One round trip for a step's version rows and its
    // history row. With no changes it is insert().
    Result<qint64> insertWith(Connection& conn, const HistoryRow& row, const QStringList& changes,
                              const QStringList& params) const;
    // The number of parameters insert() and insertWith() use for the row itself.
    static constexpr int kRowParameters = 19;
    // Rewrites status, finished_at, duration and the error fields of row `row.id`.
    Result<void> finish(Connection& conn, const HistoryRow& row) const;
    Result<void> setResolution(Connection& conn, qint64 id, const QString& resolution) const;

    // The newest rows first (at most `limit`; 0 = all). A missing table gives no rows.
    Result<QList<HistoryRow>> latest(Connection& conn, int limit) const;
    // The number of rows `filter` lets through (a missing table: 0).
    Result<qint64> count(Connection& conn, const HistoryFilter& filter = {}) const;
    // At most `limit` rows `filter` lets through, newest first (started_at, then id), skipping
    // the first `offset` of them: one page of the whole history. A missing table gives no rows.
    Result<QList<HistoryRow>> page(Connection& conn, const HistoryFilter& filter, qint64 offset,
                                   int limit) const;
    // The newest succeeded upgrade or stamp of `revision`, however old (a missing table: none).
    Result<std::optional<HistoryRow>> lastApplied(Connection& conn, const QString& revision) const;
    // The unresolved dirty row, if any (a missing table: none).
    Result<std::optional<HistoryRow>> dirtyRow(Connection& conn) const;
    // revision -> the upgrade checksum recorded when it was last applied, for the revisions
    // whose last successful SQL step was an upgrade.
    Result<QHash<QString, QString>> appliedChecksums(Connection& conn) const;

private:
    QString columns() const;
    // "WHERE ..." (or empty) for `filter`, its parameters appended to `params`.
    static QString where(const HistoryFilter& filter, QStringList& params);
    static HistoryRow rowFrom(const class QueryResult& result, int row);

    QString m_schema;
    QString m_table;
};

} // namespace strata
