#include "schema/ColumnReader.h"

#include <algorithm>

namespace strata {

using namespace catalog;

namespace {

QString columnsQuery(int version) {
    const QString compression = version >= 140000 ? QStringLiteral("NULLIF(a.attcompression, '')")
                                                  : QStringLiteral("NULL::text");
    // 18: a NOT NULL is a pg_constraint row (contype 'n') with a name of its own.
    const QString notNullName =
        version >= 180000
            ? QStringLiteral("(SELECT nn.conname FROM pg_constraint nn WHERE nn.conrelid = "
                             "a.attrelid AND nn.contype = 'n' AND nn.conkey[1] = a.attnum)")
            : QStringLiteral("NULL::name");
    return schemasCte() + QStringLiteral(R"(
SELECT ns.nspname AS schema, c.relname AS table_name, a.attname AS name, a.attnum AS position,
       quote_ident(a.attname) AS qname, format_type(a.atttypid, a.atttypmod) AS type,
       CASE WHEN a.attcollation <> t.typcollation THEN
           (SELECT
               CASE WHEN cn.nspname = 'pg_catalog' THEN '' ELSE quote_ident(cn.nspname) || '.' END
               || quote_ident(co.collname)
            FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace
            WHERE co.oid = a.attcollation) END AS collation,
       a.attnotnull AS not_null, CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, 0)
            ELSE pg_get_expr(d.adbin, d.adrelid) END AS expr,
       NULLIF(a.attidentity, '') AS identity, NULLIF(a.attgenerated, '') AS generated,
       %1 AS compression, ds.description AS comment, %2 AS acl, %4 AS not_null_name
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN ns ON ns.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
LEFT JOIN pg_description ds ON ds.objoid = a.attrelid AND ds.objsubid = a.attnum
                           AND ds.classoid = 'pg_class'::regclass
WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
  AND (a.attislocal OR NOT c.relispartition) AND %3)")
                              .arg(compression, sortedAcl("a.attacl"),
                                   notExtensionMember("pg_class", "c.oid"), notNullName);
}

// PostgreSQL's makeObjectName(table, column, "not_null") (truncating the longer of the two
// names until the whole fits in 63 bytes), with ChooseConstraintName's optional number.
bool isAutomaticNotNullName(const QString& name, const QString& table, const QString& column) {
    QByteArray a = table.toUtf8();
    QByteArray b = column.toUtf8();
    const int label = 8; // "not_null"
    while (a.size() + b.size() + label + 2 > 63) {
        QByteArray& longer = a.size() >= b.size() ? a : b;
        longer.chop(1);
        // Never cut a UTF-8 character in two.
        while (!longer.isEmpty() && (static_cast<unsigned char>(longer.back()) & 0xC0) == 0x80)
            longer.chop(1);
        if (!longer.isEmpty() && static_cast<unsigned char>(longer.back()) >= 0xC0)
            longer.chop(1);
    }
    const QString stem = QString::fromUtf8(a) + QLatin1Char('_') + QString::fromUtf8(b) +
                         QStringLiteral("_not_null");
    if (name == stem)
        return true;
    if (!name.startsWith(stem))
        return false;
    const QString rest = name.mid(stem.size());
    return !rest.isEmpty() &&
           std::all_of(rest.cbegin(), rest.cend(), [](QChar c) { return c.isDigit(); });
}

// An identifier quoted as quote_ident would (lower case letters, digits and _ stay bare).
QString quotedIdentifier(const QString& name) {
    const bool bare = !name.isEmpty() && !name.at(0).isDigit() &&
                      std::all_of(name.cbegin(), name.cend(), [](QChar c) {
                          return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c.isDigit() ||
                                 c == QLatin1Char('_');
                      });
    if (bare)
        return name;
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

Result<void> ColumnReader::read(CatalogQuery& query) {
    STRATA_TRY_ASSIGN(const CatalogRows rows, query.rows(columnsQuery(query.version())));
    for (int r = 0; r < rows.count(); ++r) {
        const QString table = qualified(rows.value(r, "schema"), rows.value(r, "table_name"));
        const QString column = rows.value(r, "name");
        SchemaObject object{ObjectKind::Column, qualified(table, column), table, {}, {}};
        const QString type = rows.value(r, "type");
        const QString collation = rows.value(r, "collation");
        const QString expr = rows.value(r, "expr");
        const QString identity = rows.value(r, "identity");
        const QString generated = rows.value(r, "generated");
        const QString compression = rows.value(r, "compression");
        const bool notNull = rows.flag(r, "not_null");
        set(object, "type", type);
        set(object, "collation", collation);
        object.attributes.insert(QStringLiteral("not_null"), boolText(notNull));
        const bool isVirtual = generated == QLatin1String("v");
        if (!generated.isNull())
            set(object, "generated", expr);
        else
            set(object, "default", expr);
        // 18: virtual generated columns; absent is "stored", the only kind before 18.
        if (isVirtual)
            object.attributes.insert(QStringLiteral("generated_storage"),
                                     QStringLiteral("virtual"));
        // 18: a NOT NULL constraint's name, only when it is not the automatic one.
        const QString notNullName = rows.value(r, "not_null_name");
        if (notNull && !notNullName.isNull() &&
            !isAutomaticNotNullName(notNullName, rows.value(r, "table_name"), column))
            object.attributes.insert(QStringLiteral("not_null_name"), notNullName);
        if (!identity.isNull())
            object.attributes.insert(QStringLiteral("identity"),
                                     identity == QLatin1String("a") ? QStringLiteral("always")
                                                                    : QStringLiteral("by default"));
        if (!compression.isNull())
            object.attributes.insert(QStringLiteral("compression"),
                                     compression == QLatin1String("l") ? QStringLiteral("lz4")
                                                                       : QStringLiteral("pglz"));
        set(object, "comment", rows.value(r, "comment"));
        set(object, "acl", rows.value(r, "acl"));

        QString definition = rows.value(r, "qname") + QLatin1Char(' ') + type;
        if (!collation.isNull())
            definition += QStringLiteral(" COLLATE ") + collation;
        if (!compression.isNull())
            definition += QStringLiteral(" COMPRESSION ") + object.attribute("compression");
        if (notNull && object.attributes.contains(QStringLiteral("not_null_name")))
            definition += QStringLiteral(" CONSTRAINT ") +
                          quotedIdentifier(object.attribute(QStringLiteral("not_null_name")));
        if (notNull)
            definition += QStringLiteral(" NOT NULL");
        if (!generated.isNull())
            definition +=
                QStringLiteral(" GENERATED ALWAYS AS (%1) %2")
                    .arg(expr, isVirtual ? QStringLiteral("VIRTUAL") : QStringLiteral("STORED"));
        else if (!expr.isNull())
            definition += QStringLiteral(" DEFAULT ") + expr;
        if (!identity.isNull())
            definition += QStringLiteral(" GENERATED %1 AS IDENTITY")
                              .arg(identity == QLatin1String("a") ? QStringLiteral("ALWAYS")
                                                                  : QStringLiteral("BY DEFAULT"));
        object.definition = definition;

        m_unordered[table].append({rows.value(r, "position").toInt(), column, definition});
        query.snapshot().insert(std::move(object));
    }
    // In attnum order (the query does not sort: sorting 20,000 rows with their defaults' node
    // trees cost the server ~20 ms at 2,000 tables).
    m_tables.reserve(m_unordered.size());
    for (auto it = m_unordered.begin(); it != m_unordered.end(); ++it) {
        std::sort(it->begin(), it->end(),
                  [](const Unordered& a, const Unordered& b) { return a.position < b.position; });
        TableColumns& columns = m_tables[it.key()];
        for (Unordered& c : *it) {
            columns.names.append(std::move(c.name));
            columns.definitions.append(std::move(c.definition));
        }
    }
    m_unordered.clear();
    return {};
}

const ColumnReader::TableColumns* ColumnReader::of(const QString& table) const {
    const auto it = m_tables.constFind(table);
    return it == m_tables.cend() ? nullptr : &it.value();
}

} // namespace strata
