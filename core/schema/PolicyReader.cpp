#include "schema/PolicyReader.h"

namespace strata {

using namespace catalog;

namespace {

QString policiesQuery() {
    return schemasCte() + QStringLiteral(R"(
SELECT ns.nspname AS schema, c.relname AS table_name, p.polname AS name,
       quote_ident(p.polname) AS qname, ns.qns || '.' || quote_ident(c.relname) AS qtable,
       p.polcmd AS command, p.polpermissive AS permissive,
       (SELECT string_agg(r.name, ', ' ORDER BY r.name)
        FROM (SELECT CASE WHEN o = 0 THEN 'public' ELSE quote_ident(pg_get_userbyid(o)) END
                  AS name FROM unnest(p.polroles) o) r) AS roles,
       pg_get_expr(p.polqual, p.polrelid, true) AS using_expr,
       pg_get_expr(p.polwithcheck, p.polrelid, true) AS check_expr,
       obj_description(p.oid, 'pg_policy') AS comment
FROM pg_policy p
JOIN pg_class c ON c.oid = p.polrelid
JOIN ns ON ns.oid = c.relnamespace
WHERE %1)")
                              .arg(notExtensionMember("pg_class", "c.oid"));
}

} // namespace

Result<void> PolicyReader::read() {
    STRATA_TRY(readPolicies());
    return {};
}

Result<void> PolicyReader::readPolicies() {
    STRATA_TRY_ASSIGN(const CatalogRows rows, m_query.rows(policiesQuery()));
    for (int r = 0; r < rows.count(); ++r) {
        const QString table = qualified(rows.value(r, "schema"), rows.value(r, "table_name"));
        SchemaObject object{
            ObjectKind::Policy, qualified(table, rows.value(r, "name")), table, {}, {}};
        const QString command = rows.value(r, "command");
        const QString commandText = command == QLatin1String("r")   ? QStringLiteral("SELECT")
                                    : command == QLatin1String("a") ? QStringLiteral("INSERT")
                                    : command == QLatin1String("w") ? QStringLiteral("UPDATE")
                                    : command == QLatin1String("d") ? QStringLiteral("DELETE")
                                                                    : QStringLiteral("ALL");
        const bool permissive = rows.flag(r, "permissive");
        object.attributes.insert(QStringLiteral("command"), commandText);
        object.attributes.insert(QStringLiteral("permissive"), boolText(permissive));
        set(object, "roles", rows.value(r, "roles"));
        set(object, "using", rows.value(r, "using_expr"));
        set(object, "with_check", rows.value(r, "check_expr"));
        set(object, "comment", rows.value(r, "comment"));
        QString definition =
            QStringLiteral("CREATE POLICY %1 ON %2 AS %3 FOR %4 TO %5")
                .arg(rows.value(r, "qname"), rows.value(r, "qtable"),
                     permissive ? QStringLiteral("PERMISSIVE") : QStringLiteral("RESTRICTIVE"),
                     commandText, rows.value(r, "roles"));
        if (!rows.value(r, "using_expr").isNull())
            definition += QStringLiteral(" USING (%1)").arg(rows.value(r, "using_expr"));
        if (!rows.value(r, "check_expr").isNull())
            definition += QStringLiteral(" WITH CHECK (%1)").arg(rows.value(r, "check_expr"));
        object.definition = definition + QLatin1Char(';');
        m_query.snapshot().insert(std::move(object));
    }
    return {};
}

} // namespace strata
