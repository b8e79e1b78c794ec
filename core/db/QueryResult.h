#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <memory>

struct pg_result;

namespace strata {

// The result of one statement: rows of text values (libpq text format), or a command tag.
// Owns its PGresult; copies share it (read-only), so a QueryResult is cheap to pass around.
class QueryResult {
public:
    QueryResult() = default;
    // Takes ownership of a PGresult (PQclear when the last copy goes).
    explicit QueryResult(pg_result* result);

    bool isNull() const { return !m_result; }
    int rowCount() const;
    int columnCount() const;
    QString columnName(int column) const;
    int columnIndex(const QString& name) const; // -1 when there is no such column
    unsigned int columnType(int column) const;  // type OID

    // The text value of a cell; a null QString for SQL NULL.
    QString value(int row, int column) const;
    QString value(int row, const QString& columnName) const;
    bool isNull(int row, int column) const;
    // A cell's bytes without making a QString (a NULL is a null view): for comparing flags
    // ('t'/'f') and codes in large catalog results.
    QByteArrayView raw(int row, int column) const;
    QStringList row(int row) const;
    // The first column of the first row, or a null QString (for SELECT count(*) ... and the like).
    QString scalar() const;

    QString commandTag() const;  // "INSERT 0 3", "CREATE TABLE", "SELECT 2"
    qint64 rowsAffected() const; // from the command tag; -1 when it has none

private:
    std::shared_ptr<pg_result> m_result;
};

} // namespace strata
