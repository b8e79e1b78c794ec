#include "schema/SnapshotReader.h"

#include "db/Connection.h"
#include "schema/CatalogQuery.h"
#include "schema/IndexReader.h"
#include "schema/NamespaceReader.h"
#include "schema/PolicyReader.h"
#include "schema/RelationReader.h"
#include "schema/RoutineReader.h"
#include "schema/TypeReader.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace strata {

namespace {

// Leaves out the version and history tables, what options.ignorePatterns match, and the owner
// and acl attributes when asked. Runs over every object (and its parent): the two excluded
// tables are compared directly (QString equality looks at the length first) rather than hashed,
// and the patterns are only matched when there are some.
void applyExclusions(SchemaSnapshot& snapshot, const SnapshotOptions& options) {
    QList<QRegularExpression> patterns;
    for (const QString& pattern : options.ignorePatterns)
        patterns << QRegularExpression(QRegularExpression::wildcardToRegularExpression(pattern));
    QStringList excludedTables;
    for (const QString& table : {options.versionTable, options.historyTable}) {
        if (!table.isEmpty())
            excludedTables.append(table);
    }
    auto ignored = [&](const QString& name) {
        if (name.isEmpty())
            return false;
        for (const QString& table : std::as_const(excludedTables)) {
            if (name == table)
                return true;
        }
        for (const QRegularExpression& re : std::as_const(patterns)) {
            if (re.match(name).hasMatch())
                return true;
        }
        return false;
    };
    QList<ObjectKey> drop;
    for (const auto& [key, object] : snapshot.objects()) {
        if (ignored(object.name) || ignored(object.parent))
            drop.append(key);
    }
    for (const ObjectKey& key : drop)
        snapshot.remove(key);
    if (!options.ignoreOwners && !options.ignorePrivileges)
        return;
    QList<SchemaObject> stripped;
    for (const auto& [key, object] : snapshot.objects()) {
        if ((options.ignoreOwners && object.attributes.contains(QStringLiteral("owner"))) ||
            (options.ignorePrivileges && object.attributes.contains(QStringLiteral("acl")))) {
            SchemaObject copy = object;
            if (options.ignoreOwners)
                copy.attributes.remove(QStringLiteral("owner"));
            if (options.ignorePrivileges)
                copy.attributes.remove(QStringLiteral("acl"));
            stripped.append(std::move(copy));
        }
    }
    for (SchemaObject& object : stripped)
        snapshot.insert(std::move(object));
}

// One batched query per object kind (see SnapshotReader), then the exclusions.
Result<SchemaSnapshot> readAll(Connection& connection, const SnapshotOptions& options) {
    CatalogQuery query(connection, options.schemas);
    STRATA_TRY(NamespaceReader(query).read());
    STRATA_TRY(RelationReader(query).read());
    STRATA_TRY(IndexReader(query).read());
    STRATA_TRY(RoutineReader(query).read());
    STRATA_TRY(TypeReader(query).read());
    STRATA_TRY(PolicyReader(query).read());
    SchemaSnapshot snapshot = std::move(query.snapshot());
    applyExclusions(snapshot, options);
    return snapshot;
}

} // namespace

Result<SchemaSnapshot> SnapshotReader::read(Connection& connection,
                                            const SnapshotOptions& options) {
    if (!connection.isOpen())
        return Error(ErrorCode::Connection,
                     QCoreApplication::translate("strata", "schema snapshot: no connection"));
    if (connection.transactionStatus() != Connection::TransactionStatus::Idle)
        return Error(ErrorCode::Usage,
                     QCoreApplication::translate(
                         "strata", "schema snapshot: the connection is inside a transaction"));
    const int version = connection.serverVersion();
    if (version < 120000)
        return Error(ErrorCode::Database,
                     QCoreApplication::translate(
                         "strata", "schema snapshot: PostgreSQL %1 is not supported (12 or "
                                   "later is needed)")
                         .arg(connection.serverVersionText()));

    auto begin = connection.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    if (!begin)
        return begin.error();
    auto setup = connection.execParams(
        QStringLiteral("SELECT set_config('search_path', 'pg_catalog', true), "
                       "set_config('jit', 'off', true), set_config('work_mem', '128MB', true), "
                       "CASE WHEN $1 <> '' THEN set_config('lock_timeout', $1, true) END"),
        {options.lockTimeout.isNull() ? QString(QLatin1String("")) : options.lockTimeout});
    Result<SchemaSnapshot> snapshot =
        setup ? readAll(connection, options) : Result<SchemaSnapshot>(setup.error());
    if (!snapshot) {
        (void)connection.exec(QStringLiteral("ROLLBACK"));
        return snapshot;
    }
    auto end = connection.exec(QStringLiteral("COMMIT"));
    if (!end)
        return end.error();
    return snapshot;
}

} // namespace strata
