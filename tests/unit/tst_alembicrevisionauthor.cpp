// AlembicRevisionAuthor::body without Python: the body Strata hands to script.py.mako, placed
// the way Alembic's default template places ${upgrades} / ${downgrades}, reads back through
// AlembicSqlForm as an SQL revision in Python form with the same SQL (quotes, triple quotes,
// backslashes, CR, dollar quotes), and the non-transactional form is the COMMIT idiom with one
// call per statement.
#include "alembic/AlembicRevisionAuthor.h"
#include "revision/AlembicScript.h"
#include "revision/AlembicSqlForm.h"

#include <QTest>

using namespace strata;

namespace {

// What Alembic's generic script.py.mako renders with `upgrades` / `downgrades` (the body's
// first line after the template's four spaces, "pass" when empty).
QString rendered(const QString& upgrades, const QString& downgrades) {
    return QStringLiteral("\"\"\"msg\n\nRevision ID: r1\nRevises: r0\nCreate Date: 2026-01-01 "
                          "00:00:00.000000\n\n\"\"\"\nfrom alembic import op\nimport sqlalchemy as "
                          "sa\n\n\nrevision = 'r1'\ndown_revision = 'r0'\nbranch_labels = "
                          "None\ndepends_on = None\n\n\ndef upgrade():\n    ") +
           (upgrades.isEmpty() ? QStringLiteral("pass") : upgrades) +
           QStringLiteral("\n\n\ndef downgrade():\n    ") +
           (downgrades.isEmpty() ? QStringLiteral("pass") : downgrades) + QLatin1Char('\n');
}

} // namespace

class TestAlembicRevisionAuthor : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void transactionalRoundTrip_data() {
        QTest::addColumn<QString>("up");
        QTest::addColumn<QString>("down");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("one line") << QStringLiteral("CREATE TABLE t (id int);")
                                  << QStringLiteral("DROP TABLE t;");
        QTest::newRow("no downgrade") << QStringLiteral("CREATE TABLE t (id int);") << QString();
        QTest::newRow("lines, comments, blank lines")
            << QStringLiteral("-- first\nCREATE TABLE t (id int);\n\n\nINSERT INTO t VALUES (1);")
            << QStringLiteral("DROP TABLE t;");
        QTest::newRow("triple quotes")
            << QStringLiteral("SELECT '\"\"\"', '\"\"', '\"';\nSELECT 'ends with \"'")
            << QStringLiteral("SELECT '''single''' -- '''");
        QTest::newRow("backslashes")
            << QStringLiteral("SELECT E'a\\\\b\\n', '\\\\', 'c:\\\\dir\\\\';\nSELECT '\\\\'")
            << QStringLiteral("SELECT E'\\\\x41'");
        QTest::newRow("carriage return and tab")
            << QStringLiteral("SELECT 'a\r\nb',\t1;") << QString();
        QTest::newRow("dollar quotes")
            << QStringLiteral("CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $$ SELECT "
                              "'\"\"\"x' $$;")
            << QStringLiteral("DROP FUNCTION f();");
        QTest::newRow("leading blank lines and indentation")
            << QStringLiteral("\n\n    CREATE TABLE t (id int);\n   ")
            << QStringLiteral("  DROP TABLE t;");
    }
    void transactionalRoundTrip() {
        QFETCH(QString, up);
        QFETCH(QString, down);
        const Result<QString> upBody = AlembicRevisionAuthor::body(up);
        const Result<QString> downBody = AlembicRevisionAuthor::body(down);
        QVERIFY(upBody && downBody);
        QCOMPARE(upBody->isEmpty(), up.trimmed().isEmpty());
        const QString text = rendered(*upBody, *downBody);
        Result<Revision> revision = AlembicScript::parse(text, QStringLiteral("/v/r1_msg.py"));
        QVERIFY2(revision, qPrintable(revision ? QString() : revision.error().toString()));
        QCOMPARE(int(revision->source), int(Revision::Source::AlembicSqlForm));
        QVERIFY(revision->transactional);
        QCOMPARE(revision->upgrade.sql.trimmed(), up.trimmed());
        QCOMPARE(revision->downgrade.sql.trimmed(), down.trimmed());
        // One call per section: the editor can save the section again.
        const SqlFormFunction f = AlembicSqlForm::read(text, u"upgrade");
        QCOMPARE(f.calls.size(), up.trimmed().isEmpty() ? 0 : 1);
        if (!up.trimmed().isEmpty()) {
            const auto saved = AlembicSqlForm::replaceSection(text, u"upgrade", up);
            QVERIFY(saved.has_value());
        }
    }

    // Without a transaction: op.execute("COMMIT"), then one call per statement (CREATE INDEX
    // CONCURRENTLY runs outside the migration's transaction, as Alembic users write it).
    void nonTransactional() {
        const QString up =
            QStringLiteral("CREATE INDEX CONCURRENTLY i1 ON t (a);\n"
                           "CREATE INDEX CONCURRENTLY i2 ON t (b)\n    WHERE b > 0;");
        const Result<QString> body = AlembicRevisionAuthor::body(up, false);
        QVERIFY(body);
        QVERIFY(body->startsWith(QLatin1String("op.execute(\"COMMIT\")\n    op.execute(")));
        const QString text = rendered(*body, QString());
        Result<Revision> revision = AlembicScript::parse(text, QStringLiteral("/v/r1_msg.py"));
        QVERIFY2(revision, qPrintable(revision ? QString() : revision.error().toString()));
        QCOMPARE(int(revision->source), int(Revision::Source::AlembicSqlForm));
        QVERIFY(!revision->transactional);
        const SqlFormFunction f = AlembicSqlForm::read(text, u"upgrade");
        QCOMPARE(f.calls.size(), 3);
        QCOMPARE(f.calls.at(1).value, QStringLiteral("CREATE INDEX CONCURRENTLY i1 ON t (a)"));
        QCOMPARE(f.calls.at(2).value.trimmed(),
                 QStringLiteral("CREATE INDEX CONCURRENTLY i2 ON t (b)\n    WHERE b > 0"));
        // SQL that does not split is an error, before anything runs.
        QVERIFY(!AlembicRevisionAuthor::body(QStringLiteral("CREATE TABLEX t;"), false));
    }
};

QTEST_GUILESS_MAIN(TestAlembicRevisionAuthor)
#include "tst_alembicrevisionauthor.moc"
