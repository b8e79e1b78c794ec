#include "schema/SnapshotReader.h"

#include "db/Connection.h"
#include "schema/CatalogQuery.h"
#include "schema/CollationReader.h"
#include "schema/ColumnReader.h"
#include "schema/EventTriggerReader.h"
#include "schema/ForeignDataReader.h"
#include "schema/IndexReader.h"
#include "schema/NamespaceReader.h"
#include "schema/PartitionReader.h"
#include "schema/PolicyReader.h"
#include "schema/RelationReader.h"
#include "schema/RoutineReader.h"
#include "schema/RuleReader.h"
#include "schema/StatisticsReader.h"
#include "schema/TypeReader.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <thread>

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

// Starts the snapshot transaction: REPEATABLE READ READ ONLY, search_path, jit, work_mem,
// lock_timeout; with `snapshotId`, in the snapshot another transaction exported.
Result<void> begin(Connection& connection, const SnapshotOptions& options,
                   const QString& snapshotId = {}) {
    STRATA_TRY(connection.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")));
    // An id is hex digits and dashes ("00000003-0000001B-1"), from pg_export_snapshot().
    if (!snapshotId.isEmpty())
        STRATA_TRY(connection.exec(
            QStringLiteral("SET TRANSACTION SNAPSHOT '%1'")
                .arg(QString(snapshotId)
                         .remove(QRegularExpression(QStringLiteral("[^0-9A-Fa-f-]"))))));
    STRATA_TRY(connection.execParams(
        QStringLiteral("SELECT set_config('search_path', 'pg_catalog', true), "
                       "set_config('jit', 'off', true), set_config('work_mem', '128MB', true), "
                       "CASE WHEN $1 <> '' THEN set_config('lock_timeout', $1, true) END"),
        {options.lockTimeout.isNull() ? QString(QLatin1String("")) : options.lockTimeout}));
    return {};
}

// What one connection reads into its CatalogQuery's snapshot.
using Work = std::function<Result<void>(CatalogQuery&)>;

// Everything but the schemas, relations and columns: indexes, functions, triggers, types,
// policies, collations, foreign data, statistics, rules, event triggers, partitioned indexes
// (PartitionReader needs the indexes of the same query).
Result<void> readOthers(CatalogQuery& query) {
    STRATA_TRY(IndexReader(query).read());
    STRATA_TRY(RoutineReader(query).read());
    STRATA_TRY(TypeReader(query).read());
    STRATA_TRY(PolicyReader(query).read());
    STRATA_TRY(CollationReader(query).read());
    STRATA_TRY(ForeignDataReader(query).read());
    STRATA_TRY(StatisticsReader(query).read());
    STRATA_TRY(RuleReader(query).read());
    STRATA_TRY(EventTriggerReader(query).read());
    STRATA_TRY(PartitionReader(query).read());
    return {};
}

// One Work on a helper connection (options.helperConnection), in the snapshot `snapshotId` of
// the main transaction, on a thread of its own. A Work without a helper (none given, or it
// could not be opened or join the snapshot) runs on the main connection.
class HelperRead {
public:
    HelperRead(const SnapshotOptions& options, const QString& snapshotId, Work work)
        : m_options(options)
        , m_snapshotId(snapshotId)
        , m_work(std::move(work)) {}
    HelperRead(const HelperRead&) = delete;
    HelperRead& operator=(const HelperRead&) = delete;

    // Opens the helper and joins the snapshot (on the calling thread); false: no helper.
    bool start() {
        Result<std::unique_ptr<Connection>> opened = m_options.helperConnection();
        if (!opened)
            return false;
        m_connection = std::move(*opened);
        if (!m_connection->isOpen() ||
            m_connection->transactionStatus() != Connection::TransactionStatus::Idle ||
            !begin(*m_connection, m_options, m_snapshotId)) {
            m_connection.reset();
            return false;
        }
        m_thread = std::jthread([this] {
            CatalogQuery query(*m_connection, m_options.schemas);
            Result<void> read = m_work(query);
            if (read)
                m_result.emplace(std::move(query.snapshot()));
            else
                m_result.emplace(std::move(read).error());
            (void)m_connection->exec(QStringLiteral("ROLLBACK"));
        });
        return true;
    }
    void cancel() {
        if (m_connection)
            m_connection->canceller()->cancel();
    }
    // Waits for the helper; its objects, or its error.
    Result<SchemaSnapshot> finish() {
        if (m_thread.joinable())
            m_thread.join();
        return std::move(*m_result);
    }

private:
    const SnapshotOptions& m_options;
    QString m_snapshotId;
    Work m_work;
    std::unique_ptr<Connection> m_connection;
    std::optional<Result<SchemaSnapshot>> m_result;
    std::jthread m_thread;
};

// The main connection reads the schemas and relations; the columns and everything else are
// read on two helpers at the same time when there are helpers (see SnapshotOptions), else after
// them on the main one. Then the tables' CREATE TABLE text and the exclusions.
Result<SchemaSnapshot> readAll(Connection& connection, const SnapshotOptions& options) {
    ColumnReader columns;
    const std::array<Work, 2> works = {
        [&columns](CatalogQuery& query) { return columns.read(query); }, readOthers};
    std::array<std::optional<HelperRead>, 2> helpers;
    if (options.helperConnection) {
        Result<QueryResult> exported =
            connection.exec(QStringLiteral("SELECT pg_catalog.pg_export_snapshot()"));
        for (std::size_t i = 0; exported && i < works.size(); ++i) {
            helpers[i].emplace(options, exported->scalar(), works[i]);
            if (!helpers[i]->start())
                helpers[i].reset();
        }
    }
    CatalogQuery query(connection, options.schemas);
    RelationReader relations(query);
    Result<void> read = NamespaceReader(query).read().and_then([&] { return relations.read(); });
    for (std::size_t i = 0; read && i < works.size(); ++i) {
        if (!helpers[i])
            read = works[i](query);
    }
    for (std::optional<HelperRead>& helper : helpers) {
        if (helper && !read)
            helper->cancel();
    }
    for (std::optional<HelperRead>& helper : helpers) {
        if (!helper)
            continue;
        if (!read)
            helper->cancel();
        Result<SchemaSnapshot> others = helper->finish();
        if (read && !others)
            read = std::move(others).error();
        if (read)
            query.snapshot().merge(std::move(*others));
    }
    STRATA_TRY(read);
    SchemaSnapshot snapshot = std::move(query.snapshot());
    relations.finishTables(snapshot, columns);
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

    Result<SchemaSnapshot> snapshot =
        begin(connection, options).and_then([&] { return readAll(connection, options); });
    if (!snapshot) {
        if (connection.transactionStatus() != Connection::TransactionStatus::Idle)
            (void)connection.exec(QStringLiteral("ROLLBACK"));
        return snapshot;
    }
    STRATA_TRY(connection.exec(QStringLiteral("COMMIT")));
    return snapshot;
}

} // namespace strata
