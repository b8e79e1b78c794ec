#pragma once

#include "schema/SchemaDiff.h"

#include <QString>

namespace strata {

// The DDL shown for one difference (the drift view's two sides): each side's definition, then
// one line for every differing attribute that definition does not show (COMMENT ON, OWNER TO,
// SET TABLESPACE, the privileges, or "-- name: value"), so that every difference is a line
// of its own on both sides. A side without the object is empty.
//
// Display only: DriftSql and the JSON of `strata diff` keep the plain definitions.
struct DifferenceDdl {
    QString a;
    QString b;

    // `objectA` / `objectB`: the object in each snapshot (null when absent); an added or removed
    // object also shows its comment, owner, privileges and tablespace.
    static DifferenceDdl render(const SchemaDifference& difference, const SchemaObject* objectA,
                                const SchemaObject* objectB);
    // The line that shows `attribute` = `value` of `object` (an empty value: not set).
    static QString attributeLine(const SchemaObject& object, const QString& attribute,
                                 const QString& value);
};

} // namespace strata
