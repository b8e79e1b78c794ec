#pragma once

#include "Result.h"
#include "revision/StepPlan.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace strata {

class Connection;

// Alembic's version table on a live connection (DESIGN §6): `version_num VARCHAR(32) NOT NULL`,
// primary key `<table>_pkc`, one row per head. Reading never creates it; create() makes it, with
// exactly Alembic's definition, on the first upgrade or stamp. Every value goes through
// parameters and every identifier through Connection::quoteIdentifier.
class VersionTable {
public:
    VersionTable(QString schema, QString table);

    const QString& schema() const { return m_schema; }
    const QString& table() const { return m_table; }
    // "public.alembic_version": the name the migration lock key is derived from.
    QString qualifiedName() const { return m_schema + QLatin1Char('.') + m_table; }
    // The quoted form for SQL text on `conn`.
    QString quotedName(const Connection& conn) const;

    Result<bool> exists(Connection& conn) const;
    // The heads recorded in the table; a missing table means no heads (and is not created).
    Result<QStringList> readHeads(Connection& conn) const;
    // CREATE TABLE as Alembic does (fails when it exists; call exists() first).
    Result<void> create(Connection& conn) const;
    // Applies one row change. An UPDATE or DELETE that touches no row is an error (Alembic's
    // "Online migration expected to match one row" check): the table was changed under us.
    Result<void> apply(Connection& conn, const VersionRowOp& op) const;
    Result<void> applyAll(Connection& conn, const QList<VersionRowOp>& ops) const;
    Result<void> deleteAll(Connection& conn) const;
    // The statement of `op` with "RETURNING 1", for a data-modifying WITH clause: its values
    // are appended to `params` and numbered $<firstParam + index in params>.
    QString rowOpSql(const Connection& conn, const VersionRowOp& op, int firstParam,
                     QStringList* params) const;

private:
    QString m_schema;
    QString m_table;
};

} // namespace strata
