// DriftSql without a server: what `strata diff --sql` writes for hand-built snapshots (the
// end-to-end check that the script brings one database to the other is tst_diff's).
#include "drift/DriftSql.h"

#include <QTest>

using namespace strata;

namespace {

SchemaObject object(ObjectKind kind, const QString& name, const QString& definition,
                    const QString& parent = {}) {
    SchemaObject o;
    o.kind = kind;
    o.name = name;
    o.parent = parent;
    o.definition = definition;
    return o;
}

// A: public.t (id) with index t_a_idx; changes applied to B by each case.
SchemaSnapshot base() {
    SchemaSnapshot s;
    s.insert(object(ObjectKind::Table, QStringLiteral("public.t"),
                    QStringLiteral("CREATE TABLE public.t (id integer);")));
    s.insert(object(ObjectKind::Column, QStringLiteral("public.t.id"), QStringLiteral("id integer"),
                    QStringLiteral("public.t")));
    s.insert(object(ObjectKind::Index, QStringLiteral("public.t_a_idx"),
                    QStringLiteral("CREATE INDEX t_a_idx ON public.t USING btree (id);"),
                    QStringLiteral("public.t")));
    return s;
}

QStringList uncommented(const QString& script) {
    QStringList out;
    for (const QString& line : script.split(QLatin1Char('\n')))
        if (!line.startsWith(QLatin1String("--")) && !line.trimmed().isEmpty())
            out << line;
    return out;
}

} // namespace

class TestDriftSql : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void quoteQualified_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << "public.t"
                               << "public.t";
        QTest::newRow("space") << "public.My Table"
                               << "public.\"My Table\"";
        QTest::newRow("quote") << "app.a\"b"
                               << "app.\"a\"\"b\"";
        QTest::newRow("upper") << "Sales.orders"
                               << "\"Sales\".orders";
    }
    void quoteQualified() {
        QFETCH(QString, name);
        QFETCH(QString, quoted);
        QCOMPARE(DriftSql::quoteQualified(name), quoted);
    }

    // What runs as it is, and what is destructive (commented out behind "-- DESTRUCTIVE:").
    void script_data() {
        QTest::addColumn<QString>("change"); // how B differs from A
        QTest::addColumn<QStringList>("runs");
        QTest::addColumn<QString>("destructive"); // a commented statement, or empty
        QTest::newRow("index added")
            << "add index"
            << QStringList{QStringLiteral("CREATE INDEX t_b_idx ON public.t USING btree (id);")}
            << QString();
        QTest::newRow("index removed")
            << "drop index" << QStringList{QStringLiteral("DROP INDEX public.t_a_idx;")}
            << QString();
        QTest::newRow("column removed")
            << "drop column" << QStringList{} << "-- ALTER TABLE public.t DROP COLUMN id;";
        QTest::newRow("column added")
            << "add column"
            << QStringList{QStringLiteral("ALTER TABLE public.t ADD COLUMN note text;")}
            << QString();
    }
    void script() {
        QFETCH(QString, change);
        QFETCH(QStringList, runs);
        QFETCH(QString, destructive);
        const SchemaSnapshot a = base();
        SchemaSnapshot b = base();
        if (change == QLatin1String("add index"))
            b.insert(object(ObjectKind::Index, QStringLiteral("public.t_b_idx"),
                            QStringLiteral("CREATE INDEX t_b_idx ON public.t USING btree (id);"),
                            QStringLiteral("public.t")));
        else if (change == QLatin1String("drop index"))
            b.remove({ObjectKind::Index, QStringLiteral("public.t_a_idx")});
        else if (change == QLatin1String("drop column"))
            b.remove({ObjectKind::Column, QStringLiteral("public.t.id")});
        else if (change == QLatin1String("add column"))
            b.insert(object(ObjectKind::Column, QStringLiteral("public.t.note"),
                            QStringLiteral("note text"), QStringLiteral("public.t")));
        const SchemaDiff diff = SchemaDiff::compare(a, b);
        QCOMPARE(diff.size(), 1);
        const QString script = DriftSql::generate(diff, a, b);
        QCOMPARE(uncommented(script), runs);
        if (destructive.isEmpty()) {
            QVERIFY2(!script.contains(QLatin1String("-- DESTRUCTIVE:")), qPrintable(script));
        } else {
            QVERIFY2(script.contains(QLatin1String("-- DESTRUCTIVE:")), qPrintable(script));
            QVERIFY2(script.split(QLatin1Char('\n')).contains(destructive), qPrintable(script));
        }
    }

    void noDifferencesNoStatements() {
        const SchemaSnapshot a = base();
        QVERIFY(uncommented(DriftSql::generate(SchemaDiff::compare(a, a), a, a)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDriftSql)
#include "tst_driftsql.moc"
