#pragma once

#include "schema/SchemaSnapshot.h"

#include <QString>

namespace strata {

// The texts the servers deparse (pg_get_expr, pg_get_constraintdef, pg_get_viewdef, ...) in one
// form whatever the PostgreSQL major (13 to 18) that printed them, so that the same migrations
// applied on two versions compare equal. SchemaDiff compares two differing texts through it
// (the snapshots keep the server's own text, which is what DDL and reports show).
//
// What it rewrites, in every expression (a function definition is never rewritten: its body is
// source text, and SQL-standard bodies deparse alike on 14 to 18):
//   14+ SQL-standard call syntax -> the function calls 13 prints:
//     SUBSTRING(a FROM b [FOR c])  -> "substring"(a, b[, c])
//     TRIM(BOTH|LEADING|TRAILING [x] FROM y) -> btrim|ltrim|rtrim(y[, x])
//     POSITION((a) IN (b))         -> "position"(b, a)
//     OVERLAY(a PLACING b FROM c [FOR d]) -> "overlay"(a, b, c[, d])
//     EXTRACT(f FROM x)            -> date_part('f'::text, x)
//     (x AT TIME ZONE z)           -> timezone(z, x)
//     COLLATION FOR (x)            -> pg_collation_for(x)
//     NORMALIZE(x)                 -> "normalize"(x)
// and in view definitions:
//   16+ leaves out the qualifier of columns of the only relation at the top level of a view
//   ("SELECT id FROM t" rather than "SELECT t.id FROM t"): that qualifier is left out on both
//   sides.
class DefinitionNormalizer {
public:
    // The normal form of `text`, the value of `attribute` ("definition" for the DDL) of an
    // object of `kind`.
    static QString normalize(ObjectKind kind, const QString& attribute, const QString& text);
    // Whether two texts of the same attribute are the same once normalised.
    static bool equivalent(ObjectKind kind, const QString& attribute, const QString& a,
                           const QString& b);

    // The expression rewrites alone.
    static QString expression(const QString& text);
    // The view rewrite alone (the text of pg_get_viewdef(oid, true), with or without the
    // "CREATE VIEW name AS" line before it).
    static QString viewQualifiers(const QString& text);
};

} // namespace strata
