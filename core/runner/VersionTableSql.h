#pragma once

#include <QString>

namespace strata {

// The SQL of Alembic's version table, character for character as Alembic's offline mode
// (`--sql`) prints it for PostgreSQL, so a script made by Strata reads like one made by Alembic.
// The table is Alembic's, unchanged: version_num VARCHAR(32) NOT NULL, primary key <table>_pkc,
// one row per head. Identifiers are quoted only where PostgreSQL needs it (as SQLAlchemy does).
class VersionTableSql {
public:
    explicit VersionTableSql(QString table = QStringLiteral("alembic_version"),
                             QString schema = QStringLiteral("public"));

    // "alembic_version" or "myschema.alembic_version" (public is left implicit, as Alembic does).
    QString qualifiedName() const;
    QString createTable() const;
    QString dropTable() const;
    QString insert(const QString& version) const;
    QString update(const QString& from, const QString& to) const;
    QString remove(const QString& version) const;

    // Quotes an identifier the way SQLAlchemy's PostgreSQL dialect does: only when it is not a
    // plain lower-case name.
    static QString quoteIfNeeded(const QString& identifier);
    // A string literal with single quotes doubled.
    static QString literal(const QString& value);

private:
    QString m_table;
    QString m_schema;
};

} // namespace strata
