#include "schema/CollationReader.h"

#include "schema/ReaderText.h"

namespace strata {

using namespace catalog;

namespace {

// The locale of an ICU (or, on 17+, builtin) collation moved between versions: collcollate on
// 13-14, colliculocale on 15-16, colllocale on 17+. ICU rules are 16+.
QString collationsQuery(int version) {
    const QString locale =
        version >= 170000 ? QStringLiteral("c.colllocale")
        : version >= 150000
            ? QStringLiteral("c.colliculocale")
            : QStringLiteral("CASE WHEN c.collprovider = 'i' THEN c.collcollate END");
    const QString rules =
        version >= 160000 ? QStringLiteral("c.collicurules") : QStringLiteral("NULL::text");
    return schemasCte() + QStringLiteral(R"(
SELECT ns.nspname AS schema, c.collname AS name, ns.qns || '.' || quote_ident(c.collname) AS qname,
       c.collprovider AS provider, c.collisdeterministic AS deterministic,
       CASE WHEN c.collprovider = 'c' THEN c.collcollate END AS lc_collate,
       CASE WHEN c.collprovider = 'c' THEN c.collctype END AS lc_ctype,
       CASE WHEN c.collprovider <> 'c' THEN %1 END AS locale, %2 AS rules,
       pg_get_userbyid(c.collowner) AS owner, %4 AS comment
FROM pg_collation c JOIN ns ON ns.oid = c.collnamespace
WHERE %3)")
                              .arg(locale, rules, notExtensionMember("pg_collation", "c.oid"),
                                   comment("pg_collation", "c.oid"));
}

QString providerName(const QString& code) {
    if (code == QLatin1String("i"))
        return QStringLiteral("icu");
    if (code == QLatin1String("c"))
        return QStringLiteral("libc");
    if (code == QLatin1String("b"))
        return QStringLiteral("builtin");
    return QStringLiteral("default");
}

} // namespace

Result<void> CollationReader::read() {
    STRATA_TRY_ASSIGN(const CatalogRows rows, m_query.rows(collationsQuery(m_query.version())));
    for (int r = 0; r < rows.count(); ++r) {
        SchemaObject object{ObjectKind::Collation,
                            qualified(rows.value(r, "schema"), rows.value(r, "name")),
                            {},
                            {},
                            {}};
        const QString provider = providerName(rows.value(r, "provider"));
        object.attributes.insert(QStringLiteral("provider"), provider);
        setFlag(object, "deterministic", rows, r, "deterministic");
        QStringList options{QStringLiteral("provider = ") + provider};
        const QString collate = rows.value(r, "lc_collate");
        const QString ctype = rows.value(r, "lc_ctype");
        QString locale = rows.value(r, "locale");
        if (locale.isNull() && collate == ctype)
            locale = collate; // libc with one locale for both
        if (!locale.isNull()) {
            set(object, "locale", locale);
            options << QStringLiteral("locale = ") + literal(locale);
        } else {
            set(object, "lc_collate", collate);
            set(object, "lc_ctype", ctype);
            options << QStringLiteral("lc_collate = ") + literal(collate)
                    << QStringLiteral("lc_ctype = ") + literal(ctype);
        }
        const QString rules = rows.value(r, "rules");
        if (!rules.isNull()) {
            set(object, "rules", rules);
            options << QStringLiteral("rules = ") + literal(rules);
        }
        if (!rows.flag(r, "deterministic"))
            options << QStringLiteral("deterministic = false");
        set(object, "owner", rows.value(r, "owner"));
        set(object, "comment", rows.value(r, "comment"));
        object.definition = QStringLiteral("CREATE COLLATION %1 (%2);")
                                .arg(rows.value(r, "qname"), options.join(QStringLiteral(", ")));
        m_query.snapshot().insert(std::move(object));
    }
    return {};
}

} // namespace strata
