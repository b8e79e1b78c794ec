#pragma once

#include "Result.h"
#include "schema/SchemaSnapshot.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace strata {

class Connection;

// What SnapshotReader reads.
struct SnapshotOptions {
    // Only these schemas (`--schema`); empty: every schema but the system ones (pg_catalog,
    // information_schema, pg_toast*, pg_temp*) and those created by an extension.
    QStringList schemas;
    // Globs on qualified names ("public.tmp_*", "audit.*"); an object whose name, or whose
    // table, matches one is left out.
    QStringList ignorePatterns;
    // The version and history tables (qualified), left out with everything on them.
    QString versionTable = QStringLiteral("public.alembic_version");
    QString historyTable = QStringLiteral("public.strata_history");
    // Leave out the "owner" and the "acl" (privileges) attributes: for comparing a scratch
    // database (objects owned by the sandbox superuser) with a real one.
    bool ignoreOwners = false;
    bool ignorePrivileges = false;
    // lock_timeout for the snapshot transaction (see SnapshotReader): a snapshot fails rather
    // than waits behind a migration that holds an ACCESS EXCLUSIVE lock. Empty: the session's.
    QString lockTimeout = QStringLiteral("5s");
    // Opens another connection to the same database (empty: none); called twice. When set, the
    // columns are read on one, and the indexes, functions, triggers, types, policies and the
    // rest on the other, each on a thread of its own, while the main connection reads the
    // schemas, relations, constraints and sequences: the three transactions see the same
    // catalog state (the main one's exported snapshot, pg_export_snapshot / SET TRANSACTION
    // SNAPSHOT). What a helper that cannot be opened or join that snapshot would have read is
    // read on the main connection.
    std::function<Result<std::unique_ptr<Connection>>()> helperConnection;
};

// Reads a SchemaSnapshot from pg_catalog (never information_schema), for PostgreSQL 12 to 17.
//
// One REPEATABLE READ READ ONLY transaction (so every query sees the same catalog state) with
// search_path = pg_catalog (so every name in generated text is schema-qualified the same way
// whatever the session's search_path), and one batched query per object kind: schemas,
// extensions, relations (tables, views, materialized views), columns, constraints, indexes,
// sequences, functions, triggers, types (enums, domains, composite types) and policies.
// Privileges (sorted aclitems), owners and comments are attributes of their objects.
//
// Left out: system schemas, objects that belong to an extension (pg_depend deptype 'e'),
// identity sequences (the column's "identity" attribute covers them), the indexes that back a
// PRIMARY KEY/UNIQUE/EXCLUDE constraint (the constraint covers them), objects cloned onto
// partitions from their partitioned parent (constraints with conparentid, attached partition
// indexes, triggers with tgparentid on 13+, a partition's inherited columns), the version and
// history tables and everything on them, and whatever options.ignorePatterns match.
//
// Locks: no LOCK TABLE, and for most objects only the catalogs are read. Measured on 15
// against a session holding ACCESS EXCLUSIVE on the table: column types and defaults
// (pg_get_expr without a relation), PRIMARY KEY/UNIQUE/FOREIGN KEY, plain-column indexes (built
// from pg_index, not pg_get_indexdef), partition bounds, sequences, functions, triggers, types,
// privileges and comments never wait. Deparsing an expression that refers to a table's columns
// opens that table with ACCESS SHARE for a moment (released at once): CHECK constraints
// (pg_get_constraintdef), generated columns, index predicates and expression indexes
// (pg_get_expr/pg_get_indexdef), policies and partition keys. pg_get_viewdef takes ACCESS
// SHARE on the view and the relations it reads (the rewriter's AcquireRewriteLocks) and holds
// it to the end of the snapshot transaction. ACCESS SHARE conflicts only with ACCESS EXCLUSIVE
// (a running ALTER/DROP/TRUNCATE): options.lockTimeout bounds that wait, and the snapshot then
// fails with SQLSTATE 55P03 instead of hanging. The transaction also sets jit = off (the
// catalog queries are short; JIT compiling them cost a second) and work_mem = 128MB (the
// catalog joins hash tens of thousands of rows at 2,000 tables; with the default 4MB they
// spilled to disk).
class SnapshotReader {
public:
    // The connection must be idle (not inside a transaction); it is left idle.
    static Result<SchemaSnapshot> read(Connection& connection, const SnapshotOptions& options = {});
};

} // namespace strata
