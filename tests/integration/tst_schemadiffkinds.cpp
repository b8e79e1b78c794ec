// SchemaDiff and DriftSql on the kinds the "kinds" readers add (test::schemaKindsSql): each
// change on a clone of the kinds database is one difference, and the script DriftSql writes
// makes the two sides equal again, both ways, or says what it cannot do. In the server matrix.
#include "KindsDatabase.h"
#include "SandboxDatabase.h"
#include "SchemaDescribe.h"

#include "drift/DriftSql.h"
#include "sandbox/Sandbox.h"
#include "schema/SchemaDiff.h"
#include "schema/SchemaSnapshot.h"

#include <QCoreApplication>
#include <QTest>

#include <memory>

using namespace strata;
using strata::test::describe;
using Change = SchemaDifference::Change;

Q_DECLARE_METATYPE(strata::ObjectKind)
Q_DECLARE_METATYPE(strata::SchemaDifference::Change)

class TestSchemaDiffKinds : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        // Fails (never skips) with a clear message when the sandbox is not running.
        QVERIFY(test::testSandbox().url());
        m_prefix = QStringLiteral("sdiffk_%1").arg(QCoreApplication::applicationPid());
    }

    // The kinds the "kinds" readers add (test::schemaKindsSql): each change shows up as a
    // difference, and DriftSql's script applied to the other side makes the diff empty, both
    // ways (A to B and B to A), or says what it cannot do (a MANUAL or DESTRUCTIVE line).
    void newKindChange_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<ObjectKind>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<Change>("change");
        QTest::addColumn<QString>("attribute"); // for Changed: one attribute that must differ
        QTest::addColumn<int>("differences");
        QTest::addColumn<int>("forward"); // Script::*: the script A to B
        QTest::addColumn<int>("back");    // the script B to A
        using K = ObjectKind;
        const int empty = Script::Applies;
        const int manual = Script::Manual;
        const int destructive = Script::Destructive;
        auto row = [](const char* tag, const char* sql, ObjectKind kind, const char* name,
                      Change change, const char* attribute, int differences, int forward,
                      int back) {
            QTest::newRow(tag) << QString::fromUtf8(sql) << kind << QString::fromUtf8(name)
                               << change << QString::fromUtf8(attribute) << differences << forward
                               << back;
        };
        // collations
        row("collation add",
            "CREATE COLLATION kinds.extra (provider = icu, locale = 'de-u-co-phonebk')",
            K::Collation, "kinds.extra", Change::Added, "", 1, empty, empty);
        row("collation drop", "DROP COLLATION kinds.c_libc", K::Collation, "kinds.c_libc",
            Change::Removed, "", 1, empty, empty);
        row("collation locale",
            "DROP COLLATION kinds.c_libc; "
            "CREATE COLLATION kinds.c_libc (provider = libc, locale = 'POSIX')",
            K::Collation, "kinds.c_libc", Change::Changed, "locale", 1, manual, manual);
        row("collation comment", "COMMENT ON COLLATION kinds.ci IS 'case-insensitive'",
            K::Collation, "kinds.ci", Change::Changed, "comment", 1, manual, manual);
        // foreign data wrappers
        row("wrapper add", "CREATE FOREIGN DATA WRAPPER kinds_extra_fdw", K::ForeignDataWrapper,
            "kinds_extra_fdw", Change::Added, "", 1, empty, empty);
        row("wrapper drop", "DROP FOREIGN DATA WRAPPER kinds_spare_fdw", K::ForeignDataWrapper,
            "kinds_spare_fdw", Change::Removed, "", 1, empty, empty);
        row("wrapper options", "ALTER FOREIGN DATA WRAPPER kinds_spare_fdw OPTIONS (debug 'on')",
            K::ForeignDataWrapper, "kinds_spare_fdw", Change::Changed, "options", 1, manual,
            manual);
        // servers
        row("server add",
            "CREATE SERVER kinds_extra_srv FOREIGN DATA WRAPPER kinds_spare_fdw OPTIONS (host 'h')",
            K::ForeignServer, "kinds_extra_srv", Change::Added, "", 1, empty, empty);
        row("server drop", "DROP SERVER kinds_spare_srv", K::ForeignServer, "kinds_spare_srv",
            Change::Removed, "", 1, empty, empty);
        row("server options", "ALTER SERVER kinds_srv OPTIONS (SET host 'other.example')",
            K::ForeignServer, "kinds_srv", Change::Changed, "options", 1, manual, manual);
        row("server version", "ALTER SERVER kinds_spare_srv VERSION '2'", K::ForeignServer,
            "kinds_spare_srv", Change::Changed, "version", 1, manual, manual);
        // user mappings (option values are never read: changing one is no difference)
        row("user mapping add", "CREATE USER MAPPING FOR postgres SERVER kinds_srv", K::UserMapping,
            "postgres@kinds_srv", Change::Added, "", 1, empty, empty);
        row("user mapping drop", "DROP USER MAPPING FOR PUBLIC SERVER kinds_srv", K::UserMapping,
            "public@kinds_srv", Change::Removed, "", 1, empty, manual);
        row("user mapping option added",
            "ALTER USER MAPPING FOR PUBLIC SERVER kinds_srv OPTIONS (ADD sslmode 'require')",
            K::UserMapping, "public@kinds_srv", Change::Changed, "options", 1, manual, manual);
        row("user mapping password changed",
            "ALTER USER MAPPING FOR PUBLIC SERVER kinds_srv OPTIONS (SET password 'other')",
            K::UserMapping, "public@kinds_srv", Change::Changed, "none", 0, empty, empty);
        // foreign tables (they hold no data: a change drops and creates them again)
        row("foreign table add",
            "CREATE FOREIGN TABLE kinds.extra_remote (id integer) SERVER kinds_spare_srv",
            K::ForeignTable, "kinds.extra_remote", Change::Added, "", 1, empty, empty);
        row("foreign table drop", "DROP FOREIGN TABLE kinds.remote_orders", K::ForeignTable,
            "kinds.remote_orders", Change::Removed, "", 1, empty, empty);
        row("foreign table options",
            "ALTER FOREIGN TABLE kinds.remote_orders OPTIONS (SET table_name 'orders_2')",
            K::ForeignTable, "kinds.remote_orders", Change::Changed, "options", 1, empty, empty);
        row("foreign table column", "ALTER FOREIGN TABLE kinds.remote_orders ADD COLUMN note text",
            K::ForeignTable, "kinds.remote_orders", Change::Changed, "columns", 1, empty, empty);
        row("foreign table check",
            "ALTER FOREIGN TABLE kinds.remote_orders DROP CONSTRAINT remote_orders_total_check",
            K::ForeignTable, "kinds.remote_orders", Change::Changed, "checks", 1, empty, empty);
        row("foreign partition drop", "DROP FOREIGN TABLE kinds.events_remote", K::ForeignTable,
            "kinds.events_remote", Change::Removed, "", 1, empty, empty);
        // extended statistics
        row("statistics add",
            "CREATE STATISTICS kinds.items_extra (dependencies) ON a, id FROM kinds.items",
            K::Statistics, "kinds.items_extra", Change::Added, "", 1, empty, empty);
        row("statistics drop", "DROP STATISTICS kinds.items_mcv", K::Statistics, "kinds.items_mcv",
            Change::Removed, "", 1, empty, empty);
        row("statistics target", "ALTER STATISTICS kinds.items_ab SET STATISTICS 500",
            K::Statistics, "kinds.items_ab", Change::Changed, "statistics_target", 1, empty, empty);
        row("statistics kinds",
            "DROP STATISTICS kinds.items_mcv; "
            "CREATE STATISTICS kinds.items_mcv (ndistinct) ON a, b FROM kinds.items",
            K::Statistics, "kinds.items_mcv", Change::Changed, "kinds", 1, empty, empty);
        // rules
        row("rule add",
            "CREATE RULE items_log_keep AS ON UPDATE TO kinds.items_log DO INSTEAD NOTHING",
            K::Rule, "kinds.items_log.items_log_keep", Change::Added, "", 1, empty, empty);
        row("rule drop", "DROP RULE items_log_ignore ON kinds.items_log", K::Rule,
            "kinds.items_log.items_log_ignore", Change::Removed, "", 1, empty, empty);
        row("rule disabled", "ALTER TABLE kinds.items_log DISABLE RULE items_log_ignore", K::Rule,
            "kinds.items_log.items_log_ignore", Change::Changed, "enabled", 1, empty, empty);
        row("rule replaced",
            "CREATE OR REPLACE RULE items_log_ignore AS ON DELETE TO kinds.items_log "
            "DO ALSO NOTHING",
            K::Rule, "kinds.items_log.items_log_ignore", Change::Changed, "instead", 1, empty,
            empty);
        // event triggers
        row("event trigger add",
            "CREATE EVENT TRIGGER kinds_drop ON sql_drop EXECUTE FUNCTION kinds.on_ddl()",
            K::EventTrigger, "kinds_drop", Change::Added, "", 1, empty, empty);
        row("event trigger drop", "DROP EVENT TRIGGER kinds_ddl", K::EventTrigger, "kinds_ddl",
            Change::Removed, "", 1, empty, empty);
        row("event trigger disabled", "ALTER EVENT TRIGGER kinds_ddl DISABLE", K::EventTrigger,
            "kinds_ddl", Change::Changed, "enabled", 1, empty, empty);
        row("event trigger tags",
            "DROP EVENT TRIGGER kinds_ddl; CREATE EVENT TRIGGER kinds_ddl ON ddl_command_end "
            "WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION kinds.on_ddl()",
            K::EventTrigger, "kinds_ddl", Change::Changed, "tags", 1, empty, empty);
        // partitions and partitioned indexes
        row("partition add",
            "CREATE TABLE kinds.events_2025 PARTITION OF kinds.events "
            "FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')",
            K::Table, "kinds.events_2025", Change::Added, "", 2, empty, destructive);
        row("partitioned index not on every partition",
            "DROP INDEX kinds.events_at_idx; CREATE INDEX events_at_idx ON ONLY kinds.events (at)",
            K::Index, "kinds.events_at_idx", Change::Changed, "attached", 1, empty, empty);
        row("partition bound",
            "ALTER TABLE kinds.events DETACH PARTITION kinds.events_2024; "
            "ALTER TABLE kinds.events ATTACH PARTITION kinds.events_2024 "
            "FOR VALUES FROM ('2024-01-01') TO ('2024-07-01')",
            K::Table, "kinds.events_2024", Change::Changed, "partition_bound", 1, manual, manual);
    }

    void newKindChange() {
        QFETCH(QString, sql);
        QFETCH(ObjectKind, kind);
        QFETCH(QString, name);
        QFETCH(Change, change);
        QFETCH(QString, attribute);
        QFETCH(int, differences);
        QFETCH(int, forward);
        QFETCH(int, back);
        const SchemaSnapshot& a = kinds().snapshot();
        // B to A runs in B's clone: the change, then the script back.
        QString toA;
        Result<SchemaSnapshot> backAgain = Error(ErrorCode::Internal, QStringLiteral("not run"));
        auto b = kinds().cloneWith(
            sql,
            [&](const SchemaSnapshot& changed) {
                toA = DriftSql::generate(SchemaDiff::compare(changed, a), changed, a);
                return back == Script::Applies ? toA : QString();
            },
            &backAgain);
        QVERIFY(b.ok());
        const SchemaDiff diff = SchemaDiff::compare(a, *b);
        QVERIFY2(
            diff.size() == differences,
            qPrintable(QStringLiteral("%1 differences:\n%2").arg(diff.size()).arg(describe(diff))));
        if (differences == 0)
            return;
        const SchemaDifference* found = nullptr;
        for (const SchemaDifference& d : diff.differences())
            if (d.kind == kind && d.name == name)
                found = &d;
        QVERIFY2(found, qPrintable(describe(diff)));
        QCOMPARE(changeName(found->change), changeName(change));
        if (change == Change::Changed) {
            QStringList names;
            for (const AttributeChange& c : found->attributes)
                names << c.name;
            QVERIFY2(names.contains(attribute), qPrintable(names.join(QLatin1Char(','))));
        }

        // A to B: the script run on a clone of A gives B.
        const QString toB = DriftSql::generate(diff, a, *b);
        Result<SchemaSnapshot> forwardApplied =
            forward == Script::Applies ? kinds().cloneWith(toB)
                                       : Result<SchemaSnapshot>(Error(ErrorCode::Internal, {}));
        checkScript(toB, forward, forwardApplied, *b);
        // B to A: the change and then the script back give A.
        checkScript(toA, back, backAgain, a);
    }

private:
    // The kinds database (test::KindsDatabase), built on first use.
    test::KindsDatabase& kinds() {
        if (!m_kinds)
            m_kinds = std::make_unique<test::KindsDatabase>(m_sandbox,
                                                            m_prefix + QStringLiteral("_kinds"));
        return *m_kinds;
    }

    // What a DriftSql script must do in newKindChange.
    enum Script {
        Applies,     // run as it is, it makes the diff empty
        Manual,      // it says what a person has to do ("-- MANUAL:")
        Destructive, // it holds a commented-out statement that destroys data
    };

    // Checks `script` as `expected` says; for Applies, that `applied` (the snapshot after it
    // ran) equals `target`.
    void checkScript(const QString& script, int expected, const Result<SchemaSnapshot>& applied,
                     const SchemaSnapshot& target) {
        switch (expected) {
        case Manual:
            QVERIFY2(script.contains(QStringLiteral("-- MANUAL:")), qPrintable(script));
            return;
        case Destructive:
            QVERIFY2(DriftSql::destructiveCount(script) > 0, qPrintable(script));
            return;
        default:
            break;
        }
        QVERIFY2(!script.contains(QStringLiteral("-- MANUAL:")), qPrintable(script));
        QVERIFY2(applied.ok(), qPrintable(script));
        const SchemaDiff rest = SchemaDiff::compare(*applied, target);
        QVERIFY2(rest.isEmpty(), qPrintable(script + QStringLiteral("\nleft:\n") + describe(rest)));
    }

    Sandbox m_sandbox{qEnvironmentVariable("STRATA_TEST_SANDBOX")};
    QString m_prefix;
    std::unique_ptr<test::KindsDatabase> m_kinds; // dropped before m_sandbox goes
};

QTEST_GUILESS_MAIN(TestSchemaDiffKinds)
#include "tst_schemadiffkinds.moc"
