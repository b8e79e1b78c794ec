// RevisionGraph target grammar (Alembic's get_revisions / get_revision /
// _resolve_revision_number) and history ranges (walk_revisions). Cases marked "alembic:" are
// ported from Alembic's tests/test_revision.py.

#include "revision/RevisionGraph.h"

#include <QTest>

#include <algorithm>

using namespace strata;

namespace {

Revision rev(const QString& id, const QStringList& parents = {}, const QStringList& labels = {},
             const QStringList& deps = {}) {
    Revision r;
    r.id = id;
    r.parents = parents;
    r.branchLabels = labels;
    r.dependsOn = deps;
    r.fileName = id + QStringLiteral(".sql");
    r.filePath = QStringLiteral("/project/versions/") + r.fileName;
    return r;
}

RevisionGraph graphOf(const QString& name) {
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
    }
    std::stable_sort(r.begin(), r.end(),
                     [](const Revision& x, const Revision& y) { return x.fileName < y.fileName; });
    auto g = RevisionGraph::fromRevisions(r);
    return g ? *g : RevisionGraph();
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
        const RevisionGraph g = graphOf(graph);
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
        const RevisionGraph g = graphOf("branches");
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
        const RevisionGraph g = graphOf(graph);
        auto h = g.historyRange(range);
        if (!error.isEmpty()) {
            QVERIFY(!h);
            QVERIFY2(h.error().message.contains(error), qPrintable(h.error().message));
            return;
        }
        QVERIFY2(h, qPrintable(h ? QString() : h.error().message));
        QCOMPARE(*h, expected);
    }

    void historyDefaults() {
        const RevisionGraph g = graphOf("branches");
        QCOMPARE(*g.history(), (QStringList{"d1", "c1", "d2", "c2", "b", "a"}));
        QCOMPARE(*g.history("c1"), (QStringList{"d1", "c1"}));
    }
};

QTEST_GUILESS_MAIN(TestTargets)
#include "tst_targets.moc"
