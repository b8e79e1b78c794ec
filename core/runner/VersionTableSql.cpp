#include "VersionTableSql.h"

#include <QRegularExpression>

namespace strata {

VersionTableSql::VersionTableSql(QString table, QString schema)
    : m_table(std::move(table))
    , m_schema(std::move(schema)) {}

QString VersionTableSql::quoteIfNeeded(const QString& identifier) {
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_$]*$"));
    if (plain.match(identifier).hasMatch())
        return identifier;
    QString quoted = identifier;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString VersionTableSql::literal(const QString& value) {
    QString escaped = value;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString VersionTableSql::qualifiedName() const {
    const QString table = quoteIfNeeded(m_table);
    if (m_schema.isEmpty() || m_schema == QLatin1String("public"))
        return table;
    return quoteIfNeeded(m_schema) + QLatin1Char('.') + table;
}

QString VersionTableSql::createTable() const {
    return QStringLiteral("CREATE TABLE %1 (\n    version_num VARCHAR(32) NOT NULL, \n"
                          "    CONSTRAINT %2 PRIMARY KEY (version_num)\n);")
        .arg(qualifiedName(), quoteIfNeeded(m_table + QStringLiteral("_pkc")));
}

QString VersionTableSql::dropTable() const {
    return QStringLiteral("DROP TABLE %1;").arg(qualifiedName());
}

QString VersionTableSql::insert(const QString& version) const {
    return QStringLiteral("INSERT INTO %1 (version_num) VALUES (%2) RETURNING %3.version_num;")
        .arg(qualifiedName(), literal(version), qualifiedName());
}

QString VersionTableSql::update(const QString& from, const QString& to) const {
    return QStringLiteral("UPDATE %1 SET version_num=%2 WHERE %3.version_num = %4;")
        .arg(qualifiedName(), literal(to), qualifiedName(), literal(from));
}

QString VersionTableSql::remove(const QString& version) const {
    return QStringLiteral("DELETE FROM %1 WHERE %2.version_num = %3;")
        .arg(qualifiedName(), qualifiedName(), literal(version));
}

} // namespace strata
