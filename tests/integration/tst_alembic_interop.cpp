// A database moves between Alembic (Debian's python3-alembic) and Strata freely: the same
// revision ids on a linear chain of three, Alembic upgrades and Strata continues, Strata upgrades
// and Alembic downgrades.
#include "SandboxDatabase.h"
#include "TestSupport.h"
#include "db/Connection.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using strata::test::CliRun;
using strata::test::runCli;
using strata::test::SandboxDatabase;
using strata::test::writeFile;

namespace {

const char* const kIds[] = {"a1b2c3d4e5f6", "b2c3d4e5f6a1", "c3d4e5f6a1b2"};

// Strata's .sql revisions and Alembic's .py revisions of the same chain.
void writeProjects(const QString& strataDir, const QString& alembicDir, const QString& url,
                   const QString& sqlalchemyUrl) {
    writeFile(strataDir, QStringLiteral("strata.toml"),
              QStringLiteral("[project]\nversions = \"versions\"\n\n[environments.dev]\nurl = "
                             "\"%1\"\n")
                  .arg(url));
    writeFile(alembicDir, QStringLiteral("alembic.ini"),
              QStringLiteral("[alembic]\nscript_location = %1\nsqlalchemy.url = %2\n")
                  .arg(alembicDir, sqlalchemyUrl));
    writeFile(alembicDir, QStringLiteral("env.py"),
              QStringLiteral(
                  "from alembic import context\n"
                  "from sqlalchemy import engine_from_config, pool\n"
                  "config = context.config\n"
                  "engine = engine_from_config(config.get_section(config.config_ini_section),\n"
                  "                            prefix='sqlalchemy.', poolclass=pool.NullPool)\n"
                  "with engine.connect() as connection:\n"
                  "    context.configure(connection=connection, "
                  "transaction_per_migration=True)\n"
                  "    with context.begin_transaction():\n"
                  "        context.run_migrations()\n"));
    QString parent;
    for (int i = 0; i < 3; ++i) {
        const QString id = QString::fromLatin1(kIds[i]);
        const QString table = QStringLiteral("interop_t%1").arg(i + 1);
        writeFile(strataDir, QStringLiteral("versions/%1_step%2.sql").arg(i + 1).arg(i + 1),
                  QStringLiteral("-- Revision ID: %1\n-- Revises: %2\n-- Message: step %3\n\n"
                                 "-- migrate:upgrade\nCREATE TABLE %4 (id int);\n\n"
                                 "-- migrate:downgrade\nDROP TABLE %4;\n")
                      .arg(id, parent)
                      .arg(i + 1)
                      .arg(table));
        writeFile(alembicDir, QStringLiteral("versions/%1_step%2.py").arg(id).arg(i + 1),
                  QStringLiteral("from alembic import op\nrevision = '%1'\ndown_revision = %2\n"
                                 "branch_labels = None\ndepends_on = None\n\n"
                                 "def upgrade():\n    op.execute('CREATE TABLE %3 (id int)')\n\n"
                                 "def downgrade():\n    op.execute('DROP TABLE %3')\n")
                      .arg(id,
                           parent.isEmpty() ? QStringLiteral("None")
                                            : QLatin1Char('\'') + parent + QLatin1Char('\''),
                           table));
        parent = id;
    }
}

CliRun alembic(const QString& dir, const QStringList& args) {
    CliRun run;
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("/usr/bin/python3"),
            QStringList{QStringLiteral("-m"), QStringLiteral("alembic"), QStringLiteral("-c"),
                        dir + QStringLiteral("/alembic.ini")} +
                args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        run.err = QStringLiteral("alembic timed out");
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

QString versionOf(const SandboxDatabase& db) {
    auto c = db.connect();
    if (!c)
        return QStringLiteral("<no connection>");
    auto r = (*c)->exec(QStringLiteral("SELECT string_agg(version_num, ',') FROM alembic_version"));
    return r ? r->scalar() : QStringLiteral("<no table>");
}

int tableCount(const SandboxDatabase& db) {
    auto c = db.connect();
    if (!c)
        return -1;
    auto r = (*c)->exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' "
                                       "AND tablename LIKE 'interop%'"));
    return r ? r->scalar().toInt() : -1;
}

QString sqlalchemyUrl(const SandboxDatabase& db) {
    return QStringLiteral("postgresql+psycopg2://postgres@127.0.0.1:%1/%2")
        .arg(db.port())
        .arg(db.name());
}

} // namespace

class TestAlembicInterop : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral("-c"), QStringLiteral("import alembic, psycopg2")});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0,
                 "Debian's python3-alembic and python3-psycopg2 are needed (scripts/deps)");
    }

    void alembicThenStrata() {
        SandboxDatabase db(QStringLiteral("tst_interop_a"));
        QTemporaryDir strataDir, alembicDir;
        writeProjects(strataDir.path(), alembicDir.path(), db.url(), sqlalchemyUrl(db));
        CliRun up = alembic(alembicDir.path(), {QStringLiteral("upgrade"), QLatin1String(kIds[1])});
        QVERIFY2(up.exitCode == 0, qPrintable(up.err));
        QCOMPARE(versionOf(db), QString::fromLatin1(kIds[1]));

        CliRun current =
            runCli({QStringLiteral("--project"), strataDir.path(), QStringLiteral("current")});
        QVERIFY2(current.exitCode == 0, qPrintable(current.err));
        QCOMPARE(current.out.trimmed(), QString::fromLatin1(kIds[1]));

        CliRun run = runCli({QStringLiteral("--project"), strataDir.path(),
                             QStringLiteral("upgrade"), QStringLiteral("heads")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(versionOf(db), QString::fromLatin1(kIds[2]));
        QCOMPARE(tableCount(db), 3);

        CliRun alembicCurrent = alembic(alembicDir.path(), {QStringLiteral("current")});
        QVERIFY2(alembicCurrent.exitCode == 0, qPrintable(alembicCurrent.err));
        QVERIFY2(alembicCurrent.out.contains(QLatin1String(kIds[2])),
                 qPrintable(alembicCurrent.out));
    }

    void strataThenAlembic() {
        SandboxDatabase db(QStringLiteral("tst_interop_b"));
        QTemporaryDir strataDir, alembicDir;
        writeProjects(strataDir.path(), alembicDir.path(), db.url(), sqlalchemyUrl(db));
        CliRun run = runCli({QStringLiteral("--project"), strataDir.path(),
                             QStringLiteral("upgrade"), QStringLiteral("heads")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(versionOf(db), QString::fromLatin1(kIds[2]));

        CliRun down =
            alembic(alembicDir.path(), {QStringLiteral("downgrade"), QLatin1String(kIds[0])});
        QVERIFY2(down.exitCode == 0, qPrintable(down.err));
        QCOMPARE(versionOf(db), QString::fromLatin1(kIds[0]));
        QCOMPARE(tableCount(db), 1);

        // And back under Strata.
        CliRun again = runCli({QStringLiteral("--project"), strataDir.path(),
                               QStringLiteral("upgrade"), QStringLiteral("heads")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(versionOf(db), QString::fromLatin1(kIds[2]));
        QCOMPARE(tableCount(db), 3);
    }
};

QTEST_GUILESS_MAIN(TestAlembicInterop)
#include "tst_alembic_interop.moc"
