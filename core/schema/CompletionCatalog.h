#pragma once

#include "Result.h"
#include "config/Environment.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace strata {

class Connection;

// What the SQL editor's autocompletion knows about one database: its schemas, tables (and
// views), their columns, its types and its functions, read from pg_catalog in four queries.
// Plain data: read it on a worker thread (strata::async), hand the value to the GUI.
struct CompletionCatalog {
    struct Column {
        QString name;
        QString type; // format_type(): "bigint", "character varying(40)"
    };
    struct Table {
        QString schema;
        QString name;
        char kind = 'r'; // pg_class.relkind: r table, v view, m materialized view, p partitioned,
                         // f foreign
        QList<Column> columns;
    };

    QStringList schemas;   // user schemas (no pg_toast, pg_temp_*; pg_catalog and
                           // information_schema included)
    QList<Table> tables;   // user relations (not pg_catalog/information_schema)
    QStringList types;     // user-visible type names (schema-qualified outside search_path)
    QStringList functions; // function names (distinct)

    bool isEmpty() const { return schemas.isEmpty() && tables.isEmpty(); }
    // The table `name` in `schema` (empty schema = the first table of that name, preferring
    // public); nullptr when unknown. Names compare case-insensitively.
    const Table* table(const QString& schema, const QString& name) const;
    // The tables of a schema.
    QList<const Table*> tablesIn(const QString& schema) const;

    // Reads the catalog through an open connection (blocking: call it off the GUI thread).
    static Result<CompletionCatalog> read(Connection& connection);
    // Opens a connection to `environment` through EnvironmentConnector (its password, timeouts
    // and application_name; errors name it), reads and closes it.
    static Result<CompletionCatalog> load(const Environment& environment);
    // The same for a bare connection string (URL or key=value): an environment without a name.
    static Result<CompletionCatalog> load(const QString& conninfo);
};

} // namespace strata
