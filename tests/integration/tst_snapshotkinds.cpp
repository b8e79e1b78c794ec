// SnapshotReader on the kinds the "kinds" readers add (test::schemaKindsSql: collations, foreign
// data, statistics, rules, event triggers, partitions) and on what newer servers add (15's
// NULLS NOT DISTINCT, 18's named NOT NULL, virtual generated columns, WITHOUT OVERLAPS).
// In the server matrix like tst_schemasnapshot.
#include "SandboxDatabase.h"
#include "SchemaKindsFixture.h"
#include "ScratchDatabases.h"
#include "TestSupport.h"
#include "db/Connection.h"
#include "schema/SchemaSnapshot.h"
#include "schema/SnapshotReader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <optional>

using namespace strata;
using strata::test::describe;
using strata::test::ScratchDatabases;

Q_DECLARE_METATYPE(strata::ObjectKind)

namespace {

SchemaSnapshot snapshot(Connection& conn, const SnapshotOptions& options = {}) {
    return test::readSnapshot(conn, options);
}

} // namespace

class TestSnapshotKinds : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        // Fails (never skips) with a clear message when the sandbox is not running.
        QVERIFY(test::testSandbox().url());
    }

    // The kinds the "kinds" readers add (test::schemaKindsSql): each is read, with its DDL.
    void newKinds_data() {
        QTest::addColumn<ObjectKind>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("attribute");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("definition"); // a part of the definition
        auto row = [](const char* tag, ObjectKind kind, const char* name, const char* attribute,
                      const char* value, const char* definition) {
            QTest::newRow(tag) << kind << QString::fromUtf8(name) << QString::fromUtf8(attribute)
                               << QString::fromUtf8(value) << QString::fromUtf8(definition);
        };
        using K = ObjectKind;
        row("icu collation", K::Collation, "kinds.ci", "provider", "icu",
            "CREATE COLLATION kinds.ci (provider = icu, locale = 'und-u-ks-level2', "
            "deterministic = false);");
        row("icu locale", K::Collation, "kinds.ci", "locale", "und-u-ks-level2", "");
        row("non-deterministic", K::Collation, "kinds.ci", "deterministic", "false", "");
        row("libc collation", K::Collation, "kinds.c_libc", "locale", "C",
            "CREATE COLLATION kinds.c_libc (provider = libc, locale = 'C');");
        row("libc deterministic", K::Collation, "kinds.c_libc", "deterministic", "true", "");
        row("wrapper", K::ForeignDataWrapper, "kinds_fdw", "owner", "postgres",
            "CREATE FOREIGN DATA WRAPPER kinds_fdw;");
        row("server options", K::ForeignServer, "kinds_srv", "options",
            "dbname 'shop', host 'remote.example'",
            "CREATE SERVER kinds_srv FOREIGN DATA WRAPPER kinds_fdw OPTIONS (dbname 'shop', "
            "host 'remote.example');");
        row("server wrapper", K::ForeignServer, "kinds_srv", "wrapper", "kinds_fdw", "");
        row("server type", K::ForeignServer, "kinds_spare_srv", "type", "spare",
            "CREATE SERVER kinds_spare_srv TYPE 'spare' VERSION '1' FOREIGN DATA WRAPPER "
            "kinds_fdw;");
        row("user mapping option names", K::UserMapping, "public@kinds_srv", "options",
            "password, user", "CREATE USER MAPPING FOR PUBLIC SERVER kinds_srv;");
        row("user mapping server", K::UserMapping, "public@kinds_srv", "server", "kinds_srv", "");
        row("foreign table server", K::ForeignTable, "kinds.remote_orders", "server", "kinds_srv",
            "CREATE FOREIGN TABLE kinds.remote_orders (id integer NOT NULL, total numeric(10,2) "
            "OPTIONS (column_name 'amount'), CONSTRAINT remote_orders_total_check CHECK (total >= "
            "0::numeric)) SERVER kinds_srv OPTIONS (table_name 'orders');");
        row("foreign table options", K::ForeignTable, "kinds.remote_orders", "options",
            "table_name 'orders'", "");
        row("foreign table check", K::ForeignTable, "kinds.remote_orders", "checks",
            "CONSTRAINT remote_orders_total_check CHECK (total >= 0::numeric)", "");
        row("foreign partition", K::ForeignTable, "kinds.events_remote", "partition_of",
            "kinds.events",
            "CREATE FOREIGN TABLE kinds.events_remote PARTITION OF kinds.events FOR VALUES FROM "
            "('2023-01-01') TO ('2024-01-01') SERVER kinds_srv;");
        row("statistics kinds", K::Statistics, "kinds.items_ab", "kinds", "dependencies, ndistinct",
            "CREATE STATISTICS kinds.items_ab (ndistinct, dependencies) ON a, b FROM "
            "kinds.items;");
        row("statistics table", K::Statistics, "kinds.items_mcv", "table", "kinds.items",
            "(mcv) ON a, b FROM kinds.items;");
        row("rule event", K::Rule, "kinds.items_log.items_log_ignore", "event", "DELETE",
            "ON DELETE TO kinds.items_log DO INSTEAD NOTHING;");
        row("rule instead", K::Rule, "kinds.items_log.items_log_ignore", "instead", "true",
            "CREATE RULE items_log_ignore AS");
        row("event trigger", K::EventTrigger, "kinds_ddl", "event", "ddl_command_end",
            "CREATE EVENT TRIGGER kinds_ddl ON ddl_command_end WHEN TAG IN ('ALTER TABLE', "
            "'CREATE TABLE') EXECUTE FUNCTION kinds.on_ddl();");
        row("event trigger function", K::EventTrigger, "kinds_ddl", "function", "kinds.on_ddl", "");
        row("partition bound", K::Table, "kinds.events_2024", "partition_bound",
            "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
            "PARTITION OF kinds.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')");
        row("partition parent", K::Table, "kinds.events_2024", "partition_of", "kinds.events", "");
        row("default partition", K::Table, "kinds.events_rest", "partition_bound", "DEFAULT",
            "PARTITION OF kinds.events DEFAULT");
        row("partition key", K::Table, "kinds.events", "partition_key", "RANGE (at)",
            "PARTITION BY RANGE (at)");
        row("partitioned index", K::Index, "kinds.events_at_idx", "partitioned", "true",
            "CREATE INDEX events_at_idx ON ONLY kinds.events");
        row("attached partition indexes", K::Index, "kinds.events_at_idx", "attached",
            "kinds.events_2024_at_idx, kinds.events_rest_at_idx", "");
    }

    void newKinds() {
        QFETCH(ObjectKind, kind);
        QFETCH(QString, name);
        QFETCH(QString, attribute);
        QFETCH(QString, value);
        QFETCH(QString, definition);
        const SchemaSnapshot& snap = kindsSnapshot();
        const SchemaObject* object = snap.find(kind, name);
        QVERIFY2(object, qPrintable(QStringLiteral("no %1 %2; %1s: %3")
                                        .arg(objectKindName(kind), name,
                                             snap.names(kind).join(QStringLiteral(", ")))));
        QCOMPARE(object->attribute(attribute), value);
        QVERIFY2(object->definition.contains(definition), qPrintable(object->definition));
    }

    // A user mapping's option values (here a password) never reach the snapshot; a partition's
    // own indexes (attached to the partitioned one) are not objects of their own.
    void newKindsLeaveOut() {
        const SchemaSnapshot& snap = kindsSnapshot();
        const QByteArray json = QJsonDocument(snap.toJson()).toJson(QJsonDocument::Compact);
        QVERIFY(json.contains("public@kinds_srv"));
        QVERIFY(!json.contains("kinds-secret"));
        QVERIFY(!json.contains("'reader'"));
        QVERIFY(!snap.contains(ObjectKind::Index, QStringLiteral("kinds.events_2024_at_idx")));
        QVERIFY(!snap.contains(ObjectKind::Rule, QStringLiteral("kinds.items_log._RETURN")));
        auto back = SchemaSnapshot::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(back.ok());
        QVERIFY(*back == snap);
    }

    // Statistics on an expression exist from 14 on (the fixture creates them there).
    void expressionStatistics() {
        const SchemaSnapshot& snap = kindsSnapshot();
        const SchemaObject* expr =
            snap.find(ObjectKind::Statistics, QStringLiteral("kinds.items_expr"));
        if (snap.serverVersion() < 140000) {
            QVERIFY(!expr);
            QCOMPARE(snap.count(ObjectKind::Statistics), 2);
            return;
        }
        QVERIFY(expr);
        QCOMPARE(expr->attribute(QStringLiteral("kinds")), QStringLiteral("expressions"));
        QVERIFY2(expr->definition.contains(QStringLiteral("ON (a + b) FROM kinds.items")),
                 qPrintable(expr->definition));
        QCOMPARE(snap.count(ObjectKind::Statistics), 3);
    }

    // With --schema: event triggers follow their function's schema; foreign tables and
    // statistics their own; wrappers, servers and user mappings are database-wide.
    void newKindsUnderSchemaFilter_data() {
        QTest::addColumn<QStringList>("schemas");
        QTest::addColumn<bool>("inKinds");
        QTest::newRow("kinds") << QStringList{QStringLiteral("kinds")} << true;
        QTest::newRow("public") << QStringList{QStringLiteral("public")} << false;
    }

    void newKindsUnderSchemaFilter() {
        QFETCH(QStringList, schemas);
        QFETCH(bool, inKinds);
        kindsSnapshot(); // builds m_kindsConnection
        SnapshotOptions options;
        options.schemas = schemas;
        const SchemaSnapshot snap = snapshot(*m_kindsConnection, options);
        QCOMPARE(snap.contains(ObjectKind::EventTrigger, QStringLiteral("kinds_ddl")), inKinds);
        QCOMPARE(snap.contains(ObjectKind::ForeignTable, QStringLiteral("kinds.remote_orders")),
                 inKinds);
        QCOMPARE(snap.contains(ObjectKind::Statistics, QStringLiteral("kinds.items_ab")), inKinds);
        QCOMPARE(snap.contains(ObjectKind::Collation, QStringLiteral("kinds.ci")), inKinds);
        QVERIFY(snap.contains(ObjectKind::ForeignServer, QStringLiteral("kinds_srv")));
        QVERIFY(snap.contains(ObjectKind::ForeignDataWrapper, QStringLiteral("kinds_fdw")));
        QVERIFY(snap.contains(ObjectKind::UserMapping, QStringLiteral("public@kinds_srv")));
    }

    // What newer majors add is read on every major: before 15 a unique index or constraint is
    // "nulls distinct" (the default of 15+), not an absent attribute.
    void nullsNotDistinctOnEveryVersion() {
        auto conn = m_dbs.create(
            QStringLiteral("CREATE TABLE u (a int, b int, CONSTRAINT u_a_key UNIQUE (a));"
                           "CREATE UNIQUE INDEX u_b_idx ON u (b);"));
        const int version = conn->serverVersion();
        if (version >= 150000) {
            QVERIFY(conn->exec(QStringLiteral(
                                   "CREATE TABLE n (a int, b int, "
                                   "CONSTRAINT n_a_key UNIQUE NULLS NOT DISTINCT (a));"
                                   "CREATE UNIQUE INDEX n_b_idx ON n (b) NULLS NOT DISTINCT;"))
                        .ok());
        }
        const SchemaSnapshot snap = snapshot(*conn);
        const auto attribute = [&](ObjectKind kind, const char* name) {
            const SchemaObject* object = snap.find(kind, QString::fromUtf8(name));
            return object ? object->attribute(QStringLiteral("nulls_not_distinct"))
                          : QStringLiteral("<missing>");
        };
        QCOMPARE(attribute(ObjectKind::Index, "public.u_b_idx"), QStringLiteral("false"));
        QCOMPARE(attribute(ObjectKind::Constraint, "public.u.u_a_key"), QStringLiteral("false"));
        if (version >= 150000) {
            QCOMPARE(attribute(ObjectKind::Index, "public.n_b_idx"), QStringLiteral("true"));
            QCOMPARE(attribute(ObjectKind::Constraint, "public.n.n_a_key"), QStringLiteral("true"));
        }
    }

    // 18: a NOT NULL is column nullability, never a constraint object; its name is an attribute
    // only when it is not the automatic one. Virtual generated columns and WITHOUT OVERLAPS.
    // Before 18 the same DDL (where it parses) reads the same but for the name.
    void postgres18Attributes() {
        auto conn = m_dbs.create(
            QStringLiteral("CREATE TABLE nn (a int CONSTRAINT nn_a_named NOT NULL, b int NOT NULL, "
                           "c int GENERATED ALWAYS AS (b * 2) STORED);"));
        const int version = conn->serverVersion();
        if (version >= 180000) {
            QVERIFY(conn->exec(QStringLiteral(
                                   "ALTER TABLE nn ADD COLUMN v int GENERATED ALWAYS AS (b * 3) "
                                   "VIRTUAL;"
                                   "CREATE TABLE wo (a int4range, during tstzrange, "
                                   "CONSTRAINT wo_pk PRIMARY KEY (a, during WITHOUT OVERLAPS));"))
                        .ok());
        }
        const SchemaSnapshot snap = snapshot(*conn);
        const SchemaObject* a = snap.find(ObjectKind::Column, QStringLiteral("public.nn.a"));
        const SchemaObject* b = snap.find(ObjectKind::Column, QStringLiteral("public.nn.b"));
        const SchemaObject* c = snap.find(ObjectKind::Column, QStringLiteral("public.nn.c"));
        QVERIFY(a && b && c);
        QCOMPARE(a->attribute(QStringLiteral("not_null")), QStringLiteral("true"));
        QCOMPARE(b->attribute(QStringLiteral("not_null")), QStringLiteral("true"));
        QVERIFY(!b->attributes.contains(QStringLiteral("not_null_name")));
        QCOMPARE(a->attributes.contains(QStringLiteral("not_null_name")), version >= 180000);
        if (version >= 180000) {
            QCOMPARE(a->attribute(QStringLiteral("not_null_name")), QStringLiteral("nn_a_named"));
            QCOMPARE(a->definition, QStringLiteral("a integer CONSTRAINT nn_a_named NOT NULL"));
        }
        // Stored is the default (and the only kind before 18).
        QVERIFY(!c->attributes.contains(QStringLiteral("generated_storage")));
        QVERIFY2(c->definition.endsWith(QLatin1String(" STORED")), qPrintable(c->definition));
        // No constraint object for any NOT NULL, on any version.
        for (const QString& name : snap.names(ObjectKind::Constraint))
            QVERIFY2(!name.startsWith(QLatin1String("public.nn.")), qPrintable(name));
        if (version >= 180000) {
            const SchemaObject* v = snap.find(ObjectKind::Column, QStringLiteral("public.nn.v"));
            QVERIFY(v);
            QCOMPARE(v->attribute(QStringLiteral("generated_storage")), QStringLiteral("virtual"));
            QCOMPARE(v->attribute(QStringLiteral("generated")), QStringLiteral("(b * 3)"));
            QVERIFY2(v->definition.endsWith(QLatin1String(" VIRTUAL")), qPrintable(v->definition));
            const SchemaObject* pk =
                snap.find(ObjectKind::Constraint, QStringLiteral("public.wo.wo_pk"));
            QVERIFY(pk);
            QCOMPARE(pk->attribute(QStringLiteral("without_overlaps")), QStringLiteral("true"));
            QCOMPARE(pk->attribute(QStringLiteral("expression")),
                     QStringLiteral("PRIMARY KEY (a, during WITHOUT OVERLAPS)"));
            QCOMPARE(snap.names(ObjectKind::Constraint),
                     QStringList{QStringLiteral("public.wo.wo_pk")});
        }
    }

private:
    // A database with test::schemaKindsSql for this server, and its snapshot (built once).
    const SchemaSnapshot& kindsSnapshot() {
        if (!m_kinds) {
            m_kindsConnection = m_dbs.create();
            auto done =
                m_kindsConnection->exec(test::schemaKindsSql(m_kindsConnection->serverVersion()));
            if (!done)
                qFatal("kinds fixture failed: %s", qPrintable(done.error().toString()));
            m_kinds = snapshot(*m_kindsConnection);
        }
        return *m_kinds;
    }

    ScratchDatabases m_dbs;
    std::unique_ptr<Connection> m_kindsConnection;
    std::optional<SchemaSnapshot> m_kinds;
};

QTEST_GUILESS_MAIN(TestSnapshotKinds)
#include "tst_snapshotkinds.moc"
