// SQL revisions in Python form (.py files whose upgrade()/downgrade() are only
// op.execute(<literal>) calls) run by Strata's own runner end in the state Alembic (Debian's
// python3-alembic 1.8.1 + psycopg2) leaves: on twin databases the version rows and
// `pg_dump --schema-only` agree after upgrade and after downgrade, the op.execute("COMMIT") +
// CREATE INDEX CONCURRENTLY idiom leaves a valid index, and a database moves between the tools
// mid-way (Alembic to the middle, Strata onward, Alembic back down).
#include "AlembicCli.h"
#include "SandboxDatabase.h"
#include "TestSupport.h"
#include "db/Connection.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using strata::test::CliRun;
using strata::test::runCli;
using strata::test::SandboxDatabase;
using strata::test::writeFile;

using strata::test::runAlembic;

namespace {

const QString kR1 = QStringLiteral("1a2b3c4d5e6f");
const QString kR2 = QStringLiteral("2b3c4d5e6f1a");
const QString kR3 = QStringLiteral("3c4d5e6f1a2b");

QString sqlalchemyUrl(const SandboxDatabase& db) {
    return QStringLiteral("postgresql+psycopg2://postgres@127.0.0.1:%1/%2")
        .arg(db.port())
        .arg(db.name());
}

// An Alembic project (Alembic's default env.py shape: one transaction for the whole run) with
// three SQL-form revisions, and a strata.toml beside it pointing at it.
void writeProject(const QString& dir, const SandboxDatabase& alembicDb,
                  const SandboxDatabase& strataDb) {
    writeFile(dir, QStringLiteral("alembic.ini"),
              QStringLiteral("[alembic]\nscript_location = migrations\nsqlalchemy.url = %1\n")
                  .arg(sqlalchemyUrl(alembicDb)));
    writeFile(
        dir, QStringLiteral("strata.toml"),
        QStringLiteral("[project]\nalembic = \"alembic.ini\"\n\n[environments.dev]\nurl = \"%1\"\n")
            .arg(strataDb.url()));
    writeFile(dir, QStringLiteral("migrations/script.py.mako"), QStringLiteral("# unused\n"));
    writeFile(dir, QStringLiteral("migrations/env.py"),
              QStringLiteral(
                  "from alembic import context\n"
                  "from sqlalchemy import engine_from_config, pool\n"
                  "config = context.config\n"
                  "engine = engine_from_config(config.get_section(config.config_ini_section),\n"
                  "                            prefix='sqlalchemy.', poolclass=pool.NullPool)\n"
                  "with engine.connect() as connection:\n"
                  "    context.configure(connection=connection)\n"
                  "    with context.begin_transaction():\n"
                  "        context.run_migrations()\n"));
    writeFile(
        dir, QStringLiteral("migrations/versions/%1_items.py").arg(kR1),
        QStringLiteral(
            "\"\"\"items\n\nRevision ID: %1\nRevises:\nCreate Date: 2024-01-01 00:00:00\n\"\"\"\n"
            "from alembic import op\nimport sqlalchemy as sa\n\n"
            "revision = '%1'\ndown_revision = None\nbranch_labels = None\ndepends_on = None\n\n\n"
            "def upgrade() -> None:\n"
            "    \"\"\"Items and their names.\"\"\"\n"
            "    # ### hand-written ###\n"
            "    op.execute(\"\"\"\n"
            "        CREATE TABLE items (\n"
            "            id int PRIMARY KEY,\n"
            "            name text NOT NULL DEFAULT 'it''s'\n"
            "        )\n"
            "    \"\"\")\n"
            "    op.execute('INSERT INTO items (id, name) VALUES (1, \\'one\\'), (2, "
            "\\'two\\')')\n\n\n"
            "def downgrade() -> None:\n"
            "    op.execute(\"DROP TABLE items\")\n")
            .arg(kR1));
    writeFile(
        dir, QStringLiteral("migrations/versions/%1_concurrent_index.py").arg(kR2),
        QStringLiteral(
            "\"\"\"concurrent index\n\nRevision ID: %1\nRevises: %2\n\"\"\"\n"
            "from alembic import op\n\n"
            "revision = '%1'\ndown_revision = '%2'\nbranch_labels = None\ndepends_on = None\n\n\n"
            "def upgrade():\n"
            "    op.execute(\"UPDATE items SET name = upper(name)\")\n"
            "    op.execute(\"COMMIT\")\n"
            "    op.execute(\"CREATE INDEX CONCURRENTLY items_name ON items (name)\")\n\n\n"
            "def downgrade():\n"
            "    op.execute(\"COMMIT\")\n"
            "    op.execute(\"DROP INDEX CONCURRENTLY items_name\")\n")
            .arg(kR2, kR1));
    writeFile(dir, QStringLiteral("migrations/versions/%1_flag.py").arg(kR3),
              QStringLiteral(
                  "revision = '%1'\ndown_revision = '%2'\nbranch_labels = None\ndepends_on = None\n"
                  "from alembic import op\n\n"
                  "def upgrade():\n"
                  "    op.execute(\n"
                  "        \"ALTER TABLE items \"\n"
                  "        r\"ADD COLUMN pattern text DEFAULT '\\d+'\",\n"
                  "    ); op.execute('COMMENT ON TABLE items IS \\'x\\'')  # two on a line\n\n"
                  "def downgrade():\n"
                  "    op.execute('ALTER TABLE items DROP COLUMN pattern'); pass\n"
                  "    op.execute('COMMENT ON TABLE items IS NULL')\n")
                  .arg(kR3, kR2));
}

CliRun strataCli(const QString& dir, const QStringList& args) {
    return runCli(QStringList{QStringLiteral("--project"), dir} + args);
}

// The public schema without the tools' own tables, comments and SET lines stripped.
QString schemaDump(const SandboxDatabase& db) {
    QProcess p;
    p.start(QStringLiteral("/usr/lib/postgresql/15/bin/pg_dump"),
            {QStringLiteral("--schema-only"), QStringLiteral("--no-owner"),
             QStringLiteral("--schema=public"), QStringLiteral("--exclude-table=alembic_version"),
             QStringLiteral("--exclude-table=strata_*"), QStringLiteral("-h"),
             QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(db.port()),
             QStringLiteral("-U"), QStringLiteral("postgres"), db.name()});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("<pg_dump failed: %1>")
            .arg(QString::fromUtf8(p.readAllStandardError()));
    QStringList kept;
    for (const QString& line :
         QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("--")) || line.startsWith(QLatin1String("SET ")) ||
            line.startsWith(QLatin1String("\\restrict")) ||
            line.startsWith(QLatin1String("\\unrestrict")) ||
            line.startsWith(QLatin1String("SELECT pg_catalog.set_config")) ||
            line.trimmed().isEmpty())
            continue;
        kept << line;
    }
    return kept.join(QLatin1Char('\n'));
}

} // namespace

class TestAlembicSqlFormRun : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        const QString missing = strata::test::debianAlembicMissing();
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
    }

    void twinsAgree() {
        SandboxDatabase a(QStringLiteral("tst_sqlform_alembic"));
        SandboxDatabase s(QStringLiteral("tst_sqlform_strata"));
        QTemporaryDir dir;
        writeProject(dir.path(), a, s);

        // Strata reads them as SQL revisions and finds no problem (the COMMIT idiom included).
        CliRun check = strataCli(dir.path(), {QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));

        for (const QString& target : {kR1, kR2, kR3}) {
            CliRun up = runAlembic(dir.path(), {QStringLiteral("upgrade"), target});
            QVERIFY2(up.exitCode == 0, qPrintable(up.err));
            CliRun run = strataCli(dir.path(), {QStringLiteral("upgrade"), target});
            QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
            QCOMPARE(s.versionRows(), a.versionRows());
            QCOMPARE(s.versionRows(), target);
            QCOMPARE(schemaDump(s), schemaDump(a));
        }
        const QString valid = QStringLiteral(
            "SELECT indisvalid FROM pg_index WHERE indexrelid = 'items_name'::regclass");
        QCOMPARE(a.scalar(valid), QStringLiteral("t"));
        QCOMPARE(s.scalar(valid), QStringLiteral("t"));
        const QString data =
            QStringLiteral("SELECT string_agg(name || '/' || pattern, ',' ORDER BY id) FROM items");
        QCOMPARE(s.scalar(data), a.scalar(data));
        QCOMPARE(s.scalar(data), QStringLiteral("ONE/\\d+,TWO/\\d+"));

        for (const QString& target : {kR2, kR1, QStringLiteral("base")}) {
            CliRun down = runAlembic(dir.path(), {QStringLiteral("downgrade"), target});
            QVERIFY2(down.exitCode == 0, qPrintable(down.err));
            CliRun run = strataCli(dir.path(), {QStringLiteral("downgrade"), target});
            QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
            QCOMPARE(s.versionRows(), a.versionRows());
            QCOMPARE(schemaDump(s), schemaDump(a));
        }
        QCOMPARE(s.versionRows(), QString());
    }

    void movesBetweenTools() {
        SandboxDatabase db(QStringLiteral("tst_sqlform_shared"));
        QTemporaryDir dir;
        writeProject(dir.path(), db, db);
        CliRun up = runAlembic(dir.path(), {QStringLiteral("upgrade"), kR1});
        QVERIFY2(up.exitCode == 0, qPrintable(up.err));
        CliRun run = strataCli(dir.path(), {QStringLiteral("upgrade"), QStringLiteral("heads")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QCOMPARE(db.versionRows(), kR3);
        QCOMPARE(db.scalar(QStringLiteral("SELECT indisvalid FROM pg_index WHERE indexrelid = "
                                          "'items_name'::regclass")),
                 QStringLiteral("t"));
        CliRun down = runAlembic(dir.path(), {QStringLiteral("downgrade"), QStringLiteral("base")});
        QVERIFY2(down.exitCode == 0, qPrintable(down.err));
        QCOMPARE(db.versionRows(), QString());
        QCOMPARE(
            db.scalar(QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = 'items'")),
            QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestAlembicSqlFormRun)
#include "tst_alembic_sqlform.moc"
