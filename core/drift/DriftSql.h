#pragma once

#include "schema/SchemaDiff.h"
#include "schema/SchemaSnapshot.h"

namespace strata {

// How DriftSql::generate writes its script.
struct DriftSqlOptions {
    QString heading; // the first comment line (without "-- "); empty: the drift script's own
    QString nameA = QStringLiteral("A"); // the sides as the comments name them ("only in B")
    QString nameB = QStringLiteral("B");
    // The script undoes another one that created what this one drops (the downgrade of a
    // captured drift, whose upgrade is the same diff the other way round): its drops run (they
    // remove what the upgrade made), and what it creates again where the upgrade's DROP is
    // commented out (a table, column, type, ... dropped by hand) is commented out too, so
    // that upgrade then downgrade never fails on an object that is still there.
    bool undo = false;
};

// DDL that would bring database A to B, from their diff (`strata diff --sql`, and both
// sections of `strata revision --from-diff`): CREATE for what only B has, DROP for what only A
// has, ALTER / re-create / CREATE OR REPLACE for changes. Ordered by dependency: schemas,
// extensions, foreign data wrappers, servers, user mappings, collations and types before the
// tables and columns that use them, foreign tables after the columns' types, tables before
// their constraints, indexes and statistics, foreign keys after the keys and unique indexes
// they reference, functions before the views, triggers, rules and event triggers; drops in the
// reverse order. What goes with a dropped table (its columns, constraints, indexes, triggers,
// policies, statistics, rules, owned sequences) or a dropped column (its owned sequence) is
// not dropped again on its own. A changed foreign table, rule, statistics object or event
// trigger is dropped and created again; a changed collation, wrapper, server or user mapping
// is a MANUAL note. A user mapping is created without options (their values are never read)
// and a MANUAL line names the options to set.
// Statements that destroy data (dropping a table, column, sequence, schema, type, extension,
// or changing a column's type) are written commented out behind a "-- DESTRUCTIVE:" line so
// nothing is lost by running the script as it is; changes it cannot generate safely are
// written as "-- MANUAL:" comments. Review before running: this is a draft, not a migration.
class DriftSql {
public:
    static QString generate(const SchemaDiff& diff, const SchemaSnapshot& a,
                            const SchemaSnapshot& b, const DriftSqlOptions& options = {});

    // "public.My Table" -> public."My Table" (each dotted part quoted when needed).
    static QString quoteQualified(const QString& name);

    // The marker of a commented-out destructive statement; how many a script holds.
    static QString destructiveMarker() { return QStringLiteral("-- DESTRUCTIVE:"); }
    static int destructiveCount(const QString& script);
};

} // namespace strata
