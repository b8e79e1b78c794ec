#pragma once

#include "Result.h"
#include "schema/CatalogQuery.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace strata {

// The columns of tables (ordinary and partitioned), for SnapshotReader: one Column object each,
// and per table its column names and definitions in attnum order, from which RelationReader
// writes the table's CREATE TABLE text. SnapshotReader reads them on a connection of their own
// (they are about a third of a snapshot's time) in the same exported snapshot.
class ColumnReader {
public:
    // A table's columns, in order.
    struct TableColumns {
        QStringList names;
        QStringList definitions;
    };

    // Reads them on `query` (on whichever connection SnapshotReader gives it).
    Result<void> read(CatalogQuery& query);
    // The columns of `table` (qualified), or nullptr when it has none.
    const TableColumns* of(const QString& table) const;

private:
    struct Unordered {
        int position = 0;
        QString name;
        QString definition;
    };

    QHash<QString, QList<Unordered>> m_unordered;
    QHash<QString, TableColumns> m_tables;
};

} // namespace strata
