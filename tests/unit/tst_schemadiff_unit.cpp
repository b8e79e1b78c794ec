// SchemaSnapshot and SchemaDiff on hand-built snapshots (no server).
#include "schema/SchemaDiff.h"
#include "schema/SchemaSnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>
#include <random>

using namespace strata;
using Change = SchemaDifference::Change;

namespace {

SchemaObject object(ObjectKind kind, const QString& name,
                    std::initializer_list<std::pair<const char*, const char*>> attributes,
                    const QString& definition = {}, const QString& parent = {}) {
    SchemaObject o;
    o.kind = kind;
    o.name = name;
    o.parent = parent;
    o.definition = definition;
    for (const auto& [key, value] : attributes)
        o.attributes.insert(QString::fromUtf8(key), QString::fromUtf8(value));
    return o;
}

// A table with `columns` columns, a primary key, two indexes and a foreign key to `refTable`.
void addTable(SchemaSnapshot& snap, int i, int columns = 10) {
    const QString table = QStringLiteral("public.t%1").arg(i, 4, 10, QLatin1Char('0'));
    QStringList names;
    for (int c = 0; c < columns; ++c) {
        const QString column = QStringLiteral("c%1").arg(c);
        names << column;
        SchemaObject col = object(ObjectKind::Column, table + QLatin1Char('.') + column,
                                  {{"type", "integer"}, {"not_null", c == 0 ? "true" : "false"}},
                                  column + QStringLiteral(" integer"), table);
        snap.insert(col);
    }
    SchemaObject t = object(ObjectKind::Table, table, {{"kind", "ordinary"}},
                            QStringLiteral("CREATE TABLE ") + table + QStringLiteral(" (...)"));
    t.attributes.insert(QStringLiteral("columns"), names.join(QLatin1Char(',')));
    snap.insert(t);
    snap.insert(object(ObjectKind::Constraint, table + QStringLiteral(".pk"),
                       {{"type", "primary key"}, {"expression", "PRIMARY KEY (c0)"}},
                       QStringLiteral("ALTER TABLE ... PRIMARY KEY (c0)"), table));
    snap.insert(object(ObjectKind::Constraint, table + QStringLiteral(".fk"),
                       {{"type", "foreign key"}, {"on_delete", "cascade"}},
                       QStringLiteral("ALTER TABLE ... FOREIGN KEY"), table));
    for (int k = 1; k <= 2; ++k)
        snap.insert(object(ObjectKind::Index, table + QStringLiteral("_i%1").arg(k),
                           {{"method", "btree"}, {"keys", "c1"}},
                           QStringLiteral("CREATE INDEX ..."), table));
}

SchemaSnapshot bigSnapshot(int tables) {
    SchemaSnapshot snap;
    snap.insert(object(ObjectKind::Schema, QStringLiteral("public"), {{"owner", "postgres"}}));
    for (int i = 0; i < tables; ++i)
        addTable(snap, i);
    return snap;
}

} // namespace

class TestSchemaDiffUnit : public QObject {
    Q_OBJECT

private slots:
    void identicalSnapshotsAreEqual() {
        const SchemaSnapshot a = bigSnapshot(20);
        const SchemaSnapshot b = bigSnapshot(20);
        QVERIFY(a == b);
        const SchemaDiff diff = SchemaDiff::compare(a, b);
        QVERIFY(diff.isEmpty());
        QCOMPARE(diff.summaryText(), QStringLiteral("no differences"));
    }

    void insertionOrderDoesNotMatter() {
        SchemaSnapshot a;
        SchemaSnapshot b;
        QList<SchemaObject> objects;
        for (int i = 0; i < 50; ++i)
            objects << object(ObjectKind::Index, QStringLiteral("s.i%1").arg(i), {{"m", "btree"}})
                    << object(ObjectKind::Table, QStringLiteral("s.t%1").arg(i), {{"k", "r"}});
        for (const SchemaObject& o : objects)
            a.insert(o);
        std::mt19937 random(42);
        std::shuffle(objects.begin(), objects.end(), random);
        for (const SchemaObject& o : objects)
            b.insert(o);
        QVERIFY(a == b);
        QVERIFY(a.toJson() == b.toJson());
    }

    void addedRemovedChanged() {
        SchemaSnapshot a;
        SchemaSnapshot b;
        a.insert(object(ObjectKind::Table, QStringLiteral("s.gone"), {}, QStringLiteral("A")));
        b.insert(object(ObjectKind::Table, QStringLiteral("s.new"), {}, QStringLiteral("B")));
        a.insert(object(ObjectKind::Sequence, QStringLiteral("s.seq"),
                        {{"increment", "1"}, {"cycle", "false"}, {"cache", "1"}},
                        QStringLiteral("CREATE SEQUENCE 1")));
        b.insert(object(ObjectKind::Sequence, QStringLiteral("s.seq"),
                        {{"increment", "5"}, {"cycle", "false"}, {"max", "9"}},
                        QStringLiteral("CREATE SEQUENCE 5")));
        const SchemaDiff diff = SchemaDiff::compare(a, b);
        QCOMPARE(diff.size(), 3);
        // Key order: kind, then name.
        const SchemaDifference& gone = diff.differences().at(0);
        QCOMPARE(gone.name, QStringLiteral("s.gone"));
        QCOMPARE(gone.change, Change::Removed);
        QCOMPARE(gone.definitionA, QStringLiteral("A"));
        QVERIFY(gone.definitionB.isEmpty());
        const SchemaDifference& added = diff.differences().at(1);
        QCOMPARE(added.name, QStringLiteral("s.new"));
        QCOMPARE(added.change, Change::Added);
        QCOMPARE(added.definitionB, QStringLiteral("B"));
        const SchemaDifference& changed = diff.differences().at(2);
        QCOMPARE(changed.kind, ObjectKind::Sequence);
        QCOMPARE(changed.change, Change::Changed);
        const QList<AttributeChange> expected = {
            {QStringLiteral("cache"), QStringLiteral("1"), QString()},
            {QStringLiteral("definition"), QStringLiteral("CREATE SEQUENCE 1"),
             QStringLiteral("CREATE SEQUENCE 5")},
            {QStringLiteral("increment"), QStringLiteral("1"), QStringLiteral("5")},
            {QStringLiteral("max"), QString(), QStringLiteral("9")},
        };
        QCOMPARE(changed.attributes, expected);
        QCOMPARE(changed.definitionA, QStringLiteral("CREATE SEQUENCE 1"));
        QCOMPARE(changed.definitionB, QStringLiteral("CREATE SEQUENCE 5"));

        const auto summary = diff.summary();
        QCOMPARE(summary.size(), 2);
        QCOMPARE(summary.value(ObjectKind::Table).added, 1);
        QCOMPARE(summary.value(ObjectKind::Table).removed, 1);
        QCOMPARE(summary.value(ObjectKind::Sequence).changed, 1);
        QCOMPARE(diff.summaryText(),
                 QStringLiteral("table: 1 added, 1 removed; sequence: 1 changed"));
    }

    void tableDefinitionAloneIsNoDifference() {
        // A table's CREATE TABLE text follows from its columns, which are compared themselves.
        SchemaSnapshot a;
        SchemaSnapshot b;
        a.insert(object(ObjectKind::Table, QStringLiteral("s.t"), {{"columns", "a"}},
                        QStringLiteral("CREATE TABLE s.t (a int)")));
        b.insert(object(ObjectKind::Table, QStringLiteral("s.t"), {{"columns", "a"}},
                        QStringLiteral("CREATE TABLE s.t (a bigint)")));
        QVERIFY(SchemaDiff::compare(a, b).isEmpty());
        // For other kinds the definition is compared.
        a.insert(object(ObjectKind::View, QStringLiteral("s.v"), {}, QStringLiteral("SELECT 1")));
        b.insert(object(ObjectKind::View, QStringLiteral("s.v"), {}, QStringLiteral("SELECT 2")));
        const SchemaDiff diff = SchemaDiff::compare(a, b);
        QCOMPARE(diff.size(), 1);
        QCOMPARE(diff.differences().first().attributes.first().name, QStringLiteral("definition"));
    }

    void columnOrder_data() {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<bool>("reported");
        QTest::newRow("same") << "a,b,c"
                              << "a,b,c" << false;
        QTest::newRow("swapped") << "a,b,c"
                                 << "b,a,c" << true;
        QTest::newRow("appended") << "a,b"
                                  << "a,b,c" << false;
        QTest::newRow("dropped middle") << "a,b,c"
                                        << "a,c" << false;
        QTest::newRow("dropped and swapped") << "a,b,c"
                                             << "c,a" << true;
        QTest::newRow("added in the middle") << "a,c"
                                             << "a,b,c" << false;
        QTest::newRow("from none") << ""
                                   << "a" << false;
    }

    void columnOrder() {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(bool, reported);
        SchemaSnapshot a;
        SchemaSnapshot b;
        SchemaObject ta = object(ObjectKind::Table, QStringLiteral("s.t"), {{"kind", "ordinary"}});
        SchemaObject tb = ta;
        ta.attributes.insert(QStringLiteral("columns"), before);
        tb.attributes.insert(QStringLiteral("columns"), after);
        a.insert(ta);
        b.insert(tb);
        const SchemaDiff diff = SchemaDiff::compare(a, b);
        QCOMPARE(diff.size(), reported ? 1 : 0);
        if (reported) {
            const SchemaDifference& d = diff.differences().first();
            QCOMPARE(d.change, Change::ColumnOrder);
            QCOMPARE(d.attributes.size(), 1);
            QCOMPARE(d.attributes.first().before, before);
            QCOMPARE(d.attributes.first().after, after);
            QCOMPARE(diff.summary().value(ObjectKind::Table).columnOrder, 1);
        }
    }

    void columnOrderAndAnotherChangeAreTwoDifferences() {
        SchemaSnapshot a;
        SchemaSnapshot b;
        a.insert(object(ObjectKind::Table, QStringLiteral("s.t"),
                        {{"columns", "a,b"}, {"comment", "x"}}));
        b.insert(object(ObjectKind::Table, QStringLiteral("s.t"),
                        {{"columns", "b,a"}, {"comment", "y"}}));
        const SchemaDiff diff = SchemaDiff::compare(a, b);
        QCOMPARE(diff.size(), 2);
        QCOMPARE(diff.differences().at(0).change, Change::Changed);
        QCOMPARE(diff.differences().at(0).attributes.size(), 1);
        QCOMPARE(diff.differences().at(0).attributes.first().name, QStringLiteral("comment"));
        QCOMPARE(diff.differences().at(1).change, Change::ColumnOrder);
    }

    void jsonRoundTrip() {
        SchemaSnapshot snap = bigSnapshot(3);
        snap.setServerVersion(150004);
        snap.insert(object(ObjectKind::Function, QStringLiteral("public.f(a integer)"),
                           {{"comment", "ünïcode \"quoted\"\nline"}},
                           QStringLiteral("CREATE ...")));
        const QByteArray text = QJsonDocument(snap.toJson()).toJson();
        auto back = SchemaSnapshot::fromJson(QJsonDocument::fromJson(text).object());
        QVERIFY(back.ok());
        QVERIFY(*back == snap);
        QCOMPARE(back->serverVersion(), 150004);
        QCOMPARE(back->find(ObjectKind::Column, QStringLiteral("public.t0000.c1"))->parent,
                 QStringLiteral("public.t0000"));
    }

    void jsonErrors_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("newer format") << QByteArray(R"({"format": 3, "objects": []})");
        // Format 1 lacks the kinds read since (an expected-schema cache of it is built again).
        QTest::newRow("format 1") << QByteArray(R"({"format": 1, "objects": []})");
        QTest::newRow("objects") << QByteArray(R"({"format": 2, "objects": {}})");
        QTest::newRow("kind") << QByteArray(
            R"({"format": 2, "objects": [{"kind": "thing", "name": "x"}]})");
        QTest::newRow("name") << QByteArray(R"({"format": 2, "objects": [{"kind": "table"}]})");
        QTest::newRow("attribute") << QByteArray(
            R"({"format": 2, "objects": [{"kind": "table", "name": "x", "attributes": {"a": 1}}]})");
        QTest::newRow("duplicate") << QByteArray(
            R"({"format": 2, "objects": [{"kind": "table", "name": "x"}, {"kind": "table", "name": "x"}]})");
    }

    void jsonErrors() {
        QFETCH(QByteArray, json);
        auto result = SchemaSnapshot::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Parse);
    }

    void kindNames() {
        for (ObjectKind kind : allObjectKinds()) {
            ObjectKind back = ObjectKind::Schema;
            QVERIFY(objectKindFromName(objectKindName(kind), &back));
            QCOMPARE(back, kind);
        }
    }

    // Two 2,000-table snapshots (about 30,000 objects each): exactly the two changes (timings
    // are tests/bench/schema_bench.sh's business).
    void largeDiff() {
        const SchemaSnapshot a = bigSnapshot(2000);
        SchemaSnapshot b = bigSnapshot(2000);
        b.remove({ObjectKind::Index, QStringLiteral("public.t0100_i1")});
        SchemaObject changed = *b.find(ObjectKind::Column, QStringLiteral("public.t0200.c3"));
        changed.attributes[QStringLiteral("type")] = QStringLiteral("bigint");
        b.insert(changed);
        QVERIFY(SchemaDiff::compare(a, a).isEmpty());
        const SchemaDiff diff = SchemaDiff::compare(a, b);
        QCOMPARE(diff.size(), 2);
        QCOMPARE(diff.differences().at(0).kind, ObjectKind::Column);
        QCOMPARE(diff.differences().at(0).name, QStringLiteral("public.t0200.c3"));
        QCOMPARE(diff.differences().at(1).kind, ObjectKind::Index);
        QCOMPARE(diff.differences().at(1).change, SchemaDifference::Change::Removed);
    }
};

QTEST_GUILESS_MAIN(TestSchemaDiffUnit)
#include "tst_schemadiff_unit.moc"
