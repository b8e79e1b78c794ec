#pragma once

#include "Result.h"
#include "schema/CatalogQuery.h"

namespace strata {

// Tables, views and materialized views, their columns and constraints, and sequences, for
// SnapshotReader. A table's CREATE TABLE text is put together from its columns once they are
// all read.
class RelationReader {
public:
    explicit RelationReader(CatalogQuery& query)
        : m_query(query) {}

    Result<void> read();

private:
    // A table's columns, collected for its CREATE TABLE text.
    struct TableColumns {
        QStringList names;
        QStringList definitions;
    };

    Result<void> readRelations();
    Result<void> readColumns();
    Result<void> readConstraints();
    Result<void> readSequences();
    void finishTables();

    CatalogQuery& m_query;
    QHash<QString, QString> m_tableHeads; // table -> "CREATE TABLE q ("
    QHash<QString, QString> m_tableTails; // table -> ") PARTITION BY ...;"
    QHash<QString, TableColumns> m_columns;
};

} // namespace strata
