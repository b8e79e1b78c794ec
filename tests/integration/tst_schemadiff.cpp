// SchemaDiff on real databases: one change per case, exactly one difference.
//
// Each case: a fresh database cloned (CREATE DATABASE ... TEMPLATE) from a base database built
// from kBaseSchema, then exactly one change applied; its snapshot is compared with the base's.
#include "SchemaDescribe.h"

#include "db/Connection.h"
#include "sandbox/Sandbox.h"
#include "schema/SchemaDiff.h"
#include "schema/SchemaSnapshot.h"
#include "schema/SnapshotReader.h"

#include <QCoreApplication>
#include <QTest>

#include <memory>

using namespace strata;
using strata::test::describe;
using Change = SchemaDifference::Change;

Q_DECLARE_METATYPE(strata::ObjectKind)
Q_DECLARE_METATYPE(strata::SchemaDifference::Change)

namespace {

const char* const kBaseSchema = R"(
CREATE EXTENSION citext;
CREATE SCHEMA app;
CREATE SCHEMA spare;
CREATE TYPE app.status AS ENUM ('new', 'done');
CREATE TYPE app.unused AS ENUM ('x');
CREATE DOMAIN app.positive AS integer CHECK (VALUE > 0);
CREATE DOMAIN app.unused_domain AS text;
CREATE TYPE app.pair AS (a integer, b text);
CREATE TYPE app.unused_pair AS (a integer);
CREATE TABLE app.parent (id bigserial PRIMARY KEY, code text NOT NULL UNIQUE, note text);
CREATE TABLE app.child (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    parent_id bigint NOT NULL REFERENCES app.parent (id) ON DELETE CASCADE,
    qty integer CONSTRAINT child_qty_check CHECK (qty >= 0),
    status app.status NOT NULL DEFAULT 'new',
    name text
);
ALTER TABLE app.child ADD CONSTRAINT child_qty_small CHECK (qty < 1000) NOT VALID;
CREATE TABLE app.tags (id integer PRIMARY KEY, label text);
CREATE TABLE app.lonely ();
CREATE INDEX child_name_idx ON app.child (name);
CREATE INDEX child_status_idx ON app.child (status) WHERE qty > 0;
CREATE SEQUENCE app.counter;
CREATE SEQUENCE app.unused_seq;
CREATE VIEW app.parent_codes AS SELECT id, code FROM app.parent;
CREATE MATERIALIZED VIEW app.child_counts AS
    SELECT parent_id, count(*) AS n FROM app.child GROUP BY parent_id;
CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE FUNCTION app.add(a integer, b integer) RETURNS integer LANGUAGE sql IMMUTABLE
    AS 'SELECT a + b';
CREATE PROCEDURE app.noop() LANGUAGE sql AS 'SELECT 1';
CREATE TRIGGER child_touch BEFORE UPDATE ON app.child
    FOR EACH ROW EXECUTE FUNCTION app.touch();
ALTER TABLE app.parent ENABLE ROW LEVEL SECURITY;
CREATE POLICY parent_read ON app.parent FOR SELECT USING (id > 0);
CREATE TABLE app.events (id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE app.events_2024 PARTITION OF app.events
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY);
CREATE TABLE strata_history (id bigserial PRIMARY KEY, revision text);
)";

} // namespace

class TestSchemaDiff : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY2(!qEnvironmentVariableIsEmpty("STRATA_TEST_SANDBOX"),
                 "STRATA_TEST_SANDBOX is not set (run through ctest)");
        auto url = m_sandbox.url();
        QVERIFY2(url.ok(), url.ok()
                               ? ""
                               : qPrintable(QStringLiteral("the test sandbox is not running: ") +
                                            url.error().toString()));
        m_prefix = QStringLiteral("sdiff_%1").arg(QCoreApplication::applicationPid());
        m_base = m_prefix + QStringLiteral("_base");
        QVERIFY(m_sandbox.createDatabase(m_base).ok());
        auto conn = m_sandbox.connect(m_base);
        QVERIFY(conn.ok());
        auto built = (*conn)->exec(QLatin1String(kBaseSchema));
        QVERIFY2(built.ok(), built.ok() ? "" : qPrintable(built.error().toString()));
        auto snap = SnapshotReader::read(**conn);
        QVERIFY2(snap.ok(), snap.ok() ? "" : qPrintable(snap.error().toString()));
        m_baseSnapshot = std::move(snap.value());
        QVERIFY(m_baseSnapshot.count(ObjectKind::Table) >= 6);
    }

    void cleanupTestCase() { (void)m_sandbox.dropDatabase(m_base); }

    void oneChange_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<ObjectKind>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<Change>("change");
        QTest::addColumn<QString>("attribute"); // for Changed: one attribute that must differ

        auto row = [](const char* tag, const char* sql, ObjectKind kind, const char* name,
                      Change change, const char* attribute = "") {
            QTest::newRow(tag) << QString::fromUtf8(sql) << kind << QString::fromUtf8(name)
                               << change << QString::fromUtf8(attribute);
        };
        using K = ObjectKind;
        // schemas
        row("schema add", "CREATE SCHEMA extra", K::Schema, "extra", Change::Added);
        row("schema drop", "DROP SCHEMA spare", K::Schema, "spare", Change::Removed);
        row("schema comment", "COMMENT ON SCHEMA app IS 'x'", K::Schema, "app", Change::Changed,
            "comment");
        row("schema privilege", "GRANT USAGE ON SCHEMA app TO PUBLIC", K::Schema, "app",
            Change::Changed, "acl");
        row("schema owner", "ALTER SCHEMA spare OWNER TO pg_monitor", K::Schema, "spare",
            Change::Changed, "owner");
        // extensions (their objects are left out)
        row("extension add", "CREATE EXTENSION pg_trgm", K::Extension, "pg_trgm", Change::Added);
        row("extension drop", "DROP EXTENSION citext", K::Extension, "citext", Change::Removed);
        row("extension schema", "ALTER EXTENSION citext SET SCHEMA spare", K::Extension, "citext",
            Change::Changed, "schema");
        // tables
        row("table add", "CREATE TABLE app.extra ()", K::Table, "app.extra", Change::Added);
        row("table drop", "DROP TABLE app.lonely", K::Table, "app.lonely", Change::Removed);
        row("table unlogged", "ALTER TABLE app.lonely SET UNLOGGED", K::Table, "app.lonely",
            Change::Changed, "persistence");
        row("table rls enable", "ALTER TABLE app.tags ENABLE ROW LEVEL SECURITY", K::Table,
            "app.tags", Change::Changed, "rls_enabled");
        row("table rls force", "ALTER TABLE app.parent FORCE ROW LEVEL SECURITY", K::Table,
            "app.parent", Change::Changed, "rls_forced");
        row("table privilege", "GRANT SELECT ON app.parent TO PUBLIC", K::Table, "app.parent",
            Change::Changed, "acl");
        row("table comment", "COMMENT ON TABLE app.tags IS 'tags'", K::Table, "app.tags",
            Change::Changed, "comment");
        row("table options", "ALTER TABLE app.tags SET (fillfactor = 70)", K::Table, "app.tags",
            Change::Changed, "options");
        row("partition add",
            "CREATE TABLE app.events_2025 PARTITION OF app.events "
            "FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')",
            K::Table, "app.events_2025", Change::Added);
        // columns
        row("column add", "ALTER TABLE app.parent ADD COLUMN extra text", K::Column,
            "app.parent.extra", Change::Added);
        row("column drop", "ALTER TABLE app.parent DROP COLUMN note", K::Column, "app.parent.note",
            Change::Removed);
        row("column type", "ALTER TABLE app.parent ALTER note TYPE varchar(200)", K::Column,
            "app.parent.note", Change::Changed, "type");
        row("column not null", "ALTER TABLE app.parent ALTER note SET NOT NULL", K::Column,
            "app.parent.note", Change::Changed, "not_null");
        row("column default", "ALTER TABLE app.parent ALTER note SET DEFAULT 'x'", K::Column,
            "app.parent.note", Change::Changed, "default");
        row("column collation", "ALTER TABLE app.parent ALTER note TYPE text COLLATE \"C\"",
            K::Column, "app.parent.note", Change::Changed, "collation");
        row("column identity", "ALTER TABLE app.child ALTER id SET GENERATED BY DEFAULT", K::Column,
            "app.child.id", Change::Changed, "identity");
        row("column generated add",
            "ALTER TABLE app.child ADD COLUMN double_qty integer GENERATED ALWAYS AS (qty * 2) "
            "STORED",
            K::Column, "app.child.double_qty", Change::Added);
        // Rows of syntax a server major lacks are left out on it (14+: COMPRESSION, 15+:
        // NULLS NOT DISTINCT).
        const int version = m_baseSnapshot.serverVersion();
        if (version >= 140000)
            row("column compression", "ALTER TABLE app.parent ALTER note SET COMPRESSION pglz",
                K::Column, "app.parent.note", Change::Changed, "compression");
        row("column comment", "COMMENT ON COLUMN app.parent.note IS 'n'", K::Column,
            "app.parent.note", Change::Changed, "comment");
        row("column privilege", "GRANT SELECT (note) ON app.parent TO PUBLIC", K::Column,
            "app.parent.note", Change::Changed, "acl");
        // constraints
        row("check add", "ALTER TABLE app.parent ADD CONSTRAINT code_len CHECK (length(code) > 0)",
            K::Constraint, "app.parent.code_len", Change::Added);
        row("check drop", "ALTER TABLE app.child DROP CONSTRAINT child_qty_check", K::Constraint,
            "app.child.child_qty_check", Change::Removed);
        row("check validate", "ALTER TABLE app.child VALIDATE CONSTRAINT child_qty_small",
            K::Constraint, "app.child.child_qty_small", Change::Changed, "valid");
        row("unique add", "ALTER TABLE app.parent ADD CONSTRAINT parent_note_key UNIQUE (note)",
            K::Constraint, "app.parent.parent_note_key", Change::Added);
        row("primary key drop", "ALTER TABLE app.tags DROP CONSTRAINT tags_pkey", K::Constraint,
            "app.tags.tags_pkey", Change::Removed);
        row("exclude add",
            "ALTER TABLE app.tags ADD CONSTRAINT tags_label_excl EXCLUDE USING btree (label WITH "
            "=)",
            K::Constraint, "app.tags.tags_label_excl", Change::Added);
        row("foreign key action",
            "ALTER TABLE app.child DROP CONSTRAINT child_parent_id_fkey, ADD CONSTRAINT "
            "child_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES app.parent (id) "
            "ON DELETE RESTRICT",
            K::Constraint, "app.child.child_parent_id_fkey", Change::Changed, "on_delete");
        row("foreign key deferrable",
            "ALTER TABLE app.child ALTER CONSTRAINT child_parent_id_fkey DEFERRABLE INITIALLY "
            "DEFERRED",
            K::Constraint, "app.child.child_parent_id_fkey", Change::Changed, "deferrable");
        row("foreign key add not valid",
            "ALTER TABLE app.tags ADD CONSTRAINT tags_id_fkey FOREIGN KEY (id) REFERENCES "
            "app.parent (id) NOT VALID",
            K::Constraint, "app.tags.tags_id_fkey", Change::Added);
        // indexes
        row("index add", "CREATE INDEX parent_note_idx ON app.parent (note)", K::Index,
            "app.parent_note_idx", Change::Added);
        row("index drop", "DROP INDEX app.child_name_idx", K::Index, "app.child_name_idx",
            Change::Removed);
        row("index unique",
            "DROP INDEX app.child_name_idx; CREATE UNIQUE INDEX child_name_idx ON app.child (name)",
            K::Index, "app.child_name_idx", Change::Changed, "unique");
        row("index predicate",
            "DROP INDEX app.child_status_idx; "
            "CREATE INDEX child_status_idx ON app.child (status) WHERE qty > 10",
            K::Index, "app.child_status_idx", Change::Changed, "predicate");
        row("index include",
            "DROP INDEX app.child_name_idx; "
            "CREATE INDEX child_name_idx ON app.child (name) INCLUDE (qty)",
            K::Index, "app.child_name_idx", Change::Changed, "include");
        row("index method",
            "DROP INDEX app.child_name_idx; CREATE INDEX child_name_idx ON app.child USING hash "
            "(name)",
            K::Index, "app.child_name_idx", Change::Changed, "method");
        if (version >= 150000)
            row("index nulls not distinct",
                "DROP INDEX app.child_name_idx; "
                "CREATE UNIQUE INDEX child_name_idx ON app.child (name) NULLS NOT DISTINCT",
                K::Index, "app.child_name_idx", Change::Changed, "nulls_not_distinct");
        // sequences
        row("sequence add", "CREATE SEQUENCE app.extra_seq", K::Sequence, "app.extra_seq",
            Change::Added);
        row("sequence drop", "DROP SEQUENCE app.unused_seq", K::Sequence, "app.unused_seq",
            Change::Removed);
        row("sequence increment", "ALTER SEQUENCE app.counter INCREMENT BY 5", K::Sequence,
            "app.counter", Change::Changed, "increment");
        row("sequence cycle", "ALTER SEQUENCE app.counter CYCLE", K::Sequence, "app.counter",
            Change::Changed, "cycle");
        row("sequence type", "ALTER SEQUENCE app.counter AS integer", K::Sequence, "app.counter",
            Change::Changed, "type");
        row("sequence cache", "ALTER SEQUENCE app.counter CACHE 10", K::Sequence, "app.counter",
            Change::Changed, "cache");
        row("sequence owned by", "ALTER SEQUENCE app.counter OWNED BY app.tags.id", K::Sequence,
            "app.counter", Change::Changed, "owned_by");
        // views
        row("view add", "CREATE VIEW app.tag_labels AS SELECT label FROM app.tags", K::View,
            "app.tag_labels", Change::Added);
        row("view drop", "DROP VIEW app.parent_codes", K::View, "app.parent_codes",
            Change::Removed);
        row("view definition",
            "CREATE OR REPLACE VIEW app.parent_codes AS SELECT id, code, note FROM app.parent",
            K::View, "app.parent_codes", Change::Changed, "definition");
        row("view privilege", "GRANT SELECT ON app.parent_codes TO PUBLIC", K::View,
            "app.parent_codes", Change::Changed, "acl");
        row("matview add",
            "CREATE MATERIALIZED VIEW app.tag_count AS SELECT count(*) FROM app.tags",
            K::MaterializedView, "app.tag_count", Change::Added);
        row("matview drop", "DROP MATERIALIZED VIEW app.child_counts", K::MaterializedView,
            "app.child_counts", Change::Removed);
        row("matview index", "CREATE INDEX child_counts_idx ON app.child_counts (parent_id)",
            K::Index, "app.child_counts_idx", Change::Added);
        // functions and procedures
        row("function add", "CREATE FUNCTION app.two() RETURNS int LANGUAGE sql AS 'SELECT 2'",
            K::Function, "app.two()", Change::Added);
        row("function drop", "DROP FUNCTION app.add(integer, integer)", K::Function,
            "app.add(a integer, b integer)", Change::Removed);
        row("function body",
            "CREATE OR REPLACE FUNCTION app.add(a integer, b integer) RETURNS integer "
            "LANGUAGE sql IMMUTABLE AS 'SELECT b + a'",
            K::Function, "app.add(a integer, b integer)", Change::Changed, "definition");
        row("function volatility", "ALTER FUNCTION app.add(integer, integer) STABLE", K::Function,
            "app.add(a integer, b integer)", Change::Changed, "volatility");
        row("function security definer",
            "ALTER FUNCTION app.add(integer, integer) SECURITY DEFINER", K::Function,
            "app.add(a integer, b integer)", Change::Changed, "security_definer");
        row("function privilege",
            "REVOKE EXECUTE ON FUNCTION app.add(integer, integer) FROM PUBLIC", K::Function,
            "app.add(a integer, b integer)", Change::Changed, "acl");
        row("function config", "ALTER FUNCTION app.add(integer, integer) SET search_path = app",
            K::Function, "app.add(a integer, b integer)", Change::Changed, "config");
        row("procedure add", "CREATE PROCEDURE app.noop2() LANGUAGE sql AS 'SELECT 2'", K::Function,
            "app.noop2()", Change::Added);
        row("procedure drop", "DROP PROCEDURE app.noop()", K::Function, "app.noop()",
            Change::Removed);
        // triggers
        row("trigger add",
            "CREATE TRIGGER parent_touch BEFORE UPDATE ON app.parent FOR EACH ROW EXECUTE "
            "FUNCTION app.touch()",
            K::Trigger, "app.parent.parent_touch", Change::Added);
        row("trigger drop", "DROP TRIGGER child_touch ON app.child", K::Trigger,
            "app.child.child_touch", Change::Removed);
        row("trigger disable", "ALTER TABLE app.child DISABLE TRIGGER child_touch", K::Trigger,
            "app.child.child_touch", Change::Changed, "enabled");
        row("trigger timing",
            "DROP TRIGGER child_touch ON app.child; CREATE TRIGGER child_touch BEFORE INSERT ON "
            "app.child FOR EACH ROW EXECUTE FUNCTION app.touch()",
            K::Trigger, "app.child.child_touch", Change::Changed, "definition");
        // enums, domains, composite types
        row("enum add", "CREATE TYPE app.color AS ENUM ('red')", K::EnumType, "app.color",
            Change::Added);
        row("enum drop", "DROP TYPE app.unused", K::EnumType, "app.unused", Change::Removed);
        row("enum value", "ALTER TYPE app.status ADD VALUE 'late'", K::EnumType, "app.status",
            Change::Changed, "labels");
        row("enum value order", "ALTER TYPE app.status ADD VALUE 'first' BEFORE 'new'", K::EnumType,
            "app.status", Change::Changed, "labels");
        row("domain add", "CREATE DOMAIN app.short_text AS varchar(10)", K::Domain,
            "app.short_text", Change::Added);
        row("domain drop", "DROP DOMAIN app.unused_domain", K::Domain, "app.unused_domain",
            Change::Removed);
        row("domain default", "ALTER DOMAIN app.positive SET DEFAULT 1", K::Domain, "app.positive",
            Change::Changed, "default");
        row("domain not null", "ALTER DOMAIN app.positive SET NOT NULL", K::Domain, "app.positive",
            Change::Changed, "not_null");
        row("domain check", "ALTER DOMAIN app.positive ADD CONSTRAINT small CHECK (VALUE < 100)",
            K::Domain, "app.positive", Change::Changed, "checks");
        row("composite add", "CREATE TYPE app.triple AS (a int, b int, c int)", K::CompositeType,
            "app.triple", Change::Added);
        row("composite drop", "DROP TYPE app.unused_pair", K::CompositeType, "app.unused_pair",
            Change::Removed);
        row("composite attribute", "ALTER TYPE app.pair ADD ATTRIBUTE c date", K::CompositeType,
            "app.pair", Change::Changed, "fields");
        // policies
        row("policy add", "CREATE POLICY parent_write ON app.parent FOR INSERT WITH CHECK (true)",
            K::Policy, "app.parent.parent_write", Change::Added);
        row("policy drop", "DROP POLICY parent_read ON app.parent", K::Policy,
            "app.parent.parent_read", Change::Removed);
        row("policy using", "ALTER POLICY parent_read ON app.parent USING (id > 10)", K::Policy,
            "app.parent.parent_read", Change::Changed, "using");
        row("policy roles", "ALTER POLICY parent_read ON app.parent TO pg_monitor", K::Policy,
            "app.parent.parent_read", Change::Changed, "roles");
        // dropping and creating an object again the same way is no difference
        row("table recreated identically", "DROP TABLE app.lonely; CREATE TABLE app.lonely ()",
            K::Table, "app.lonely", Change::Changed, "none");
    }

    void oneChange() {
        QFETCH(QString, sql);
        QFETCH(ObjectKind, kind);
        QFETCH(QString, name);
        QFETCH(Change, change);
        QFETCH(QString, attribute);
        if (attribute == QLatin1String("none")) {
            // Recreating an object identically is no difference at all.
            auto db = cloneWith(sql);
            QVERIFY(db.ok());
            const SchemaDiff same = SchemaDiff::compare(m_baseSnapshot, *db);
            QVERIFY2(same.isEmpty(), qPrintable(describe(same)));
            return;
        }

        auto snap = cloneWith(sql);
        QVERIFY(snap.ok());
        const SchemaDiff diff = SchemaDiff::compare(m_baseSnapshot, *snap);
        QVERIFY2(
            diff.size() == 1,
            qPrintable(QStringLiteral("%1 differences:\n%2").arg(diff.size()).arg(describe(diff))));
        const SchemaDifference& d = diff.differences().first();
        QCOMPARE(objectKindName(d.kind), objectKindName(kind));
        QCOMPARE(d.name, name);
        QCOMPARE(changeName(d.change), changeName(change));
        switch (change) {
        case Change::Added:
            QVERIFY(d.definitionA.isEmpty());
            QVERIFY(!d.definitionB.isEmpty() || kind == ObjectKind::Table);
            break;
        case Change::Removed:
            QVERIFY(!d.definitionA.isEmpty());
            QVERIFY(d.definitionB.isEmpty());
            break;
        default: {
            QStringList names;
            for (const AttributeChange& c : d.attributes)
                names << c.name;
            QVERIFY2(names.contains(attribute), qPrintable(names.join(QLatin1Char(','))));
            break;
        }
        }
        QCOMPARE(diff.summary().value(kind).total(), 1);
    }

    void columnOrderOnly() {
        auto snap = cloneWith(QStringLiteral(
            "DROP TABLE app.tags; CREATE TABLE app.tags (label text, id integer PRIMARY KEY)"));
        QVERIFY(snap.ok());
        const SchemaDiff diff = SchemaDiff::compare(m_baseSnapshot, *snap);
        QVERIFY2(diff.size() == 1, qPrintable(describe(diff)));
        const SchemaDifference& d = diff.differences().first();
        QCOMPARE(d.kind, ObjectKind::Table);
        QCOMPARE(d.name, QStringLiteral("app.tags"));
        QCOMPARE(d.change, Change::ColumnOrder);
        QCOMPARE(d.attributes.size(), 1);
        QCOMPARE(d.attributes.first().before, QStringLiteral("id,label"));
        QCOMPARE(d.attributes.first().after, QStringLiteral("label,id"));
    }

    void versionTablesChangesAreInvisible() {
        auto snap = cloneWith(QStringLiteral("INSERT INTO alembic_version VALUES ('abc'); "
                                             "ALTER TABLE strata_history ADD COLUMN extra text; "
                                             "CREATE INDEX ON strata_history (revision)"));
        QVERIFY(snap.ok());
        const SchemaDiff diff = SchemaDiff::compare(m_baseSnapshot, *snap);
        QVERIFY2(diff.isEmpty(), qPrintable(describe(diff)));
    }

    // What newer majors add is a difference of its own on the major that has it; on every major
    // the same DDL run again is no difference (nothing read differs between two reads).
    void newerAttributes_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("name"); // the object that differs; empty: no difference
        QTest::addColumn<QString>("attribute");
        const int version = m_baseSnapshot.serverVersion();
        QTest::newRow("unique constraint recreated")
            << QStringLiteral("ALTER TABLE app.parent DROP CONSTRAINT parent_code_key, "
                              "ADD CONSTRAINT parent_code_key UNIQUE (code)")
            << QString() << QString();
        if (version >= 150000)
            QTest::newRow("unique constraint nulls not distinct")
                << QStringLiteral("ALTER TABLE app.parent DROP CONSTRAINT parent_code_key, "
                                  "ADD CONSTRAINT parent_code_key UNIQUE NULLS NOT DISTINCT (code)")
                << QStringLiteral("app.parent.parent_code_key")
                << QStringLiteral("nulls_not_distinct");
        if (version >= 180000) {
            QTest::newRow("NOT NULL named")
                << QStringLiteral(
                       "ALTER TABLE app.parent ALTER code DROP NOT NULL;"
                       "ALTER TABLE app.parent ADD CONSTRAINT code_present NOT NULL code")
                << QStringLiteral("app.parent.code") << QStringLiteral("not_null_name");
            QTest::newRow("NOT NULL automatic name again")
                << QStringLiteral("ALTER TABLE app.parent ALTER code DROP NOT NULL;"
                                  "ALTER TABLE app.parent ALTER code SET NOT NULL")
                << QString() << QString();
        }
    }

    void newerAttributes() {
        QFETCH(QString, sql);
        QFETCH(QString, name);
        QFETCH(QString, attribute);
        auto snap = cloneWith(sql);
        QVERIFY(snap.ok());
        const SchemaDiff diff = SchemaDiff::compare(m_baseSnapshot, *snap);
        if (name.isEmpty()) {
            QVERIFY2(diff.isEmpty(), qPrintable(describe(diff)));
            return;
        }
        QVERIFY2(diff.size() == 1, qPrintable(describe(diff)));
        const SchemaDifference& d = diff.differences().first();
        QCOMPARE(d.name, name);
        QCOMPARE(changeName(d.change), QStringLiteral("changed"));
        QVERIFY(!d.isServer()); // the same major on both sides: drift
        QStringList names;
        for (const AttributeChange& c : d.attributes)
            names << c.name;
        QVERIFY2(names.contains(attribute), qPrintable(names.join(QLatin1Char(','))));
    }

private:
    // A clone of the base database with `sql` applied, snapshotted (the clone is dropped).
    Result<SchemaSnapshot> cloneWith(const QString& sql) {
        const QString name = m_prefix + QStringLiteral("_%1").arg(++m_counter);
        {
            auto admin = m_sandbox.connect();
            if (!admin)
                return admin.error();
            auto created = (*admin)->exec(
                QStringLiteral("CREATE DATABASE %1 TEMPLATE %2")
                    .arg((*admin)->quoteIdentifier(name), (*admin)->quoteIdentifier(m_base)));
            if (!created)
                return created.error();
        }
        Result<SchemaSnapshot> result = Error(ErrorCode::Internal, QStringLiteral("not run"));
        {
            auto conn = m_sandbox.connect(name);
            if (!conn)
                return conn.error();
            auto changed = (*conn)->exec(sql);
            if (!changed) {
                qWarning("change failed: %s", qPrintable(changed.error().toString()));
                result = changed.error();
            } else {
                result = SnapshotReader::read(**conn);
                if (!result)
                    qWarning("snapshot failed: %s", qPrintable(result.error().toString()));
            }
        }
        (void)m_sandbox.dropDatabase(name);
        return result;
    }

    Sandbox m_sandbox{qEnvironmentVariable("STRATA_TEST_SANDBOX")};
    QString m_prefix;
    QString m_base;
    int m_counter = 0;
    SchemaSnapshot m_baseSnapshot;
};

QTEST_GUILESS_MAIN(TestSchemaDiff)
#include "tst_schemadiff.moc"
