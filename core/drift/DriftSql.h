#pragma once

#include "schema/SchemaDiff.h"
#include "schema/SchemaSnapshot.h"

namespace strata {

// DDL that would bring database A to B, from their diff (`strata diff --sql`): CREATE for what
// only B has, DROP for what only A has, ALTER / re-create / CREATE OR REPLACE for changes.
// Statements that destroy data (dropping a table, column, sequence, schema, type, extension,
// or changing a column's type) are written commented out behind a "-- DESTRUCTIVE:" line so
// nothing is lost by running the script as it is; changes it cannot generate safely are
// written as "-- MANUAL:" comments. Review before running: this is a draft, not a migration.
class DriftSql {
public:
    static QString generate(const SchemaDiff& diff, const SchemaSnapshot& a,
                            const SchemaSnapshot& b);

    // "public.My Table" -> public."My Table" (each dotted part quoted when needed).
    static QString quoteQualified(const QString& name);
};

} // namespace strata
