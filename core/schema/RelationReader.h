#pragma once

#include "Result.h"
#include "schema/CatalogQuery.h"
#include "schema/ColumnReader.h"

namespace strata {

// Tables, views and materialized views, their constraints, and sequences, for SnapshotReader.
// A table's CREATE TABLE text needs its columns (ColumnReader, read on another connection of
// the same snapshot): finishTables() puts it together once both are read.
class RelationReader {
public:
    explicit RelationReader(CatalogQuery& query)
        : m_query(query) {}

    Result<void> read();
    // Gives each table of `snapshot` its column order and CREATE TABLE text.
    void finishTables(SchemaSnapshot& snapshot, const ColumnReader& columns) const;

private:
    Result<void> readRelations();
    Result<void> readConstraints();
    Result<void> readSequences();

    CatalogQuery& m_query;
    QHash<QString, QString> m_tableHeads; // table -> "CREATE TABLE q ("
    QHash<QString, QString> m_tableTails; // table -> ") PARTITION BY ...;"
};

} // namespace strata
