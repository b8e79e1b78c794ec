#include "RevisionBuilders.h"
#include "revision/LaneLayout.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace strata;

namespace {

// "b:a c:a d:b,c" -> revisions b (parent a), ...; a bare "a" is a base. File names keep the
// order written. Build it with STRATA_GRAPH_OR_FAIL.
std::vector<Revision> revisionsOf(const QString& spec) {
    std::vector<Revision> revisions;
    int n = 0;
    for (const QString& item : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        Revision r;
        const QStringList parts = item.split(QLatin1Char(':'));
        r.id = parts.at(0);
        if (parts.size() > 1)
            r.parents = parts.at(1).split(QLatin1Char(','), Qt::SkipEmptyParts);
        r.fileName = QStringLiteral("%1_%2.sql").arg(n++, 6, 10, QLatin1Char('0')).arg(r.id);
        revisions.push_back(r);
    }
    return revisions;
}

bool has(const std::vector<int>& v, int x) {
    return std::find(v.begin(), v.end(), x) != v.end();
}

QSet<int> setOf(const std::vector<int>& a, const std::vector<int>& b) {
    QSet<int> s;
    for (int x : a)
        s.insert(x);
    for (int x : b)
        s.insert(x);
    return s;
}

// Every structural property of a layout; returns an empty string when all hold.
QString verify(const RevisionGraph& graph, const LaneLayout& layout) {
    const auto& revs = graph.revisions();
    if (layout.rowCount() != graph.size())
        return QStringLiteral("row count %1 != %2").arg(layout.rowCount()).arg(graph.size());
    QSet<int> seen;
    for (int r = 0; r < layout.rowCount(); ++r) {
        const LaneRow& row = layout.row(r);
        if (seen.contains(row.revision))
            return QStringLiteral("revision twice");
        seen.insert(row.revision);
        const QString id = revs[size_t(row.revision)].id;
        if (layout.rowOf(id) != r)
            return QStringLiteral("rowOf(%1) wrong").arg(id);
        if (layout.rowOfRevision(row.revision) != r)
            return QStringLiteral("rowOfRevision(%1) wrong").arg(row.revision);
        // No edge overlaps the node: nothing passes through the node's lane.
        if (has(row.passing, row.lane))
            return QStringLiteral("row %1: a line passes through the node of %2").arg(r).arg(id);
        for (int l : row.passing) // a merge may join a passing line below the node, no more
            if (has(row.incoming, l))
                return QStringLiteral("row %1: lane %2 passing and touching the node")
                    .arg(r)
                    .arg(l);
        // Lines are continuous: what leaves a row's bottom enters the next row's top.
        const QSet<int> bottom = setOf(row.passing, row.outgoing);
        const QSet<int> nextTop = r + 1 < layout.rowCount()
                                      ? setOf(layout.row(r + 1).passing, layout.row(r + 1).incoming)
                                      : QSet<int>();
        if (bottom != nextTop)
            return QStringLiteral("row %1: lines broken between rows").arg(r);
        if (r == 0 && !(row.incoming.empty() && row.passing.empty()))
            return QStringLiteral("lines above the first row");
        // Every parent edge drawn: follow each outgoing lane down to the node it reaches.
        QSet<QString> reached;
        for (int lane : row.outgoing) {
            for (int below = r + 1; below < layout.rowCount(); ++below) {
                const LaneRow& b = layout.row(below);
                if (has(b.incoming, lane)) {
                    reached.insert(revs[size_t(b.revision)].id);
                    break;
                }
                if (!has(b.passing, lane))
                    return QStringLiteral("row %1: line in lane %2 lost").arg(r).arg(lane);
            }
        }
        const QStringList parents = revs[size_t(row.revision)].parents;
        if (reached != QSet<QString>(parents.begin(), parents.end()))
            return QStringLiteral("%1: parent edges reach {%2}, parents {%3}")
                .arg(id, QStringList(reached.begin(), reached.end()).join(u','),
                     parents.join(u','));
        // Children above parents.
        for (const QString& p : parents)
            if (layout.rowOf(p) <= r)
                return QStringLiteral("%1 is not above its parent %2").arg(id, p);
        if (row.width < 1 || row.width > layout.maxWidth())
            return QStringLiteral("bad width");
    }
    return {};
}

} // namespace

class TestLaneLayout : public QObject {
    Q_OBJECT

private slots:
    void dags_data();
    void dags();
    void linearIsOneLane();
    void branchMergeCurves();
    void lanesReusedAfterMerge();
    void large();
};

void TestLaneLayout::dags_data() {
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("maxWidth");
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("single") << "a" << 1;
    QTest::newRow("chain") << "a b:a c:b d:c" << 1;
    QTest::newRow("two heads") << "a b:a c:a" << 2;
    QTest::newRow("diamond") << "a b:a c:a d:b,c" << 2;
    QTest::newRow("two bases merged") << "a b c:a,b" << 2;
    QTest::newRow("three-way branch") << "a b:a c:a d:a" << 3;
    QTest::newRow("three-way merge") << "a b:a c:a d:a e:b,c,d" << 3;
    QTest::newRow("diamond then chain") << "a b:a c:a d:b,c e:d f:e" << 2;
    QTest::newRow("two diamonds") << "a b:a c:a d:b,c e:d f:d g:e,f" << 2;
    QTest::newRow("nested branches") << "a b:a c:b d:b e:a f:c,d g:e,f" << 3;
    QTest::newRow("criss-cross") << "a b:a c:a d:b,c e:b,c f:d,e" << 3;
    QTest::newRow("disjoint histories") << "a b:a x y:x" << 1;
    QTest::newRow("merge of far branch") << "a b:a c:b d:c e:a f:d,e" << 2;
    QTest::newRow("long side branch") << "a b:a c:b d:c x:a y:x z:y m:d,z n:m" << 2;
    QTest::newRow("octopus at base") << "a b c d e:a,b,c,d" << 4;
}

void TestLaneLayout::dags() {
    QFETCH(QString, spec);
    QFETCH(int, maxWidth);
    STRATA_GRAPH_OR_FAIL(graph, revisionsOf(spec));
    const LaneLayout layout = LaneLayout::compute(graph);
    const QString problem = verify(graph, layout);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(layout.maxWidth(), maxWidth);
}

void TestLaneLayout::linearIsOneLane() {
    STRATA_GRAPH_OR_FAIL(graph, revisionsOf(QStringLiteral("a b:a c:b")));
    const LaneLayout layout = LaneLayout::compute(graph);
    QCOMPARE(layout.rowCount(), 3);
    QCOMPARE(layout.rowOf(QStringLiteral("c")), 0); // newest first
    QCOMPARE(layout.rowOf(QStringLiteral("a")), 2);
    for (const LaneRow& row : layout.rows()) {
        QCOMPARE(row.lane, 0);
        QVERIFY(row.passing.empty());
    }
    QVERIFY(layout.row(0).incoming.empty());
    QCOMPARE(layout.row(0).outgoing, std::vector<int>{0});
    QVERIFY(layout.row(2).outgoing.empty()); // the base ends the line
    QCOMPARE(layout.rowOf(QStringLiteral("nope")), -1);
    QCOMPARE(layout.rowOfRevision(-1), -1);
    QCOMPARE(layout.rowOfRevision(3), -1);
    QCOMPARE(layout.rowOfRevision(graph.indexOf(QStringLiteral("c"))), 0);
}

void TestLaneLayout::branchMergeCurves() {
    // d merges b and c; a is the branch point.
    STRATA_GRAPH_OR_FAIL(graph, revisionsOf(QStringLiteral("a b:a c:a d:b,c")));
    const LaneLayout layout = LaneLayout::compute(graph);
    const LaneRow& merge = layout.row(layout.rowOf(QStringLiteral("d")));
    QCOMPARE(merge.outgoing.size(), size_t(2)); // one curve per parent
    QCOMPARE(merge.lane, 0);
    const LaneRow& branch = layout.row(layout.rowOf(QStringLiteral("a")));
    QCOMPARE(branch.incoming.size(), size_t(2)); // two children converge into the base
    QCOMPARE(branch.width, 2);
    // The merged-in branch sits directly below the merge, then the first parent.
    QCOMPARE(layout.rowOf(QStringLiteral("c")), 1);
    QCOMPARE(layout.rowOf(QStringLiteral("b")), 2);
}

void TestLaneLayout::lanesReusedAfterMerge() {
    // Two branches merged, then a new branch: the freed lane 1 is used again, no lane 2.
    STRATA_GRAPH_OR_FAIL(graph,
                         revisionsOf(QStringLiteral("a b:a c:a d:b,c x:d e:x f:e g:e h:f,g")));
    const LaneLayout layout = LaneLayout::compute(graph);
    QVERIFY(verify(graph, layout).isEmpty());
    QCOMPARE(layout.maxWidth(), 2);
    QCOMPARE(layout.row(layout.rowOf(QStringLiteral("x"))).width, 1); // between the diamonds
}

void TestLaneLayout::large() {
    // 10,000 revisions: a main line with a short branch merged back every 10 revisions.
    QStringList spec{QStringLiteral("r0")};
    QString previous = QStringLiteral("r0");
    int n = 1;
    while (n < 10000) {
        const QString side = QStringLiteral("s%1").arg(n);
        const QString main = QStringLiteral("r%1").arg(n);
        spec << side + u':' + previous << main + u':' + previous;
        const QString merge = QStringLiteral("m%1").arg(n);
        spec << merge + u':' + main + u',' + side;
        n += 3;
        for (int k = 0; k < 7 && n < 10000; ++k, ++n) {
            const QString id = QStringLiteral("r%1").arg(n);
            spec << id + u':' + (k == 0 ? merge : QStringLiteral("r%1").arg(n - 1));
            previous = id;
        }
        if (spec.constLast().startsWith(u'm'))
            previous = merge;
    }
    STRATA_GRAPH_OR_FAIL(graph, revisionsOf(spec.join(u' ')));
    QElapsedTimer timer;
    timer.start();
    const LaneLayout layout = LaneLayout::compute(graph);
    qInfo("lane layout of %d revisions: %lld ms", graph.size(), qint64(timer.elapsed()));
    QCOMPARE(layout.rowCount(), graph.size());
    QCOMPARE(layout.maxWidth(), 2);
    const QString problem = verify(graph, layout);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestLaneLayout)
#include "tst_lanelayout.moc"
