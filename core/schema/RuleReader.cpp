#include "schema/RuleReader.h"

#include "schema/ReaderText.h"

namespace strata {

using namespace catalog;

namespace {

// pg_get_ruledef deparses the rule's actions: like pg_get_viewdef it takes ACCESS SHARE on the
// relations they name, held to the end of the snapshot transaction.
QString rulesQuery() {
    return schemasCte() +
           QStringLiteral(R"(
SELECT ns.nspname AS schema, c.relname AS table_name, r.rulename AS name,
       quote_ident(r.rulename) AS qname, ns.qns || '.' || quote_ident(c.relname) AS qtable,
       r.ev_type AS event, r.is_instead AS instead, r.ev_enabled AS enabled,
       pg_get_ruledef(r.oid, true) AS def, %2 AS comment
FROM pg_rewrite r
JOIN pg_class c ON c.oid = r.ev_class
JOIN ns ON ns.oid = c.relnamespace
WHERE r.rulename <> '_RETURN' AND %1)")
               .arg(notExtensionMember("pg_class", "c.oid"), comment("pg_rewrite", "r.oid"));
}

QString eventName(const QString& code) {
    if (code == QLatin1String("1"))
        return QStringLiteral("SELECT");
    if (code == QLatin1String("2"))
        return QStringLiteral("UPDATE");
    if (code == QLatin1String("3"))
        return QStringLiteral("INSERT");
    if (code == QLatin1String("4"))
        return QStringLiteral("DELETE");
    return code;
}

// ev_enabled as the ALTER TABLE clause that sets it; empty for the default ('O').
QString enabledClause(const QString& code) {
    if (code == QLatin1String("D"))
        return QStringLiteral("DISABLE RULE");
    if (code == QLatin1String("R"))
        return QStringLiteral("ENABLE REPLICA RULE");
    if (code == QLatin1String("A"))
        return QStringLiteral("ENABLE ALWAYS RULE");
    return {};
}

} // namespace

Result<void> RuleReader::read() {
    STRATA_TRY_ASSIGN(const CatalogRows rows, m_query.rows(rulesQuery()));
    for (int r = 0; r < rows.count(); ++r) {
        const QString table = qualified(rows.value(r, "schema"), rows.value(r, "table_name"));
        SchemaObject object{
            ObjectKind::Rule, qualified(table, rows.value(r, "name")), table, {}, {}};
        set(object, "table", table);
        set(object, "event", eventName(rows.value(r, "event")));
        setFlag(object, "instead", rows, r, "instead");
        const QString enabled = rows.value(r, "enabled");
        const QString clause = enabledClause(enabled);
        if (!clause.isEmpty())
            set(object, "enabled", enabledName(enabled));
        set(object, "comment", rows.value(r, "comment"));
        QString definition = rows.value(r, "def").trimmed();
        if (!definition.endsWith(QLatin1Char(';')))
            definition += QLatin1Char(';');
        if (!clause.isEmpty())
            definition += QStringLiteral("\nALTER TABLE %1 %2 %3;")
                              .arg(rows.value(r, "qtable"), clause, rows.value(r, "qname"));
        object.definition = definition;
        m_query.snapshot().insert(std::move(object));
    }
    return {};
}

} // namespace strata
