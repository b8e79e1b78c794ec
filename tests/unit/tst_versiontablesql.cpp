#include "runner/VersionTableSql.h"

#include <QTest>

using namespace strata;

// The expected texts are what Debian's python3-alembic 1.8.1 prints with `--sql` for PostgreSQL.
class TestVersionTableSql : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void statements_data()
    {
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("create");
        QTest::addColumn<QString>("insert");
        QTest::addColumn<QString>("update");
        QTest::addColumn<QString>("remove");
        QTest::newRow("default")
            << "public" << "alembic_version"
            << "CREATE TABLE alembic_version (\n    version_num VARCHAR(32) NOT NULL, \n"
               "    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)\n);"
            << "INSERT INTO alembic_version (version_num) VALUES ('a1') RETURNING "
               "alembic_version.version_num;"
            << "UPDATE alembic_version SET version_num='b2' WHERE alembic_version.version_num = "
               "'a1';"
            << "DELETE FROM alembic_version WHERE alembic_version.version_num = 'a1';";
        QTest::newRow("schema")
            << "my_s" << "alembic_version"
            << "CREATE TABLE my_s.alembic_version (\n    version_num VARCHAR(32) NOT NULL, \n"
               "    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)\n);"
            << "INSERT INTO my_s.alembic_version (version_num) VALUES ('a1') RETURNING "
               "my_s.alembic_version.version_num;"
            << "UPDATE my_s.alembic_version SET version_num='b2' WHERE "
               "my_s.alembic_version.version_num = 'a1';"
            << "DELETE FROM my_s.alembic_version WHERE my_s.alembic_version.version_num = 'a1';";
        QTest::newRow("quoted")
            << "Ops" << "Versions"
            << "CREATE TABLE \"Ops\".\"Versions\" (\n    version_num VARCHAR(32) NOT NULL, \n"
               "    CONSTRAINT \"Versions_pkc\" PRIMARY KEY (version_num)\n);"
            << "INSERT INTO \"Ops\".\"Versions\" (version_num) VALUES ('a1') RETURNING "
               "\"Ops\".\"Versions\".version_num;"
            << "UPDATE \"Ops\".\"Versions\" SET version_num='b2' WHERE "
               "\"Ops\".\"Versions\".version_num = 'a1';"
            << "DELETE FROM \"Ops\".\"Versions\" WHERE \"Ops\".\"Versions\".version_num = 'a1';";
    }
    void statements()
    {
        QFETCH(QString, schema);
        QFETCH(QString, table);
        QFETCH(QString, create);
        QFETCH(QString, insert);
        QFETCH(QString, update);
        QFETCH(QString, remove);
        VersionTableSql sql(table, schema);
        QCOMPARE(sql.createTable(), create);
        QCOMPARE(sql.insert(QStringLiteral("a1")), insert);
        QCOMPARE(sql.update(QStringLiteral("a1"), QStringLiteral("b2")), update);
        QCOMPARE(sql.remove(QStringLiteral("a1")), remove);
    }
    void literalEscapesQuotes()
    {
        QCOMPARE(VersionTableSql::literal(QStringLiteral("o'k")), QStringLiteral("'o''k'"));
    }
};

QTEST_GUILESS_MAIN(TestVersionTableSql)
#include "tst_versiontablesql.moc"
