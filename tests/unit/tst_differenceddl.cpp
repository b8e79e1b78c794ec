// DifferenceDdl: the DDL the drift view shows for a difference holds a line for every
// attribute that differs and that the definition does not show; attributes the definition
// shows get no extra line.
#include "schema/DifferenceDdl.h"

#include <QTest>

using namespace strata;

Q_DECLARE_METATYPE(strata::SchemaObject)

namespace {

SchemaObject object(ObjectKind kind, const QString& name, const QString& definition,
                    QMap<QString, QString> attributes, const QString& parent = {}) {
    SchemaObject o;
    o.kind = kind;
    o.name = name;
    o.parent = parent;
    o.definition = definition;
    o.attributes = std::move(attributes);
    return o;
}

QStringList lines(const QString& text) {
    return text.split(QLatin1Char('\n'));
}

} // namespace

class TestDifferenceDdl : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Changed objects: the extra lines of each side (after the definition).
    void changed_data() {
        QTest::addColumn<SchemaObject>("a");
        QTest::addColumn<SchemaObject>("b");
        QTest::addColumn<QStringList>("extraA");
        QTest::addColumn<QStringList>("extraB");
        const QString table = QStringLiteral("CREATE TABLE public.t (\n    id integer\n);");
        QTest::newRow("table comment")
            << object(ObjectKind::Table, "public.t", table, {{"comment", "old"}})
            << object(ObjectKind::Table, "public.t", table, {{"comment", "it's new"}})
            << QStringList{"COMMENT ON TABLE public.t IS 'old';"}
            << QStringList{"COMMENT ON TABLE public.t IS 'it''s new';"};
        QTest::newRow("comment removed")
            << object(ObjectKind::Table, "public.t", table, {{"comment", "old"}})
            << object(ObjectKind::Table, "public.t", table, {})
            << QStringList{"COMMENT ON TABLE public.t IS 'old';"}
            << QStringList{"COMMENT ON TABLE public.t IS NULL;"};
        QTest::newRow("owner and privileges")
            << object(ObjectKind::Table, "public.t", table,
                      {{"owner", "alice"}, {"acl", "alice=arwdDxt/alice"}})
            << object(ObjectKind::Table, "public.t", table, {{"owner", "bob"}})
            << QStringList{"-- privileges: alice=arwdDxt/alice",
                           "ALTER TABLE public.t OWNER TO alice;"}
            << QStringList{"-- privileges: (default)", "ALTER TABLE public.t OWNER TO bob;"};
        QTest::newRow("tablespace")
            << object(ObjectKind::Index, "public.t_id", "CREATE INDEX t_id ON public.t (id);",
                      {{"tablespace", "fast"}}, "public.t")
            << object(ObjectKind::Index, "public.t_id", "CREATE INDEX t_id ON public.t (id);", {},
                      "public.t")
            << QStringList{"ALTER INDEX public.t_id SET TABLESPACE fast;"}
            << QStringList{"ALTER INDEX public.t_id SET TABLESPACE pg_default;"};
        QTest::newRow("column default: in the definition already")
            << object(ObjectKind::Column, "public.t.title", "title text DEFAULT 'a'::text",
                      {{"default", "'a'::text"}, {"type", "text"}}, "public.t")
            << object(ObjectKind::Column, "public.t.title", "title text DEFAULT 'b'::text",
                      {{"default", "'b'::text"}, {"type", "text"}}, "public.t")
            << QStringList{} << QStringList{};
        QTest::newRow("column comment")
            << object(ObjectKind::Column, "public.t.title", "title text",
                      {{"comment", "x"}, {"type", "text"}}, "public.t")
            << object(ObjectKind::Column, "public.t.title", "title text", {{"type", "text"}},
                      "public.t")
            << QStringList{"COMMENT ON COLUMN public.t.title IS 'x';"}
            << QStringList{"COMMENT ON COLUMN public.t.title IS NULL;"};
        QTest::newRow("constraint comment")
            << object(ObjectKind::Constraint, "public.t.t_pk",
                      "ALTER TABLE public.t ADD CONSTRAINT t_pk PRIMARY KEY (id);",
                      {{"comment", "key"}}, "public.t")
            << object(ObjectKind::Constraint, "public.t.t_pk",
                      "ALTER TABLE public.t ADD CONSTRAINT t_pk PRIMARY KEY (id);", {}, "public.t")
            << QStringList{"COMMENT ON CONSTRAINT t_pk ON public.t IS 'key';"}
            << QStringList{"COMMENT ON CONSTRAINT t_pk ON public.t IS NULL;"};
        QTest::newRow("an attribute no definition shows")
            << object(ObjectKind::Sequence, "public.s", "CREATE SEQUENCE public.s;",
                      {{"persistence", "unlogged"}})
            << object(ObjectKind::Sequence, "public.s", "CREATE SEQUENCE public.s;", {})
            << QStringList{"-- persistence: unlogged"} << QStringList{"-- persistence: (not set)"};
    }
    void changed() {
        QFETCH(SchemaObject, a);
        QFETCH(SchemaObject, b);
        QFETCH(QStringList, extraA);
        QFETCH(QStringList, extraB);
        SchemaSnapshot sa;
        SchemaSnapshot sb;
        sa.insert(a);
        sb.insert(b);
        const SchemaDiff diff = SchemaDiff::compare(sa, sb);
        QCOMPARE(diff.size(), 1);
        const DifferenceDdl ddl = DifferenceDdl::render(diff.differences().first(), &a, &b);
        QCOMPARE(lines(ddl.a), lines(a.definition) + extraA);
        QCOMPARE(lines(ddl.b), lines(b.definition) + extraB);
    }

    // An object on one side only shows its comment, owner and privileges there.
    void addedAndRemoved() {
        const SchemaObject t =
            object(ObjectKind::View, "public.v", "CREATE VIEW public.v AS\nSELECT 1;",
                   {{"comment", "a view"}, {"owner", "alice"}});
        SchemaSnapshot with;
        with.insert(t);
        const SchemaDiff added = SchemaDiff::compare(SchemaSnapshot(), with);
        const DifferenceDdl a = DifferenceDdl::render(added.differences().first(), nullptr, &t);
        QVERIFY(a.a.isEmpty());
        QCOMPARE(lines(a.b), (QStringList{"CREATE VIEW public.v AS", "SELECT 1;",
                                          "COMMENT ON VIEW public.v IS 'a view';",
                                          "ALTER VIEW public.v OWNER TO alice;"}));
        const SchemaDiff removed = SchemaDiff::compare(with, SchemaSnapshot());
        const DifferenceDdl r = DifferenceDdl::render(removed.differences().first(), &t, nullptr);
        QCOMPARE(r.a, a.b);
        QVERIFY(r.b.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDifferenceDdl)
#include "tst_differenceddl.moc"
