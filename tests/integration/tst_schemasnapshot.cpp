// SnapshotReader against the sandbox: what is read, what is left out, stability, JSON.
#include "SandboxDatabase.h"
#include "SchemaDescribe.h"
#include "SchemaKindsFixture.h"
#include "ScratchDatabases.h"
#include "TestSupport.h"
#include "db/Connection.h"
#include "sandbox/Sandbox.h"
#include "schema/SchemaDiff.h"
#include "schema/SchemaSnapshot.h"
#include "schema/SnapshotReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <optional>

using namespace strata;
using strata::test::describe;

Q_DECLARE_METATYPE(strata::ObjectKind)

namespace {

using test::ScratchDatabases;

SchemaSnapshot snapshot(Connection& conn, const SnapshotOptions& options = {}) {
    return test::readSnapshot(conn, options);
}

// The upgrade section of a revision file.
QString upgradeSection(const QString& text) {
    const qsizetype start = text.indexOf(QStringLiteral("-- migrate:upgrade"));
    const qsizetype end = text.indexOf(QStringLiteral("-- migrate:downgrade"));
    if (start < 0)
        return {};
    return text.mid(start, end < 0 ? -1 : end - start);
}

const char* const kRichSchema = R"(
CREATE SCHEMA app;
CREATE TYPE app.status AS ENUM ('new', 'done');
CREATE DOMAIN app.positive AS integer DEFAULT 1 CHECK (VALUE > 0);
CREATE TYPE app.pair AS (a integer, b text);
CREATE TABLE app.parent (id bigserial PRIMARY KEY, code text NOT NULL UNIQUE, note text);
CREATE TABLE app.child (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    parent_id bigint NOT NULL REFERENCES app.parent (id) ON DELETE CASCADE,
    qty app.positive,
    status app.status NOT NULL DEFAULT 'new',
    total integer GENERATED ALWAYS AS (qty * 2) STORED
);
CREATE INDEX child_status_idx ON app.child (status) INCLUDE (qty) WHERE qty > 1;
CREATE VIEW app.parent_codes AS SELECT id, code FROM app.parent;
CREATE MATERIALIZED VIEW app.child_counts AS SELECT parent_id, count(*) AS n FROM app.child GROUP BY parent_id;
CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER child_touch BEFORE UPDATE ON app.child FOR EACH ROW EXECUTE FUNCTION app.touch();
CREATE PROCEDURE app.noop() LANGUAGE sql AS 'SELECT 1';
ALTER TABLE app.parent ENABLE ROW LEVEL SECURITY;
CREATE POLICY parent_read ON app.parent FOR SELECT TO PUBLIC USING (id > 0);
CREATE TABLE app.events (id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE app.events_2024 PARTITION OF app.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
COMMENT ON TABLE app.parent IS 'parents';
COMMENT ON COLUMN app.parent.code IS 'the code';
GRANT SELECT ON app.parent TO PUBLIC;
)";

} // namespace

class TestSchemaSnapshot : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        // Fails (never skips) with a clear message when the sandbox is not running.
        QVERIFY(test::testSandbox().url());
    }

    void emptyDatabase() {
        auto conn = m_dbs.create();
        const SchemaSnapshot snap = snapshot(*conn);
        QCOMPARE(snap.names(ObjectKind::Schema), QStringList{QStringLiteral("public")});
        QCOMPARE(snap.count(ObjectKind::Table), 0);
        QCOMPARE(snap.count(ObjectKind::Function), 0);
        QVERIFY(snap.serverVersion() >= 120000);
        QCOMPARE(conn->transactionStatus(), Connection::TransactionStatus::Idle);
    }

    void readsEveryKind() {
        auto conn = m_dbs.create(QLatin1String(kRichSchema));
        const SchemaSnapshot snap = snapshot(*conn);
        QVERIFY(snap.contains(ObjectKind::Schema, QStringLiteral("app")));
        const SchemaObject* parent = snap.find(ObjectKind::Table, QStringLiteral("app.parent"));
        QVERIFY(parent);
        QCOMPARE(parent->attribute(QStringLiteral("columns")), QStringLiteral("id,code,note"));
        QCOMPARE(parent->attribute(QStringLiteral("rls_enabled")), QStringLiteral("true"));
        QCOMPARE(parent->attribute(QStringLiteral("comment")), QStringLiteral("parents"));
        QVERIFY2(parent->attribute(QStringLiteral("acl")).contains(QStringLiteral("=r/")),
                 qPrintable(parent->attribute(QStringLiteral("acl"))));
        QVERIFY(parent->definition.startsWith(QStringLiteral("CREATE TABLE app.parent (")));

        const SchemaObject* id = snap.find(ObjectKind::Column, QStringLiteral("app.parent.id"));
        QVERIFY(id);
        QCOMPARE(id->attribute(QStringLiteral("type")), QStringLiteral("bigint"));
        QCOMPARE(id->attribute(QStringLiteral("not_null")), QStringLiteral("true"));
        QCOMPARE(id->attribute(QStringLiteral("default")),
                 QStringLiteral("nextval('app.parent_id_seq'::regclass)"));
        const SchemaObject* childId = snap.find(ObjectKind::Column, QStringLiteral("app.child.id"));
        QVERIFY(childId);
        QCOMPARE(childId->attribute(QStringLiteral("identity")), QStringLiteral("always"));
        const SchemaObject* total =
            snap.find(ObjectKind::Column, QStringLiteral("app.child.total"));
        QVERIFY(total);
        QCOMPARE(total->attribute(QStringLiteral("generated")),
                 QStringLiteral("((qty)::integer * 2)"));
        QCOMPARE(snap.find(ObjectKind::Column, QStringLiteral("app.parent.code"))
                     ->attribute(QStringLiteral("comment")),
                 QStringLiteral("the code"));

        const SchemaObject* fk =
            snap.find(ObjectKind::Constraint, QStringLiteral("app.child.child_parent_id_fkey"));
        QVERIFY(fk);
        QCOMPARE(fk->attribute(QStringLiteral("type")), QStringLiteral("foreign key"));
        QCOMPARE(fk->attribute(QStringLiteral("on_delete")), QStringLiteral("cascade"));
        QCOMPARE(fk->attribute(QStringLiteral("references")), QStringLiteral("app.parent"));
        QVERIFY(snap.contains(ObjectKind::Constraint, QStringLiteral("app.parent.parent_pkey")));
        QVERIFY(
            snap.contains(ObjectKind::Constraint, QStringLiteral("app.parent.parent_code_key")));
        // The indexes behind constraints are the constraints' business.
        QVERIFY(!snap.contains(ObjectKind::Index, QStringLiteral("app.parent_pkey")));

        const SchemaObject* index =
            snap.find(ObjectKind::Index, QStringLiteral("app.child_status_idx"));
        QVERIFY(index);
        QCOMPARE(index->attribute(QStringLiteral("method")), QStringLiteral("btree"));
        QCOMPARE(index->attribute(QStringLiteral("include")), QStringLiteral("qty"));
        QCOMPARE(index->attribute(QStringLiteral("predicate")), QStringLiteral("qty::integer > 1"));
        QCOMPARE(index->attribute(QStringLiteral("valid")), QStringLiteral("true"));

        const SchemaObject* seq =
            snap.find(ObjectKind::Sequence, QStringLiteral("app.parent_id_seq"));
        QVERIFY(seq);
        QCOMPARE(seq->attribute(QStringLiteral("owned_by")), QStringLiteral("app.parent.id"));
        QCOMPARE(seq->parent, QStringLiteral("app.parent"));
        // Identity sequences are covered by the column.
        QCOMPARE(snap.count(ObjectKind::Sequence), 1);

        QVERIFY(snap.contains(ObjectKind::View, QStringLiteral("app.parent_codes")));
        QVERIFY(snap.contains(ObjectKind::MaterializedView, QStringLiteral("app.child_counts")));
        const SchemaObject* touch = snap.find(ObjectKind::Function, QStringLiteral("app.touch()"));
        QVERIFY(touch);
        QVERIFY(touch->definition.contains(QStringLiteral("RETURN NEW")));
        QCOMPARE(snap.find(ObjectKind::Function, QStringLiteral("app.noop()"))
                     ->attribute(QStringLiteral("kind")),
                 QStringLiteral("procedure"));
        QVERIFY(snap.contains(ObjectKind::Trigger, QStringLiteral("app.child.child_touch")));
        QCOMPARE(snap.find(ObjectKind::EnumType, QStringLiteral("app.status"))
                     ->attribute(QStringLiteral("labels")),
                 QStringLiteral("'new', 'done'"));
        const SchemaObject* domain = snap.find(ObjectKind::Domain, QStringLiteral("app.positive"));
        QVERIFY(domain);
        QCOMPARE(domain->attribute(QStringLiteral("base_type")), QStringLiteral("integer"));
        QVERIFY(domain->attribute(QStringLiteral("checks")).contains(QStringLiteral("VALUE > 0")));
        QCOMPARE(snap.find(ObjectKind::CompositeType, QStringLiteral("app.pair"))
                     ->attribute(QStringLiteral("fields")),
                 QStringLiteral("a integer, b text"));
        QVERIFY(snap.contains(ObjectKind::Policy, QStringLiteral("app.parent.parent_read")));
        const SchemaObject* events = snap.find(ObjectKind::Table, QStringLiteral("app.events"));
        QVERIFY(events);
        QCOMPARE(events->attribute(QStringLiteral("kind")), QStringLiteral("partitioned"));
        QCOMPARE(events->attribute(QStringLiteral("partition_key")), QStringLiteral("RANGE (at)"));
        const SchemaObject* partition =
            snap.find(ObjectKind::Table, QStringLiteral("app.events_2024"));
        QVERIFY(partition);
        QCOMPARE(partition->attribute(QStringLiteral("partition_of")),
                 QStringLiteral("app.events"));
        // A partition's columns are its parent's.
        QVERIFY(!snap.contains(ObjectKind::Column, QStringLiteral("app.events_2024.at")));
        // Table row types and array types are not types of their own.
        QVERIFY(!snap.contains(ObjectKind::CompositeType, QStringLiteral("app.parent")));
    }

    // Index definitions are built from pg_index (no relation lock); they read like
    // pg_get_indexdef's.
    void indexDefinitionsMatchPgGetIndexdef() {
        auto conn = m_dbs.create(QStringLiteral(R"(
CREATE SCHEMA "Odd Schema";
CREATE TABLE "Odd Schema"."My Table" (id int, "Name" text, code varchar(10), at date);
CREATE INDEX i_plain ON "Odd Schema"."My Table" (id);
CREATE UNIQUE INDEX i_multi ON "Odd Schema"."My Table" (id DESC, "Name" NULLS FIRST, at DESC NULLS LAST);
CREATE INDEX i_opclass ON "Odd Schema"."My Table" (code varchar_pattern_ops, "Name" COLLATE "C");
CREATE INDEX i_include ON "Odd Schema"."My Table" (id) INCLUDE ("Name", at);
CREATE INDEX i_hash ON "Odd Schema"."My Table" USING hash (code);
CREATE INDEX i_expr ON "Odd Schema"."My Table" (lower("Name"), id);
CREATE INDEX i_partial ON "Odd Schema"."My Table" (at) WHERE id > 1;
CREATE TABLE parted (a int, b text) PARTITION BY LIST (a);
CREATE INDEX i_parted ON parted (b);
)"));
        // NULLS NOT DISTINCT is 15+ syntax; before 15 the index is one fewer.
        const bool hasNullsNotDistinct = conn->serverVersion() >= 150000;
        if (hasNullsNotDistinct) {
            QVERIFY(conn->exec(QStringLiteral("CREATE UNIQUE INDEX i_nnd ON \"Odd Schema\".\"My "
                                              "Table\" (code) NULLS NOT DISTINCT"))
                        .ok());
        }
        const SchemaSnapshot snap = snapshot(*conn);
        QVERIFY(conn->exec(QStringLiteral("SET search_path = pg_catalog")).ok());
        auto expected = conn->exec(QStringLiteral(
            "SELECT n.nspname || '.' || c.relname, pg_get_indexdef(c.oid) FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('i', 'I') "
            "AND n.nspname NOT IN ('pg_catalog', 'pg_toast') ORDER BY 1"));
        QVERIFY(expected.ok());
        QCOMPARE(expected->rowCount(), hasNullsNotDistinct ? 9 : 8);
        QCOMPARE(snap.count(ObjectKind::Index), hasNullsNotDistinct ? 9 : 8);
        for (int r = 0; r < expected->rowCount(); ++r) {
            const SchemaObject* index = snap.find(ObjectKind::Index, expected->value(r, 0));
            QVERIFY2(index, qPrintable(expected->value(r, 0)));
            QCOMPARE(index->definition, expected->value(r, 1) + QLatin1Char(';'));
        }
        QCOMPARE(snap.find(ObjectKind::Index, QStringLiteral("Odd Schema.i_expr"))
                     ->attribute(QStringLiteral("keys")),
                 QStringLiteral("lower(\"Name\"), id"));
    }

    void sameSchemaInAnotherOrderIsEqual() {
        auto first = m_dbs.create(QStringLiteral(R"(
CREATE TABLE a (id int PRIMARY KEY, name text);
CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a (id));
CREATE INDEX b_a_idx ON b (a_id);
CREATE VIEW v AS SELECT a.name FROM a JOIN b ON b.a_id = a.id;
CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';
GRANT SELECT ON a TO PUBLIC;
GRANT SELECT ON a TO pg_monitor;
COMMENT ON TABLE b IS 'bees';
)"));
        auto second = m_dbs.create(QStringLiteral(R"(
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';
CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TABLE b (id int, a_id int);
CREATE INDEX b_a_idx ON b (a_id);
COMMENT ON TABLE b IS 'bees';
CREATE TABLE a (id int, name text);
GRANT SELECT ON a TO pg_monitor;
GRANT SELECT ON a TO PUBLIC;
ALTER TABLE a ADD CONSTRAINT a_pkey PRIMARY KEY (id);
ALTER TABLE b ADD CONSTRAINT b_pkey PRIMARY KEY (id);
ALTER TABLE b ADD CONSTRAINT b_a_id_fkey FOREIGN KEY (a_id) REFERENCES a (id);
CREATE VIEW v AS SELECT a.name FROM a JOIN b ON b.a_id = a.id;
)"));
        const SchemaSnapshot a = snapshot(*first);
        const SchemaSnapshot b = snapshot(*second);
        const SchemaDiff diff = SchemaDiff::compare(a, b);
        QVERIFY2(diff.isEmpty(), qPrintable(describe(diff)));
        QVERIFY(a == b);
    }

    void columnOrderIsItsOwnDifference() {
        auto first = m_dbs.create(QStringLiteral("CREATE TABLE t (a int, b text, c date);"));
        auto second = m_dbs.create(QStringLiteral("CREATE TABLE t (b text, a int, c date);"));
        const SchemaDiff diff = SchemaDiff::compare(snapshot(*first), snapshot(*second));
        QCOMPARE(diff.size(), 1);
        const SchemaDifference& d = diff.differences().first();
        QCOMPARE(d.kind, ObjectKind::Table);
        QCOMPARE(d.name, QStringLiteral("public.t"));
        QCOMPARE(d.change, SchemaDifference::Change::ColumnOrder);
        QCOMPARE(d.attributes.first().before, QStringLiteral("a,b,c"));
        QCOMPARE(d.attributes.first().after, QStringLiteral("b,a,c"));
    }

    void extensionObjectsAreLeftOut() {
        auto conn = m_dbs.create(QStringLiteral("CREATE EXTENSION pg_trgm;"));
        const SchemaSnapshot snap = snapshot(*conn);
        const SchemaObject* trgm = snap.find(ObjectKind::Extension, QStringLiteral("pg_trgm"));
        QVERIFY(trgm);
        QCOMPARE(trgm->attribute(QStringLiteral("schema")), QStringLiteral("public"));
        QVERIFY(!trgm->attribute(QStringLiteral("version")).isEmpty());
        QCOMPARE(snap.count(ObjectKind::Function), 0);
        QCOMPARE(snap.count(ObjectKind::CompositeType), 0);

        // Only the extension differs from an empty database.
        auto empty = m_dbs.create();
        const SchemaDiff diff = SchemaDiff::compare(snapshot(*empty), snap);
        QCOMPARE(diff.size(), 1);
        QCOMPARE(diff.differences().first().kind, ObjectKind::Extension);
        QCOMPARE(diff.differences().first().change, SchemaDifference::Change::Added);
    }

    void versionAndHistoryTablesAreLeftOut() {
        auto conn = m_dbs.create(QStringLiteral(R"(
CREATE TABLE alembic_version (version_num varchar(32) NOT NULL,
                              CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num));
CREATE TABLE strata_history (id bigserial PRIMARY KEY, revision text NOT NULL,
                             at timestamptz DEFAULT now());
CREATE INDEX strata_history_revision_idx ON strata_history (revision);
CREATE TABLE kept (id int);
)"));
        const SchemaSnapshot snap = snapshot(*conn);
        QCOMPARE(snap.names(ObjectKind::Table), QStringList{QStringLiteral("public.kept")});
        for (const auto& [key, object] : snap.objects()) {
            QVERIFY2(!object.name.contains(QStringLiteral("alembic_version")) &&
                         !object.name.contains(QStringLiteral("strata_history")),
                     qPrintable(object.name));
        }
        // Other names can be configured; then the defaults are ordinary tables.
        SnapshotOptions options;
        options.versionTable = QStringLiteral("public.kept");
        options.historyTable.clear();
        const SchemaSnapshot other = snapshot(*conn, options);
        QVERIFY(!other.contains(ObjectKind::Table, QStringLiteral("public.kept")));
        QVERIFY(other.contains(ObjectKind::Table, QStringLiteral("public.strata_history")));
        QVERIFY(
            other.contains(ObjectKind::Sequence, QStringLiteral("public.strata_history_id_seq")));
    }

    void schemaFilterAndIgnorePatterns() {
        auto conn = m_dbs.create(QStringLiteral(R"(
CREATE SCHEMA app; CREATE SCHEMA audit;
CREATE TABLE app.t (id int PRIMARY KEY); CREATE TABLE app.tmp_x (id int);
CREATE TABLE audit.log (id int); CREATE TABLE public.p (id int);
)"));
        SnapshotOptions options;
        options.schemas = {QStringLiteral("app")};
        options.ignorePatterns = {QStringLiteral("app.tmp_*")};
        const SchemaSnapshot snap = snapshot(*conn, options);
        QCOMPARE(snap.names(ObjectKind::Schema), QStringList{QStringLiteral("app")});
        QCOMPARE(snap.names(ObjectKind::Table), QStringList{QStringLiteral("app.t")});
        QCOMPARE(snap.names(ObjectKind::Column), QStringList{QStringLiteral("app.t.id")});
        QCOMPARE(snap.count(ObjectKind::Extension), 0); // plpgsql lives in pg_catalog
    }

    void ignoreOwnersAndPrivileges() {
        auto first = m_dbs.create(QStringLiteral(
            "CREATE SCHEMA app; CREATE TABLE app.t (id int); GRANT SELECT ON app.t TO PUBLIC;"));
        auto second = m_dbs.create(QStringLiteral(
            "CREATE SCHEMA app AUTHORIZATION pg_monitor; CREATE TABLE app.t (id int); "
            "GRANT SELECT (id) ON app.t TO PUBLIC;"));
        QCOMPARE(SchemaDiff::compare(snapshot(*first), snapshot(*second)).size(), 3);
        SnapshotOptions options;
        options.ignoreOwners = true;
        options.ignorePrivileges = true;
        const SchemaSnapshot a = snapshot(*first, options);
        const SchemaDiff diff = SchemaDiff::compare(a, snapshot(*second, options));
        QVERIFY2(diff.isEmpty(), qPrintable(describe(diff)));
        for (const auto& [key, object] : a.objects()) {
            QVERIFY(!object.attributes.contains(QStringLiteral("owner")));
            QVERIFY(!object.attributes.contains(QStringLiteral("acl")));
        }
    }

    void refusesAnOpenTransaction() {
        auto conn = m_dbs.create();
        QVERIFY(conn->exec(QStringLiteral("BEGIN")).ok());
        auto inside = SnapshotReader::read(*conn);
        QVERIFY(!inside.ok());
        QCOMPARE(inside.error().code, ErrorCode::Usage);
        QVERIFY(conn->exec(QStringLiteral("ROLLBACK")).ok());
    }

    // A migration holds ACCESS EXCLUSIVE on a table (ALTER TABLE running in another session).
    void locks() {
        auto conn = m_dbs.create(QStringLiteral(R"(
CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE t (id bigserial PRIMARY KEY, p_id int REFERENCES p (id), name text DEFAULT 'x',
                CONSTRAINT t_name_key UNIQUE (name));
CREATE INDEX t_p_idx ON t (p_id, name DESC);
CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER t_f BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();
)"));
        auto blocker =
            Sandbox(qEnvironmentVariable("STRATA_TEST_SANDBOX")).connect(conn->database());
        QVERIFY(blocker.ok());
        QVERIFY(
            (*blocker)->exec(QStringLiteral("BEGIN; LOCK TABLE t IN ACCESS EXCLUSIVE MODE")).ok());
        SnapshotOptions options;
        options.lockTimeout = QStringLiteral("200ms");

        // Columns, defaults, keys, plain indexes and triggers come from the catalogs alone.
        auto snap = SnapshotReader::read(*conn, options);
        QVERIFY2(snap.ok(), snap.ok() ? "" : qPrintable(snap.error().toString()));
        QCOMPARE(snap->find(ObjectKind::Index, QStringLiteral("public.t_p_idx"))->definition,
                 QStringLiteral("CREATE INDEX t_p_idx ON public.t USING btree (p_id, name DESC);"));
        QCOMPARE(snap->find(ObjectKind::Column, QStringLiteral("public.t.name"))
                     ->attribute(QStringLiteral("default")),
                 QStringLiteral("'x'::text"));
        QVERIFY(snap->contains(ObjectKind::Trigger, QStringLiteral("public.t.t_f")));
        QVERIFY((*blocker)->exec(QStringLiteral("ROLLBACK")).ok());

        // A view needs ACCESS SHARE on what it reads: the snapshot gives up after lockTimeout
        // instead of hanging, and leaves the connection idle.
        QVERIFY(conn->exec(QStringLiteral("CREATE VIEW v AS SELECT name FROM t")).ok());
        QVERIFY(
            (*blocker)->exec(QStringLiteral("BEGIN; LOCK TABLE t IN ACCESS EXCLUSIVE MODE")).ok());
        // (Without the lock timeout the read would wait for the ROLLBACK below: forever.)
        auto blocked = SnapshotReader::read(*conn, options);
        QVERIFY(!blocked.ok());
        QCOMPARE(blocked.error().sqlstate, QStringLiteral("55P03"));
        QCOMPARE(conn->transactionStatus(), Connection::TransactionStatus::Idle);
        QVERIFY((*blocker)->exec(QStringLiteral("ROLLBACK")).ok());
        QVERIFY(SnapshotReader::read(*conn, options).ok());
    }

    void sampleProjectSnapshots() {
        auto conn = m_dbs.create();
        const QDir versions(test::sampleProjectDir() + QStringLiteral("/versions"));
        const QStringList files =
            versions.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 3);
        for (const QString& file : files) {
            const QString section = upgradeSection(test::readFile(versions.filePath(file)));
            QVERIFY2(!section.isEmpty(), qPrintable(file));
            auto done = conn->exec(section);
            QVERIFY2(done.ok(), qPrintable(file + QStringLiteral(": ") +
                                           (done.ok() ? QString() : done.error().toString())));
        }
        const SchemaSnapshot snap = snapshot(*conn);
        QVERIFY(snap.contains(ObjectKind::Table, QStringLiteral("public.documents")));
        QVERIFY(snap.contains(ObjectKind::Table, QStringLiteral("public.chunks")));
        QVERIFY(snap.contains(ObjectKind::Table, QStringLiteral("public.chunk_embeddings")));
        QVERIFY(snap.contains(ObjectKind::Extension, QStringLiteral("pg_trgm")));
        QVERIFY(snap.contains(ObjectKind::Index, QStringLiteral("public.idx_chunks_trgm")));
        QVERIFY(snap.contains(ObjectKind::Trigger,
                              QStringLiteral("public.chunks.trg_chunks_tsv_update")));
        QCOMPARE(snap.names(ObjectKind::Function),
                 QStringList{QStringLiteral("public.chunks_tsv_update()")});
        // pgvector or not (DESIGN §2): the server says which, and each case has its schema.
        auto available = conn->exec(
            QStringLiteral("SELECT count(*) FROM pg_available_extensions WHERE name = 'vector'"));
        QVERIFY2(available.ok(), available.ok() ? "" : qPrintable(available.error().toString()));
        const bool pgvector = available->value(0, 0).toInt() == 1;
        qInfo("pgvector %s on this server", pgvector ? "is installed" : "is not installed");
        const SchemaObject* vector =
            snap.find(ObjectKind::Column, QStringLiteral("public.chunk_embeddings.vector"));
        QVERIFY(vector);
        const SchemaObject* hnsw =
            snap.find(ObjectKind::Index, QStringLiteral("public.idx_chunk_embeddings_hnsw"));
        QCOMPARE(snap.contains(ObjectKind::Extension, QStringLiteral("vector")), pgvector);
        if (pgvector) {
            // Types outside pg_catalog are schema-qualified in a snapshot (the extension's
            // schema is public here).
            QCOMPARE(vector->attribute(QStringLiteral("type")),
                     QStringLiteral("public.vector(1536)"));
            QVERIFY(hnsw);
            QCOMPARE(hnsw->attribute(QStringLiteral("method")), QStringLiteral("hnsw"));
            QCOMPARE(hnsw->attribute(QStringLiteral("opclasses")),
                     QStringLiteral("vector_cosine_ops"));
            QCOMPARE(hnsw->parent, QStringLiteral("public.chunk_embeddings"));
        } else {
            QCOMPARE(vector->attribute(QStringLiteral("type")), QStringLiteral("real[]"));
            QVERIFY(!hnsw);
        }

        // JSON round trip (through text, as the cache stores it).
        const QByteArray text = QJsonDocument(snap.toJson()).toJson(QJsonDocument::Compact);
        auto back = SchemaSnapshot::fromJson(QJsonDocument::fromJson(text).object());
        QVERIFY(back.ok());
        QVERIFY(*back == snap);
        QVERIFY(SchemaDiff::compare(snap, *back).isEmpty());
    }

    void richSchemaJsonRoundTrip() {
        auto conn = m_dbs.create(QLatin1String(kRichSchema));
        const SchemaSnapshot snap = snapshot(*conn);
        auto back = SchemaSnapshot::fromJson(
            QJsonDocument::fromJson(QJsonDocument(snap.toJson()).toJson()).object());
        QVERIFY(back.ok());
        QVERIFY(*back == snap);
    }

private:
    ScratchDatabases m_dbs;
};

QTEST_GUILESS_MAIN(TestSchemaSnapshot)
#include "tst_schemasnapshot.moc"
