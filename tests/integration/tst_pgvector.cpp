// The real pgvector (issue 15, item 5; DESIGN §2): the sample project's vector(1536) column and
// HNSW cosine index, the HNSW build's progress in the run's events, and vector columns and
// HNSW/IVFFlat indexes in snapshots and drift.
//
// Every case runs on each server this test is given: the sandbox in $STRATA_TEST_SANDBOX and
// each $STRATA_TEST_SANDBOX_<major> (the server matrix sets them). The server says whether it
// has pgvector (pg_available_extensions), and the case asserts that path: with pgvector
// (Debian's 15 after scripts/pgvector) the real vector parts, without it (the prebuilt 13-18
// servers never ship it) the sample's real[] fallback, its NOTICEs and no index. Registered with
// a server that lacks pgvector beside one that has it, one run asserts both paths.
#include "Project.h"
#include "SandboxDatabase.h"
#include "SchemaDescribe.h"
#include "TestSupport.h"
#include "db/Connection.h"
#include "runner/Runner.h"
#include "sandbox/Sandbox.h"
#include "schema/SchemaDiff.h"
#include "schema/SnapshotReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

using namespace strata;
using strata::test::describe;
using strata::test::writeFile;

namespace {

// One server under test: a running sandbox, by folder.
struct Server {
    QString label; // "15.20 (Debian ...)" for messages
    std::shared_ptr<Sandbox> sandbox;
};

// The sandboxes of $STRATA_TEST_SANDBOX and every $STRATA_TEST_SANDBOX_<major>, each folder
// once, in that order. One that is not running fails the test program (never a skip).
const std::vector<Server>& servers() {
    static const std::vector<Server> all = [] {
        QStringList dirs;
        dirs << qEnvironmentVariable("STRATA_TEST_SANDBOX");
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        QStringList keys =
            env.keys().filter(QRegularExpression(QStringLiteral("^STRATA_TEST_SANDBOX_[0-9]+$")));
        keys.sort();
        for (const QString& key : keys)
            dirs << env.value(key);
        std::vector<Server> out;
        QStringList seen;
        for (const QString& dir : dirs) {
            if (dir.isEmpty())
                qFatal("STRATA_TEST_SANDBOX is not set: run this test through ctest");
            const QString canonical = QDir(dir).canonicalPath();
            if (seen.contains(canonical))
                continue;
            seen << canonical;
            auto sandbox = std::make_shared<Sandbox>(dir);
            auto status = sandbox->status();
            if (!status || !status->running)
                qFatal("the test sandbox in %s is not running", qPrintable(dir));
            out.push_back({status->serverVersion, std::move(sandbox)});
        }
        return out;
    }();
    return all;
}

// A fresh database on one server, dropped WITH (FORCE) at the end.
class ServerDatabase {
public:
    explicit ServerDatabase(Sandbox& sandbox)
        : m_sandbox(sandbox) {
        static int counter = 0;
        m_name = QStringLiteral("tst_pgvector_%1_%2")
                     .arg(QCoreApplication::applicationPid())
                     .arg(++counter);
        if (auto created = m_sandbox.createDatabase(m_name); !created)
            qFatal("cannot create %s: %s", qPrintable(m_name), describe(created).constData());
        auto url = m_sandbox.urlFor(m_name);
        if (!url)
            qFatal("%s", describe(url).constData());
        m_url = *url;
    }
    ~ServerDatabase() {
        if (auto dropped = m_sandbox.dropDatabase(m_name); !dropped)
            qWarning("cannot drop %s: %s", qPrintable(m_name), describe(dropped).constData());
    }
    ServerDatabase(const ServerDatabase&) = delete;
    ServerDatabase& operator=(const ServerDatabase&) = delete;

    const QString& url() const { return m_url; }
    std::unique_ptr<Connection> connect() const {
        auto c = Connection::open(m_url);
        if (!c)
            qFatal("cannot connect to %s: %s", qPrintable(m_name), describe(c).constData());
        return std::move(c).value();
    }

private:
    Sandbox& m_sandbox;
    QString m_name;
    QString m_url;
};

QString scalar(Connection& c, const QString& sql) {
    auto r = c.exec(sql);
    if (!r)
        qFatal("%s: %s", qPrintable(sql), describe(r).constData());
    return r->scalar();
}

// Whether `server` can install pgvector: what decides which path a case asserts.
bool hasPgvector(Sandbox& sandbox) {
    auto c = sandbox.connect();
    if (!c)
        qFatal("cannot connect to the sandbox: %s", describe(c).constData());
    return scalar(**c, QStringLiteral("SELECT count(*) FROM pg_available_extensions "
                                      "WHERE name = 'vector'")) == QLatin1String("1");
}

SchemaSnapshot snapshotOf(const ServerDatabase& db) {
    auto c = db.connect();
    auto snap = SnapshotReader::read(*c);
    if (!snap)
        qFatal("snapshot: %s", describe(snap).constData());
    return std::move(snap).value();
}

Project openProject(const QString& dir) {
    auto p = Project::open(dir);
    if (!p)
        qFatal("cannot open the test project: %s", describe(p).constData());
    return std::move(p).value();
}

QString tomlFor(const QString& url) {
    return QStringLiteral(
               "[project]\nversions = \"versions\"\n\n[environments.dev]\nurl = \"%1\"\n")
        .arg(url);
}

// A revision `id` (a base) whose upgrade is `up`.
void writeRevision(const QString& dir, const QString& id, const QString& up) {
    writeFile(dir, QStringLiteral("versions/%1.sql").arg(id),
              QStringLiteral("-- Revision ID: %1\n-- Revises:\n-- Message: %1\n\n"
                             "-- migrate:upgrade\n%2\n\n-- migrate:downgrade\nSELECT 1;\n")
                  .arg(id, up));
}

// The events of one run, collected from the runner's thread.
class EventLog {
public:
    void add(const RunEvent& e) {
        std::lock_guard<std::mutex> guard(m_mutex);
        m_events.push_back(e);
    }
    std::vector<RunEvent> events() const {
        std::lock_guard<std::mutex> guard(m_mutex);
        return m_events;
    }
    // The messages of the events of `kind`.
    QStringList messages(RunEvent::Kind kind) const {
        QStringList out;
        for (const RunEvent& e : events())
            if (e.kind == kind)
                out << e.message;
        return out;
    }

private:
    mutable std::mutex m_mutex;
    std::vector<RunEvent> m_events;
};

void addServerRows() {
    QTest::addColumn<int>("server");
    for (size_t i = 0; i < servers().size(); ++i)
        QTest::newRow(qPrintable(QStringLiteral("PostgreSQL %1").arg(servers()[i].label)))
            << int(i);
}

// The sample's fallback NOTICEs (migrations/versions/0001-0003).
const QStringList kFallbackNotices = {
    QStringLiteral("pgvector is not installed on this server: embeddings will use real[] and no "
                   "HNSW index"),
    QStringLiteral("pgvector is missing: chunk_embeddings.vector is real[] instead of "
                   "vector(1536)"),
    QStringLiteral("pgvector is missing: idx_chunk_embeddings_hnsw is skipped"),
};

// The setup of one index-drift case: a table `items` with a vector(3) column `v` (real[]
// without pgvector) and, where pgvector is there, the index `index` (empty: none), its DDL
// inside the same guard as the sample's 0003.
QString driftSetup(const QString& columnType, const QString& index) {
    QString sql =
        QStringLiteral("DO $$\nBEGIN\n"
                       "    IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = "
                       "'vector') THEN\n"
                       "        CREATE EXTENSION vector;\n"
                       "        CREATE TABLE items (id int PRIMARY KEY, v %1);\n")
            .arg(columnType);
    if (!index.isEmpty())
        sql += QStringLiteral("        %1;\n").arg(index);
    sql += QStringLiteral("    ELSE\n"
                          "        CREATE TABLE items (id int PRIMARY KEY, v real[]);\n"
                          "        RAISE NOTICE 'pgvector is missing: no vector index';\n"
                          "    END IF;\nEND\n$$;");
    return sql;
}

constexpr int kGateKey = 7007; // pg_advisory_lock(kGateKey, 1): the build's gate

} // namespace

class TestPgvector : public QObject {
    Q_OBJECT

private slots:
    // `strata upgrade heads` of the sample project: with pgvector 0002 makes vector(1536) and
    // 0003 the HNSW cosine index, and the snapshot reads both; without it real[], no index, and
    // the three RAISE NOTICEs reach the run's events (the live log).
    void sampleProject_data() { addServerRows(); }
    void sampleProject() {
        QFETCH(int, server);
        Sandbox& sandbox = *servers()[size_t(server)].sandbox;
        const bool pgvector = hasPgvector(sandbox);
        qInfo("pgvector %s", pgvector ? "is available" : "is not available");
        ServerDatabase db(sandbox);
        QTemporaryDir dir;
        test::copySampleProject(dir.path(), tomlFor(db.url()));
        Project project = openProject(dir.path());
        Runner runner(project, project.config().environments().constFirst());
        EventLog log;
        runner.setEventHandler([&log](const RunEvent& e) { log.add(e); });
        RunRequest request;
        request.targets = {QStringLiteral("heads")};
        auto run = runner.run(request);
        QVERIFY2(run.ok(), describe(run).constData());

        auto c = db.connect();
        QCOMPARE(scalar(*c, QStringLiteral("SELECT count(*) FROM pg_extension "
                                           "WHERE extname = 'vector'")),
                 pgvector ? QStringLiteral("1") : QStringLiteral("0"));
        QCOMPARE(scalar(*c, QStringLiteral("SELECT format_type(atttypid, atttypmod) FROM "
                                           "pg_attribute WHERE attrelid = "
                                           "'chunk_embeddings'::regclass AND attname = 'vector'")),
                 pgvector ? QStringLiteral("vector(1536)") : QStringLiteral("real[]"));

        const QStringList notices = log.messages(RunEvent::Kind::Notice);
        for (const QString& notice : kFallbackNotices)
            QVERIFY2(notices.contains(notice) == !pgvector,
                     qPrintable(notice + QStringLiteral("\nnotices: ") +
                                notices.join(QStringLiteral(" | "))));

        const SchemaSnapshot snap = snapshotOf(db);
        const SchemaObject* column =
            snap.find(ObjectKind::Column, QStringLiteral("public.chunk_embeddings.vector"));
        QVERIFY(column);
        const SchemaObject* hnsw =
            snap.find(ObjectKind::Index, QStringLiteral("public.idx_chunk_embeddings_hnsw"));
        QCOMPARE(snap.contains(ObjectKind::Extension, QStringLiteral("vector")), pgvector);
        if (pgvector) {
            QCOMPARE(column->attribute(QStringLiteral("type")),
                     QStringLiteral("public.vector(1536)"));
            QVERIFY(hnsw);
            QCOMPARE(hnsw->attribute(QStringLiteral("method")), QStringLiteral("hnsw"));
            QCOMPARE(hnsw->attribute(QStringLiteral("opclasses")),
                     QStringLiteral("vector_cosine_ops"));
            QCOMPARE(hnsw->definition, QStringLiteral("CREATE INDEX idx_chunk_embeddings_hnsw ON "
                                                      "public.chunk_embeddings USING hnsw (vector "
                                                      "public.vector_cosine_ops);"));
        } else {
            QCOMPARE(column->attribute(QStringLiteral("type")), QStringLiteral("real[]"));
            QVERIFY(!hnsw);
        }
    }

    // Two databases at the sample's head on the same server have no drift, pgvector or not
    // (the vector column and the HNSW index read the same on both).
    void sampleProjectNoDrift_data() { addServerRows(); }
    void sampleProjectNoDrift() {
        QFETCH(int, server);
        Sandbox& sandbox = *servers()[size_t(server)].sandbox;
        ServerDatabase a(sandbox);
        ServerDatabase b(sandbox);
        for (const ServerDatabase* db : {&a, &b}) {
            QTemporaryDir dir;
            test::copySampleProject(dir.path(), tomlFor(db->url()));
            Project project = openProject(dir.path());
            Runner runner(project, project.config().environments().constFirst());
            RunRequest request;
            request.targets = {QStringLiteral("heads")};
            auto run = runner.run(request);
            QVERIFY2(run.ok(), describe(run).constData());
        }
        const SchemaSnapshot snapA = snapshotOf(a);
        QCOMPARE(
            snapA.contains(ObjectKind::Index, QStringLiteral("public.idx_chunk_embeddings_hnsw")),
            hasPgvector(sandbox));
        const SchemaDiff diff = SchemaDiff::compare(snapA, snapshotOf(b));
        QVERIFY2(diff.isEmpty(), qPrintable(describe(diff)));
    }

    // An HNSW index whose opclass, options or method differ between two databases is one
    // difference; identical ones, and a different order of the same options, are none. Without
    // pgvector both databases take the fallback (real[], no index): no drift.
    void indexDrift_data() {
        QTest::addColumn<int>("server");
        QTest::addColumn<QString>("typeA");
        QTest::addColumn<QString>("indexA");
        QTest::addColumn<QString>("typeB");
        QTest::addColumn<QString>("indexB");
        // With pgvector: the one difference's "kind:name" (empty: none) and its attributes,
        // "name: before -> after" (the definition by name only).
        QTest::addColumn<QString>("difference");
        QTest::addColumn<QStringList>("attributes");
        const QString v3 = QStringLiteral("vector(3)");
        const QString hnsw = QStringLiteral("CREATE INDEX items_v ON items USING hnsw "
                                            "(v vector_cosine_ops) WITH (m = 16, "
                                            "ef_construction = 64)");
        const QString index = QStringLiteral("index:public.items_v");
        struct Case {
            const char* name;
            QString typeB;
            QString indexB;
            QString difference;
            QStringList attributes;
        };
        const std::vector<Case> cases = {
            {"identical hnsw", v3, hnsw, {}, {}},
            {"same options, other order",
             v3,
             QStringLiteral("CREATE INDEX items_v ON items USING hnsw (v vector_cosine_ops) "
                            "WITH (ef_construction = 64, m = 16)"),
             {},
             {}},
            {"hnsw m",
             v3,
             QString(hnsw).replace(QStringLiteral("m = 16"), QStringLiteral("m = 24")),
             index,
             {QStringLiteral("definition"),
              QStringLiteral("options: ef_construction=64, m=16 -> ef_construction=64, m=24")}},
            {"hnsw ef_construction",
             v3,
             QString(hnsw).replace(QStringLiteral("ef_construction = 64"),
                                   QStringLiteral("ef_construction = 100")),
             index,
             {QStringLiteral("definition"),
              QStringLiteral("options: ef_construction=64, m=16 -> ef_construction=100, m=16")}},
            {"hnsw opclass",
             v3,
             QString(hnsw).replace(QStringLiteral("vector_cosine_ops"),
                                   QStringLiteral("vector_ip_ops")),
             index,
             {QStringLiteral("definition"),
              QStringLiteral("keys: v public.vector_cosine_ops -> v public.vector_ip_ops"),
              QStringLiteral("opclasses: vector_cosine_ops -> vector_ip_ops")}},
            {"hnsw to ivfflat",
             v3,
             QStringLiteral("CREATE INDEX items_v ON items USING ivfflat (v vector_cosine_ops) "
                            "WITH (lists = 100)"),
             index,
             {QStringLiteral("definition"), QStringLiteral("method: hnsw -> ivfflat"),
              QStringLiteral("options: ef_construction=64, m=16 -> lists=100")}},
            {"no index", v3, QString(), QStringLiteral("index:public.items_v"), {}},
            {"vector dimensions",
             QStringLiteral("vector(4)"),
             hnsw,
             QStringLiteral("column:public.items.v"),
             {QStringLiteral("definition"),
              QStringLiteral("type: public.vector(3) -> public.vector(4)")}},
        };
        for (size_t s = 0; s < servers().size(); ++s) {
            const QString label = QStringLiteral("PostgreSQL %1").arg(servers()[s].label);
            for (const Case& c : cases)
                QTest::newRow(qPrintable(label + QStringLiteral(": ") + QLatin1String(c.name)))
                    << int(s) << v3 << hnsw << c.typeB << c.indexB << c.difference << c.attributes;
            const QString ivfflat = QStringLiteral("CREATE INDEX items_v ON items USING ivfflat "
                                                   "(v vector_l2_ops) WITH (lists = 100)");
            QTest::newRow(qPrintable(label + QStringLiteral(": identical ivfflat")))
                << int(s) << v3 << ivfflat << v3 << ivfflat << QString() << QStringList();
            QTest::newRow(qPrintable(label + QStringLiteral(": ivfflat lists")))
                << int(s) << v3 << ivfflat << v3
                << QString(ivfflat).replace(QStringLiteral("100"), QStringLiteral("50")) << index
                << QStringList{QStringLiteral("definition"),
                               QStringLiteral("options: lists=100 -> lists=50")};
        }
    }
    void indexDrift() {
        QFETCH(int, server);
        QFETCH(QString, typeA);
        QFETCH(QString, indexA);
        QFETCH(QString, typeB);
        QFETCH(QString, indexB);
        QFETCH(QString, difference);
        QFETCH(QStringList, attributes);
        Sandbox& sandbox = *servers()[size_t(server)].sandbox;
        const bool pgvector = hasPgvector(sandbox);
        ServerDatabase a(sandbox);
        ServerDatabase b(sandbox);
        QVERIFY(a.connect()->exec(driftSetup(typeA, indexA)).ok());
        QVERIFY(b.connect()->exec(driftSetup(typeB, indexB)).ok());
        const SchemaSnapshot snapA = snapshotOf(a);
        const SchemaSnapshot snapB = snapshotOf(b);
        QCOMPARE(snapA.contains(ObjectKind::Index, QStringLiteral("public.items_v")), pgvector);
        QCOMPARE(snapA.find(ObjectKind::Column, QStringLiteral("public.items.v"))
                     ->attribute(QStringLiteral("type")),
                 pgvector ? QStringLiteral("public.") + typeA : QStringLiteral("real[]"));
        const SchemaDiff diff = SchemaDiff::compare(snapA, snapB);
        if (!pgvector || difference.isEmpty()) {
            QVERIFY2(diff.isEmpty(), qPrintable(describe(diff)));
            return;
        }
        QVERIFY2(diff.size() == 1, qPrintable(describe(diff)));
        const SchemaDifference& d = diff.differences().constFirst();
        QCOMPARE(objectKindName(d.kind) + QLatin1Char(':') + d.name, difference);
        QStringList changed;
        for (const AttributeChange& change : d.attributes)
            changed << (change.name == QLatin1String("definition")
                            ? change.name
                            : QStringLiteral("%1: %2 -> %3")
                                  .arg(change.name, change.before, change.after));
        QVERIFY2(changed == attributes, qPrintable(describe(diff)));
    }

    // The HNSW build reports pgvector's own phase and a fraction in the run's Progress events
    // (the live log), for a CREATE INDEX statement and for one inside a DO block (the sample's
    // guarded form). A gate in the index predicate holds the build at row 3000 of 4000 until
    // the test has seen that: no timing involved. Without pgvector the statement fails naming
    // the missing access method, and the guarded form skips the index with its NOTICE.
    void hnswBuildProgress_data() {
        QTest::addColumn<int>("server");
        QTest::addColumn<bool>("guarded");
        for (size_t s = 0; s < servers().size(); ++s) {
            const QString label = QStringLiteral("PostgreSQL %1").arg(servers()[s].label);
            QTest::newRow(qPrintable(label + QStringLiteral(": CREATE INDEX"))) << int(s) << false;
            QTest::newRow(qPrintable(label + QStringLiteral(": in a DO block"))) << int(s) << true;
        }
    }
    void hnswBuildProgress() {
        QFETCH(int, server);
        QFETCH(bool, guarded);
        Sandbox& sandbox = *servers()[size_t(server)].sandbox;
        const bool pgvector = hasPgvector(sandbox);
        ServerDatabase db(sandbox);
        auto setup = db.connect();
        if (pgvector)
            scalar(*setup, QStringLiteral("CREATE EXTENSION vector"));
        // 4,000 rows of 64 dimensions, in id order on the heap; gate(3000) waits for the test.
        scalar(*setup,
               QStringLiteral(
                   "CREATE TABLE items (id int PRIMARY KEY, v %1);\n"
                   "INSERT INTO items SELECT g, (SELECT array_agg(sin(g * d))::real[] FROM "
                   "generate_series(1, 64) d)%2 FROM generate_series(1, 4000) g;\n"
                   "CREATE FUNCTION gate(id int) RETURNS boolean IMMUTABLE LANGUAGE plpgsql "
                   "AS $$\nBEGIN\n    IF id = 3000 THEN\n"
                   "        PERFORM pg_advisory_lock_shared(%3, 1);\n"
                   "        PERFORM pg_advisory_unlock_shared(%3, 1);\n    END IF;\n"
                   "    RETURN true;\nEND\n$$;\nSELECT 1")
                   .arg(pgvector ? QStringLiteral("vector(64)") : QStringLiteral("real[]"),
                        pgvector ? QStringLiteral("::vector(64)") : QString())
                   .arg(kGateKey));
        const QString create =
            QStringLiteral("CREATE INDEX items_hnsw ON items USING hnsw (v vector_cosine_ops) "
                           "WITH (m = 8, ef_construction = 32) WHERE gate(id)");
        const QString up =
            guarded ? QStringLiteral("DO $$\nBEGIN\n"
                                     "    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = "
                                     "'vector') THEN\n        %1;\n    ELSE\n"
                                     "        RAISE NOTICE 'pgvector is missing: items_hnsw is "
                                     "skipped';\n    END IF;\nEND\n$$;")
                          .arg(create)
                    : create + QLatin1Char(';');
        QTemporaryDir dir;
        writeFile(dir.path(), QStringLiteral("strata.toml"), tomlFor(db.url()));
        writeRevision(dir.path(), QStringLiteral("r1"), up);
        Project project = openProject(dir.path());
        Runner runner(project, project.config().environments().constFirst());
        EventLog log;
        runner.setEventHandler([&log](const RunEvent& e) { log.add(e); });

        auto gate = db.connect();
        scalar(*gate, QStringLiteral("SELECT pg_advisory_lock(%1, 1)").arg(kGateKey));
        RunRequest request;
        request.targets = {QStringLiteral("heads")};
        std::optional<Result<RunSummary>> result;
        std::atomic<bool> finished{false};
        std::thread worker([&] {
            result.emplace(runner.run(request));
            finished = true;
        });
        // The build stops at the gate with 2,999 tuples in the graph; the monitor's next poll
        // reports that. (The bound only keeps a broken build from hanging the test.)
        const QString held = QStringLiteral("building index: loading tuples, 2999 tuples");
        std::optional<RunEvent> progress;
        QElapsedTimer waited;
        waited.start();
        while (pgvector && !progress && waited.elapsed() < 60000) {
            for (const RunEvent& e : log.events())
                if (e.kind == RunEvent::Kind::Progress && e.message == held)
                    progress = e;
            if (finished)
                break; // the run ended without the build
            QThread::msleep(50);
        }
        scalar(*gate, QStringLiteral("SELECT pg_advisory_unlock(%1, 1)").arg(kGateKey));
        worker.join();
        QVERIFY(result.has_value());

        const QStringList phases = log.messages(RunEvent::Kind::Progress);
        const QStringList notices = log.messages(RunEvent::Kind::Notice);
        const QString skipped = QStringLiteral("pgvector is missing: items_hnsw is skipped");
        auto c = db.connect();
        const QString indexThere =
            scalar(*c, QStringLiteral("SELECT to_regclass('items_hnsw') IS NOT NULL"));
        if (pgvector) {
            QVERIFY2(result->ok(), describe(*result).constData());
            QVERIFY2(progress.has_value(),
                     qPrintable(QStringLiteral("progress: ") + phases.join(QStringLiteral(" | "))));
            // The blocks scanned so far: about 3/4 of the table.
            QVERIFY2(progress->progress > 0.5 && progress->progress < 1.0,
                     qPrintable(QString::number(progress->progress)));
            QCOMPARE(progress->detail, QStringLiteral("items"));
            QCOMPARE(progress->revision, QStringLiteral("r1"));
            QCOMPARE(indexThere, QStringLiteral("t"));
            QVERIFY(!notices.contains(skipped));
        } else if (guarded) {
            QVERIFY2(result->ok(), describe(*result).constData());
            QVERIFY2(notices.contains(skipped), qPrintable(notices.join(QStringLiteral(" | "))));
            QCOMPARE(indexThere, QStringLiteral("f"));
        } else {
            QVERIFY(!result->ok());
            QVERIFY2(result->error().message.contains(
                         QLatin1String("access method \"hnsw\" does not exist")),
                     describe(*result).constData());
            QCOMPARE(result->error().revision, QStringLiteral("r1"));
            QCOMPARE(indexThere, QStringLiteral("f"));
        }
        for (const QString& phase : phases)
            QVERIFY2(!phase.contains(QLatin1String("loading tuples")) || pgvector,
                     qPrintable(phase));
    }
};

QTEST_GUILESS_MAIN(TestPgvector)
#include "tst_pgvector.moc"
