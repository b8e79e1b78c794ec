#include "drift/VerifyDatabase.h"

#include "db/Connection.h"
#include "db/EnvironmentConnector.h"
#include "sandbox/Sandbox.h"
#include "sandbox/ScratchSandbox.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUuid>

namespace strata {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("strata::VerifyDatabase", text);
}

QString scratchName() {
    return QStringLiteral("strata_verify_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

// The server's URL with another database (in a key=value conninfo the last dbname wins).
QString withDatabase(const QString& serverUrl, const QString& database) {
    if (serverUrl.contains(QLatin1String("://"))) {
        QUrl url(serverUrl);
        url.setPath(QLatin1Char('/') + database);
        return url.toString();
    }
    return QStringLiteral("%1 dbname=%2").arg(serverUrl, database);
}

// Outside the system schemas, and not a member of an extension.
const char* const kNotSystem = "n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'";

// Everything a verification can create, with the statement that drops it: extensions first
// (their dependent columns go with them), then schemas, relations, routines and types.
QString objectsQuery() {
    const QString notSystem = QString::fromLatin1(kNotSystem);
    const auto notMember = [](const char* catalog, const char* oid, const char* deptypes) {
        return QStringLiteral("NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = "
                              "'%1'::regclass AND d.objid = %2 AND d.deptype IN (%3))")
            .arg(QLatin1String(catalog), QLatin1String(oid), QLatin1String(deptypes));
    };
    return QStringLiteral(
               "SELECT kind || ' ' || ident, stmt FROM ("
               "SELECT 1 AS ord, 'extension' AS kind, e.extname::text AS ident, "
               "format('DROP EXTENSION IF EXISTS %I CASCADE', e.extname) AS stmt "
               "FROM pg_extension e WHERE e.extname <> 'plpgsql' "
               "UNION ALL SELECT 2, 'schema', n.nspname::text, "
               "format('DROP SCHEMA IF EXISTS %I CASCADE', n.nspname) FROM pg_namespace n "
               "WHERE %1 AND n.nspname <> 'public' AND %2 "
               "UNION ALL SELECT 3, 'relation', c.oid::regclass::text, "
               "format('DROP %s IF EXISTS %s CASCADE', CASE c.relkind WHEN 'v' THEN 'VIEW' "
               "WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' "
               "WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, c.oid::regclass) "
               "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
               "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND NOT c.relispartition "
               "AND %1 AND %3 "
               "UNION ALL SELECT 4, 'routine', p.oid::regprocedure::text, "
               "format('DROP ROUTINE IF EXISTS %s CASCADE', p.oid::regprocedure) "
               "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE %1 AND %4 "
               "UNION ALL SELECT 5, 'type', t.oid::regtype::text, "
               "format('DROP %s IF EXISTS %s CASCADE', CASE t.typtype WHEN 'd' THEN 'DOMAIN' "
               "ELSE 'TYPE' END, t.oid::regtype) "
               "FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
               "WHERE t.typtype IN ('e', 'd', 'r', 'c') AND (t.typtype <> 'c' OR EXISTS "
               "(SELECT 1 FROM pg_class k WHERE k.oid = t.typrelid AND k.relkind = 'c')) "
               "AND %1 AND %5"
               ") o ORDER BY ord, ident")
        .arg(notSystem, notMember("pg_namespace", "n.oid", "'e'"),
             notMember("pg_class", "c.oid", "'e', 'a', 'i'"), notMember("pg_proc", "p.oid", "'e'"),
             notMember("pg_type", "t.oid", "'e'"));
}

struct DatabaseObject {
    QString key;
    QString drop;
};

Result<QList<DatabaseObject>> objects(Connection& conn) {
    STRATA_TRY_ASSIGN(const QueryResult rows, conn.exec(objectsQuery()));
    QList<DatabaseObject> out;
    for (int i = 0; i < rows.rowCount(); ++i)
        out.append({rows.value(i, 0), rows.value(i, 1)});
    return out;
}

} // namespace

VerifyDatabase::~VerifyDatabase() {
    (void)release();
}

Result<std::unique_ptr<VerifyDatabase>> VerifyDatabase::onSandbox(const QString& sandboxDir,
                                                                  int serverMajor) {
    const ScratchSandbox scratch = ScratchSandbox::choose(sandboxDir, serverMajor);
    STRATA_TRY(scratch.ensureRunning());
    Sandbox sandbox(scratch.directory());
    std::unique_ptr<VerifyDatabase> db(new VerifyDatabase);
    db->m_kind = Kind::Scratch;
    db->m_onSandbox = true;
    db->m_sandboxDir = sandbox.directory();
    db->m_database = scratchName();
    db->m_environment.name = QStringLiteral("scratch");
    STRATA_TRY_ASSIGN(db->m_environment.url, sandbox.urlFor(db->m_database));
    STRATA_TRY(sandbox.createDatabase(db->m_database));
    db->m_description = tr("scratch database %1 on the sandbox").arg(db->m_database);
    return db;
}

Result<std::unique_ptr<VerifyDatabase>> VerifyDatabase::onServer(const Environment& server) {
    STRATA_TRY_ASSIGN(const QString conninfo, EnvironmentConnector::conninfo(server));
    STRATA_TRY_ASSIGN(std::unique_ptr<Connection> admin,
                      EnvironmentConnector::open(server, ConnectionPurpose::Catalog));
    std::unique_ptr<VerifyDatabase> db(new VerifyDatabase);
    db->m_kind = Kind::Scratch;
    db->m_admin = server;
    db->m_database = scratchName();
    STRATA_TRY(
        admin->exec(QStringLiteral("CREATE DATABASE ") + admin->quoteIdentifier(db->m_database)));
    db->m_environment = server;
    db->m_environment.url = withDatabase(conninfo, db->m_database);
    db->m_environment.envFilePath.clear();
    db->m_description = tr("scratch database %1 on %2").arg(db->m_database, server.displayUrl());
    return db;
}

Result<std::unique_ptr<VerifyDatabase>> VerifyDatabase::existing(const Environment& environment) {
    STRATA_TRY_ASSIGN(std::unique_ptr<Connection> conn,
                      EnvironmentConnector::open(environment, ConnectionPurpose::Catalog));
    int total = 0;
    STRATA_TRY_ASSIGN(const QStringList tables, userTables(*conn, 3, &total));
    const QString name = environment.name.isEmpty() || environment.name == QLatin1String("url")
                             ? environment.displayUrl()
                             : tr("environment '%1'").arg(environment.name);
    if (total > 0)
        return Error(ErrorCode::Config,
                     tr("%1 is not empty (%2 table(s) or view(s): %3%4); verify needs an empty "
                        "database")
                         .arg(name)
                         .arg(total)
                         .arg(tables.join(QStringLiteral(", ")),
                              total > tables.size() ? QStringLiteral(", ...") : QString()));
    std::unique_ptr<VerifyDatabase> db(new VerifyDatabase);
    db->m_kind = Kind::Existing;
    db->m_environment = environment;
    STRATA_TRY_ASSIGN(db->m_environment.url, EnvironmentConnector::conninfo(environment));
    db->m_environment.envFilePath.clear();
    db->m_description = name;
    STRATA_TRY_ASSIGN(const QList<DatabaseObject> before, objects(*conn));
    for (const DatabaseObject& o : before)
        db->m_objectsBefore << o.key;
    return db;
}

Result<QStringList> VerifyDatabase::userTables(Connection& conn, int limit, int* total) {
    STRATA_TRY_ASSIGN(
        const QueryResult rows,
        conn.exec(
            QStringLiteral(
                "SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c JOIN pg_namespace "
                "n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p', 'v', "
                "'m', 'f') AND %1 AND NOT EXISTS (SELECT 1 FROM pg_depend d "
                "WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND "
                "d.deptype = 'e') ORDER BY 1")
                .arg(QString::fromLatin1(kNotSystem))));
    QStringList out;
    for (int i = 0; i < rows.rowCount() && i < limit; ++i)
        out << rows.value(i, 0);
    if (total)
        *total = rows.rowCount();
    return out;
}

Result<void> VerifyDatabase::release() {
    if (m_released)
        return {};
    m_released = true;
    return m_kind == Kind::Scratch ? dropScratch() : emptyBack();
}

Result<void> VerifyDatabase::dropScratch() {
    if (m_onSandbox)
        return Sandbox(m_sandboxDir).dropDatabase(m_database);
    STRATA_TRY_ASSIGN(std::unique_ptr<Connection> admin,
                      EnvironmentConnector::open(m_admin, ConnectionPurpose::Catalog));
    // FORCE ends a session a cancelled statement left behind.
    STRATA_TRY(admin->exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                               .arg(admin->quoteIdentifier(m_database))));
    return {};
}

Result<void> VerifyDatabase::emptyBack() {
    STRATA_TRY_ASSIGN(std::unique_ptr<Connection> conn,
                      EnvironmentConnector::open(m_environment, ConnectionPurpose::Run));
    STRATA_TRY_ASSIGN(const QList<DatabaseObject> now, objects(*conn));
    for (const DatabaseObject& o : now)
        if (!m_objectsBefore.contains(o.key))
            STRATA_TRY(conn->exec(o.drop));
    return {};
}

} // namespace strata
