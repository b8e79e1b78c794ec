// RevisionGraph target grammar (Alembic's get_revisions / get_revision /
// _resolve_revision_number) and history ranges (walk_revisions). Cases marked "alembic:" are
// ported from Alembic's tests/test_revision.py.

#include "RevisionBuilders.h"
#include "revision/RevisionGraph.h"

#include <QTest>

#include <algorithm>

using namespace strata;

namespace {

using test::rev;

// Maps of Alembic's tests/test_revision.py, in the test's order (= revision map key order).
std::vector<Revision> alembicMap(const QString& name) {
    std::vector<Revision> r;
    if (name == QLatin1String("LabeledBranchTest")) {
        r = {rev("a", {}, {"abranch"}),
             rev("b", {"a"}),
             rev("somelongername", {"b"}),
             rev("c", {"somelongername"}),
             rev("d"),
             rev("e", {"d"}, {"ebranch"}),
             rev("someothername", {"e"}),
             rev("f", {"someothername"})};
    } else if (name == QLatin1String("DiamondTest")) {
        r = {rev("a"), rev("b1", {"a"}), rev("b2", {"a"}), rev("c", {"b1", "b2"}), rev("d", {"c"})};
    } else if (name == QLatin1String("LongShortBranchTest")) {
        r = {rev("a"),          rev("b1", {"a"}),   rev("b2", {"a"}),
             rev("c1", {"b1"}), rev("d11", {"c1"}), rev("d12", {"c1"})};
    } else if (name == QLatin1String("MultipleBranchTest")) {
        r = {rev("a"),
             rev("b1", {"a"}),
             rev("b2", {"a"}),
             rev("cb1", {"b1"}),
             rev("cb2", {"b2"}),
             rev("d1cb1", {"cb1"}),
             rev("d2cb1", {"cb1"}),
             rev("d1cb2", {"cb2"}),
             rev("d2cb2", {"cb2"}),
             rev("d3cb2", {"cb2"}),
             rev("d1d2cb2", {"d1cb2", "d2cb2"})};
    } else if (name == QLatin1String("BranchTravellingTest")) {
        r = {rev("a1"),
             rev("a2", {"a1"}),
             rev("a3", {"a2"}),
             rev("b1", {"a3"}),
             rev("b2", {"a3"}),
             rev("cb1", {"b1"}),
             rev("cb2", {"b2"}),
             rev("db1", {"cb1"}),
             rev("db2", {"cb2"}),
             rev("e1b1", {"db1"}),
             rev("fe1b1", {"e1b1"}),
             rev("e2b1", {"db1"}),
             rev("e2b2", {"db2"}),
             rev("merge", {"e2b1", "e2b2"})};
    } else if (name == QLatin1String("MultipleBranchEffectiveHead")) {
        r = {rev("y1", {}, {"y"}), rev("x1", {}, {"x"}), rev("y2", {"y1"}, {}, {"x1"}),
             rev("x2", {"x1"})};
    }
    return r;
}

// The revisions of a named graph (empty for an unknown name).
std::vector<Revision> graphOf(const QString& name) {
    std::vector<Revision> r;
    if (name == QLatin1String("branches")) {
        r = {rev("a"),
             rev("b", {"a"}),
             rev("c1", {"b"}, {"c1branch"}),
             rev("c2", {"b"}, {"c2branch"}),
             rev("d1", {"c1"}),
             rev("d2", {"c2"})};
    } else if (name == QLatin1String("linear")) {
        r = {rev("a"), rev("b", {"a"}), rev("c", {"b"}), rev("d", {"c"})};
    } else if (name == QLatin1String("prefixes")) {
        // alembic: test_revision.py APITest-style partial identifiers
        r = {rev("abcdef01"), rev("abcdef02", {"abcdef01"}), rev("abc123", {"abcdef02"}),
             rev("xyz9", {"abc123"}, {"xylabel"})};
    } else if (name == QLatin1String("deps")) {
        r = {rev("a1"), rev("b1", {}, {}, {"a1"})};
    } else {
        return alembicMap(name);
    }
    return test::sortedByFile(std::move(r));
}

} // namespace

class TestTargets : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void resolve_data() {
        QTest::addColumn<QString>("graph");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("error");
        using SL = QStringList;
        const QString ok;
        QTest::newRow("head") << "linear"
                              << "head" << SL{"d"} << ok;
        QTest::newRow("heads") << "branches"
                               << "heads" << SL{"d1", "d2"} << ok;
        QTest::newRow("base") << "linear"
                              << "base" << SL{} << ok;
        QTest::newRow("full id") << "linear"
                                 << "c" << SL{"c"} << ok;
        QTest::newRow("head with several heads") << "branches"
                                                 << "head" << SL{}
                                                 << "Multiple heads are present for given argument "
                                                    "'head': d1, d2";
        QTest::newRow("label") << "branches"
                               << "c1branch" << SL{"c1"} << ok;
        QTest::newRow("label@head") << "branches"
                                    << "c1branch@head" << SL{"d1"} << ok;
        QTest::newRow("label@heads") << "branches"
                                     << "c2branch@heads" << SL{"d2"} << ok;
        QTest::newRow("label@base") << "branches"
                                    << "c2branch@base" << SL{} << ok;
        QTest::newRow("rev@head") << "branches"
                                  << "c2@head" << SL{"d2"} << ok;
        QTest::newRow("label@rev") << "branches"
                                   << "c1branch@d1" << SL{"d1"} << ok;
        QTest::newRow("label@rev not on the branch") << "branches"
                                                     << "c1branch@d2" << SL{}
                                                     << "Revision d2 is not a member of branch "
                                                        "'c1branch'";
        QTest::newRow("unknown branch") << "branches"
                                        << "nosuch@c1" << SL{} << "No such branch: 'nosuch'";
        QTest::newRow("unknown branch @head")
            << "branches"
            << "nosuch@head" << SL{} << "No such revision or branch 'nosuch'";
        QTest::newRow("shared ancestor @head is ambiguous")
            << "branches"
            << "b@head" << SL{}
            << "Multiple heads are present for given "
               "argument 'b@head'";
        QTest::newRow("-1 from every head") << "branches"
                                            << "-1" << SL{"c1", "c2"} << ok;
        QTest::newRow("label@-1") << "branches"
                                  << "c2branch@-1" << SL{"c2"} << ok;
        QTest::newRow("-2 linear") << "linear"
                                   << "-2" << SL{"b"} << ok;
        QTest::newRow("unknown") << "linear"
                                 << "zzzz" << SL{}
                                 << "No such revision or branch "
                                    "'zzzz'";
        QTest::newRow("unknown short") << "linear"
                                       << "zz" << SL{} << "please ensure at least four characters";
        QTest::newRow("unique prefix") << "prefixes"
                                       << "abc1" << SL{"abc123"} << ok;
        QTest::newRow("prefix of a label") << "prefixes"
                                           << "xyla" << SL{"xyz9"} << ok;
        QTest::newRow("ambiguous prefix")
            << "prefixes"
            << "abcdef" << SL{} << "Multiple revisions start with 'abcdef': 'abcdef01', 'abcdef02'";
        QTest::newRow("ambiguous short prefix")
            << "prefixes"
            << "ab" << SL{}
            << "Multiple revisions start with 'ab': 'abc123', 'abcdef01', 'abcdef02'";
        QTest::newRow("prefix matching an id and a label")
            << "prefixes"
            << "xy" << SL{}
            << "Multiple revisions start with 'xy': 'xyz9', "
               "'xylabel'";
        QTest::newRow("effective heads") << "deps"
                                         << "heads" << SL{"b1"} << ok;
        QTest::newRow("head ignores dependencies")
            << "deps"
            << "head" << SL{} << "Multiple heads are present";
    }
    void resolve() {
        QFETCH(QString, graph);
        QFETCH(QString, target);
        QFETCH(QStringList, expected);
        QFETCH(QString, error);
        STRATA_GRAPH_OR_FAIL(g, graphOf(graph));
        QVERIFY(!g.isEmpty());
        auto r = g.resolve(target);
        if (!error.isEmpty()) {
            QVERIFY2(!r, qPrintable(r ? r->join(',') : QString()));
            QCOMPARE(r.error().code, ErrorCode::Target);
            QVERIFY2(r.error().message.contains(error), qPrintable(r.error().message));
            return;
        }
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(*r, expected);
    }

    void resolveOne() {
        STRATA_GRAPH_OR_FAIL(g, graphOf("branches"));
        QCOMPARE(*g.resolveOne("c2branch@head"), QStringLiteral("d2"));
        QCOMPARE(*g.resolveOne("base"), QString());
        auto many = g.resolveOne("heads");
        QVERIFY(!many);
        QVERIFY(many.error().message.contains("Multiple heads"));
    }

    void history_data() {
        QTest::addColumn<QString>("graph");
        QTest::addColumn<QString>("range");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("error");
        using SL = QStringList;
        const QString ok;
        QTest::newRow("everything") << "branches"
                                    << ":" << SL{"d1", "c1", "d2", "c2", "b", "a"} << ok;
        QTest::newRow("from a revision") << "branches"
                                         << "b:" << SL{"d1", "c1", "d2", "c2", "b"} << ok;
        QTest::newRow("between") << "branches"
                                 << "b:d2" << SL{"d2", "c2", "b"} << ok;
        QTest::newRow("up to") << "linear"
                               << ":c" << SL{"c", "b", "a"} << ok;
        QTest::newRow("relative lower") << "linear"
                                        << "-2:" << SL{"d", "c", "b"} << ok;
        QTest::newRow("relative lower overwalking") << "linear"
                                                    << "-9:c" << SL{"c", "b", "a"} << ok;
        // Alembic resolves an overwalked lower bound against the upper one as "<upper>@<upper>",
        // which fails for the symbol "heads".
        QTest::newRow("relative lower overwalking to heads")
            << "linear"
            << "-9:" << SL{} << "No such branch: 'heads'";
        QTest::newRow("branch base")
            << "branches"
            << "c2branch@base:c2branch@head" << SL{"d2", "c2", "b", "a"} << ok;
        QTest::newRow("not an ancestor")
            << "branches"
            << "c1:d2" << SL{} << "Revision c1 is not an ancestor of revision d2";
        QTest::newRow("no colon") << "linear"
                                  << "abc" << SL{} << "History range requires";
    }
    void history() {
        QFETCH(QString, graph);
        QFETCH(QString, range);
        QFETCH(QStringList, expected);
        QFETCH(QString, error);
        STRATA_GRAPH_OR_FAIL(g, graphOf(graph));
        auto h = g.historyRange(range);
        if (!error.isEmpty()) {
            QVERIFY(!h);
            QVERIFY2(h.error().message.contains(error), qPrintable(h.error().message));
            return;
        }
        QVERIFY2(h, qPrintable(h ? QString() : h.error().message));
        QCOMPARE(*h, expected);
    }

    // alembic: test_revision.py DownIterateTest._assert_iteration(upper, lower) cases, through
    // history(lower, upper) (inclusive, no implicit base: walk_revisions).
    void alembicIteration_data() {
        QTest::addColumn<QString>("graph");
        QTest::addColumn<QString>("upper");
        QTest::addColumn<QString>("lower");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("error");
        using SL = QStringList;
        const QString ok;
        const SL eBranch{"f", "someothername", "e", "d"};
        const SL aBranch{"c", "somelongername", "b", "a"};
        QTest::newRow("LabeledBranchTest.test_iterate_head_to_named_base e")
            << "LabeledBranchTest"
            << "heads"
            << "ebranch@base" << eBranch << ok;
        QTest::newRow("LabeledBranchTest.test_iterate_head_to_named_base a")
            << "LabeledBranchTest"
            << "heads"
            << "abranch@base" << aBranch << ok;
        QTest::newRow("LabeledBranchTest.test_iterate_named_head_to_base e")
            << "LabeledBranchTest"
            << "ebranch@head"
            << "base" << eBranch << ok;
        QTest::newRow("LabeledBranchTest.test_iterate_named_head_to_base a")
            << "LabeledBranchTest"
            << "abranch@head"
            << "base" << aBranch << ok;
        QTest::newRow("LabeledBranchTest.test_iterate_named_head_to_heads")
            << "LabeledBranchTest"
            << "heads"
            << "ebranch@head" << SL{"f"} << ok;
        QTest::newRow("LabeledBranchTest.test_iterate_named_rev_to_heads")
            << "LabeledBranchTest"
            << "heads"
            << "ebranch@d" << eBranch << ok;
        QTest::newRow("LabeledBranchTest.test_iterate_head_to_version_specific_base e")
            << "LabeledBranchTest"
            << "heads"
            << "e@base" << eBranch << ok;
        QTest::newRow("LabeledBranchTest.test_iterate_head_to_version_specific_base c")
            << "LabeledBranchTest"
            << "heads"
            << "c@base" << aBranch << ok;
        QTest::newRow("LabeledBranchTest.test_branch_w_down_relative")
            << "LabeledBranchTest"
            << "heads"
            << "ebranch@-2" << SL{"f", "someothername", "e"} << ok;
        QTest::newRow("LabeledBranchTest.test_branch_w_up_relative")
            << "LabeledBranchTest"
            << "ebranch@+2"
            << "base" << SL{"e", "d"} << ok;
        QTest::newRow("DiamondTest.test_iterate_simple_diamond")
            << "DiamondTest"
            << "d"
            << "a" << SL{"d", "c", "b1", "b2", "a"} << ok;
        QTest::newRow("LongShortBranchTest.test_iterate_full")
            << "LongShortBranchTest"
            << "heads"
            << "base" << SL{"b2", "d11", "d12", "c1", "b1", "a"} << ok;
        QTest::newRow("MultipleBranchTest.test_iterate_from_merge_point")
            << "MultipleBranchTest"
            << "d1d2cb2"
            << "a" << SL{"d1d2cb2", "d1cb2", "d2cb2", "cb2", "b2", "a"} << ok;
        QTest::newRow("MultipleBranchTest.test_iterate_single_branch")
            << "MultipleBranchTest"
            << "d3cb2"
            << "a" << SL{"d3cb2", "cb2", "b2", "a"} << ok;
        QTest::newRow("MultipleBranchTest.test_iterate_single_branch_to_base")
            << "MultipleBranchTest"
            << "d3cb2"
            << "base" << SL{"d3cb2", "cb2", "b2", "a"} << ok;
        QTest::newRow("MultipleBranchTest.test_same_branch_wrong_direction")
            << "MultipleBranchTest"
            << "b1"
            << "d1cb1" << SL{} << "Revision d1cb1 is not an ancestor of revision b1";
        QTest::newRow("MultipleBranchTest.test_distinct_branches")
            << "MultipleBranchTest"
            << "d2cb2"
            << "b1" << SL{} << "Revision b1 is not an ancestor of revision d2cb2";
        QTest::newRow("BranchTravellingTest.test_two_branches_to_root")
            << "BranchTravellingTest"
            << "merge"
            << "a1"
            << SL{"merge", "e2b1", "db1", "cb1", "b1", "e2b2", "db2", "cb2", "b2", "a3", "a2", "a1"}
            << ok;
        QTest::newRow("BranchTravellingTest.test_two_branches_end_in_branch")
            << "BranchTravellingTest"
            << "merge"
            << "b1" << SL{"merge", "e2b1", "db1", "cb1", "b1"} << ok;
        QTest::newRow("BranchTravellingTest.test_two_branches_end_behind_branch")
            << "BranchTravellingTest"
            << "merge"
            << "a2"
            << SL{"merge", "e2b1", "db1", "cb1", "b1", "e2b2", "db2", "cb2", "b2", "a3", "a2"}
            << ok;
    }
    void alembicIteration() {
        QFETCH(QString, graph);
        QFETCH(QString, upper);
        QFETCH(QString, lower);
        QFETCH(QStringList, expected);
        QFETCH(QString, error);
        STRATA_GRAPH_OR_FAIL(g, graphOf(graph));
        QVERIFY(!g.isEmpty());
        auto h = g.history(lower, upper);
        if (!error.isEmpty()) {
            QVERIFY(!h);
            QVERIFY2(h.error().message.contains(error), qPrintable(h.error().message));
            return;
        }
        QVERIFY2(h, qPrintable(h ? QString() : h.error().message));
        QCOMPARE(*h, expected);
    }

    // alembic: test_revision.py LabeledBranchTest get_revision cases.
    void alembicGetRevision_data() {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("error");
        const QString ok;
        QTest::newRow("test_partial_id_resolve e") << "ebranch@some"
                                                   << "someothername" << ok;
        QTest::newRow("test_partial_id_resolve a") << "abranch@some"
                                                   << "somelongername" << ok;
        QTest::newRow("test_partial_id_resolve_too_short")
            << "ebranch@sos" << QString()
            << "No such revision or branch 'sos'; please ensure at least four characters are "
               "present for partial revision identifier matches";
        QTest::newRow("test_branch_at_heads") << "abranch@heads"
                                              << "c" << ok;
        QTest::newRow("test_branch_at_syntax head") << "abranch@head"
                                                    << "c" << ok;
        QTest::newRow("test_branch_at_syntax base") << "abranch@base" << QString() << ok;
        QTest::newRow("test_branch_at_syntax ehead") << "ebranch@head"
                                                     << "f" << ok;
        QTest::newRow("test_branch_at_syntax rev") << "ebranch@d"
                                                   << "d" << ok;
        QTest::newRow("test_branch_at_self") << "ebranch@ebranch"
                                             << "e" << ok;
        QTest::newRow("test_retrieve_branch_revision a") << "abranch"
                                                         << "a" << ok;
        QTest::newRow("test_retrieve_branch_revision e") << "ebranch"
                                                         << "e" << ok;
        QTest::newRow("test_rev_not_in_branch e")
            << "ebranch@b" << QString() << "Revision b is not a member of branch 'ebranch'";
        QTest::newRow("test_rev_not_in_branch a")
            << "abranch@d" << QString() << "Revision d is not a member of branch 'abranch'";
        QTest::newRow("test_actually_short_rev_name") << "e"
                                                      << "e" << ok;
        QTest::newRow("test_no_revision_exists")
            << "abranch@qprstuv" << QString() << "No such revision or branch 'qprstuv'";
        QTest::newRow("test_not_actually_a_branch") << "e@d"
                                                    << "d" << ok;
        QTest::newRow("test_not_actually_a_branch_partial_resolution") << "someoth@d"
                                                                       << "d" << ok;
        QTest::newRow("test_no_such_branch") << "x@d" << QString() << "No such branch: 'x'";
    }
    void alembicGetRevision() {
        QFETCH(QString, target);
        QFETCH(QString, expected);
        QFETCH(QString, error);
        STRATA_GRAPH_OR_FAIL(g, graphOf("LabeledBranchTest"));
        auto r = g.resolveOne(target);
        if (!error.isEmpty()) {
            QVERIFY(!r);
            QCOMPARE(r.error().code, ErrorCode::Target);
            QVERIFY2(r.error().message.contains(error), qPrintable(r.error().message));
            return;
        }
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(*r, expected);
    }

    // alembic: test_revision.py MultipleBranchEffectiveHead (select_for_downgrade).
    void alembicEffectiveHeadDowngrade_data() {
        QTest::addColumn<QStringList>("current");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("test_other_downgrade") << QStringList{"x2", "y2"} << QStringList{"x2"};
        QTest::newRow("test_use_all_current") << QStringList{"x1", "y2"} << QStringList{"y2", "x1"};
        QTest::newRow("test_effective_head") << QStringList{"y2"} << QStringList{"y2", "x1"};
    }
    void alembicEffectiveHeadDowngrade() {
        QFETCH(QStringList, current);
        QFETCH(QStringList, expected);
        STRATA_GRAPH_OR_FAIL(g, graphOf("MultipleBranchEffectiveHead"));
        auto plan = g.planDowngrade("x@-1", current);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
        QCOMPARE(plan->revisions(), expected);
    }

    void historyDefaults() {
        STRATA_GRAPH_OR_FAIL(g, graphOf("branches"));
        QCOMPARE(*g.history(), (QStringList{"d1", "c1", "d2", "c2", "b", "a"}));
        QCOMPARE(*g.history("c1"), (QStringList{"d1", "c1"}));
    }
};

QTEST_GUILESS_MAIN(TestTargets)
#include "tst_targets.moc"
