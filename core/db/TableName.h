#pragma once

#include "Result.h"

#include <QString>

namespace strata {

class Connection;

// A schema-qualified table name and the two questions every Strata table asks of it.
struct TableName {
    QString schema; // empty means public
    QString table;

    TableName(QString schemaName, QString tableName);
    // "schema"."table", quoted with PQescapeIdentifier on `conn`.
    QString quoted(const Connection& conn) const;
    // Whether the table (plain or partitioned) exists.
    Result<bool> exists(Connection& conn) const;
};

} // namespace strata
