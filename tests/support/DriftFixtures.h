#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace strata::test {

// The sample project's revisions in `dir` with environments a (urlA) and b (urlB), for the
// drift tests (strata diff, the drift view). Returns `dir`.
QString writeTwoEnvironmentProject(const QString& dir, const QString& urlA, const QString& urlB);

// The integer the test sandbox's `postgres` database answers to `sql` (a count over
// pg_database or pg_stat_activity); -1 when it cannot be asked.
int sandboxCount(const QString& sql);

// The Alembic fixture project (tests/fixtures/alembic_project without its extra/ folder) in
// `dir`, with the named extra/ revisions copied into migrations/versions, and a strata.toml
// following its alembic.ini: one environment `environment` (default `e`) at `url`,
// `[alembic] python = "<python>"` (never the first python3 on PATH). Returns `dir`.
QString copyAlembicProject(const QString& dir, const QString& url, const QStringList& extras = {},
                           const QString& python = QStringLiteral("/usr/bin/python3"),
                           const QString& environment = QStringLiteral("e"));

// A `.sql` revision g7000001 on top of the fixture's head e5000001 (a mixed folder: Alembic does
// not read it, Strata runs it with its own runner): it creates table public.notes_sql.
// Returns the SQL of its upgrade.
QString addSqlRevision(const QString& dir);

// The pids of this test process's running Alembic bridge children (strata_alembic_bridge.py,
// descendants of this process only) whose environment mentions `needle` (a database name or its
// prefix: the URL is in DATABASE_URL).
QList<qint64> bridgeProcesses(const QString& needle);

} // namespace strata::test
