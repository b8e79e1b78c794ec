// Groups in the studio (issue 16): a discovered group of 50 databases and a static one as rows
// of the environments panel ("tenants (50) | 0 at r2, 50 behind"), expandable to their members; a
// group column in the matrix; a fleet run in FleetRunDialog (a table of the databases with status,
// step and duration, the console of the selected one, a summary); a protected group asks for
// its name; Cancel stops a fleet mid-run (rolled back, the rest not started); drift across the
// group names the member that differs from expected and how.
#include "FleetFixtures.h"
#include "GuiThreadGuard.h"
#include "SandboxDatabase.h"
#include "StudioParts.h"
#include "TestSupport.h"

#include "Project.h"
#include "dialogs/ProtectedConfirmation.h"
#include "groups/FleetProgressModel.h"
#include "groups/FleetRunDialog.h"
#include "groups/GroupStore.h"
#include "groups/GroupTreeModel.h"
#include "groups/GroupsPanel.h"
#include "run/RunLogModel.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>
#include <vector>

using namespace strata;
using namespace strata::test;

namespace {

constexpr int kMembers = 50;

} // namespace

class TestGroups : public QObject {
    Q_OBJECT

    std::vector<std::unique_ptr<SandboxDatabase>> m_dbs;
    QTemporaryDir m_dir;
    QString m_prefix;

    GroupsPanel* groupsPanel(const MainWindow& w) { return part<GroupsPanel>(w, "groupsPanel"); }
    // Waits until every group has been read (and is not being read).
    bool waitForGroups(const MainWindow& w, int timeoutMs = 30000) {
        GroupStore* g = w.session()->groups();
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            bool done = true;
            for (const GroupEntry& e : g->entries())
                done = done && e.loaded && !e.loading && !e.comparing;
            if (done)
                return true;
            QTest::qWait(20);
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase() {
        Q_INIT_RESOURCE(strata);
        FleetDatabases fleet(QStringLiteral("groupmember"), kMembers);
        m_prefix = fleet.prefix;
        writeFile(m_dir.path(), QStringLiteral("strata.toml"),
                  fleet.toml(1, QStringLiteral("[groups.pair]\n"
                                               "environments = [\"one\", \"gone\"]\n"
                                               "protected = true\n")));
        m_dbs = std::move(fleet.databases);
        writeFile(m_dir.path(), QStringLiteral("versions/r1.sql"),
                  sqlRevision(QStringLiteral("r1"), QString(),
                              QStringLiteral("CREATE TABLE t1 (id int);"),
                              QStringLiteral("DROP TABLE t1;")));
        writeFile(m_dir.path(), QStringLiteral("versions/r2.sql"),
                  sqlRevision(QStringLiteral("r2"), QStringLiteral("r1"),
                              QStringLiteral("CREATE TABLE t2 (id int);"),
                              QStringLiteral("DROP TABLE t2;")));
        forbidGuiThreadConnections();
    }

    void cleanupTestCase() {
        TestConnectionsAllowed allowed;
        m_dbs.clear();
    }

    void groupRowsUpgradeAndDrift() {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openProject(m_dir.path()));
        QVERIFY(waitForGroups(window));
        GroupsPanel* panel = groupsPanel(window);
        QVERIFY(panel->isVisibleTo(&window));
        GroupTreeModel* model = panel->model();
        QCOMPARE(model->rowCount(), 2);
        const QModelIndex tenants = model->index(0, 0);
        QCOMPARE(model->rowText(tenants),
                 QStringLiteral("tenants (%1) | 0 at r2, %1 behind (%1 at <base>) | %2 |  | ")
                     .arg(kMembers)
                     .arg(2 * kMembers));
        QVERIFY2(model->rowText(model->index(1, 0))
                     .startsWith(QStringLiteral(
                         "pair (2) | 0 at r2, 1 behind (1 at <base>), 1 unreachable")),
                 qPrintable(model->rowText(model->index(1, 0))));
        QCOMPARE(model->rowCount(tenants), kMembers);
        panel->tree()->expandAll();
        QCOMPARE(model->rowText(model->index(2, 0, tenants)),
                 m_dbs.at(2)->name() + QStringLiteral(" | <base> | 2 | behind | "));
        QVERIFY(model->rowText(model->index(1, 0, model->index(1, 0)))
                    .startsWith(QStringLiteral("gone | ? | ? | unreachable: ")));
        // The matrix: a column per group, counting its members per revision.
        MatrixModel* matrix = matrixModel(window);
        const int col = matrix->columnCount() - 2; // tenants, then pair
        QCOMPARE(matrix->headerData(col, Qt::Horizontal).toString(),
                 QStringLiteral("tenants (%1)").arg(kMembers));
        QCOMPARE(matrix->data(matrix->index(0, col)).toString(),
                 QStringLiteral("… %1").arg(kMembers));

        // The fleet run: the table of databases, the console of the selected one.
        FleetRunDialog* dialog = panel->openUpgrade(0);
        QVERIFY(dialog);
        dialog->show();
        QVERIFY(!dialog->confirmation()); // tenants is not protected
        dialog->jobs()->setValue(2);
        QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->hasRun(), 30000);
        QCOMPARE(dialog->summary(), QStringLiteral("%1 databases: %1 upgraded").arg(kMembers));
        for (int i = 0; i < kMembers; ++i)
            QVERIFY2(dialog->progress()->rowText(i).startsWith(
                         m_dbs.at(i)->name() + QStringLiteral(" | done: r2 | r2 (2/2) | ")),
                     qPrintable(dialog->progress()->rowText(i)));
        // The console shows the selected database's run; another row shows another's.
        dialog->table()->selectRow(3);
        QVERIFY(dialog->console()->model()->rowCount() > 0);
        QVERIFY2(dialog->console()
                     ->model()
                     ->lines()
                     .join(QLatin1Char('\n'))
                     .contains(m_dbs.at(3)->name()),
                 qPrintable(dialog->console()->model()->lines().join(QLatin1Char('\n'))));
        QVERIFY2(dialog->console()
                     ->model()
                     ->lines()
                     .join(QLatin1Char('\n'))
                     .contains(QStringLiteral("CREATE TABLE t2")),
                 qPrintable(dialog->console()->model()->lines().join(QLatin1Char('\n'))));
        QVERIFY(!dialog->startButton()->isEnabled());
        dialog->grab().save(QDir::temp().filePath(QStringLiteral("tst_groups_fleet.png")));
        dialog->close();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowText(tenants),
                                  QStringLiteral("tenants (%1) | %1 at r2 | 0 |  | ").arg(kMembers),
                                  20000);
        QCOMPARE(matrix->data(matrix->index(0, col)).toString(),
                 QStringLiteral("● %1").arg(kMembers));

        // Drift across the group: one member changed by hand.
        {
            TestConnectionsAllowed allowed;
            QVERIFY((*m_dbs.at(4)->connect())
                        ->exec(QStringLiteral("ALTER TABLE t1 ADD COLUMN extra int")));
        }
        panel->tree()->setCurrentIndex(tenants);
        QVERIFY(panel->compareButton()->isEnabled());
        QTest::mouseClick(panel->compareButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            !window.session()->groups()->entries().at(0).comparing &&
                window.session()->groups()->entries().at(0).comparedAt.isValid(),
            60000);
        {
            TestConnectionsAllowed allowed;
            QVERIFY((*m_dbs.at(4)->connect())
                        ->exec(QStringLiteral("ALTER TABLE t1 DROP COLUMN extra")));
        }
        QCOMPARE(model->data(model->index(0, GroupTreeModel::Drift)).toString(),
                 QStringLiteral("%1 databases: %2 as expected, 1 drifted (%3: 1 difference)")
                     .arg(kMembers)
                     .arg(kMembers - 1)
                     .arg(m_dbs.at(4)->name()));
        const QModelIndex drifted = model->index(4, GroupTreeModel::Drift, tenants);
        QCOMPARE(model->data(drifted).toString(), QStringLiteral("1 difference(s)"));
        QVERIFY2(model->data(drifted, Qt::ToolTipRole).toString().contains(QStringLiteral("t1")),
                 qPrintable(model->data(drifted, Qt::ToolTipRole).toString()));
        QCOMPARE(model->data(model->index(0, GroupTreeModel::Drift, tenants)).toString(),
                 QStringLiteral("as expected"));
        panel->tree()->resizeColumnToContents(0);
        window.grab().save(QDir::temp().filePath(QStringLiteral("tst_groups_window.png")));
    }

    void protectedGroupAsksForItsName() {
        MainWindow window;
        QVERIFY(window.openProject(m_dir.path()));
        QVERIFY(waitForGroups(window));
        FleetRunDialog* dialog = groupsPanel(window)->openUpgrade(1);
        QVERIFY(dialog->confirmation());
        QVERIFY(!dialog->startButton()->isEnabled());
        dialog->start(); // refused: nothing runs
        QVERIFY(!dialog->isRunning());
        QVERIFY(!dialog->confirmation()->refusal().isEmpty());
        dialog->confirmation()->edit()->setText(QStringLiteral("pair"));
        QVERIFY(dialog->startButton()->isEnabled());
        dialog->start();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->hasRun(), 30000);
        QVERIFY2(
            dialog->summary().startsWith(QStringLiteral("2 databases: 1 already at the "
                                                        "target, 1 unreachable: gone \u2014 ")),
            qPrintable(dialog->summary()));
        delete dialog;
    }

    void cancelStopsTheFleet() {
        // Downgrade everything to r1 first (through a fleet run of the core), then a slow r2.
        QTemporaryDir slow;
        writeFile(slow.path(), QStringLiteral("strata.toml"),
                  test::readFile(m_dir.filePath(QStringLiteral("strata.toml"))));
        writeFile(slow.path(), QStringLiteral("versions/r1.sql"),
                  test::readFile(m_dir.filePath(QStringLiteral("versions/r1.sql"))));
        writeFile(slow.path(), QStringLiteral("versions/r2.sql"),
                  sqlRevision(QStringLiteral("r2"), QStringLiteral("r1"),
                              QStringLiteral("CREATE TABLE t2 (id int);\nSELECT pg_sleep(30);"),
                              QStringLiteral("DROP TABLE t2;")));
        for (const auto& db : m_dbs) {
            TestConnectionsAllowed allowed;
            auto c = db->connect();
            QVERIFY((*c)->exec(QStringLiteral("DROP TABLE t2; UPDATE alembic_version SET "
                                              "version_num = 'r1'")));
        }
        MainWindow window;
        QVERIFY(window.openProject(slow.path()));
        QVERIFY(waitForGroups(window));
        FleetRunDialog* dialog = groupsPanel(window)->openUpgrade(0);
        dialog->jobs()->setValue(2);
        dialog->start();
        TestConnectionsAllowed allowed; // the test's sampler (the studio works on its threads)
        auto c = m_dbs.front()->connect();
        QTRY_COMPARE_WITH_TIMEOUT(
            (*c)->execParams(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE query "
                                            "LIKE '%pg_sleep(30)%' AND starts_with(datname, $1) "
                                            "AND pid <> pg_backend_pid()"),
                             {m_prefix})
                ->scalar(),
            QStringLiteral("2"), 20000);
        QVERIFY(dialog->cancelButton()->isEnabled());
        QElapsedTimer t;
        t.start();
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->hasRun(), 15000);
        qInfo("cancelled in %lld ms", t.elapsed());
        QVERIFY2(
            dialog->summary().startsWith(QStringLiteral("%1 databases: 2 cancelled, %2 not started")
                                             .arg(kMembers)
                                             .arg(kMembers - 2)),
            qPrintable(dialog->summary()));
        for (const auto& db : m_dbs)
            QCOMPARE(db->versionRows(), QStringLiteral("r1"));
        delete dialog;
    }
};

QTEST_MAIN(TestGroups)
#include "tst_groups.moc"
