#include "schema/StatisticsReader.h"

namespace strata {

using namespace catalog;

namespace {

// stxstattarget: 13+ (-1 for the default before 17, NULL from 17 on); stxkind gains 'e'
// (expressions) on 14+.
QString statisticsQuery(int version) {
    const QString target = version >= 170000   ? QStringLiteral("s.stxstattarget::int")
                           : version >= 130000 ? QStringLiteral("NULLIF(s.stxstattarget, -1)")
                                               : QStringLiteral("NULL::int");
    return schemasCte() + QStringLiteral(R"(
SELECT ns.nspname AS schema, s.stxname AS name, ns.qns || '.' || quote_ident(s.stxname) AS qname,
       tn.nspname AS table_schema, c.relname AS table_name,
       pg_get_statisticsobjdef(s.oid) AS def,
       array_to_string(ARRAY(SELECT k::text FROM unnest(s.stxkind) k ORDER BY 1), '') AS kinds,
       %1 AS target, pg_get_userbyid(s.stxowner) AS owner, %3 AS comment
FROM pg_statistic_ext s
JOIN ns ON ns.oid = s.stxnamespace
JOIN pg_class c ON c.oid = s.stxrelid
JOIN pg_namespace tn ON tn.oid = c.relnamespace
WHERE %2)")
                              .arg(target, notExtensionMember("pg_statistic_ext", "s.oid"),
                                   comment("pg_statistic_ext", "s.oid"));
}

// "dfm" -> "dependencies, mcv, ndistinct" (sorted; 'e' is implied by expressions).
QString kindNames(const QString& codes) {
    QStringList names;
    for (const QChar code : codes) {
        switch (code.toLatin1()) {
        case 'd':
            names << QStringLiteral("dependencies");
            break;
        case 'f':
            names << QStringLiteral("ndistinct");
            break;
        case 'm':
            names << QStringLiteral("mcv");
            break;
        case 'e':
            names << QStringLiteral("expressions");
            break;
        default:
            names << QString(code);
        }
    }
    names.sort();
    return names.join(QStringLiteral(", "));
}

} // namespace

Result<void> StatisticsReader::read() {
    STRATA_TRY_ASSIGN(const CatalogRows rows, m_query.rows(statisticsQuery(m_query.version())));
    for (int r = 0; r < rows.count(); ++r) {
        const QString table = qualified(rows.value(r, "table_schema"), rows.value(r, "table_name"));
        SchemaObject object{ObjectKind::Statistics,
                            qualified(rows.value(r, "schema"), rows.value(r, "name")),
                            table,
                            {},
                            {}};
        set(object, "table", table);
        set(object, "kinds", kindNames(rows.value(r, "kinds")));
        const QString target = rows.value(r, "target");
        set(object, "statistics_target", target);
        set(object, "owner", rows.value(r, "owner"));
        set(object, "comment", rows.value(r, "comment"));
        object.definition = rows.value(r, "def") + QLatin1Char(';');
        if (!target.isNull())
            object.definition += QStringLiteral("\nALTER STATISTICS %1 SET STATISTICS %2;")
                                     .arg(rows.value(r, "qname"), target);
        m_query.snapshot().insert(std::move(object));
    }
    return {};
}

} // namespace strata
