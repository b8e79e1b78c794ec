// The plan dialog on an Alembic project: `.py` steps show the SQL Alembic's offline mode renders
// through the bridge (off the GUI thread), the get_bind revision its Python source under "SQL
// known only when run", and closing the dialog cancels a rendering that is still running.
#include "DriftFixtures.h"
#include "GuiThreadGuard.h"
#include "Project.h"
#include "TestSupport.h"
#include "common/SqlView.h"
#include "dialogs/PlanDialog.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace strata;
using strata::test::readFile;
using strata::test::writeFile;

namespace {

const QString kFixture = QStringLiteral(STRATA_FIXTURES_DIR "/alembic_project");

// The fixture in `dir`, its interpreter `python`.
void makeProject(const QString& dir, const QString& python) {
    strata::test::copyAlembicProject(dir, QStringLiteral("postgresql://nobody@127.0.0.1:1/none"),
                                     {}, python, QStringLiteral("dev"));
}

PlannedRun upgradeHeads(const QString& dir) {
    auto project = Project::open(dir);
    if (!project)
        qFatal("%s", qPrintable(project.error().toString()));
    PlannedRun run;
    run.project = std::make_shared<const Project>(std::move(project).value());
    run.environment = run.project->config().environments().constFirst();
    run.request.kind = RunRequest::Kind::Upgrade;
    run.request.targets = {QStringLiteral("heads")};
    run.description = QStringLiteral("Upgrade dev to heads");
    auto plan = run.project->graph().planUpgrade(QStringLiteral("heads"), {});
    if (!plan)
        qFatal("%s", qPrintable(plan.error().toString()));
    run.plan = plan.value();
    return run;
}

int stepOf(const PlannedRun& run, const QString& revision) {
    return int(run.plan.revisions().indexOf(revision));
}

} // namespace

class TestPlanDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { strata::test::forbidGuiThreadConnections(); }

    void pythonStepsRendered() {
        QTemporaryDir dir;
        makeProject(dir.path(), QStringLiteral("/usr/bin/python3"));
        const PlannedRun run = upgradeHeads(dir.path());
        PlanDialog dialog(run, {}, true);
        QSignalSpy ready(&dialog, &PlanDialog::pythonSqlReady);
        dialog.show();
        QVERIFY(dialog.isRendering()); // off the GUI thread: the dialog is up meanwhile
        const int items = stepOf(run, QStringLiteral("a1000001"));
        QVERIFY(dialog.stepSql(items).contains(QStringLiteral("rendering its SQL")));
        QVERIFY(ready.wait(120000));
        QVERIFY(!dialog.isRendering());

        QVERIFY2(dialog.stepSql(items).startsWith(QStringLiteral("CREATE TABLE items (")),
                 qPrintable(dialog.stepSql(items)));
        auto* view = dialog.findChild<SqlView*>();
        QVERIFY(view);
        auto* steps = dialog.findChild<QTreeWidget*>(QStringLiteral("planSteps"));
        QVERIFY(steps);
        steps->setCurrentItem(steps->topLevelItem(items));
        QVERIFY2(view->text().contains(QStringLiteral("INSERT INTO items (name) VALUES")),
                 qPrintable(view->text()));

        const int loop = stepOf(run, QStringLiteral("d4000001"));
        steps->setCurrentItem(steps->topLevelItem(loop));
        QVERIFY2(view->text().contains(QStringLiteral("SQL known only when run")),
                 qPrintable(view->text()));
        QVERIFY(view->text().contains(QStringLiteral("-- def upgrade():")));
        QVERIFY(view->text().contains(QStringLiteral("bind = op.get_bind()")));
        QVERIFY(view->text().contains(QStringLiteral("d4000001_loop_backfill.py:17")));
        // An SQL revision in Python form keeps Strata's own SQL.
        QVERIFY(dialog.stepSql(stepOf(run, QStringLiteral("e5000001")))
                    .contains(QStringLiteral("CREATE INDEX CONCURRENTLY")));
    }

    // Without a usable interpreter the steps are still listed, each .py step saying why.
    void noInterpreter() {
        QTemporaryDir dir;
        makeProject(dir.path(), QStringLiteral("/nonexistent/python3"));
        const PlannedRun run = upgradeHeads(dir.path());
        PlanDialog dialog(run, {}, true);
        QSignalSpy ready(&dialog, &PlanDialog::pythonSqlReady);
        QVERIFY(ready.wait(60000));
        QCOMPARE(dialog.stepCount(), 6);
        const QString sql = dialog.stepSql(stepOf(run, QStringLiteral("a1000002")));
        QVERIFY2(sql.contains(QStringLiteral("SQL unknown: Python interpreter "
                                             "'/nonexistent/python3'")),
                 qPrintable(sql));
    }

    // Closing the dialog cancels the rendering: the bridge that never gets ready is stopped.
    void closingCancels() {
        QTemporaryDir dir;
        const QString pidFile = dir.filePath(QStringLiteral("bridge.pid"));
        const QString python =
            writeFile(dir.path(), QStringLiteral("python-stuck"),
                      QStringLiteral("#!/bin/sh\ncase \"$1\" in *strata_alembic_bridge.py) echo "
                                     "$$ > '%1'; exec sleep 600;; esac\nexec /usr/bin/python3 "
                                     "\"$@\"\n")
                          .arg(pidFile));
        QFile::setPermissions(python, QFile::permissions(python) | QFile::ExeOwner);
        makeProject(dir.path() + QStringLiteral("/p"), python);
        const PlannedRun run = upgradeHeads(dir.path() + QStringLiteral("/p"));
        auto dialog = std::make_unique<PlanDialog>(run, QStringList(), true);
        QSignalSpy ready(dialog.get(), &PlanDialog::pythonSqlReady);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(pidFile) && !readFile(pidFile).isEmpty(), 60000);
        const QString pid = readFile(pidFile).trimmed();
        QVERIFY(QFileInfo::exists(QStringLiteral("/proc/") + pid));
        dialog->reject();
        QVERIFY(!dialog->isRendering());
        QVERIFY(dialog->stepSql(stepOf(run, QStringLiteral("a1000001")))
                    .contains(QStringLiteral("rendering cancelled")));
        dialog.reset();
        // Stopped by the cancel, long before the bridge's 60 s start timeout would.
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(QStringLiteral("/proc/") + pid), 30000);
        QCOMPARE(ready.count(), 0);
    }
};

QTEST_MAIN(TestPlanDialog)
#include "tst_plandialog.moc"
