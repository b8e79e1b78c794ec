// DriftSql without a server: what `strata diff --sql` writes for hand-built snapshots (the
// end-to-end check that the script brings one database to the other is tst_diff's).
#include "drift/DriftRevision.h"
#include "drift/DriftSql.h"

#include "RevisionBuilders.h"
#include "SandboxDatabase.h"

#include <QTest>

using namespace strata;

namespace {

SchemaObject object(ObjectKind kind, const QString& name, const QString& definition,
                    const QString& parent = {}) {
    SchemaObject o;
    o.kind = kind;
    o.name = name;
    o.parent = parent;
    o.definition = definition;
    return o;
}

// A: public.t (id) with index t_a_idx; changes applied to B by each case.
SchemaSnapshot base() {
    SchemaSnapshot s;
    s.insert(object(ObjectKind::Table, QStringLiteral("public.t"),
                    QStringLiteral("CREATE TABLE public.t (id integer);")));
    s.insert(object(ObjectKind::Column, QStringLiteral("public.t.id"), QStringLiteral("id integer"),
                    QStringLiteral("public.t")));
    s.insert(object(ObjectKind::Index, QStringLiteral("public.t_a_idx"),
                    QStringLiteral("CREATE INDEX t_a_idx ON public.t USING btree (id);"),
                    QStringLiteral("public.t")));
    return s;
}

QStringList uncommented(const QString& script) {
    QStringList out;
    for (const QString& line : script.split(QLatin1Char('\n')))
        if (!line.startsWith(QLatin1String("--")) && !line.trimmed().isEmpty())
            out << line;
    return out;
}

SchemaObject withAttribute(SchemaObject o, const QString& name, const QString& value) {
    o.attributes.insert(name, value);
    return o;
}

// B for the dependency-order cases: A is base().
SchemaSnapshot orderCase(const QString& change) {
    SchemaSnapshot b = base();
    if (change == QLatin1String("two tables and a foreign key")) {
        // public.a references public.b: b's key first, then the foreign key.
        for (const char* t : {"a", "b"}) {
            const QString name = QStringLiteral("public.") + QLatin1String(t);
            b.insert(object(ObjectKind::Table, name,
                            QStringLiteral("CREATE TABLE %1 (id integer)").arg(name)));
            b.insert(object(ObjectKind::Column, name + QStringLiteral(".id"),
                            QStringLiteral("id integer"), name));
        }
        b.insert(withAttribute(object(ObjectKind::Constraint, QStringLiteral("public.a.a_fk"),
                                      QStringLiteral("ALTER TABLE public.a ADD CONSTRAINT a_fk "
                                                     "FOREIGN KEY (id) REFERENCES b(id);"),
                                      QStringLiteral("public.a")),
                               QStringLiteral("type"), QStringLiteral("foreign key")));
        b.insert(withAttribute(object(ObjectKind::Constraint, QStringLiteral("public.b.b_pkey"),
                                      QStringLiteral("ALTER TABLE public.b ADD CONSTRAINT b_pkey "
                                                     "PRIMARY KEY (id);"),
                                      QStringLiteral("public.b")),
                               QStringLiteral("type"), QStringLiteral("primary key")));
    } else if (change == QLatin1String("table dropped")) {
        b.remove({ObjectKind::Table, QStringLiteral("public.t")});
        b.remove({ObjectKind::Column, QStringLiteral("public.t.id")});
        b.remove({ObjectKind::Index, QStringLiteral("public.t_a_idx")});
    } else if (change == QLatin1String("columns in table order")) {
        SchemaObject t = *b.find(ObjectKind::Table, QStringLiteral("public.t"));
        b.insert(withAttribute(t, QLatin1String(kColumnOrderAttribute),
                               QStringLiteral("id,zeta,alpha")));
        b.insert(object(ObjectKind::Column, QStringLiteral("public.t.zeta"),
                        QStringLiteral("zeta text"), QStringLiteral("public.t")));
        b.insert(object(ObjectKind::Column, QStringLiteral("public.t.alpha"),
                        QStringLiteral("alpha text"), QStringLiteral("public.t")));
    } else if (change == QLatin1String("enum labels added")) {
        // A has the type too (see enumBase()).
        b.insert(withAttribute(object(ObjectKind::EnumType, QStringLiteral("public.mood"),
                                      QStringLiteral("CREATE TYPE public.mood AS ENUM ('new', "
                                                     "'ok', 'mid', 'bad', 'worse');")),
                               QStringLiteral("labels"),
                               QStringLiteral("'new', 'ok', 'mid', 'bad', 'worse'")));
    } else if (change == QLatin1String("enum label removed")) {
        b.insert(withAttribute(object(ObjectKind::EnumType, QStringLiteral("public.mood"),
                                      QStringLiteral("CREATE TYPE public.mood AS ENUM ('ok');")),
                               QStringLiteral("labels"), QStringLiteral("'ok'")));
    }
    return b;
}

SchemaSnapshot orderBase(const QString& change) {
    SchemaSnapshot a = base();
    if (change.startsWith(QLatin1String("enum")))
        a.insert(withAttribute(object(ObjectKind::EnumType, QStringLiteral("public.mood"),
                                      QStringLiteral("CREATE TYPE public.mood AS ENUM ('ok', "
                                                     "'bad');")),
                               QStringLiteral("labels"), QStringLiteral("'ok', 'bad'")));
    return a;
}

} // namespace

class TestDriftSql : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void quoteQualified_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << "public.t"
                               << "public.t";
        QTest::newRow("space") << "public.My Table"
                               << "public.\"My Table\"";
        QTest::newRow("quote") << "app.a\"b"
                               << "app.\"a\"\"b\"";
        QTest::newRow("upper") << "Sales.orders"
                               << "\"Sales\".orders";
    }
    void quoteQualified() {
        QFETCH(QString, name);
        QFETCH(QString, quoted);
        QCOMPARE(DriftSql::quoteQualified(name), quoted);
    }

    // What runs as it is, and what is destructive (commented out behind "-- DESTRUCTIVE:").
    void script_data() {
        QTest::addColumn<QString>("change"); // how B differs from A
        QTest::addColumn<QStringList>("runs");
        QTest::addColumn<QString>("destructive"); // a commented statement, or empty
        QTest::newRow("index added")
            << "add index"
            << QStringList{QStringLiteral("CREATE INDEX t_b_idx ON public.t USING btree (id);")}
            << QString();
        QTest::newRow("index removed")
            << "drop index" << QStringList{QStringLiteral("DROP INDEX public.t_a_idx;")}
            << QString();
        QTest::newRow("column removed")
            << "drop column" << QStringList{} << "-- ALTER TABLE public.t DROP COLUMN id;";
        QTest::newRow("column added")
            << "add column"
            << QStringList{QStringLiteral("ALTER TABLE public.t ADD COLUMN note text;")}
            << QString();
    }
    void script() {
        QFETCH(QString, change);
        QFETCH(QStringList, runs);
        QFETCH(QString, destructive);
        const SchemaSnapshot a = base();
        SchemaSnapshot b = base();
        if (change == QLatin1String("add index"))
            b.insert(object(ObjectKind::Index, QStringLiteral("public.t_b_idx"),
                            QStringLiteral("CREATE INDEX t_b_idx ON public.t USING btree (id);"),
                            QStringLiteral("public.t")));
        else if (change == QLatin1String("drop index"))
            b.remove({ObjectKind::Index, QStringLiteral("public.t_a_idx")});
        else if (change == QLatin1String("drop column"))
            b.remove({ObjectKind::Column, QStringLiteral("public.t.id")});
        else if (change == QLatin1String("add column"))
            b.insert(object(ObjectKind::Column, QStringLiteral("public.t.note"),
                            QStringLiteral("note text"), QStringLiteral("public.t")));
        const SchemaDiff diff = SchemaDiff::compare(a, b);
        QCOMPARE(diff.size(), 1);
        const QString script = DriftSql::generate(diff, a, b);
        QCOMPARE(uncommented(script), runs);
        if (destructive.isEmpty()) {
            QVERIFY2(!script.contains(QLatin1String("-- DESTRUCTIVE:")), qPrintable(script));
        } else {
            QVERIFY2(script.contains(QLatin1String("-- DESTRUCTIVE:")), qPrintable(script));
            QVERIFY2(script.split(QLatin1Char('\n')).contains(destructive), qPrintable(script));
        }
    }

    // Statements that run, in order (dependencies first; drops in reverse), and how many are
    // held commented as destructive; `undo` is a captured drift's downgrade.
    void order_data() {
        QTest::addColumn<QString>("change");
        QTest::addColumn<bool>("undo");
        QTest::addColumn<QStringList>("runs");
        QTest::addColumn<int>("destructive");
        const QStringList twoTables{
            QStringLiteral("CREATE TABLE public.a (id integer);"),
            QStringLiteral("CREATE TABLE public.b (id integer);"),
            QStringLiteral("ALTER TABLE public.b ADD CONSTRAINT b_pkey PRIMARY KEY (id);"),
            QStringLiteral(
                "ALTER TABLE public.a ADD CONSTRAINT a_fk FOREIGN KEY (id) REFERENCES b(id);")};
        QTest::newRow("foreign key after the key it references")
            << "two tables and a foreign key" << false << twoTables << 0;
        // A dropped table takes its index with it: only the (commented) DROP TABLE.
        QTest::newRow("dropped table alone") << "table dropped" << false << QStringList{} << 1;
        // Undoing the creation of tables: the drops run, their keys go with them.
        QTest::newRow("created tables, undo: dropped")
            << "two tables and a foreign key" << true
            << QStringList{QStringLiteral("DROP TABLE public.a;"),
                           QStringLiteral("DROP TABLE public.b;")}
            << 0;
        // Undoing the drop of a table (whose DROP the upgrade holds commented): creating it and
        // its index again is held back with it.
        QTest::newRow("dropped table, undo: held") << "table dropped" << true << QStringList{} << 2;
        QTest::newRow("columns in the table's order")
            << "columns in table order" << false
            << QStringList{QStringLiteral("ALTER TABLE public.t ADD COLUMN zeta text;"),
                           QStringLiteral("ALTER TABLE public.t ADD COLUMN alpha text;")}
            << 0;
        QTest::newRow("enum labels added")
            << "enum labels added" << false
            << QStringList{QStringLiteral("ALTER TYPE public.mood ADD VALUE 'new' BEFORE 'ok';"),
                           QStringLiteral("ALTER TYPE public.mood ADD VALUE 'mid' AFTER 'ok';"),
                           QStringLiteral("ALTER TYPE public.mood ADD VALUE 'worse' AFTER 'bad';")}
            << 0;
        QTest::newRow("enum label removed: manual")
            << "enum label removed" << false << QStringList{} << 0;
    }
    void order() {
        QFETCH(QString, change);
        QFETCH(bool, undo);
        QFETCH(QStringList, runs);
        QFETCH(int, destructive);
        const SchemaSnapshot a = orderBase(change);
        const SchemaSnapshot b = orderCase(change);
        DriftSqlOptions options;
        options.undo = undo;
        // The undo script goes the other way: from B back to A.
        const QString script = undo ? DriftSql::generate(SchemaDiff::compare(b, a), b, a, options)
                                    : DriftSql::generate(SchemaDiff::compare(a, b), a, b, options);
        QCOMPARE(uncommented(script), runs);
        QVERIFY2(DriftSql::destructiveCount(script) == destructive, qPrintable(script));
        if (change == QLatin1String("enum label removed"))
            QVERIFY2(script.contains(QLatin1String("-- MANUAL:")), qPrintable(script));
    }

    // The names and heading given replace "A", "B" and the drift script's first line.
    void namesAndHeading() {
        const SchemaSnapshot a = base();
        const SchemaSnapshot b = orderCase(QStringLiteral("columns in table order"));
        DriftSqlOptions options;
        options.heading = QStringLiteral("Captured drift");
        options.nameA = QStringLiteral("expected");
        options.nameB = QStringLiteral("prod");
        const QString script = DriftSql::generate(SchemaDiff::compare(a, b), a, b, options);
        QVERIFY(script.startsWith(QLatin1String("-- Captured drift\n")));
        QVERIFY2(script.contains(QLatin1String("-- column public.t.zeta: only in prod")),
                 qPrintable(script));
    }

    // A captured drift as a revision: on the heads, both sections filled, destructive
    // statements of the upgrade counted; a side off the heads is an error naming it.
    void driftRevision_data() {
        QTest::addColumn<QStringList>("actualHeads");
        QTest::addColumn<QString>("baseLabel");
        QTest::addColumn<QStringList>("baseHeads");
        QTest::addColumn<QString>("error"); // empty: written on the heads
        QTest::newRow("expected, at the head")
            << QStringList{"r2"} << "expected" << QStringList{"r2"} << QString();
        QTest::newRow("another environment, both at the head")
            << QStringList{"r2"} << "dev" << QStringList{"r2"} << QString();
        QTest::newRow("behind") << QStringList{"r1"} << "expected" << QStringList{"r1"}
                                << "environment 'prod' is at r1, not at the heads (r2)";
        QTest::newRow("never upgraded") << QStringList{} << "expected" << QStringList{}
                                        << "environment 'prod' is at no revision";
        QTest::newRow("the other environment behind")
            << QStringList{"r2"} << "dev" << QStringList{"r1"}
            << "environment 'dev' is at r1, not at the heads (r2)";
    }
    void driftRevision() {
        QFETCH(QStringList, actualHeads);
        QFETCH(QString, baseLabel);
        QFETCH(QStringList, baseHeads);
        QFETCH(QString, error);
        STRATA_GRAPH_OR_FAIL(graph,
                             (std::vector<Revision>{
                                 strata::test::rev(QStringLiteral("r1")),
                                 strata::test::rev(QStringLiteral("r2"), {QStringLiteral("r1")})}));
        DriftSide base{baseLabel, baseHeads, orderBase(QStringLiteral("enum"))};
        // prod: a column added, the index dropped, the enum's labels dropped (destructive).
        SchemaSnapshot changed = orderCase(QStringLiteral("columns in table order"));
        changed.remove({ObjectKind::Index, QStringLiteral("public.t_a_idx")});
        DriftSide actual{QStringLiteral("prod"), actualHeads, changed};
        const DriftRevision captured = DriftRevision::capture(base, actual);
        QVERIFY(!captured.isEmpty());
        QCOMPARE(captured.destructiveCount(), 1); // DROP TYPE public.mood
        NewRevision request;
        request.message = QStringLiteral("captured");
        const Result<NewRevision> revision = captured.revision(graph, request);
        if (!error.isEmpty()) {
            QVERIFY(!revision);
            QVERIFY2(revision.error().message.contains(error),
                     qPrintable(revision.error().message));
            return;
        }
        QVERIFY2(revision, strata::test::describe(revision).constData());
        QCOMPARE(revision->parents, QStringList{QStringLiteral("r2")});
        QCOMPARE(revision->message, QStringLiteral("captured"));
        QCOMPARE(uncommented(revision->upgradeSql),
                 (QStringList{QStringLiteral("DROP INDEX public.t_a_idx;"),
                              QStringLiteral("ALTER TABLE public.t ADD COLUMN zeta text;"),
                              QStringLiteral("ALTER TABLE public.t ADD COLUMN alpha text;")}));
        QCOMPARE(
            uncommented(revision->downgradeSql),
            (QStringList{QStringLiteral("ALTER TABLE public.t DROP COLUMN alpha;"),
                         QStringLiteral("ALTER TABLE public.t DROP COLUMN zeta;"),
                         QStringLiteral("CREATE INDEX t_a_idx ON public.t USING btree (id);")}));
        QVERIFY(revision->downgradeSql.contains(QLatin1String("-- DESTRUCTIVE:"))); // CREATE TYPE
        QVERIFY(revision->upgradeSql.contains(QLatin1String("only in prod")));
        QVERIFY(DriftRevision::capture(base, base).isEmpty());
    }

    void noDifferencesNoStatements() {
        const SchemaSnapshot a = base();
        QVERIFY(uncommented(DriftSql::generate(SchemaDiff::compare(a, a), a, a)).isEmpty());
    }

    // The kinds the "kinds" readers add, created in dependency order (wrappers, servers and
    // user mappings before foreign tables; collations before tables; statistics and rules
    // after their tables; event triggers after their functions) and dropped in the reverse.
    void newKindsInDependencyOrder() {
        const SchemaSnapshot a = base();
        const SchemaSnapshot b = newKinds(a);
        const QStringList create = uncommented(DriftSql::generate(SchemaDiff::compare(a, b), a, b));
        const QStringList expected{
            QStringLiteral("CREATE FOREIGN DATA WRAPPER w;"),
            QStringLiteral("CREATE SERVER s FOREIGN DATA WRAPPER w;"),
            QStringLiteral("CREATE USER MAPPING FOR \"Reader\" SERVER s;"),
            QStringLiteral("CREATE COLLATION public.ci (provider = icu, locale = 'und');"),
            QStringLiteral("CREATE TABLE public.u (label text COLLATE public.ci);"),
            QStringLiteral("CREATE FOREIGN TABLE public.f (id integer) SERVER s;"),
            QStringLiteral("CREATE FUNCTION public.on_ddl() RETURNS event_trigger;"),
            QStringLiteral("CREATE STATISTICS public.st ON id, label FROM public.u;"),
            QStringLiteral("CREATE RULE r AS ON DELETE TO public.u DO INSTEAD NOTHING;"),
            QStringLiteral("CREATE EVENT TRIGGER e ON ddl_command_end EXECUTE FUNCTION "
                           "public.on_ddl();"),
        };
        QCOMPARE(create, expected);
        // The user mapping's option values are never read: the script says to set them.
        QVERIFY(DriftSql::generate(SchemaDiff::compare(a, b), a, b)
                    .contains(QStringLiteral("-- MANUAL: set its options (their values are never "
                                             "read): ALTER USER MAPPING FOR \"Reader\" SERVER s "
                                             "OPTIONS (ADD password '...', ADD user '...');")));

        // Dropped the other way round; the table's DROP is destructive (commented out) and
        // takes its statistics and rule with it.
        const QString dropScript = DriftSql::generate(SchemaDiff::compare(b, a), b, a);
        QCOMPARE(uncommented(dropScript),
                 (QStringList{
                     QStringLiteral("DROP EVENT TRIGGER e;"),
                     QStringLiteral("DROP ROUTINE public.on_ddl();"),
                     QStringLiteral("DROP FOREIGN TABLE public.f;"),
                     QStringLiteral("DROP COLLATION public.ci;"),
                     QStringLiteral("DROP USER MAPPING FOR \"Reader\" SERVER s;"),
                     QStringLiteral("DROP SERVER s;"),
                     QStringLiteral("DROP FOREIGN DATA WRAPPER w;"),
                 }));
        QCOMPARE(DriftSql::destructiveCount(dropScript), 1);
        QVERIFY(dropScript.contains(QStringLiteral("-- DROP TABLE public.u;")));
        QVERIFY(!dropScript.contains(QStringLiteral("DROP STATISTICS")));
        QVERIFY(!dropScript.contains(QStringLiteral("DROP RULE")));
    }

    // A changed foreign table, rule, statistics or event trigger is dropped and created again;
    // a partitioned index with partition indexes attached is created on the whole tree (not
    // ON ONLY the parent, which would leave it invalid).
    void newKindsChanged_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("definitionA");
        QTest::addColumn<QString>("definitionB");
        QTest::addColumn<QString>("attached"); // of B (an index)
        QTest::addColumn<QStringList>("statements");
        QTest::newRow("foreign table")
            << int(ObjectKind::ForeignTable) << QStringLiteral("public.f")
            << QStringLiteral("CREATE FOREIGN TABLE public.f (id integer) SERVER s;")
            << QStringLiteral("CREATE FOREIGN TABLE public.f (id bigint) SERVER s;") << QString()
            << QStringList{QStringLiteral("DROP FOREIGN TABLE public.f;"),
                           QStringLiteral("CREATE FOREIGN TABLE public.f (id bigint) SERVER s;")};
        QTest::newRow("event trigger")
            << int(ObjectKind::EventTrigger) << QStringLiteral("Audit")
            << QStringLiteral("CREATE EVENT TRIGGER \"Audit\" ON sql_drop EXECUTE FUNCTION f();")
            << QStringLiteral("CREATE EVENT TRIGGER \"Audit\" ON sql_drop EXECUTE FUNCTION f();\n"
                              "ALTER EVENT TRIGGER \"Audit\" DISABLE;")
            << QString()
            << QStringList{QStringLiteral("DROP EVENT TRIGGER \"Audit\";"),
                           QStringLiteral("CREATE EVENT TRIGGER \"Audit\" ON sql_drop EXECUTE "
                                          "FUNCTION f();"),
                           QStringLiteral("ALTER EVENT TRIGGER \"Audit\" DISABLE;")};
        QTest::newRow("partitioned index, attached")
            << int(ObjectKind::Index) << QStringLiteral("public.p_idx")
            << QStringLiteral("CREATE INDEX p_idx ON ONLY public.p USING btree (a);")
            << QStringLiteral("CREATE INDEX p_idx ON ONLY public.p USING btree (b);")
            << QStringLiteral("public.p1_b_idx")
            << QStringList{QStringLiteral("DROP INDEX public.p_idx;"),
                           QStringLiteral("CREATE INDEX p_idx ON public.p USING btree (b);")};
        QTest::newRow("partitioned index, nothing attached")
            << int(ObjectKind::Index) << QStringLiteral("public.p_idx")
            << QStringLiteral("CREATE INDEX p_idx ON ONLY public.p USING btree (a);")
            << QStringLiteral("CREATE INDEX p_idx ON ONLY public.p USING btree (b);") << QString()
            << QStringList{QStringLiteral("DROP INDEX public.p_idx;"),
                           QStringLiteral("CREATE INDEX p_idx ON ONLY public.p USING btree (b);")};
    }

    void newKindsChanged() {
        QFETCH(int, kind);
        QFETCH(QString, name);
        QFETCH(QString, definitionA);
        QFETCH(QString, definitionB);
        QFETCH(QString, attached);
        QFETCH(QStringList, statements);
        SchemaSnapshot a;
        SchemaSnapshot b;
        SchemaObject objectA = object(static_cast<ObjectKind>(kind), name, definitionA);
        SchemaObject objectB = object(static_cast<ObjectKind>(kind), name, definitionB);
        if (objectB.kind == ObjectKind::Index) {
            objectA = withAttribute(objectA, QStringLiteral("partitioned"), QStringLiteral("true"));
            objectB = withAttribute(objectB, QStringLiteral("partitioned"), QStringLiteral("true"));
            if (!attached.isEmpty())
                objectB = withAttribute(objectB, QStringLiteral("attached"), attached);
        }
        a.insert(objectA);
        b.insert(objectB);
        QCOMPARE(uncommented(DriftSql::generate(SchemaDiff::compare(a, b), a, b)), statements);
    }

private:
    // `a` plus one object of each new kind (a table public.u with statistics and a rule).
    static SchemaSnapshot newKinds(SchemaSnapshot b) {
        b.insert(object(ObjectKind::ForeignDataWrapper, QStringLiteral("w"),
                        QStringLiteral("CREATE FOREIGN DATA WRAPPER w;")));
        b.insert(object(ObjectKind::ForeignServer, QStringLiteral("s"),
                        QStringLiteral("CREATE SERVER s FOREIGN DATA WRAPPER w;")));
        SchemaObject mapping =
            object(ObjectKind::UserMapping, QStringLiteral("Reader@s"),
                   QStringLiteral("CREATE USER MAPPING FOR \"Reader\" SERVER s;"));
        mapping.attributes = {{QStringLiteral("user"), QStringLiteral("Reader")},
                              {QStringLiteral("server"), QStringLiteral("s")},
                              {QStringLiteral("options"), QStringLiteral("password, user")}};
        b.insert(mapping);
        b.insert(object(ObjectKind::Collation, QStringLiteral("public.ci"),
                        QStringLiteral("CREATE COLLATION public.ci (provider = icu, locale = "
                                       "'und');")));
        b.insert(object(ObjectKind::Table, QStringLiteral("public.u"),
                        QStringLiteral("CREATE TABLE public.u (label text COLLATE public.ci);")));
        b.insert(object(ObjectKind::ForeignTable, QStringLiteral("public.f"),
                        QStringLiteral("CREATE FOREIGN TABLE public.f (id integer) SERVER s;")));
        b.insert(object(ObjectKind::Function, QStringLiteral("public.on_ddl()"),
                        QStringLiteral("CREATE FUNCTION public.on_ddl() RETURNS event_trigger;")));
        b.insert(object(ObjectKind::Statistics, QStringLiteral("public.st"),
                        QStringLiteral("CREATE STATISTICS public.st ON id, label FROM public.u;"),
                        QStringLiteral("public.u")));
        b.insert(object(ObjectKind::Rule, QStringLiteral("public.u.r"),
                        QStringLiteral("CREATE RULE r AS ON DELETE TO public.u DO INSTEAD "
                                       "NOTHING;"),
                        QStringLiteral("public.u")));
        b.insert(object(ObjectKind::EventTrigger, QStringLiteral("e"),
                        QStringLiteral("CREATE EVENT TRIGGER e ON ddl_command_end EXECUTE "
                                       "FUNCTION public.on_ddl();")));
        return b;
    }
};

QTEST_GUILESS_MAIN(TestDriftSql)
#include "tst_driftsql.moc"
