// DefinitionNormalizer: texts PostgreSQL 13 to 18 deparse differently for the same DDL compare
// equal; texts that really differ do not. Every "same" pair below was printed by two servers.
#include "schema/DefinitionNormalizer.h"

#include <QTest>

using namespace strata;

class TestDefinitionNormalizer : public QObject {
    Q_OBJECT

private slots:
    void pairs_data() {
        QTest::addColumn<ObjectKind>("kind");
        QTest::addColumn<QString>("attribute");
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("equal");
        auto row = [](const char* tag, ObjectKind kind, const char* attribute, const char* a,
                      const char* b, bool equal) {
            QTest::newRow(tag) << kind << QString::fromUtf8(attribute) << QString::fromUtf8(a)
                               << QString::fromUtf8(b) << equal;
        };
        using K = ObjectKind;
        // 13 vs 14+: SQL-standard call syntax
        row("substring from for", K::Column, "default", R"("substring"('abc'::text, 2, 1))",
            "SUBSTRING('abc'::text FROM 2 FOR 1)", true);
        row("substring from", K::Column, "default", R"("substring"(s, 2))", "SUBSTRING(s FROM 2)",
            true);
        row("trim both chars", K::Column, "default", "btrim('xax'::text, 'x'::text)",
            "TRIM(BOTH 'x'::text FROM 'xax'::text)", true);
        row("trim both", K::Constraint, "expression", "CHECK (btrim(s) <> ''::text)",
            "CHECK (TRIM(BOTH FROM s) <> ''::text)", true);
        row("trim leading", K::Column, "default", "ltrim(s, 'x'::text)",
            "TRIM(LEADING 'x'::text FROM s)", true);
        row("position", K::Constraint, "expression", R"(CHECK ("position"(s, 'x'::text) >= 0))",
            "CHECK (POSITION(('x'::text) IN (s)) >= 0)", true);
        row("overlay", K::Column, "default", R"("overlay"('abc'::text, 'x'::text, 2))",
            "OVERLAY('abc'::text PLACING 'x'::text FROM 2)", true);
        row("extract", K::Column, "default", "date_part('year'::text, '2020-01-01'::date)",
            "EXTRACT(year FROM '2020-01-01'::date)", true);
        row("extract compared with a constant", K::Constraint, "expression",
            "CHECK (date_part('year'::text, d) > 2000::double precision AND "
            "date_part('month'::text, d) > 0::double precision)",
            "CHECK (EXTRACT(year FROM d) > 2000::numeric AND date_part('month'::text, d) > "
            "0::double "
            "precision)",
            true);
        row("extract compared with another constant", K::Constraint, "expression",
            "CHECK (date_part('year'::text, d) > 2001::double precision)",
            "CHECK (EXTRACT(year FROM d) > 2000::numeric)", false);
        row("numeric elsewhere stays", K::Constraint, "expression",
            "CHECK (n > 2000::double precision)", "CHECK (n > 2000::numeric)", false);
        row("at time zone", K::Column, "default", "timezone('UTC'::text, now())",
            "(now() AT TIME ZONE 'UTC'::text)", true);
        row("at time zone in a call", K::Index, "keys", "lower((timezone('UTC'::text, at))::text)",
            "lower(((at AT TIME ZONE 'UTC'::text))::text)", true);
        row("collation for", K::Column, "default", "pg_collation_for('a'::text)",
            "COLLATION FOR ('a'::text)", true);
        row("normalize", K::Column, "default", R"("normalize"('a'::text))", "NORMALIZE('a'::text)",
            true);
        row("nested", K::Constraint, "expression",
            R"(CHECK ("substring"(btrim(s), 1, 1) <> 'z'::text))",
            "CHECK (SUBSTRING(TRIM(BOTH FROM s) FROM 1 FOR 1) <> 'z'::text)", true);
        row("keywords in a literal stay", K::Column, "default", "'SUBSTRING(a FROM 1)'::text",
            R"('"substring"(a, 1)'::text)", false);
        row("different arguments", K::Column, "default", R"("substring"(s, 2, 1))",
            "SUBSTRING(s FROM 2 FOR 2)", false);
        row("different zone", K::Column, "default", "timezone('UTC'::text, now())",
            "(now() AT TIME ZONE 'CET'::text)", false);
        row("ltrim is not btrim", K::Column, "default", "ltrim(s)", "TRIM(BOTH FROM s)", false);
        // 15 vs 16+: the only relation's qualifier at the top of a view
        row("view one table", K::View, "definition",
            "CREATE VIEW public.tv AS\n SELECT t.a,\n    t.s\n   FROM t\n  WHERE t.a > 1;",
            "CREATE VIEW public.tv AS\n SELECT a,\n    s\n   FROM t\n  WHERE a > 1;", true);
        row("view alias", K::View, "definition",
            "CREATE VIEW public.tv4 AS\n SELECT x.a\n   FROM t x\n  WHERE x.a > 1;",
            "CREATE VIEW public.tv4 AS\n SELECT a\n   FROM t x\n  WHERE a > 1;", true);
        row("view schema-qualified", K::MaterializedView, "definition",
            "CREATE MATERIALIZED VIEW app.child_counts AS\nSELECT child.parent_id,\n    count(*) "
            "AS "
            "n\n   FROM app.child\n  GROUP BY child.parent_id;",
            "CREATE MATERIALIZED VIEW app.child_counts AS\nSELECT parent_id,\n    count(*) AS "
            "n\n   FROM app.child\n  GROUP BY parent_id;",
            true);
        row("view subquery", K::View, "definition",
            "CREATE VIEW public.tv5 AS\n SELECT sub.a\n   FROM ( SELECT t.a\n           FROM t) "
            "sub;",
            "CREATE VIEW public.tv5 AS\n SELECT a\n   FROM ( SELECT t.a\n           FROM t) sub;",
            true);
        row("view outer reference in a subquery", K::View, "definition",
            "CREATE VIEW app.v AS\nSELECT parent.id,\n    (EXISTS ( SELECT 1\n           FROM "
            "app.child c\n          WHERE c.parent_id = parent.id)) AS has\n   FROM app.parent;",
            "CREATE VIEW app.v AS\nSELECT id,\n    (EXISTS ( SELECT 1\n           FROM app.child "
            "c\n          WHERE c.parent_id = parent.id)) AS has\n   FROM app.parent;",
            true);
        row("view join keeps qualifiers", K::View, "definition",
            "CREATE VIEW public.tv2 AS\n SELECT t.a,\n    u.s\n   FROM t\n     JOIN t u ON u.a = "
            "t.a;",
            "CREATE VIEW public.tv2 AS\n SELECT t.a,\n    u.a AS s\n   FROM t\n     JOIN t u ON "
            "u.a = t.a;",
            false);
        row("view another column", K::View, "definition",
            "CREATE VIEW public.tv AS\n SELECT t.a\n   FROM t;",
            "CREATE VIEW public.tv AS\n SELECT b\n   FROM t;", false);
        row("qualifier stripped only for views", K::Constraint, "expression", "CHECK (t.a > 1)",
            "CHECK (a > 1)", false);
        // function bodies are source text: never rewritten
        row("function body", K::Function, "definition", "BEGIN RETURN substring(s from 2); END",
            "BEGIN RETURN SUBSTRING(s FROM 2); END", false);
        row("absent is not empty", K::Column, "default", "", "x", false);
    }

    void pairs() {
        QFETCH(ObjectKind, kind);
        QFETCH(QString, attribute);
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, equal);
        QCOMPARE(DefinitionNormalizer::equivalent(kind, attribute, a, b), equal);
        QCOMPARE(DefinitionNormalizer::equivalent(kind, attribute, b, a), equal);
        if (equal) {
            QCOMPARE(DefinitionNormalizer::normalize(kind, attribute, a),
                     DefinitionNormalizer::normalize(kind, attribute, b));
        }
    }

    // The normal form is the form PostgreSQL 13 prints, and normalising twice changes nothing.
    void normalFormIsStable() {
        const QString modern = QStringLiteral(
            "CHECK (EXTRACT(year FROM d) > 2000 AND (d AT TIME ZONE 'UTC'::text) IS NOT NULL)");
        const QString once = DefinitionNormalizer::expression(modern);
        QCOMPARE(once, QStringLiteral("CHECK (date_part('year'::text, d) > 2000 AND "
                                      "timezone('UTC'::text, d) IS NOT NULL)"));
        QCOMPARE(DefinitionNormalizer::expression(once), once);
    }
};

QTEST_GUILESS_MAIN(TestDefinitionNormalizer)
#include "tst_definitionnormalizer.moc"
