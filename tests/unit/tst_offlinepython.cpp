// The parts of offline rendering that need no Python: the upgrade()/downgrade() source shown for
// a step whose SQL is known only when run, the preview text, and OfflineScript's placing of
// rendered `.py` SQL (Strata's version rows after it, BEGIN/COMMIT only for transactional DDL,
// a refusal when a `.py` step was not rendered).
#include "RevisionBuilders.h"
#include "alembic/AlembicOfflineRenderer.h"
#include "runner/OfflineScript.h"
#include "runner/PythonStepSql.h"

#include <QTest>

using namespace strata;
using strata::test::rev;

namespace {

Revision python(const QString& id, const QStringList& parents = {}) {
    Revision r = rev(id, parents);
    r.source = Revision::Source::AlembicPython;
    r.filePath = QStringLiteral("/project/versions/%1.py").arg(id);
    return r;
}

} // namespace

class TestOfflinePython : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void functionSource_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("line");
        const QString file = QStringLiteral("\"\"\"doc\"\"\"\nfrom alembic import op\n\n\n"
                                            "def upgrade():\n    bind = op.get_bind()\n\n"
                                            "    # a comment\n    bind.execute('x')\n\n\n"
                                            "def downgrade() -> None:\n    pass\n");
        QTest::newRow("upgrade, blank lines inside")
            << file << "upgrade"
            << "def upgrade():\n    bind = op.get_bind()\n\n    # a comment\n    bind.execute('x')"
            << 5;
        QTest::newRow("the last function, annotated") << file << "downgrade"
                                                      << "def downgrade() -> None:\n    pass" << 12;
        QTest::newRow("absent") << file << "other" << QString() << 0;
        QTest::newRow("decorated, a column-0 comment inside, code after")
            << QStringLiteral("@x\ndef upgrade():\n    a = 1\n# note\n    b = 2\nX = 3\n")
            << "upgrade"
            << "@x\ndef upgrade():\n    a = 1\n# note\n    b = 2" << 1;
        QTest::newRow("a name that only starts the same")
            << QStringLiteral("def upgrade_helper():\n    pass\n") << "upgrade" << QString() << 0;
    }
    void functionSource() {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QFETCH(int, line);
        int at = 0;
        QCOMPARE(AlembicOfflineRenderer::functionSource(text, name, &at), expected);
        QCOMPARE(at, line);
    }

    void previewText_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("sql") << int(PythonStepSql::Entry::Kind::Sql) << "SELECT 1;\n\n";
        QTest::newRow("needs a connection")
            << int(PythonStepSql::Entry::Kind::NeedsConnection)
            << "-- SQL known only when run (/p/v/r.py:7: TypeError: no rows)\n"
               "-- def upgrade():\n--     x = 1\n--\n--     y = 2\n\n";
        QTest::newRow("unknown") << int(PythonStepSql::Entry::Kind::Unknown)
                                 << "-- SQL unknown: TypeError: no rows\n\n";
    }
    void previewText() {
        QFETCH(int, kind);
        QFETCH(QString, expected);
        PythonStepSql::Entry e;
        e.kind = PythonStepSql::Entry::Kind(kind);
        e.sql = QStringLiteral("SELECT 1;\n\n");
        e.reason = QStringLiteral("TypeError: no rows");
        e.file = QStringLiteral("/p/v/r.py");
        e.line = 7;
        e.source = QStringLiteral("def upgrade():\n    x = 1\n\n    y = 2");
        QCOMPARE(PythonStepSql::previewText(e), expected);
    }

    // The rendered SQL of a .py step goes where the step's SQL goes; BEGIN/COMMIT follow the
    // transactional DDL env.py's Alembic context reported.
    void scriptPlacesRenderedSql_data() {
        QTest::addColumn<bool>("transactional");
        QTest::newRow("transactional DDL") << true;
        QTest::newRow("transactional_ddl=False") << false;
    }
    void scriptPlacesRenderedSql() {
        QFETCH(bool, transactional);
        STRATA_GRAPH_OR_FAIL(graph, (std::vector<Revision>{python(QStringLiteral("a1"))}));
        auto plan = graph.planUpgrade(QStringLiteral("heads"), {});
        QVERIFY(plan);
        OfflineScript script(
            graph, VersionTableSql(QStringLiteral("alembic_version"), QStringLiteral("public")));
        PythonStepSql::Entry e;
        e.sql = QStringLiteral("CREATE TABLE t (id int);\n\n");
        e.transactional = transactional;
        script.setPythonSql({{0, e}}, false);
        auto sql = script.render(*plan, RunRequest::Kind::Upgrade);
        QVERIFY2(sql, sql ? "" : qPrintable(sql.error().toString()));
        const qsizetype create = sql->indexOf(QStringLiteral("CREATE TABLE t (id int);"));
        const qsizetype insert =
            sql->indexOf(QStringLiteral("INSERT INTO alembic_version (version_num) VALUES ('a1')"));
        QVERIFY2(create >= 0 && insert > create, qPrintable(*sql));
        QCOMPARE(sql->startsWith(QStringLiteral("BEGIN;")), transactional);
        QCOMPARE(sql->contains(QStringLiteral("COMMIT;")), transactional);
    }

    // A .py step without rendered SQL (or one known only when run) refuses the script.
    void scriptRefusesUnrendered_data() {
        QTest::addColumn<bool>("given");
        QTest::newRow("not rendered") << false;
        QTest::newRow("needs a connection") << true;
    }
    void scriptRefusesUnrendered() {
        QFETCH(bool, given);
        STRATA_GRAPH_OR_FAIL(graph, (std::vector<Revision>{python(QStringLiteral("a1"))}));
        auto plan = graph.planUpgrade(QStringLiteral("heads"), {});
        QVERIFY(plan);
        OfflineScript script(
            graph, VersionTableSql(QStringLiteral("alembic_version"), QStringLiteral("public")));
        if (given) {
            PythonStepSql::Entry e;
            e.kind = PythonStepSql::Entry::Kind::NeedsConnection;
            script.setPythonSql({{0, e}}, false);
        }
        auto sql = script.render(*plan, RunRequest::Kind::Upgrade);
        QVERIFY(!sql);
        QCOMPARE(sql.error().revision, QStringLiteral("a1"));
        QCOMPARE(sql.error().file, QStringLiteral("/project/versions/a1.py"));
    }
};

QTEST_GUILESS_MAIN(TestOfflinePython)
#include "tst_offlinepython.moc"
