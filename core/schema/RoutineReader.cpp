#include "schema/RoutineReader.h"

namespace strata {

using namespace catalog;

namespace {

QString functionsQuery() {
    return schemasCte() + QStringLiteral(R"(
SELECT ns.nspname AS schema, p.proname AS name,
       pg_get_function_identity_arguments(p.oid) AS args, p.prokind AS kind,
       CASE WHEN p.prokind <> 'a' THEN pg_get_functiondef(p.oid) END AS def,
       pg_get_function_result(p.oid) AS result, l.lanname AS language,
       p.provolatile AS volatility, p.prosecdef AS security_definer, p.proisstrict AS strict,
       p.proparallel AS parallel, p.proleakproof AS leakproof,
       array_to_string(p.proconfig, ', ') AS config,
       pg_get_userbyid(p.proowner) AS owner, %1 AS acl,
       obj_description(p.oid, 'pg_proc') AS comment
FROM pg_proc p
JOIN ns ON ns.oid = p.pronamespace
JOIN pg_language l ON l.oid = p.prolang
WHERE %2)")
                              .arg(sortedAcl("p.proacl"), notExtensionMember("pg_proc", "p.oid"));
}

QString triggersQuery(int version) {
    // 13+: triggers cloned onto partitions have tgparentid (on 12 they are tgisinternal).
    const QString notClone =
        version >= 130000 ? QStringLiteral("t.tgparentid = 0") : QStringLiteral("true");
    return schemasCte() + QStringLiteral(R"(
SELECT ns.nspname AS schema, c.relname AS table_name, t.tgname AS name,
       pg_get_triggerdef(t.oid, true) AS def, t.tgenabled AS enabled,
       obj_description(t.oid, 'pg_trigger') AS comment
FROM pg_trigger t
JOIN pg_class c ON c.oid = t.tgrelid
JOIN ns ON ns.oid = c.relnamespace
WHERE NOT t.tgisinternal AND %1 AND %2)")
                              .arg(notClone, notExtensionMember("pg_class", "c.oid"));
}

} // namespace

Result<void> RoutineReader::read() {
    STRATA_TRY(readFunctions());
    STRATA_TRY(readTriggers());
    return {};
}

Result<void> RoutineReader::readFunctions() {
    STRATA_TRY_ASSIGN(const CatalogRows rows, m_query.rows(functionsQuery()));
    for (int r = 0; r < rows.count(); ++r) {
        SchemaObject object;
        object.kind = ObjectKind::Function;
        object.name = qualified(rows.value(r, "schema"), rows.value(r, "name")) + QLatin1Char('(') +
                      rows.value(r, "args") + QLatin1Char(')');
        const QChar kind = rows.value(r, "kind").at(0);
        object.attributes.insert(QStringLiteral("kind"),
                                 kind == QLatin1Char('p')   ? QStringLiteral("procedure")
                                 : kind == QLatin1Char('a') ? QStringLiteral("aggregate")
                                 : kind == QLatin1Char('w') ? QStringLiteral("window")
                                                            : QStringLiteral("function"));
        set(object, "result", rows.value(r, "result"));
        set(object, "language", rows.value(r, "language"));
        const QString volatility = rows.value(r, "volatility");
        object.attributes.insert(QStringLiteral("volatility"),
                                 volatility == QLatin1String("i")   ? QStringLiteral("immutable")
                                 : volatility == QLatin1String("s") ? QStringLiteral("stable")
                                                                    : QStringLiteral("volatile"));
        setFlag(object, "security_definer", rows, r, "security_definer");
        setFlag(object, "strict", rows, r, "strict");
        setFlag(object, "leakproof", rows, r, "leakproof");
        const QString parallel = rows.value(r, "parallel");
        object.attributes.insert(QStringLiteral("parallel"),
                                 parallel == QLatin1String("s")   ? QStringLiteral("safe")
                                 : parallel == QLatin1String("r") ? QStringLiteral("restricted")
                                                                  : QStringLiteral("unsafe"));
        set(object, "config", rows.value(r, "config"));
        setCommon(object, rows, r);
        object.definition = rows.value(r, "def").trimmed();
        m_query.snapshot().insert(std::move(object));
    }
    return {};
}

Result<void> RoutineReader::readTriggers() {
    STRATA_TRY_ASSIGN(const CatalogRows rows, m_query.rows(triggersQuery(m_query.version())));
    for (int r = 0; r < rows.count(); ++r) {
        const QString table = qualified(rows.value(r, "schema"), rows.value(r, "table_name"));
        SchemaObject object{ObjectKind::Trigger,
                            qualified(table, rows.value(r, "name")),
                            table,
                            {},
                            rows.value(r, "def") + QLatin1Char(';')};
        const QString enabled = rows.value(r, "enabled");
        object.attributes.insert(QStringLiteral("enabled"),
                                 enabled == QLatin1String("D")   ? QStringLiteral("disabled")
                                 : enabled == QLatin1String("R") ? QStringLiteral("replica")
                                 : enabled == QLatin1String("A") ? QStringLiteral("always")
                                                                 : QStringLiteral("origin"));
        set(object, "comment", rows.value(r, "comment"));
        m_query.snapshot().insert(std::move(object));
    }
    return {};
}

} // namespace strata
