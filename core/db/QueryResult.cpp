#include "db/QueryResult.h"

#include <libpq-fe.h>

namespace strata {

QueryResult::QueryResult(pg_result* result)
    : m_result(result, [](PGresult* r) { PQclear(r); }) {}

int QueryResult::rowCount() const {
    return m_result ? PQntuples(m_result.get()) : 0;
}

int QueryResult::columnCount() const {
    return m_result ? PQnfields(m_result.get()) : 0;
}

QString QueryResult::columnName(int column) const {
    if (!m_result || column < 0 || column >= columnCount())
        return {};
    return QString::fromUtf8(PQfname(m_result.get(), column));
}

int QueryResult::columnIndex(const QString& name) const {
    for (int c = 0; c < columnCount(); ++c)
        if (columnName(c) == name)
            return c;
    return -1;
}

unsigned int QueryResult::columnType(int column) const {
    if (!m_result || column < 0 || column >= columnCount())
        return 0;
    return PQftype(m_result.get(), column);
}

QString QueryResult::value(int row, int column) const {
    if (!m_result || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    if (PQgetisnull(m_result.get(), row, column))
        return {};
    const char* text = PQgetvalue(m_result.get(), row, column);
    const QString v = QString::fromUtf8(text, PQgetlength(m_result.get(), row, column));
    return v.isNull() ? QStringLiteral("") : v; // empty text is not NULL
}

QString QueryResult::value(int row, const QString& name) const {
    return value(row, columnIndex(name));
}

QByteArrayView QueryResult::raw(int row, int column) const {
    if (!m_result || row < 0 || row >= rowCount() || column < 0 || column >= columnCount() ||
        PQgetisnull(m_result.get(), row, column))
        return {};
    return QByteArrayView(PQgetvalue(m_result.get(), row, column),
                          PQgetlength(m_result.get(), row, column));
}

bool QueryResult::isNull(int row, int column) const {
    if (!m_result || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return true;
    return PQgetisnull(m_result.get(), row, column) != 0;
}

QStringList QueryResult::row(int r) const {
    QStringList values;
    for (int c = 0; c < columnCount(); ++c)
        values << value(r, c);
    return values;
}

QString QueryResult::scalar() const {
    return value(0, 0);
}

QString QueryResult::commandTag() const {
    return m_result ? QString::fromUtf8(PQcmdStatus(m_result.get())) : QString();
}

qint64 QueryResult::rowsAffected() const {
    if (!m_result)
        return -1;
    const char* tuples = PQcmdTuples(m_result.get());
    if (!tuples || !*tuples)
        return -1;
    bool ok = false;
    const qint64 n = QByteArray(tuples).toLongLong(&ok);
    return ok ? n : -1;
}

} // namespace strata
