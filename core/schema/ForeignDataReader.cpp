#include "schema/ForeignDataReader.h"

#include "schema/ReaderText.h"

namespace strata {

using namespace catalog;

namespace {

// A generic options array (text[] of "name=value") as "name 'value', ..." sorted by name.
QString optionsText(const char* column) {
    return QStringLiteral("(SELECT string_agg(quote_ident(o.option_name) || ' ' || "
                          "quote_literal(o.option_value), ', ' ORDER BY o.option_name) "
                          "FROM pg_options_to_table(%1) o)")
        .arg(QLatin1String(column));
}

QString wrappersQuery() {
    return QStringLiteral(R"(
SELECT w.fdwname AS name, quote_ident(w.fdwname) AS qname,
       CASE WHEN w.fdwhandler <> 0 THEN w.fdwhandler::regproc::text END AS handler,
       CASE WHEN w.fdwvalidator <> 0 THEN w.fdwvalidator::regproc::text END AS validator,
       %1 AS options, pg_get_userbyid(w.fdwowner) AS owner, %2 AS acl, %3 AS comment
FROM pg_foreign_data_wrapper w
WHERE ($1::text[] IS NULL OR true) -- database-wide: the schema filter ($1) does not apply
  AND %4)")
        .arg(optionsText("w.fdwoptions"), sortedAcl("w.fdwacl"),
             comment("pg_foreign_data_wrapper", "w.oid"),
             notExtensionMember("pg_foreign_data_wrapper", "w.oid"));
}

QString serversQuery() {
    return QStringLiteral(R"(
SELECT s.srvname AS name, quote_ident(s.srvname) AS qname, w.fdwname AS wrapper,
       quote_ident(w.fdwname) AS qwrapper, s.srvtype AS type, s.srvversion AS version,
       %1 AS options, pg_get_userbyid(s.srvowner) AS owner, %2 AS acl, %3 AS comment
FROM pg_foreign_server s
JOIN pg_foreign_data_wrapper w ON w.oid = s.srvfdw
WHERE ($1::text[] IS NULL OR true) -- database-wide: the schema filter ($1) does not apply
  AND %4)")
        .arg(optionsText("s.srvoptions"), sortedAcl("s.srvacl"),
             comment("pg_foreign_server", "s.oid"),
             notExtensionMember("pg_foreign_server", "s.oid"));
}

// pg_user_mappings (readable by everyone, unlike pg_user_mapping): only the option NAMES leave
// the server, never their values.
QString userMappingsQuery() {
    return QStringLiteral(R"(
SELECT m.srvname AS server, quote_ident(m.srvname) AS qserver,
       CASE WHEN m.umuser = 0 THEN 'public' ELSE m.usename END AS user_name,
       CASE WHEN m.umuser = 0 THEN 'PUBLIC' ELSE quote_ident(m.usename) END AS quser,
       (SELECT string_agg(o.option_name, ', ' ORDER BY o.option_name)
        FROM pg_options_to_table(m.umoptions) o) AS option_names
FROM pg_user_mappings m
WHERE ($1::text[] IS NULL OR true) -- database-wide: the schema filter ($1) does not apply
  AND m.srvid NOT IN (SELECT dx.objid FROM pg_depend dx
                      WHERE dx.classid = 'pg_foreign_server'::regclass AND dx.deptype = 'e'))");
}

QString foreignTablesQuery() {
    return schemasCte() + QStringLiteral(R"(
SELECT ns.nspname AS schema, c.relname AS name, ns.qns || '.' || quote_ident(c.relname) AS qname,
       s.srvname AS server, quote_ident(s.srvname) AS qserver, %1 AS options,
       (SELECT string_agg(quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod)
            || CASE WHEN a.attfdwoptions IS NOT NULL THEN ' OPTIONS (' || %2 || ')' ELSE '' END
            || CASE WHEN a.attcollation <> t.typcollation THEN ' COLLATE ' ||
                   (SELECT CASE WHEN cn.nspname = 'pg_catalog' THEN ''
                                ELSE quote_ident(cn.nspname) || '.' END
                           || quote_ident(co.collname)
                    FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace
                    WHERE co.oid = a.attcollation) ELSE '' END
            || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
            || COALESCE(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), ''),
            ', ' ORDER BY a.attnum)
        FROM pg_attribute a
        JOIN pg_type t ON t.oid = a.atttypid
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
          AND (a.attislocal OR NOT c.relispartition)) AS columns,
       (SELECT string_agg('CONSTRAINT ' || quote_ident(co.conname) || ' '
                          || pg_get_constraintdef(co.oid, true), ', ' ORDER BY co.conname)
        FROM pg_constraint co
        WHERE co.conrelid = c.oid AND co.contype = 'c' AND co.conislocal) AS checks,
       par.qparent, par.parent,
       CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, 0) END AS partition_bound,
       pg_get_userbyid(c.relowner) AS owner, %3 AS acl, %4 AS comment
FROM pg_foreign_table ft
JOIN pg_class c ON c.oid = ft.ftrelid
JOIN ns ON ns.oid = c.relnamespace
JOIN pg_foreign_server s ON s.oid = ft.ftserver
LEFT JOIN LATERAL (
    SELECT quote_ident(pn.nspname) || '.' || quote_ident(pc.relname) AS qparent,
           pn.nspname || '.' || pc.relname AS parent
    FROM pg_inherits i JOIN pg_class pc ON pc.oid = i.inhparent
    JOIN pg_namespace pn ON pn.oid = pc.relnamespace
    WHERE i.inhrelid = c.oid AND c.relispartition) par ON true
WHERE %5)")
                              .arg(optionsText("ft.ftoptions"), optionsText("a.attfdwoptions"),
                                   sortedAcl("c.relacl"), comment("pg_class", "c.oid"),
                                   notExtensionMember("pg_class", "c.oid"));
}

QString optionsClause(const QString& options) {
    return options.isEmpty() ? QString() : QStringLiteral(" OPTIONS (%1)").arg(options);
}

} // namespace

Result<void> ForeignDataReader::read() {
    STRATA_TRY(readWrappers());
    STRATA_TRY(readServers());
    STRATA_TRY(readUserMappings());
    STRATA_TRY(readForeignTables());
    return {};
}

Result<void> ForeignDataReader::readWrappers() {
    STRATA_TRY_ASSIGN(const CatalogRows rows, m_query.rows(wrappersQuery()));
    for (int r = 0; r < rows.count(); ++r) {
        SchemaObject object{ObjectKind::ForeignDataWrapper, rows.value(r, "name"), {}, {}, {}};
        setCommon(object, rows, r);
        set(object, "handler", rows.value(r, "handler"));
        set(object, "validator", rows.value(r, "validator"));
        set(object, "options", rows.value(r, "options"));
        QString definition =
            QStringLiteral("CREATE FOREIGN DATA WRAPPER ") + rows.value(r, "qname");
        if (!rows.value(r, "handler").isNull())
            definition += QStringLiteral(" HANDLER ") + rows.value(r, "handler");
        if (!rows.value(r, "validator").isNull())
            definition += QStringLiteral(" VALIDATOR ") + rows.value(r, "validator");
        object.definition = definition + optionsClause(rows.value(r, "options")) + QLatin1Char(';');
        m_query.snapshot().insert(std::move(object));
    }
    return {};
}

Result<void> ForeignDataReader::readServers() {
    STRATA_TRY_ASSIGN(const CatalogRows rows, m_query.rows(serversQuery()));
    for (int r = 0; r < rows.count(); ++r) {
        SchemaObject object{ObjectKind::ForeignServer, rows.value(r, "name"), {}, {}, {}};
        setCommon(object, rows, r);
        set(object, "wrapper", rows.value(r, "wrapper"));
        set(object, "type", rows.value(r, "type"));
        set(object, "version", rows.value(r, "version"));
        set(object, "options", rows.value(r, "options"));
        QString definition = QStringLiteral("CREATE SERVER ") + rows.value(r, "qname");
        if (!rows.value(r, "type").isNull())
            definition += QStringLiteral(" TYPE ") + literal(rows.value(r, "type"));
        if (!rows.value(r, "version").isNull())
            definition += QStringLiteral(" VERSION ") + literal(rows.value(r, "version"));
        definition += QStringLiteral(" FOREIGN DATA WRAPPER ") + rows.value(r, "qwrapper");
        object.definition = definition + optionsClause(rows.value(r, "options")) + QLatin1Char(';');
        m_query.snapshot().insert(std::move(object));
    }
    return {};
}

Result<void> ForeignDataReader::readUserMappings() {
    STRATA_TRY_ASSIGN(const CatalogRows rows, m_query.rows(userMappingsQuery()));
    for (int r = 0; r < rows.count(); ++r) {
        const QString server = rows.value(r, "server");
        SchemaObject object{ObjectKind::UserMapping,
                            rows.value(r, "user_name") + QLatin1Char('@') + server,
                            {},
                            {},
                            {}};
        set(object, "server", server);
        set(object, "user", rows.value(r, "user_name"));
        set(object, "options", rows.value(r, "option_names"));
        object.definition = QStringLiteral("CREATE USER MAPPING FOR %1 SERVER %2;")
                                .arg(rows.value(r, "quser"), rows.value(r, "qserver"));
        m_query.snapshot().insert(std::move(object));
    }
    return {};
}

Result<void> ForeignDataReader::readForeignTables() {
    STRATA_TRY_ASSIGN(const CatalogRows rows, m_query.rows(foreignTablesQuery()));
    for (int r = 0; r < rows.count(); ++r) {
        SchemaObject object{ObjectKind::ForeignTable,
                            qualified(rows.value(r, "schema"), rows.value(r, "name")),
                            {},
                            {},
                            {}};
        setCommon(object, rows, r);
        set(object, "server", rows.value(r, "server"));
        set(object, "options", rows.value(r, "options"));
        const QString columns = rows.value(r, "columns");
        const QString checks = rows.value(r, "checks");
        set(object, "columns", columns);
        set(object, "checks", checks);
        QStringList elements;
        if (!columns.isEmpty())
            elements << columns;
        if (!checks.isEmpty())
            elements << checks;
        const QString body = elements.isEmpty()
                                 ? QString()
                                 : QStringLiteral(" (%1)").arg(elements.join(QStringLiteral(", ")));
        QString head = QStringLiteral("CREATE FOREIGN TABLE ") + rows.value(r, "qname");
        if (!rows.value(r, "qparent").isNull()) {
            // A partition: its inherited columns come from the parent.
            set(object, "partition_of", rows.value(r, "parent"));
            set(object, "partition_bound", rows.value(r, "partition_bound"));
            head += QStringLiteral(" PARTITION OF %1%2 %3")
                        .arg(rows.value(r, "qparent"), body, rows.value(r, "partition_bound"));
        } else {
            head += body.isEmpty() ? QStringLiteral(" ()") : body;
        }
        object.definition =
            QStringLiteral("%1 SERVER %2%3;")
                .arg(head, rows.value(r, "qserver"), optionsClause(rows.value(r, "options")));
        m_query.snapshot().insert(std::move(object));
    }
    return {};
}

} // namespace strata
