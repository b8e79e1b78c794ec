#include "schema/EventTriggerReader.h"

#include "schema/ReaderText.h"

namespace strata {

using namespace catalog;

namespace {

// Only the event triggers whose function is in one of the snapshot's schemas (see the header).
QString eventTriggersQuery() {
    return schemasCte() + QStringLiteral(R"(
SELECT e.evtname AS name, quote_ident(e.evtname) AS qname, e.evtevent AS event,
       e.evtenabled AS enabled,
       array_to_string(ARRAY(SELECT quote_literal(t) FROM unnest(e.evttags) t ORDER BY t), ', ')
           AS tags,
       ns.nspname || '.' || p.proname AS function,
       ns.qns || '.' || quote_ident(p.proname) AS qfunction,
       pg_get_userbyid(e.evtowner) AS owner, %2 AS comment
FROM pg_event_trigger e
JOIN pg_proc p ON p.oid = e.evtfoid
JOIN ns ON ns.oid = p.pronamespace
WHERE %1)")
                              .arg(notExtensionMember("pg_event_trigger", "e.oid"),
                                   comment("pg_event_trigger", "e.oid"));
}

// evtenabled as the ALTER EVENT TRIGGER clause that sets it; empty for the default ('O').
QString enabledClause(const QString& code) {
    if (code == QLatin1String("D"))
        return QStringLiteral("DISABLE");
    if (code == QLatin1String("R"))
        return QStringLiteral("ENABLE REPLICA");
    if (code == QLatin1String("A"))
        return QStringLiteral("ENABLE ALWAYS");
    return {};
}

} // namespace

Result<void> EventTriggerReader::read() {
    STRATA_TRY_ASSIGN(const CatalogRows rows, m_query.rows(eventTriggersQuery()));
    for (int r = 0; r < rows.count(); ++r) {
        SchemaObject object{ObjectKind::EventTrigger, rows.value(r, "name"), {}, {}, {}};
        set(object, "event", rows.value(r, "event"));
        set(object, "function", rows.value(r, "function"));
        const QString tags = rows.value(r, "tags");
        if (!tags.isEmpty())
            set(object, "tags", tags);
        const QString clause = enabledClause(rows.value(r, "enabled"));
        if (!clause.isEmpty())
            set(object, "enabled", enabledName(rows.value(r, "enabled")));
        set(object, "owner", rows.value(r, "owner"));
        set(object, "comment", rows.value(r, "comment"));
        QString definition = QStringLiteral("CREATE EVENT TRIGGER %1 ON %2")
                                 .arg(rows.value(r, "qname"), rows.value(r, "event"));
        if (!tags.isEmpty())
            definition += QStringLiteral(" WHEN TAG IN (%1)").arg(tags);
        definition += QStringLiteral(" EXECUTE FUNCTION %1();").arg(rows.value(r, "qfunction"));
        if (!clause.isEmpty())
            definition +=
                QStringLiteral("\nALTER EVENT TRIGGER %1 %2;").arg(rows.value(r, "qname"), clause);
        object.definition = definition;
        m_query.snapshot().insert(std::move(object));
    }
    return {};
}

} // namespace strata
