// A database moves between Alembic (Debian's python3-alembic) and Strata freely: the same
// revision ids on a linear chain of three, Alembic upgrades and Strata continues, Strata upgrades
// and Alembic downgrades.
#include "AlembicCli.h"
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

using strata::test::runAlembic;

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
        const QString missing = strata::test::debianAlembicMissing();
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
    }

    void alembicThenStrata() {
        SandboxDatabase db(QStringLiteral("tst_interop_a"));
        QTemporaryDir strataDir, alembicDir;
        writeProjects(strataDir.path(), alembicDir.path(), db.url(), sqlalchemyUrl(db));
        CliRun up =
            runAlembic(alembicDir.path(), {QStringLiteral("upgrade"), QLatin1String(kIds[1])});
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

        CliRun alembicCurrent = runAlembic(alembicDir.path(), {QStringLiteral("current")});
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
            runAlembic(alembicDir.path(), {QStringLiteral("downgrade"), QLatin1String(kIds[0])});
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
