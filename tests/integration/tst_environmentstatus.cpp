// EnvironmentStatus, what `strata status`, `strata current` and the studio show: read on one
// connection through EnvironmentConnector; a dirty state or checksums that cannot be read are
// "unknown" with their error (never "clean"), in the struct, its JSON and the CLI; the history
// rows come typed with a limit; a server that wants a password is ErrorCode::Authentication and
// the environment's password goes beside a ${VAR:-default} URL.
#include "Project.h"
#include "SandboxDatabase.h"
#include "TestSupport.h"
#include "db/Connection.h"
#include "runner/EnvironmentStatus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using namespace strata::test;

namespace {

void mustExec(Connection& conn, const QString& sql) {
    auto r = conn.exec(sql);
    if (!r)
        qFatal("%s: %s", qPrintable(sql), describe(r).constData());
}

Project openProject(const QString& dir) {
    auto project = Project::open(dir);
    if (!project)
        qFatal("cannot open %s: %s", qPrintable(dir), describe(project).constData());
    return std::move(project).value();
}

} // namespace

class TestEnvironmentStatus : public QObject {
    Q_OBJECT

private slots:
    void unreadableHistoryIsUnknown_data() {
        QTest::addColumn<QString>("how");
        QTest::newRow("broken history table") << QStringLiteral("broken");
        QTest::newRow("history table the role cannot read") << QStringLiteral("no privilege");
    }
    void unreadableHistoryIsUnknown() {
        QFETCH(QString, how);
        SandboxDatabase db(QStringLiteral("tst_envstatus"));
        QTemporaryDir dir;
        auto admin = db.connect();
        QVERIFY2(admin, describe(admin).constData());
        QString url = db.url();
        QString role;
        if (how == QLatin1String("broken")) {
            mustExec(**admin, QStringLiteral("CREATE TABLE alembic_version (version_num "
                                             "varchar(32) NOT NULL PRIMARY KEY)"));
            mustExec(**admin, QStringLiteral("INSERT INTO alembic_version VALUES "
                                             "('0001_init_schema')"));
            mustExec(**admin, QStringLiteral("CREATE TABLE strata_history (id bigint)"));
        } else {
            copySampleProject(dir.path(),
                              QStringLiteral("[environments.dev]\nurl = \"%1\"\n").arg(url));
            QCOMPARE(runCli({"--project", dir.path(), "upgrade", "0002_add_chunk_embeddings",
                             "--env", "dev"})
                         .exitCode,
                     0);
            role = QStringLiteral("strata_ro_") + db.name();
            mustExec(**admin, QStringLiteral("CREATE ROLE %1 LOGIN").arg(role));
            mustExec(**admin, QStringLiteral("GRANT SELECT ON alembic_version TO %1").arg(role));
            url = QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
                      .arg(role)
                      .arg(db.port())
                      .arg(db.name());
        }
        if (how == QLatin1String("broken"))
            copySampleProject(dir.path(), QString());
        writeFile(dir.path(), QStringLiteral("strata.toml"),
                  QStringLiteral("[project]\nversions = \"versions\"\n[environments.dev]\nurl = "
                                 "\"%1\"\n")
                      .arg(url));
        const Project project = openProject(dir.path());
        const EnvironmentStatus s =
            EnvironmentStatus::read(project, project.config().environments().constFirst(), 5, 50);
        QVERIFY2(s.reachable, qPrintable(s.error.toString()));
        QVERIFY(!s.heads.isEmpty());
        QCOMPARE(s.dirtyState(), EnvironmentStatus::DirtyState::Unknown);
        QVERIFY(s.dirtyError && !s.dirtyError->message.isEmpty());
        QVERIFY(!s.dirty);
        QVERIFY(!s.checksumsKnown());
        QVERIFY(s.checksumMismatches.isEmpty());
        QVERIFY(s.historyError.has_value());
        if (how != QLatin1String("broken"))
            QVERIFY2(s.dirtyError->message.contains(QStringLiteral("permission denied")),
                     qPrintable(s.dirtyError->message));
        // JSON: the keys stay; unknown is null with the reason, never false.
        const QJsonObject json = s.toJson();
        QVERIFY(json.contains(QStringLiteral("dirty")));
        QVERIFY(json.value(QStringLiteral("dirty")).isNull());
        QVERIFY(!json.value(QStringLiteral("dirty_error")).toString().isEmpty());
        QVERIFY(json.value(QStringLiteral("checksum_mismatches")).isNull());
        QVERIFY(!json.value(QStringLiteral("checksum_error")).toString().isEmpty());

        // The CLI says so too.
        const CliRun text = runCli({"--project", dir.path(), "status"});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("unknown")), qPrintable(text.out));
        const CliRun status = runCli({"--project", dir.path(), "status", "--json"});
        QCOMPARE(status.exitCode, 0);
        const QJsonObject first =
            QJsonDocument::fromJson(status.out.toUtf8()).array().at(0).toObject();
        QVERIFY2(first.value(QStringLiteral("dirty")).isNull(), qPrintable(status.out));
        const CliRun current = runCli({"--project", dir.path(), "current", "--json"});
        QCOMPARE(current.exitCode, 0);
        QVERIFY2(QJsonDocument::fromJson(current.out.toUtf8())
                     .object()
                     .value(QStringLiteral("dirty"))
                     .isNull(),
                 qPrintable(current.out));
        if (!role.isEmpty())
            mustExec(**admin, QStringLiteral("REVOKE ALL ON alembic_version FROM %1; DROP OWNED BY "
                                             "%1; DROP ROLE %1")
                                  .arg(role));
    }

    void readableHistoryIsCleanWithTypedRows() {
        SandboxDatabase db(QStringLiteral("tst_envstatus_ok"));
        QTemporaryDir dir;
        copySampleProject(dir.path(),
                          QStringLiteral("[environments.dev]\nurl = \"%1\"\n").arg(db.url()));
        QCOMPARE(runCli({"--project", dir.path(), "upgrade", "heads", "--env", "dev"}).exitCode, 0);
        const Project project = openProject(dir.path());
        const Environment& env = project.config().environments().constFirst();
        const int revisions = project.graph().size();
        const EnvironmentStatus all = EnvironmentStatus::read(project, env, 5, 100);
        QVERIFY2(all.reachable, qPrintable(all.error.toString()));
        QCOMPARE(all.dirtyState(), EnvironmentStatus::DirtyState::Clean);
        QVERIFY(all.checksumsKnown());
        QVERIFY(!all.historyError);
        QCOMPARE(all.history.size(), revisions); // one succeeded row per revision
        QVERIFY(all.lastRun);
        QCOMPARE(all.lastRun->id, all.history.constFirst().id); // newest first
        for (const HistoryRow& row : all.history)
            QCOMPARE(row.status, HistoryRow::Status::Succeeded);
        QCOMPARE(all.history.constFirst().revision, project.graph().heads().constFirst());
        QCOMPARE(all.toJson().value(QStringLiteral("dirty")).toBool(true), false);

        const EnvironmentStatus two = EnvironmentStatus::read(project, env, 5, 2);
        QCOMPARE(two.history.size(), 2);
        QCOMPARE(two.history.at(0).id, all.history.at(0).id);
        QCOMPARE(two.history.at(1).id, all.history.at(1).id);
        const EnvironmentStatus none = EnvironmentStatus::read(project, env, 5, 0);
        QVERIFY(none.history.isEmpty());
        QVERIFY(none.lastRun);
        QCOMPARE(none.lastRun->id, all.lastRun->id);

        // A file edited after it was applied: found from what was read, and compared again
        // with a newer project without reading the database.
        QVERIFY(all.checksumMismatches.isEmpty());
        const QString file = dir.path() + QStringLiteral("/versions/0002_add_chunk_embeddings.sql");
        writeFile(dir.path(), QStringLiteral("versions/0002_add_chunk_embeddings.sql"),
                  readFile(file).replace(QStringLiteral("-- migrate:downgrade"),
                                         QStringLiteral("SELECT 2;\n-- migrate:downgrade")));
        EnvironmentStatus compared = all;
        compared.compareWith(project.withRevisionFile(file));
        QCOMPARE(compared.checksumMismatches.size(), 1);
        QCOMPARE(compared.checksumMismatches.constFirst().revision,
                 QStringLiteral("0002_add_chunk_embeddings"));
        QVERIFY(compared.pending.isEmpty());
    }

    void passwordBesideAnExpandedUrl() {
        SandboxDatabase db(QStringLiteral("tst_envstatus_pw"));
        const QString role = QStringLiteral("strata_pw_") + db.name();
        const QString password = QStringLiteral("status-Secret-64");
        auto admin = db.connect();
        QVERIFY2(admin, describe(admin).constData());
        auto sql = (*admin)->execParams(
            QStringLiteral("SELECT format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE "
                           "strata_password_auth', $1::text, $2::text)"),
            {role, password});
        QVERIFY2(sql, describe(sql).constData());
        mustExec(**admin, sql->scalar());
        qunsetenv("STRATA_STATUS_UNSET_URL");
        QTemporaryDir dir;
        copySampleProject(
            dir.path(),
            QStringLiteral("[environments.dev]\nurl = "
                           "\"${STRATA_STATUS_UNSET_URL:-postgresql://%1@127.0.0.1:%2/%3}\"\n")
                .arg(role)
                .arg(db.port())
                .arg(db.name()));
        const Project project = openProject(dir.path());
        Environment env = project.config().environments().constFirst();
        const EnvironmentStatus asked = EnvironmentStatus::read(project, env);
        QVERIFY(!asked.reachable);
        QCOMPARE(asked.error.code, ErrorCode::Authentication);
        QVERIFY(asked.needsPassword());
        env.password = QStringLiteral("not-it-33");
        const EnvironmentStatus wrong = EnvironmentStatus::read(project, env);
        QCOMPARE(wrong.error.code, ErrorCode::Authentication);
        QVERIFY(!wrong.error.toString().contains(env.password));
        env.password = password;
        const EnvironmentStatus right = EnvironmentStatus::read(project, env);
        QVERIFY2(right.reachable, qPrintable(right.error.toString()));
        QVERIFY(!right.toJson().value(QStringLiteral("url")).toString().contains(password));
        mustExec(**admin, QStringLiteral("DROP ROLE %1").arg(role));
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentStatus)
#include "tst_environmentstatus.moc"
