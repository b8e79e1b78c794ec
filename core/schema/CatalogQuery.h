#pragma once

#include "Result.h"
#include "db/QueryResult.h"
#include "schema/SchemaSnapshot.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <utility>

namespace strata {

class Connection;

// The cells of one catalog query result, read by column name (each name looked up once).
class CatalogRows {
public:
    explicit CatalogRows(QueryResult result)
        : m_result(std::move(result)) {
        for (int c = 0; c < m_result.columnCount(); ++c)
            m_columns.insert(m_result.columnName(c), c);
    }
    int count() const { return m_result.rowCount(); }
    // `column` is a string literal: its index is looked up once per literal.
    QString value(int row, const char* column) const {
        const int c = index(column);
        return c < 0 ? QString() : m_result.value(row, c);
    }
    // A boolean cell without making a QString: true for 't'; `isNull` (when given) tells NULL.
    bool flag(int row, const char* column, bool* isNull = nullptr) const {
        const int c = index(column);
        const QByteArrayView raw = c < 0 ? QByteArrayView() : m_result.raw(row, c);
        if (isNull)
            *isNull = raw.isNull();
        return raw == QByteArrayView("t");
    }

private:
    int index(const char* column) const {
        auto it = m_byLiteral.constFind(column);
        if (it == m_byLiteral.cend())
            it = m_byLiteral.insert(column, m_columns.value(QLatin1String(column), -1));
        Q_ASSERT(it.value() >= 0);
        return it.value();
    }

    QueryResult m_result;
    QHash<QString, int> m_columns;
    mutable QHash<const char*, int> m_byLiteral;
};

// The catalog queries of one snapshot: the connection (inside SnapshotReader's transaction),
// its server version, the --schema filter ($1 of every query) and the snapshot the readers of
// each object family fill (NamespaceReader, RelationReader, IndexReader, RoutineReader,
// TypeReader, PolicyReader).
class CatalogQuery {
public:
    CatalogQuery(Connection& connection, const QStringList& schemas);

    // Runs `sql` with the schema filter as $1.
    Result<CatalogRows> rows(const QString& sql);
    int version() const { return m_version; }
    SchemaSnapshot& snapshot() { return m_snapshot; }

private:
    Connection& m_connection;
    int m_version;
    QString m_schemaFilter;
    SchemaSnapshot m_snapshot;
};

// SQL fragments and attribute setters shared by the readers.
namespace catalog {

// Every query starts with this CTE: the schemas to read (`ns`: oid, nspname, qns). $1 is the
// --schema list (text[]) or NULL for all of them.
QString schemasCte();
// Not a member of an extension: %1 the catalog, %2 the oid (a hashed subplan, run once).
QString notExtensionMember(const char* catalog, const char* oid);
// The comment on an object (obj_description/col_description without their per-call catalog
// lookups).
QString comment(const char* catalog, const char* oid, const char* subId = "0");
// An aclitem[] as sorted text (grant order does not matter).
QString sortedAcl(const char* column);

inline QString boolText(bool value) {
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

// The attribute name `name` (a string literal) as one QString shared by every object that has
// it: no allocation per attribute when a snapshot is built, none to free when it goes.
QString attributeName(const char* name);

// Sets an attribute unless the catalog value is NULL (absent).
inline void set(SchemaObject& object, const char* name, const QString& value) {
    if (!value.isNull())
        object.attributes.insert(attributeName(name), value);
}

inline void setFlag(SchemaObject& object, const char* name, const CatalogRows& rows, int row,
                    const char* column) {
    bool isNull = false;
    const bool value = rows.flag(row, column, &isNull);
    if (!isNull)
        object.attributes.insert(attributeName(name), boolText(value));
}

// The owner, privileges and comment of an object.
inline void setCommon(SchemaObject& object, const CatalogRows& rows, int row) {
    set(object, "owner", rows.value(row, "owner"));
    set(object, "acl", rows.value(row, "acl"));
    set(object, "comment", rows.value(row, "comment"));
}

inline QString qualified(const QString& a, const QString& b) {
    return a + QLatin1Char('.') + b;
}

} // namespace catalog

} // namespace strata
