// RevisionGraph: graph structure, build problems, and upgrade/downgrade plans with their
// version-table rows. Plan cases marked "alembic:" are ported from Alembic's
// tests/test_version_traversal.py (test name given), "brief:" are Strata's contract cases.

#include "RevisionBuilders.h"
#include "revision/RevisionGraph.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>

using namespace strata;

namespace {

using test::rev;
using test::sorted;
using test::sortedByFile;

// Named graphs used by the data-driven tests.
std::vector<Revision> fixture(const QString& name) {
    std::vector<Revision> r;
    if (name == QLatin1String("branches") || name == QLatin1String("merged")) {
        // a -> b -> {c1 (c1branch) -> d1, c2 (c2branch) -> d2} [-> e = merge(d1, d2) -> f]
        r = {rev("a"),
             rev("b", {"a"}),
             rev("c1", {"b"}, {"c1branch"}),
             rev("c2", {"b"}, {"c2branch"}),
             rev("d1", {"c1"}),
             rev("d2", {"c2"})};
        if (name == QLatin1String("merged")) {
            r.push_back(rev("e", {"d1", "d2"}));
            r.push_back(rev("f", {"e"}));
        }
    } else if (name == QLatin1String("deps")) {
        r = {rev("a1"), rev("b1", {}, {}, {"a1"})};
    } else if (name == QLatin1String("forest")) {
        r = {rev("a1"), rev("b1", {"a1"}), rev("a2"), rev("b2", {"a2"})};
    } else if (name == QLatin1String("linear")) {
        // alembic: RevisionPathTest's a..e
        r = {rev("e6239818bb3a"), rev("548bbb905360", {"e6239818bb3a"}),
             rev("b7ea43dc85e4", {"548bbb905360"}), rev("1bbe33445780", {"b7ea43dc85e4"}),
             rev("3975fb1a0125", {"1bbe33445780"})};
    } else if (name == QLatin1String("frommerge")) {
        // alembic: BranchFromMergepointTest
        r = {rev("a1"),         rev("b1", {"a1"}), rev("c1", {"b1"}),       rev("a2"),
             rev("b2", {"a2"}), rev("c2", {"b2"}), rev("d1", {"c1", "c2"}), rev("d2", {"c2"})};
    } else if (name == QLatin1String("3way")) {
        // alembic: BranchFrom3WayMergepointTest
        r = {rev("a1"),         rev("b1", {"a1"}),
             rev("c1", {"b1"}), rev("a2"),
             rev("b2", {"a2"}), rev("c2", {"b2"}),
             rev("a3"),         rev("b3", {"a3"}),
             rev("c3", {"b3"}), rev("d1", {"c1", "c2", "c3"}),
             rev("d2", {"c2"}), rev("d3", {"c3"})};
    } else if (name == QLatin1String("twin")) {
        // alembic: TwinMergeTest
        r = {rev("a"),
             rev("b1", {"a"}),
             rev("b2", {"a"}),
             rev("b3", {"a"}),
             rev("c1", {"b1", "b2", "b3"}),
             rev("c2", {"b1", "b2", "b3"}),
             rev("d1", {"c1"}),
             rev("d2", {"c2"})};
    } else if (name == QLatin1String("notquitetwin")) {
        // alembic: NotQuiteTwinMergeTest
        r = {rev("a"),          rev("b1", {"a"}),        rev("b2", {"a"}),
             rev("b3", {"a"}),  rev("c1", {"b1", "b2"}), rev("c2", {"b2", "b3"}),
             rev("d1", {"c1"}), rev("d2", {"c2"})};
    } else if (name == QLatin1String("dependsone")) {
        // alembic: DependsOnBranchTestOne
        r = {rev("a1", {}, {"lib1"}), rev("b1", {"a1"}),
             rev("c1", {"b1"}),       rev("a2"),
             rev("b2", {"a2"}),       rev("c2", {"b2"}, {}, {"c1"}),
             rev("d1", {"c1"}),       rev("e1", {"d1"}),
             rev("f1", {"e1"})};
    } else if (name == QLatin1String("dependstwo")) {
        // alembic: DependsOnBranchTestTwo
        r = {rev("a1"),
             rev("a2"),
             rev("a3"),
             rev("amerge", {"a1", "a2", "a3"}),
             rev("b1"),
             rev("b2"),
             rev("bmerge", {"b1", "b2"}),
             rev("c1"),
             rev("c2"),
             rev("c3"),
             rev("cmerge", {"c1", "c2", "c3"}),
             rev("d1", {}, {}, {"a3", "b2", "c1"})};
    } else if (name == QLatin1String("mergedeps")) {
        // alembic: DependsOnBranchTestOne-like: two roots, b2 depends on the a-branch label.
        r = {rev("a1", {}, {"abranch"}), rev("a2", {"a1"}), rev("b1", {}, {"bbranch"}),
             rev("b2", {"b1"}, {}, {"abranch"}), rev("b3", {"b2"})};
    }
    return sortedByFile(std::move(r));
}

// Linear fixture ids by letter.
QString L(QChar letter) {
    static const QHash<QChar, QString> ids{{'a', "e6239818bb3a"},
                                           {'b', "548bbb905360"},
                                           {'c', "b7ea43dc85e4"},
                                           {'d', "1bbe33445780"},
                                           {'e', "3975fb1a0125"}};
    return ids.value(letter);
}
QStringList Ls(const QString& letters) {
    QStringList out;
    for (QChar c : letters)
        out << L(c);
    return out;
}

} // namespace

class TestRevisionGraph : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void structure() {
        STRATA_GRAPH_OR_FAIL(g, fixture("merged"));
        QCOMPARE(g.size(), 8);
        QCOMPARE(g.heads(), QStringList{"f"});
        QCOMPARE(g.effectiveHeads(), QStringList{"f"});
        QCOMPARE(g.bases(), QStringList{"a"});
        QCOMPARE(g.branchPoints(), QStringList{"b"});
        QCOMPARE(g.mergePoints(), QStringList{"e"});
        QCOMPARE(g.children("b"), (QStringList{"c1", "c2"}));
        QCOMPARE(g.normalizedDownRevisions("e"), (QStringList{"d1", "d2"}));
        QVERIFY(g.isBranchPoint("b"));
        QVERIFY(!g.isBranchPoint("c1"));
        QVERIFY(g.isMergePoint("e"));
        QVERIFY(g.isBase("a"));
        QVERIFY(!g.isBase("b"));
        QVERIFY(g.isHead("f"));
        QVERIFY(!g.isHead("e"));
        QVERIFY(g.revision("c1") != nullptr);
        QCOMPARE(g.revision("c1")->fileName, QStringLiteral("c1.sql"));
        QVERIFY(g.revision("zz") == nullptr);
        QCOMPARE(g.revisionForLabel("c2branch"), QStringLiteral("c2"));
    }

    // alembic: test_revision.py EmptyMapTest.test_iterate
    void emptyGraph() {
        const RevisionGraph g;
        QVERIFY(g.isEmpty());
        QCOMPARE(*g.history(), QStringList());
        QCOMPARE(*g.resolve("head"), QStringList());
        auto up = g.planUpgrade("heads", {});
        QVERIFY(up);
        QVERIFY(up->isEmpty());
        auto unknown = g.planUpgrade("heads", {"gone"});
        QVERIFY(!unknown);
        QVERIFY(unknown.error().message.contains("Can't locate revision identified by 'gone'"));
    }

    void branchLabelsSpread() {
        // Labels spread to descendants (not across to the other branch) ...
        STRATA_GRAPH_OR_FAIL(g, fixture("merged"));
        QCOMPARE(g.branchLabels("c1"), QStringList{"c1branch"});
        QCOMPARE(g.branchLabels("d1"), QStringList{"c1branch"});
        QCOMPARE(g.branchLabels("d2"), QStringList{"c2branch"});
        QCOMPARE(g.branchLabels("f"), (QStringList{"c1branch", "c2branch"}));
        QCOMPARE(g.branchLabels("b"), QStringList());
        QCOMPARE(g.branchLabels("a"), QStringList());
        // ... and, on a single line, back down to the nearest branch point (here the base):
        // alembic: test_revision.py LabeledBranchTest-style "branch label on a middle revision".
        STRATA_GRAPH_OR_FAIL(line,
                             sortedByFile({rev("a"), rev("b", {"a"}, {"x"}), rev("c", {"b"})}));
        QCOMPARE(line.branchLabels("a"), QStringList{"x"});
        QCOMPARE(line.branchLabels("c"), QStringList{"x"});
    }

    void dependencies() {
        // brief: a1; b1 depends_on a1
        STRATA_GRAPH_OR_FAIL(g, fixture("deps"));
        QCOMPARE(g.heads(), (QStringList{"a1", "b1"}));
        QCOMPARE(g.effectiveHeads(), QStringList{"b1"});
        QCOMPARE(g.bases(), (QStringList{"a1", "b1"}));
        QCOMPARE(g.realBases(), QStringList{"a1"});
        QVERIFY(g.isHead("a1"));
        QVERIFY(!g.isEffectiveHead("a1"));
        QCOMPARE(g.allChildren("a1"), QStringList{"b1"});
        QCOMPARE(g.children("a1"), QStringList());
        QCOMPARE(g.normalizedDownRevisions("b1"), QStringList{"a1"});
    }

    void normalizedDependencies() {
        // A dependency already declared by an ancestor is dropped (_normalize_depends_on);
        // a dependency may name a branch label.
        STRATA_GRAPH_OR_FAIL(g,
                             sortedByFile({rev("a1", {}, {"alabel"}), rev("b1", {}, {}, {"alabel"}),
                                           rev("c1", {"b1"}, {}, {"a1"})}));
        QCOMPARE(g.resolvedDependencies("b1"), QStringList{"a1"});
        QCOMPARE(g.normalizedDownRevisions("b1"), QStringList{"a1"});
        QCOMPARE(g.resolvedDependencies("c1"), QStringList{"a1"});
        QCOMPARE(g.normalizedDownRevisions("c1"), QStringList{"b1"});
        QCOMPARE(g.effectiveHeads(), QStringList{"c1"});
    }

    void problems_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");  // substring of the first problem
        QTest::addColumn<QString>("file");     // file of the first problem
        QTest::addColumn<QStringList>("kept"); // the consistent part
        QTest::newRow("cycle") << "cycle"
                               << "Cycle is detected in revisions (a, b, c)"
                               << "a.sql" << QStringList{"z"};
        QTest::newRow("self-loop") << "selfloop"
                                   << "Self-loop is detected in revision a"
                                   << "a.sql" << QStringList{"z"};
        QTest::newRow("dependency self-loop") << "depselfloop"
                                              << "Dependency self-loop"
                                              << "a.sql" << QStringList{"z"};
        QTest::newRow("duplicate id") << "dupid"
                                      << "Revision a is present more than once"
                                      << "a2.sql" << QStringList{"a", "b"};
        QTest::newRow("duplicate label")
            << "duplabel"
            << "Branch name 'x' in revision b already used by revision a"
            << "b.sql" << QStringList{"a", "b"};
        QTest::newRow("label equal to an id")
            << "labelid"
            << "Branch name 'a' in revision b already used by revision a"
            << "b.sql" << QStringList{"a", "b"};
        QTest::newRow("missing parent") << "missing"
                                        << "Revision zzz referenced from b is not present"
                                        << "b.sql" << QStringList{"a"};
        QTest::newRow("missing dependency") << "missingdep"
                                            << "Dependency zzz of revision b is not present"
                                            << "b.sql" << QStringList{"a"};
        QTest::newRow("dependency cycle") << "depcycle"
                                          << "Dependency cycle is detected"
                                          << "b.sql" << QStringList{"a"};
        QTest::newRow("illegal id") << "illegal"
                                    << "not allowed in revision identifier 'a-b'"
                                    << "a-b.sql" << QStringList{"z"};
    }
    void problems() {
        QFETCH(QString, name);
        QFETCH(QString, message);
        QFETCH(QString, file);
        QFETCH(QStringList, kept);
        std::vector<Revision> revs;
        if (name == "cycle")
            revs = {rev("a", {"b"}), rev("b", {"a"}), rev("c", {"a"}), rev("z")};
        else if (name == "selfloop")
            revs = {rev("a", {"a"}), rev("b", {"a"}), rev("z")};
        else if (name == "depselfloop")
            revs = {rev("a", {}, {}, {"a"}), rev("z")};
        else if (name == "dupid") {
            Revision second = rev("a");
            second.fileName = "a2.sql";
            second.filePath = "/project/versions/a2.sql";
            revs = {rev("a"), second, rev("b", {"a"})};
        } else if (name == "duplabel")
            revs = {rev("a", {}, {"x"}), rev("b", {"a"}, {"x"})};
        else if (name == "labelid")
            revs = {rev("a"), rev("b", {"a"}, {"a"})};
        else if (name == "missing")
            revs = {rev("a"), rev("b", {"zzz"}), rev("c", {"b"})};
        else if (name == "missingdep")
            revs = {rev("a"), rev("b", {"a"}, {}, {"zzz"}), rev("c", {"b"})};
        else if (name == "depcycle")
            revs = {rev("a"), rev("b", {"a"}, {}, {"c"}), rev("c", {"a"}, {}, {"b"})};
        else if (name == "illegal")
            revs = {rev("a-b"), rev("z")};
        GraphBuild b = RevisionGraph::build(revs);
        QVERIFY(!b.ok());
        const Error& e = b.problems.front();
        QCOMPARE(e.code, ErrorCode::Graph);
        QVERIFY2(e.message.contains(message), qPrintable(e.message));
        QVERIFY2(e.file.endsWith(file), qPrintable(e.file));
        QCOMPARE(e.line, 1);
        QVERIFY(!e.toString().contains('\n'));
        QCOMPARE(b.graph.ids(), kept);
        auto strict = RevisionGraph::fromRevisions(revs);
        QVERIFY(!strict);
        QCOMPARE(strict.error().message, e.message);
    }

    void allProblemsCollected() {
        GraphBuild b =
            RevisionGraph::build({rev("a"), rev("a"), rev("b", {"nope"}), rev("c", {"c"}),
                                  rev("d", {"a"}, {"d"}), rev("ok", {"a"})});
        QCOMPARE(b.problems.size(), 4);
        QCOMPARE(b.graph.ids(), (QStringList{"a", "d", "ok"}));
        // The consistent part is usable.
        auto plan = b.graph.planUpgrade("heads", {});
        QVERIFY(plan);
        QCOMPARE(plan->revisions(), (QStringList{"a", "ok", "d"}));
    }

    void plans_data() {
        QTest::addColumn<QString>("graph");
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QStringList>("current");
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QStringList>("rows"); // empty: not checked
        QTest::addColumn<QStringList>("heads");
        QTest::addColumn<QString>("error"); // non-empty: the plan must fail with this text

        using SL = QStringList;
        const QString ok;
        // --- brief ----------------------------------------------------------------------------
        QTest::newRow("brief: upgrade heads from nothing")
            << "branches"
            << "upgrade"
            << "heads" << SL{} << SL{"a", "b", "c2", "d2", "c1", "d1"}
            << SL{"INSERT a",      "UPDATE a->b", "UPDATE b->c2",
                  "UPDATE c2->d2", "INSERT c1",   "UPDATE c1->d1"}
            << SL{"d1", "d2"} << ok;
        QTest::newRow("brief: upgrade head with two heads")
            << "branches"
            << "upgrade"
            << "head" << SL{} << SL{} << SL{} << SL{}
            << "Multiple heads are present for given argument 'head'";
        QTest::newRow("brief: downgrade a from d1,d2")
            << "branches"
            << "downgrade"
            << "a" << SL{"d1", "d2"} << SL{"d1", "c1", "d2", "c2", "b"}
            << SL{"UPDATE d1->c1", "DELETE c1", "UPDATE d2->c2", "UPDATE c2->b", "UPDATE b->a"}
            << SL{"a"} << ok;
        QTest::newRow("brief: upgrade c2branch@+1 from c1")
            << "branches"
            << "upgrade"
            << "c2branch@+1" << SL{"c1"} << SL{"c2"} << SL{"INSERT c2"} << SL{"c1", "c2"} << ok;
        QTest::newRow("brief: upgrade +1 from c1,c2")
            << "branches"
            << "upgrade"
            << "+1" << SL{"c1", "c2"} << SL{} << SL{} << SL{}
            << "Ambiguous upgrade from multiple current revisions";
        QTest::newRow("brief: upgrade f from b through the merge")
            << "merged"
            << "upgrade"
            << "f" << SL{"b"} << SL{"c2", "d2", "c1", "d1", "e", "f"}
            << SL{"UPDATE b->c2", "UPDATE c2->d2", "INSERT c1",  "UPDATE c1->d1",
                  "DELETE d1",    "UPDATE d2->e",  "UPDATE e->f"}
            << SL{"f"} << ok;
        QTest::newRow("brief: downgrade b from f through the merge")
            << "merged"
            << "downgrade"
            << "b" << SL{"f"} << SL{"f", "e", "d1", "c1", "d2", "c2"}
            << SL{"UPDATE f->e", "INSERT d2",     "UPDATE e->d1", "UPDATE d1->c1",
                  "DELETE c1",   "UPDATE d2->c2", "UPDATE c2->b"}
            << SL{"b"} << ok;
        QTest::newRow("brief: downgrade -1 from the merge")
            << "merged"
            << "downgrade"
            << "-1" << SL{"e"} << SL{} << SL{} << SL{} << "Ambiguous walk";
        QTest::newRow("brief: upgrade +1 from b (branch point)")
            << "branches"
            << "upgrade"
            << "+1" << SL{"b"} << SL{} << SL{} << SL{} << "Ambiguous walk";
        QTest::newRow("brief: upgrade head with a dependency head")
            << "deps"
            << "upgrade"
            << "head" << SL{} << SL{} << SL{} << SL{} << "Multiple heads are present";
        QTest::newRow("brief: upgrade heads with a dependency")
            << "deps"
            << "upgrade"
            << "heads" << SL{} << SL{"a1", "b1"} << SL{"INSERT a1", "UPDATE a1->b1"} << SL{"b1"}
            << ok;
        QTest::newRow("brief: forest")
            << "forest"
            << "upgrade"
            << "heads" << SL{} << SL{"a2", "b2", "a1", "b1"}
            << SL{"INSERT a2", "UPDATE a2->b2", "INSERT a1", "UPDATE a1->b1"} << SL{"b1", "b2"}
            << ok;
        QTest::newRow("upgrade to an applied revision is empty")
            << "branches"
            << "upgrade"
            << "b" << SL{"d1"} << SL{} << SL{} << SL{"d1"} << ok;
        QTest::newRow("upgrade unknown target")
            << "branches"
            << "upgrade"
            << "nosuch" << SL{} << SL{} << SL{} << SL{} << "No such revision or branch 'nosuch'";
        QTest::newRow("downgrade to a revision above the heads")
            << "branches"
            << "downgrade"
            << "d1" << SL{"b"} << SL{} << SL{} << SL{} << "is not a valid downgrade target";
        QTest::newRow("downgrade to the other branch")
            << "branches"
            << "downgrade"
            << "c2" << SL{"d1"} << SL{} << SL{} << SL{} << "is not a valid downgrade target";
        QTest::newRow("offline range upgrade b:d2")
            << "branches"
            << "upgrade"
            << "b:d2" << SL{"d1"} << SL{"c2", "d2"} << SL{"UPDATE b->c2", "UPDATE c2->d2"}
            << SL{"d2"} << ok;
        QTest::newRow("offline range downgrade d2:b")
            << "branches"
            << "downgrade"
            << "d2:b" << SL{} << SL{"d2", "c2"} << SL{"UPDATE d2->c2", "UPDATE c2->b"} << SL{"b"}
            << ok;

        // --- alembic: BranchedPathTest --------------------------------------------------------
        QTest::newRow("alembic: test_upgrade_single_branch")
            << "branches"
            << "upgrade"
            << "d1" << SL{"b"} << SL{"c1", "d1"} << SL{"UPDATE b->c1", "UPDATE c1->d1"} << SL{"d1"}
            << ok;
        QTest::newRow("alembic: test_upgrade_multiple_branch")
            << "branches"
            << "upgrade"
            << "heads" << SL{"a"} << SL{"b", "c2", "d2", "c1", "d1"} << SL{} << SL{"d1", "d2"}
            << ok;
        QTest::newRow("alembic: test_downgrade_multiple_branch")
            << "branches"
            << "downgrade"
            << "a" << SL{"d1", "d2"} << SL{"d1", "c1", "d2", "c2", "b"} << SL{} << SL{"a"} << ok;
        QTest::newRow("alembic: test_relative_upgrade")
            << "branches"
            << "upgrade"
            << "c2branch@head-1" << SL{"b"} << SL{"c2"} << SL{} << SL{"c2"} << ok;
        QTest::newRow("alembic: test_relative_downgrade_baseplus2")
            << "branches"
            << "downgrade"
            << "base+2" << SL{"d2", "d1"} << SL{"d1", "c1", "d2", "c2"} << SL{} << SL{"b"} << ok;
        QTest::newRow("alembic: test_relative_downgrade_branchplus2")
            << "branches"
            << "downgrade"
            << "c2branch@base+2" << SL{"d2", "d1"} << SL{"d2", "c2"}
            << SL{"UPDATE d2->c2", "DELETE c2"} << SL{"d1"} << ok;
        QTest::newRow("alembic: test_relative_downgrade_branchplus3 (c2)")
            << "branches"
            << "downgrade"
            << "c2" << SL{"d2", "d1"} << SL{"d2"} << SL{} << SL{"c2", "d1"} << ok;
        QTest::newRow("alembic: test_relative_downgrade_branchplus3 (c2branch@base+3)")
            << "branches"
            << "downgrade"
            << "c2branch@base+3" << SL{"d2", "d1"} << SL{"d2"} << SL{} << SL{"c2", "d1"} << ok;
        QTest::newRow("alembic: test_downgrade_once_order_right")
            << "branches"
            << "downgrade"
            << "-1" << SL{"d2", "d1"} << SL{"d2"} << SL{} << SL{"c2", "d1"} << ok;
        QTest::newRow("alembic: test_downgrade_once_order_right_unbalanced")
            << "branches"
            << "downgrade"
            << "-1" << SL{"c2", "d1"} << SL{"c2"} << SL{"DELETE c2"} << SL{"d1"} << ok;
        QTest::newRow("alembic: test_downgrade_once_order_left")
            << "branches"
            << "downgrade"
            << "-1" << SL{"d1", "d2"} << SL{"d1"} << SL{} << SL{"c1", "d2"} << ok;
        QTest::newRow("alembic: test_downgrade_once_order_left_unbalanced")
            << "branches"
            << "downgrade"
            << "-1" << SL{"c1", "d2"} << SL{"c1"} << SL{} << SL{"d2"} << ok;
        QTest::newRow("alembic: test_downgrade_once_order_left_unbalanced_labelled")
            << "branches"
            << "downgrade"
            << "c1branch@-1" << SL{"d1", "d2"} << SL{"d1"} << SL{} << SL{"c1", "d2"} << ok;
        QTest::newRow("alembic: test_downgrade_relative_order_right")
            << "branches"
            << "downgrade"
            << "d2-1" << SL{"d2", "c1"} << SL{"d2"} << SL{} << SL{"c1", "c2"} << ok;
        QTest::newRow("alembic: test_downgrade_relative_order_left")
            << "branches"
            << "downgrade"
            << "d2-1" << SL{"c1", "d2"} << SL{"d2"} << SL{} << SL{"c1", "c2"} << ok;
        QTest::newRow("alembic: test_downgrade_single_branch_c1branch")
            << "branches"
            << "downgrade"
            << "c1branch@b" << SL{"c1", "d2"} << SL{"c1"} << SL{"DELETE c1"} << SL{"d2"} << ok;
        QTest::newRow("alembic: test_downgrade_single_branch_c1branch_from_d1_head")
            << "branches"
            << "downgrade"
            << "c2branch@b" << SL{"c1", "d2"} << SL{"d2", "c2"} << SL{} << SL{"c1"} << ok;
        QTest::newRow("alembic: test_downgrade_single_branch_c2")
            << "branches"
            << "downgrade"
            << "c2@b" << SL{"d1", "d2"} << SL{"d2", "c2"} << SL{} << SL{"d1"} << ok;
        QTest::newRow("alembic: test_downgrade_single_branch_d1")
            << "branches"
            << "downgrade"
            << "d1@b" << SL{"d1", "d2"} << SL{"d1", "c1"} << SL{} << SL{"d2"} << ok;
        QTest::newRow("alembic: test_downgrade_relative_to_branch_head")
            << "branches"
            << "downgrade"
            << "c1branch@head-1" << SL{"d1", "d2"} << SL{"d1"} << SL{} << SL{"c1", "d2"} << ok;

        // --- alembic: RevisionPathTest (ids are the test's; letters via L()) ------------------
        QTest::newRow("alembic: test_upgrade_path (c->e)")
            << "linear"
            << "upgrade" << L('e') << Ls("c") << Ls("de") << SL{} << Ls("e") << ok;
        QTest::newRow("alembic: test_upgrade_path (none->c)")
            << "linear"
            << "upgrade" << L('c') << SL{} << Ls("abc") << SL{} << Ls("c") << ok;
        QTest::newRow("alembic: test_relative_upgrade_path +2")
            << "linear"
            << "upgrade"
            << "+2" << Ls("a") << Ls("bc") << SL{} << Ls("c") << ok;
        QTest::newRow("alembic: test_relative_upgrade_path +1")
            << "linear"
            << "upgrade"
            << "+1" << Ls("a") << Ls("b") << SL{} << Ls("b") << ok;
        QTest::newRow("alembic: test_relative_upgrade_path +3")
            << "linear"
            << "upgrade"
            << "+3" << Ls("b") << Ls("cde") << SL{} << Ls("e") << ok;
        QTest::newRow("alembic: test_relative_upgrade_path b+2")
            << "linear"
            << "upgrade" << L('b') + "+2" << Ls("a") << Ls("bcd") << SL{} << Ls("d") << ok;
        QTest::newRow("alembic: test_relative_upgrade_path d-2")
            << "linear"
            << "upgrade" << L('d') + "-2" << Ls("a") << Ls("b") << SL{} << Ls("b") << ok;
        QTest::newRow("upgrade base+2 (prefix)")
            << "linear"
            << "upgrade"
            << "base+2" << SL{} << Ls("ab") << SL{} << Ls("b") << ok;
        QTest::newRow("alembic: test_invalid_relative_upgrade_path -2")
            << "linear"
            << "upgrade"
            << "-2" << Ls("b") << SL{} << SL{} << SL{}
            << "Relative revision -2 didn't produce 2 migrations";
        QTest::newRow("alembic: test_invalid_relative_upgrade_path +5")
            << "linear"
            << "upgrade"
            << "+5" << Ls("b") << SL{} << SL{} << SL{}
            << "Relative revision +5 didn't produce 5 migrations";
        QTest::newRow("alembic: test_downgrade_path (e->c)")
            << "linear"
            << "downgrade" << L('c') << Ls("e") << Ls("ed") << SL{} << Ls("c") << ok;
        QTest::newRow("alembic: test_downgrade_path (c->base)")
            << "linear"
            << "downgrade"
            << "base" << Ls("c") << Ls("cba")
            << SL{"UPDATE " + L('c') + "->" + L('b'), "UPDATE " + L('b') + "->" + L('a'),
                  "DELETE " + L('a')}
            << SL{} << ok;
        QTest::newRow("alembic: test_relative_downgrade_path -1")
            << "linear"
            << "downgrade"
            << "-1" << Ls("c") << Ls("c") << SL{} << Ls("b") << ok;
        QTest::newRow("alembic: test_relative_downgrade_path -3")
            << "linear"
            << "downgrade"
            << "-3" << Ls("e") << Ls("edc") << SL{} << Ls("b") << ok;
        QTest::newRow("alembic: test_relative_downgrade_path a+2")
            << "linear"
            << "downgrade" << L('a') + "+2" << Ls("d") << Ls("d") << SL{} << Ls("c") << ok;
        QTest::newRow("alembic: test_relative_downgrade_path c-2")
            << "linear"
            << "downgrade" << L('c') + "-2" << Ls("d") << Ls("dcb") << SL{} << Ls("a") << ok;
        QTest::newRow("alembic: test_invalid_relative_downgrade_path -5")
            << "linear"
            << "downgrade"
            << "-5" << Ls("b") << SL{} << SL{} << SL{}
            << "Relative revision -5 didn't produce 5 migrations";
        QTest::newRow("alembic: test_invalid_relative_downgrade_path +2")
            << "linear"
            << "downgrade"
            << "+2" << Ls("b") << SL{} << SL{} << SL{}
            << "Relative revision +2 didn't produce 2 migrations";
        QTest::newRow("alembic: test_invalid_move_rev_to_none")
            << "linear"
            << "downgrade" << L('b').left(3) << SL{} << SL{} << SL{} << SL{}
            << "Destination " + L('b').left(3) + " is not a valid downgrade target";
        QTest::newRow("alembic: test_invalid_move_higher_to_lower")
            << "linear"
            << "downgrade" << L('c').left(4) << Ls("b") << SL{} << SL{} << SL{}
            << "Destination " + L('c').left(4) + " is not a valid downgrade target";
        QTest::newRow("alembic: test_downgrade_base_no_version")
            << "linear"
            << "downgrade"
            << "base" << SL{} << SL{} << SL{} << SL{} << ok;
        QTest::newRow("alembic: test_downgrade_to_existing")
            << "linear"
            << "downgrade" << L('a') << Ls("a") << SL{} << SL{} << Ls("a") << ok;
        QTest::newRow("alembic: test_downgrade_to_existing_head")
            << "linear"
            << "downgrade" << L('e') << Ls("e") << SL{} << SL{} << Ls("e") << ok;

        // --- alembic: more BranchedPathTest and the merge-point tests -------------------------
        QTest::newRow("alembic: test_upgrade_one_branch_of_heads")
            << "branches"
            << "upgrade"
            << "c2branch@+1" << SL{"c1", "c2"} << SL{"d2"} << SL{"UPDATE c2->d2"} << SL{"c1", "d2"}
            << ok;
        QTest::newRow("alembic: test_upgrade_from_base")
            << "branches"
            << "upgrade"
            << "base+1" << SL{} << SL{"a"} << SL{"INSERT a"} << SL{"a"} << ok;
        QTest::newRow("alembic: test_upgrade_from_base_implicit")
            << "branches"
            << "upgrade"
            << "+1" << SL{} << SL{"a"} << SL{"INSERT a"} << SL{"a"} << ok;
        QTest::newRow("alembic: test_downgrade_minus1_to_base")
            << "branches"
            << "downgrade"
            << "-1" << SL{"a"} << SL{"a"} << SL{"DELETE a"} << SL{} << ok;
        QTest::newRow("alembic: test_downgrade_minus1_from_base")
            << "branches"
            << "downgrade"
            << "-1" << SL{} << SL{} << SL{} << SL{}
            << "Relative revision -1 didn't produce 1 migrations";
        QTest::newRow("alembic: test_downgrade_no_effect_branched (c2)")
            << "branches"
            << "downgrade"
            << "c2" << SL{"d1", "c2"} << SL{} << SL{} << SL{"d1", "c2"} << ok;
        QTest::newRow("alembic: test_downgrade_no_effect_branched (d1)")
            << "branches"
            << "downgrade"
            << "d1" << SL{"d1", "c2"} << SL{} << SL{} << SL{"d1", "c2"} << ok;
        QTest::newRow("alembic: BranchFromMergepointTest upgrade")
            << "frommerge"
            << "upgrade"
            << "d1" << SL{"d2", "b1"} << SL{"c1", "d1"} << SL{"UPDATE b1->c1", "UPDATE c1->d1"}
            << SL{"d2", "d1"} << ok;
        QTest::newRow("alembic: BranchFromMergepointTest downgrade")
            << "frommerge"
            << "downgrade"
            << "b1" << SL{"d2", "d1"} << SL{"d1", "c1"} << SL{"UPDATE d1->c1", "UPDATE c1->b1"}
            << SL{"d2", "b1"} << ok;
        QTest::newRow("alembic: BranchFrom3WayMergepointTest one side upgrade")
            << "3way"
            << "upgrade"
            << "d1" << SL{"d3", "d2", "b1"} << SL{"c1", "d1"} << SL{} << SL{"d3", "d2", "d1"} << ok;
        QTest::newRow("alembic: BranchFrom3WayMergepointTest one side downgrade")
            << "3way"
            << "downgrade"
            << "b1" << SL{"d3", "d2", "d1"} << SL{"d1", "c1"} << SL{} << SL{"d3", "d2", "b1"} << ok;
        QTest::newRow("alembic: BranchFrom3WayMergepointTest two sides upgrade")
            << "3way"
            << "upgrade"
            << "d1" << SL{"d3", "b2", "b1"} << SL{"c2", "c1", "d1"}
            << SL{"UPDATE b2->c2", "UPDATE b1->c1", "DELETE c1", "UPDATE c2->d1"} << SL{"d3", "d1"}
            << ok;
        QTest::newRow("alembic: BranchFrom3WayMergepointTest two sides, then d2")
            << "3way"
            << "upgrade"
            << "d2" << SL{"d3", "d1"} << SL{"d2"} << SL{"INSERT d2"} << SL{"d3", "d2", "d1"} << ok;
        QTest::newRow("alembic: TwinMergeTest")
            << "twin"
            << "upgrade"
            << "heads" << SL{"a"} << SL{"b3", "b2", "b1", "c2", "d2", "c1", "d1"}
            << SL{"UPDATE a->b3",  "INSERT b2",     "INSERT b1", "DELETE b1",    "DELETE b2",
                  "UPDATE b3->c2", "UPDATE c2->d2", "INSERT c1", "UPDATE c1->d1"}
            << SL{"d1", "d2"} << ok;
        QTest::newRow("alembic: NotQuiteTwinMergeTest")
            << "notquitetwin"
            << "upgrade"
            << "heads" << SL{"a"} << SL{"b2", "b3", "c2", "d2", "b1", "c1", "d1"}
            << SL{"UPDATE a->b2",  "INSERT b3", "DELETE b2",     "UPDATE b3->c2",
                  "UPDATE c2->d2", "INSERT b1", "UPDATE b1->c1", "UPDATE c1->d1"}
            << SL{"d1", "d2"} << ok;
        QTest::newRow("alembic: DependsOnBranchTestOne test_downgrade_to_dependency")
            << "dependsone"
            << "downgrade"
            << "c1" << SL{"c2", "d1"} << SL{"d1"} << SL{"DELETE d1"} << SL{"c2"} << ok;
        QTest::newRow("alembic: DependsOnBranchTestTwo test_kaboom")
            << "dependstwo"
            << "downgrade"
            << "b2" << SL{"amerge", "bmerge", "cmerge", "d1"} << SL{"bmerge"}
            << SL{"UPDATE bmerge->b1"} << SL{"amerge", "b1", "cmerge", "d1"} << ok;

        // --- dependencies across branches -----------------------------------------------------
        QTest::newRow("dependency pulls in the other branch")
            << "mergedeps"
            << "upgrade"
            << "b3" << SL{} << SL{"a1", "b1", "b2", "b3"}
            << SL{"INSERT a1", "INSERT b1", "DELETE b1", "UPDATE a1->b2", "UPDATE b2->b3"}
            << SL{"b3"} << ok;
        QTest::newRow("downgrade abranch@base removes the dependent")
            << "mergedeps"
            << "downgrade"
            << "abranch@base" << SL{"a2", "b3"} << SL{"a2", "b3", "b2", "a1"} << SL{} << SL{"b1"}
            << ok;
    }
    void plans() {
        QFETCH(QString, graph);
        QFETCH(QString, op);
        QFETCH(QString, target);
        QFETCH(QStringList, current);
        QFETCH(QStringList, steps);
        QFETCH(QStringList, rows);
        QFETCH(QStringList, heads);
        QFETCH(QString, error);
        STRATA_GRAPH_OR_FAIL(g, fixture(graph));
        QVERIFY(!g.isEmpty());
        auto plan =
            op == "upgrade" ? g.planUpgrade(target, current) : g.planDowngrade(target, current);
        if (!error.isEmpty()) {
            QVERIFY2(!plan, qPrintable(plan ? plan->revisions().join(',') : QString()));
            QVERIFY2(plan.error().message.contains(error), qPrintable(plan.error().message));
            QVERIFY(plan.error().code == ErrorCode::Target ||
                    plan.error().code == ErrorCode::Usage);
            return;
        }
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
        QCOMPARE(plan->revisions(), steps);
        if (!rows.isEmpty())
            QCOMPARE(plan->rowsText(), rows);
        QCOMPARE(sorted(plan->resultingHeads), sorted(heads));
        for (qsizetype i = 0; i < plan->steps.size(); ++i) {
            const PlanStep& s = plan->steps[i];
            QCOMPARE(s.isUpgrade(), op == "upgrade");
            QVERIFY(!s.stamp);
            QVERIFY(!s.rows.isEmpty());
            // Each step carries the rows after it, as replaying the row operations gives them.
            QCOMPARE(s.headsAfter, plan->headsAfter(i));
        }
        QCOMPARE(plan->headsAfter(plan->steps.size() - 1), plan->resultingHeads);
    }

    // alembic: DependsOnBranchTestOne.test_stamp_across_dependency
    void stampAcrossDependency() {
        STRATA_GRAPH_OR_FAIL(g, fixture("dependsone"));
        auto plan = g.planStamp({"b1"}, {"e1", "c2"});
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
        QCOMPARE(plan->rowsText(), (QStringList{"DELETE e1", "UPDATE c2->b1"}));
        QCOMPARE(plan->resultingHeads, QStringList{"b1"});
    }

    // Per-step heads of NotQuiteTwinMergeTest.test_upgrade, as Alembic asserts them.
    void notQuiteTwinHeads() {
        STRATA_GRAPH_OR_FAIL(g, fixture("notquitetwin"));
        auto plan = g.planUpgrade("heads", {"a"});
        QVERIFY(plan);
        const QList<QStringList> expected{{"b2"},       {"b2", "b3"}, {"c2"},      {"d2"},
                                          {"b1", "d2"}, {"c1", "d2"}, {"d1", "d2"}};
        QCOMPARE(plan->steps.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(sorted(plan->headsAfter(i)), expected[i]);
    }

    void stepDetails() {
        STRATA_GRAPH_OR_FAIL(g, fixture("merged"));
        auto plan = g.planUpgrade("e", {"b"});
        QVERIFY(plan);
        const PlanStep& merge = plan->steps.last();
        QCOMPARE(merge.revision, QStringLiteral("e"));
        QCOMPARE(merge.fromRevisions, (QStringList{"d1", "d2"}));
        QCOMPARE(merge.toRevisions, QStringList{"e"});
        QCOMPARE(merge.rowsText(), QStringLiteral("DELETE d1; UPDATE d2->e"));
        QCOMPARE(plan->headsAfter(plan->steps.size() - 1), QStringList{"e"});
        QCOMPARE(plan->headsAfter(plan->steps.size() - 2), (QStringList{"d2", "d1"}));
        QCOMPARE(plan->headsAfter(-1), QStringList{"b"});
        QCOMPARE(plan->initialHeads, QStringList{"b"});
    }

    // A test graph that does not build stops the test at once (it used to carry on with an
    // empty graph and fail later, or not at all).
    void setupFailureStopsTheTest() {
        const std::vector<Revision> cyclic{rev("a", {"b"}), rev("b", {"a"})};
        QEXPECT_FAIL("", "a cyclic graph does not build: the test must stop here", Abort);
        STRATA_GRAPH_OR_FAIL(g, cyclic);
        Q_UNUSED(g);
        QFAIL("the test carried on after a failed build");
    }

    // The index API agrees with the id API on every revision, and is what LaneLayout and the
    // graph model read.
    void indexApi_data() {
        QTest::addColumn<QString>("graph");
        for (const char* name : {"merged", "deps", "dependsone", "mergedeps", "3way", "twin"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void indexApi() {
        QFETCH(QString, graph);
        STRATA_GRAPH_OR_FAIL(g, fixture(graph));
        QCOMPARE(g.indexOf("no_such_revision"), -1);
        QCOMPARE(g.indexOf(QString()), -1);
        auto idsOf = [&](const std::vector<int>& indexes) {
            QStringList out;
            for (int i : indexes)
                out << g.revisionAt(i).id;
            return out;
        };
        for (int i = 0; i < g.size(); ++i) {
            const QString id = g.revisionAt(i).id;
            QCOMPARE(g.indexOf(id), i);
            QCOMPARE(&g.revisionAt(i), g.revision(id));
            QCOMPARE(idsOf(g.parentIndexes(i)), g.revision(id)->parents);
            QCOMPARE(idsOf(g.childIndexes(i)), g.children(id));
            QCOMPARE(idsOf(g.allChildIndexes(i)), g.allChildren(id));
            QCOMPARE(idsOf(g.dependencyIndexes(i)), g.resolvedDependencies(id));
            QCOMPARE(idsOf(g.normalizedDownIndexes(i)), g.normalizedDownRevisions(id));
            QCOMPARE(g.branchLabelsAt(i), g.branchLabels(id));
            QCOMPARE(g.isHeadAt(i), g.isHead(id));
            QCOMPARE(g.isEffectiveHeadAt(i), g.isEffectiveHead(id));
            QCOMPARE(g.isBaseAt(i), g.isBase(id));
            QCOMPARE(g.isBranchPointAt(i), g.isBranchPoint(id));
            QCOMPARE(g.isMergePointAt(i), g.isMergePoint(id));
        }
        QCOMPARE(idsOf(g.headIndexes()), g.heads());
        QCOMPARE(idsOf(g.effectiveHeadIndexes()), g.effectiveHeads());
        QCOMPARE(idsOf(g.baseIndexes()), g.bases());
    }

    void indexApiValues() {
        STRATA_GRAPH_OR_FAIL(g, fixture("merged")); // a b c1 c2 d1 d2 e f in file order
        QCOMPARE(g.indexOf("c1"), 2);
        QCOMPARE(g.parentIndexes(g.indexOf("e")), (std::vector<int>{4, 5}));
        QCOMPARE(g.childIndexes(g.indexOf("b")), (std::vector<int>{2, 3}));
        QCOMPARE(g.headIndexes(), std::vector<int>{7});
        QCOMPARE(g.baseIndexes(), std::vector<int>{0});
        QVERIFY(g.isMergePointAt(6));
        QVERIFY(g.isBranchPointAt(1));
        QVERIFY(!g.isHeadAt(6));
        QCOMPARE(g.branchLabelsAt(4), QStringList{"c1branch"});
        STRATA_GRAPH_OR_FAIL(deps, fixture("deps")); // a1; b1 depends on a1
        QCOMPARE(deps.dependencyIndexes(1), std::vector<int>{0});
        QCOMPARE(deps.allChildIndexes(0), std::vector<int>{1});
        QVERIFY(deps.childIndexes(0).empty());
        QCOMPARE(deps.effectiveHeadIndexes(), std::vector<int>{1});
    }

    // Every step of every kind of plan carries the version table's rows after it (it used to be
    // left empty: the plan dialog showed "(none)" and resolve said "at base").
    void headsAfterEachStep_data() {
        QTest::addColumn<QString>("graph");
        QTest::addColumn<QString>("op"); // upgrade, downgrade, stamp, stamp --purge
        QTest::addColumn<QString>("target");
        QTest::addColumn<QStringList>("current");
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QStringList>("heads"); // per step, comma separated, in table order
        using SL = QStringList;
        QTest::newRow("upgrade into a merge") << "merged"
                                              << "upgrade"
                                              << "e" << SL{"b"} << SL{"c2", "d2", "c1", "d1", "e"}
                                              << SL{"c2", "d2", "d2,c1", "d2,d1", "e"};
        QTest::newRow("upgrade past a branch point")
            << "branches"
            << "upgrade"
            << "heads" << SL{"a"} << SL{"b", "c2", "d2", "c1", "d1"}
            << SL{"b", "c2", "d2", "d2,c1", "d2,d1"};
        QTest::newRow("downgrade through a merge and a branch point")
            << "merged"
            << "downgrade"
            << "b" << SL{"f"} << SL{"f", "e", "d1", "c1", "d2", "c2"}
            << SL{"e", "d1,d2", "c1,d2", "d2", "c2", "b"}; // c1's parent b is implied by d2
        QTest::newRow("upgrade across depends_on")
            << "mergedeps"
            << "upgrade"
            << "b3" << SL{} << SL{"a1", "b1", "b2", "b3"} << SL{"a1", "a1,b1", "b2", "b3"};
        QTest::newRow("downgrade to a dependency")
            << "dependsone"
            << "downgrade"
            << "c1" << SL{"c2", "d1"} << SL{"d1"} << SL{"c2"};
        QTest::newRow("stamp down across branches") << "branches"
                                                    << "stamp"
                                                    << "b" << SL{"d1", "c2"} << SL{"b"} << SL{"b"};
        QTest::newRow("stamp heads from nothing")
            << "branches"
            << "stamp"
            << "heads" << SL{} << SL{"d1", "d2"} << SL{"d1", "d1,d2"};
        QTest::newRow("stamp --purge starts from no rows")
            << "branches"
            << "stamp --purge"
            << "heads" << SL{"d1", "c2"} << SL{"d1", "d2"} << SL{"d1", "d1,d2"};
        QTest::newRow("stamp --purge to one revision") << "branches"
                                                       << "stamp --purge"
                                                       << "c1" << SL{"d2"} << SL{"c1"} << SL{"c1"};
    }
    void headsAfterEachStep() {
        QFETCH(QString, graph);
        QFETCH(QString, op);
        QFETCH(QString, target);
        QFETCH(QStringList, current);
        QFETCH(QStringList, steps);
        QFETCH(QStringList, heads);
        STRATA_GRAPH_OR_FAIL(g, fixture(graph));
        const bool purge = op == "stamp --purge";
        auto plan = op == "upgrade"     ? g.planUpgrade(target, current)
                    : op == "downgrade" ? g.planDowngrade(target, current)
                                        : g.planStamp({target}, current, purge);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
        QCOMPARE(plan->revisions(), steps);
        QCOMPARE(plan->initialHeads, current);
        QCOMPARE(plan->purge, purge);
        QCOMPARE(plan->headsAfter(-1), purge ? QStringList() : current);
        QCOMPARE(plan->steps.size(), heads.size());
        for (qsizetype i = 0; i < plan->steps.size(); ++i) {
            const PlanStep& step = plan->steps[i];
            QCOMPARE(step.headsAfter, heads[i].split(',', Qt::SkipEmptyParts));
            QCOMPARE(step.headsAfter, plan->headsAfter(i));
        }
        QCOMPARE(plan->resultingHeads, plan->steps.last().headsAfter);
    }

    // Not a timed assert (benchmarks live in tests/bench): prints the best of 5 builds and
    // plans of 10,000 generated revisions, and checks the plans.
    void tenThousandRevisions_data() {
        QTest::addColumn<bool>("branchy");
        QTest::newRow("linear") << false;
        QTest::newRow("branchy") << true;
    }
    void tenThousandRevisions() {
        QFETCH(bool, branchy);
        const std::vector<Revision> revs = test::generatedRevisions(10000, branchy);
        qint64 bestBuild = -1;
        qint64 bestPlan = -1;
        for (int run = 0; run < 5; ++run) {
            std::vector<Revision> input = revs;
            QElapsedTimer timer;
            timer.start();
            GraphBuild b = RevisionGraph::build(std::move(input));
            const qint64 build = timer.nsecsElapsed();
            QVERIFY(b.ok());
            timer.restart();
            auto up = b.graph.planUpgrade("heads", {});
            QVERIFY(up);
            auto down = b.graph.planDowngrade("base", up->resultingHeads);
            QVERIFY(down);
            const qint64 plan = timer.nsecsElapsed();
            QCOMPARE(up->steps.size(), 10000);
            QCOMPARE(up->resultingHeads, QStringList{"r09999"});
            QCOMPARE(down->steps.size(), 10000);
            QVERIFY(down->resultingHeads.isEmpty());
            bestBuild = bestBuild < 0 ? build : std::min(bestBuild, build);
            bestPlan = bestPlan < 0 ? plan : std::min(bestPlan, plan);
        }
        qInfo("10000 %s revisions: build %.1f ms, plan upgrade heads + downgrade base %.1f ms",
              branchy ? "branchy" : "linear", double(bestBuild) / 1e6, double(bestPlan) / 1e6);
    }
};

QTEST_GUILESS_MAIN(TestRevisionGraph)
#include "tst_revisiongraph.moc"
