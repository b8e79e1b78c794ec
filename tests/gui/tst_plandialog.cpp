// The plan dialog. Its pre-flight on an SQL project against a real database: lint findings,
// locks, the rows and size a DROP TABLE removes (read off the GUI thread), timeouts, backup and
// the last known drift; a broken step disables Run; a protected environment with error findings
// needs the acknowledgement and the name; Enter in the name box runs (or says why not); Copy
// step SQL and Export as SQL. On an Alembic project: `.py` steps show the SQL Alembic's offline
// mode renders through the bridge (off the GUI thread), the get_bind revision its Python source
// under "SQL known only when run", and closing the dialog cancels a rendering that is still
// running.
#include "DriftFixtures.h"
#include "GuiThreadGuard.h"
#include "Project.h"
#include "SandboxDatabase.h"
#include "TestSupport.h"
#include "common/ReadOnlyCodeView.h"
#include "dialogs/PlanDialog.h"
#include "dialogs/PreFlightSummary.h"
#include "dialogs/PreFlightView.h"
#include "preflight/PlanScript.h"
#include "preflight/PreFlight.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <optional>

using namespace strata;
using strata::test::readFile;
using strata::test::SandboxDatabase;
using strata::test::TestConnectionsAllowed;
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

// An SQL project on `url`: r1 creates items and old_items; r2 (the plan, from r1) indexes
// items without CONCURRENTLY and drops old_items, or, `broken`, builds the index CONCURRENTLY
// in a transactional revision.
PlannedRun sqlUpgrade(const QString& dir, const QString& url, bool isProtected,
                      bool broken = false) {
    writeFile(dir, QStringLiteral("strata.toml"),
              QStringLiteral("[project]\nversions = \"versions\"\n\n[environments.prod]\nurl = "
                             "\"%1\"\nprotected = %2\nlock_timeout = \"5s\"\nbackup = true\n")
                  .arg(url, isProtected ? QStringLiteral("true") : QStringLiteral("false")));
    writeFile(dir, QStringLiteral("versions/r1.sql"),
              QStringLiteral("-- Revision ID: r1\n-- Revises:\n\n-- migrate:upgrade\n"
                             "CREATE TABLE items (id int, name text);\n"
                             "CREATE TABLE old_items (id int, payload text);\n\n"
                             "-- migrate:downgrade\nDROP TABLE old_items;\nDROP TABLE items;\n"));
    writeFile(dir, QStringLiteral("versions/r2.sql"),
              QStringLiteral("-- Revision ID: r2\n-- Revises: r1\n-- Message: index, drop\n\n"
                             "-- migrate:upgrade\n%1\nDROP TABLE old_items;\n\n"
                             "-- migrate:downgrade\nDROP INDEX items_name;\n"
                             "CREATE TABLE old_items (id int, payload text);\n")
                  .arg(broken
                           ? QStringLiteral("CREATE INDEX CONCURRENTLY items_name ON items (name);")
                           : QStringLiteral("CREATE INDEX items_name ON items (name);")));
    auto project = Project::open(dir);
    if (!project)
        qFatal("%s", qPrintable(project.error().toString()));
    PlannedRun run;
    run.project = std::make_shared<const Project>(std::move(project).value());
    run.environment = run.project->config().environments().constFirst();
    run.request.kind = RunRequest::Kind::Upgrade;
    run.request.targets = {QStringLiteral("heads")};
    run.request.environment = run.environment.name;
    run.description = QStringLiteral("Upgrade prod to heads");
    auto plan = run.project->graph().planUpgrade(QStringLiteral("heads"), {QStringLiteral("r1")});
    if (!plan)
        qFatal("%s", qPrintable(plan.error().toString()));
    run.plan = plan.value();
    return run;
}

// The database of `db` at r1, old_items holding `rows` analyzed rows.
void placeAtR1(const SandboxDatabase& db, int rows) {
    auto c = db.connect();
    QVERIFY(c);
    QVERIFY((*c)->exec(QStringLiteral("CREATE TABLE items (id int, name text);"
                                      "CREATE TABLE old_items (id int, payload text);")));
    QVERIFY((*c)->execParams(QStringLiteral("INSERT INTO old_items SELECT g, repeat('p', 200) "
                                            "FROM generate_series(1, $1::int) g"),
                             {QString::number(rows)}));
    QVERIFY((*c)->exec(QStringLiteral("ANALYZE old_items")));
}

// The report of `run` with require-concurrent-index-creation at error level ([lint.levels]).
PreFlightReport withIndexRuleAsError(const PlannedRun& run) {
    LintOptions options = PreFlight::lintOptions(*run.project, run.environment);
    options.settings.levels.insert(QStringLiteral("require-concurrent-index-creation"),
                                   QStringLiteral("error"));
    return PreFlight::gather(*run.project, run.environment, run.plan, options);
}

} // namespace

class TestPlanDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { strata::test::forbidGuiThreadConnections(); }

    // Per step: lint findings with help, the lock of each statement, the DROP TABLE's row
    // estimate and size from the target (read off the GUI thread); for the plan: timeouts,
    // backup, drift not compared.
    void preflightShown() {
        std::optional<SandboxDatabase> db;
        {
            const TestConnectionsAllowed setup; // the test's own database, before the dialog
            db.emplace(QStringLiteral("tst_plan_pre"));
            placeAtR1(*db, 500);
        }
        const auto dropLater = qScopeGuard([&db] {
            const TestConnectionsAllowed teardown;
            db.reset();
        });
        QTemporaryDir dir;
        const PlannedRun run = sqlUpgrade(dir.path(), db->url(), false);
        PlanDialog dialog(run, {}, true);
        QSignalSpy ready(&dialog, &PlanDialog::estimatesReady);
        dialog.show();
        QVERIFY(dialog.isEstimating());
        PreFlightView* view = dialog.preFlightView();
        QVERIFY(dialog.preFlightSummary()->plainText().contains(
            QLatin1String("reading row estimates from prod")));
        QVERIFY(ready.wait(60000));
        QVERIFY(!dialog.isEstimating());

        const QString summary = dialog.preFlightSummary()->plainText();
        QVERIFY2(
            summary.contains(QLatin1String("Timeouts: lock_timeout 5s, statement_timeout none")),
            qPrintable(summary));
        QVERIFY(summary.contains(QLatin1String("Backup: pg_dump -Fc into ") +
                                 run.project->config().backupDir() +
                                 QLatin1String(" before the run")));
        QVERIFY(summary.contains(QLatin1String("drift: not compared")));
        QVERIFY(!summary.contains(QLatin1String("Run is refused")));

        dialog.selectStep(0);
        const QString step = view->stepText();
        QVERIFY2(
            step.contains(QLatin1String("warning[require-concurrent-index-creation] line 6:1")),
            qPrintable(step));
        QVERIFY(step.contains(QLatin1String("help: use CREATE INDEX CONCURRENTLY")));
        QVERIFY2(step.contains(QStringLiteral("CREATE INDEX on items: SHARE — blocks writes (reads "
                                              "continue) (line 6)")),
                 qPrintable(step));
        QVERIFY(step.contains(
            QStringLiteral("DROP TABLE on old_items: ACCESS EXCLUSIVE — blocks reads and writes")));
        QVERIFY2(step.contains(QStringLiteral("DROP TABLE old_items — ≈ 500 rows (estimate), ")),
                 qPrintable(step));
        QVERIFY(dialog.runButton()->isEnabled());
        auto* steps = dialog.findChild<QTreeWidget*>(QStringLiteral("planSteps"));
        QVERIFY(steps->topLevelItem(0)->text(4).contains(QLatin1String("drops data")));

        const QByteArray shots = qgetenv("STRATA_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            dialog.grab().save(QString::fromUtf8(shots) + QStringLiteral("/plan-preflight.png"));
    }

    // The drift the studio last computed is shown with its time; nothing is compared here.
    void driftShown_data() {
        QTest::addColumn<bool>("compared");
        QTest::addColumn<int>("differences");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not compared") << false << -1 << "drift: not compared";
        QTest::newRow("differences") << true << 3 << "(from the last comparison at 14:02)";
        QTest::newRow("in sync") << true << 0
                                 << "drift: none, in sync with the expected schema (from the "
                                    "last comparison at 14:02)";
        QTest::newRow("failed") << true << -1
                                << "drift: unknown (the last comparison at 14:02 failed: boom)";
    }
    void driftShown() {
        QFETCH(bool, compared);
        QFETCH(int, differences);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        PlannedRun run =
            sqlUpgrade(dir.path(), QStringLiteral("postgresql://nobody@127.0.0.1:1/none"), false);
        run.drift.compared = compared;
        run.drift.differences = differences;
        run.drift.at = QDateTime(QDate(2026, 3, 1), QTime(14, 2));
        run.drift.error = QStringLiteral("boom");
        PlanDialog dialog(run, {}, true);
        const QString summary = dialog.preFlightSummary()->plainText();
        QVERIFY2(summary.contains(expected), qPrintable(summary));
        if (differences > 0)
            QVERIFY(summary.contains(QLatin1String("drift: 3 difference")));
    }

    // A step strata check finds broken disables Run, and the reason is shown.
    void brokenStepDisablesRun() {
        QTemporaryDir dir;
        const PlannedRun run = sqlUpgrade(
            dir.path(), QStringLiteral("postgresql://nobody@127.0.0.1:1/none"), false, true);
        PlanDialog dialog(run, {}, true);
        QVERIFY(!dialog.runButton()->isEnabled());
        const QString summary = dialog.preFlightSummary()->plainText();
        QVERIFY2(
            summary.contains(QLatin1String("Run is refused: step 1 (upgrade r2) cannot run: ")),
            qPrintable(summary));
        QVERIFY(summary.contains(QLatin1String("cannot run inside a transaction block")));
        dialog.selectStep(0);
        QVERIFY(dialog.preFlightView()->stepText().contains(
            QLatin1String("Problems (strata check): the run is refused")));
        QSignalSpy finished(&dialog, &QDialog::finished);
        dialog.accept();
        QCOMPARE(finished.count(), 0);
        const QByteArray shots = qgetenv("STRATA_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.grab().save(QString::fromUtf8(shots) + QStringLiteral("/plan-broken.png"));
        }
        auto* status = dialog.findChild<QLabel*>(QStringLiteral("planStatus"));
        QVERIFY(status->text().startsWith(QLatin1String("Run is refused: step 1")));
    }

    // Protected, with an error-level finding: Run waits for the acknowledgement and the name.
    void protectedErrorNeedsAcknowledgement_data() {
        QTest::addColumn<bool>("errorLevel");
        QTest::newRow("error finding") << true;
        QTest::newRow("warnings only") << false;
    }
    void protectedErrorNeedsAcknowledgement() {
        QFETCH(bool, errorLevel);
        QTemporaryDir dir;
        const PlannedRun run =
            sqlUpgrade(dir.path(), QStringLiteral("postgresql://nobody@127.0.0.1:1/none"), true);
        PlanDialog dialog(run,
                          errorLevel ? withIndexRuleAsError(run)
                                     : PreFlight::gather(*run.project, run.environment, run.plan),
                          {}, true);
        QCOMPARE(dialog.preFlight().errorFindings(), errorLevel ? 1 : 0);
        QCOMPARE(dialog.acknowledgement() != nullptr, errorLevel);
        QVERIFY(!dialog.runButton()->isEnabled());
        dialog.confirmationEdit()->setText(QStringLiteral("prod"));
        QCOMPARE(dialog.runButton()->isEnabled(), !errorLevel);
        if (!errorLevel)
            return;
        QVERIFY(
            dialog.acknowledgement()->text().startsWith(QLatin1String("I have read the 1 error")));
        QSignalSpy finished(&dialog, &QDialog::finished);
        dialog.accept(); // the name alone is not enough
        QCOMPARE(finished.count(), 0);
        auto* refusal = dialog.findChild<QLabel*>(QStringLiteral("planRefusal"));
        QVERIFY2(refusal->text().contains(QLatin1String("I have read the 1 error")),
                 qPrintable(refusal->text()));
        dialog.acknowledgement()->setChecked(true);
        QVERIFY(dialog.runButton()->isEnabled());
        dialog.confirmationEdit()->setText(QStringLiteral("pro"));
        QVERIFY(!dialog.runButton()->isEnabled()); // the box alone is not enough either
        dialog.confirmationEdit()->setText(QStringLiteral("prod"));
        const QByteArray shots = qgetenv("STRATA_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.grab().save(QString::fromUtf8(shots) + QStringLiteral("/plan-protected.png"));
        }
        dialog.accept();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    // Enter in the name box: runs with the right name (Run is the default button), says that
    // the name does not match with a wrong one (and the dialog stays open), never cancels.
    void enterInNameBox_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("runs");
        QTest::newRow("right name") << "prod" << true;
        QTest::newRow("wrong name") << "prd" << false;
        QTest::newRow("nothing typed") << "" << false;
    }
    void enterInNameBox() {
        QFETCH(QString, typed);
        QFETCH(bool, runs);
        QTemporaryDir dir;
        const PlannedRun run =
            sqlUpgrade(dir.path(), QStringLiteral("postgresql://nobody@127.0.0.1:1/none"), true);
        PlanDialog dialog(run, {}, true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QLineEdit* name = dialog.confirmationEdit();
        QTest::keyClicks(name, typed);
        QCOMPARE(dialog.runButton()->isDefault(), true);
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(rejected.count(), 0);
        QCOMPARE(accepted.count(), runs ? 1 : 0);
        QCOMPARE(dialog.isVisible(), !runs);
        if (runs)
            return;
        auto* refusal = dialog.findChild<QLabel*>(QStringLiteral("planRefusal"));
        QVERIFY(refusal->isVisible());
        QVERIFY2(refusal->text().contains(typed.isEmpty() ? QLatin1String("Type 'prod' to confirm")
                                                          : QLatin1String("does not match 'prod'")),
                 qPrintable(refusal->text()));
    }

    // Copy step SQL: the selected step's SQL on the clipboard.
    void copyStepSql() {
        QTemporaryDir dir;
        const PlannedRun run =
            sqlUpgrade(dir.path(), QStringLiteral("postgresql://nobody@127.0.0.1:1/none"), false);
        PlanDialog dialog(run, {}, true);
        QGuiApplication::clipboard()->setText(QStringLiteral("before"));
        dialog.selectStep(0);
        QVERIFY(dialog.copyButton()->isEnabled());
        dialog.copyButton()->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), dialog.stepSql(0));
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(
            QLatin1String("CREATE INDEX items_name ON items (name);\nDROP TABLE old_items;")));
    }

    // Export as SQL…: the plan's offline SQL, as `strata upgrade --sql` renders it, in the file
    // chosen, written off the GUI thread; an unwritable path says why.
    void exportWritesFile() {
        QTemporaryDir dir;
        const PlannedRun run =
            sqlUpgrade(dir.path(), QStringLiteral("postgresql://nobody@127.0.0.1:1/none"), false);
        PlanDialog dialog(run, {}, true);
        const QString path = dir.filePath(QStringLiteral("out/plan.sql"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("out"))));
        dialog.setExportPathChooser([path] { return path; });
        QSignalSpy done(&dialog, &PlanDialog::exportFinished);
        dialog.exportButton()->click();
        QVERIFY(done.wait(30000));
        QVERIFY2(done.at(0).at(0).toBool(), qPrintable(done.at(0).at(1).toString()));
        const QString written = readFile(path);
        const Result<QString> expected = PlanScript::render(*run.project, run.plan, run.request);
        QVERIFY(expected);
        QCOMPARE(written, *expected);
        QVERIFY(written.contains(QLatin1String("BEGIN;")));
        QVERIFY(written.contains(QLatin1String("CREATE INDEX items_name ON items (name);")));
        QVERIFY(written.contains(QLatin1String("UPDATE alembic_version SET version_num='r2'")));

        dialog.setExportPathChooser(
            [&dir] { return dir.filePath(QStringLiteral("no/such/dir/x.sql")); });
        dialog.exportButton()->click();
        QVERIFY(done.wait(30000));
        QVERIFY(!done.at(1).at(0).toBool());
        QVERIFY2(done.at(1).at(1).toString().contains(QLatin1String("cannot write")),
                 qPrintable(done.at(1).at(1).toString()));
    }

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
        auto* view = dialog.findChild<ReadOnlyCodeView*>();
        QVERIFY(view);
        auto* steps = dialog.findChild<QTreeWidget*>(QStringLiteral("planSteps"));
        QVERIFY(steps);
        steps->setCurrentItem(steps->topLevelItem(items));
        QVERIFY2(view->sql().contains(QStringLiteral("INSERT INTO items (name) VALUES")),
                 qPrintable(view->sql()));

        const int loop = stepOf(run, QStringLiteral("d4000001"));
        steps->setCurrentItem(steps->topLevelItem(loop));
        QVERIFY2(view->sql().contains(QStringLiteral("SQL known only when run")),
                 qPrintable(view->sql()));
        QVERIFY(view->sql().contains(QStringLiteral("-- def upgrade():")));
        QVERIFY(view->sql().contains(QStringLiteral("bind = op.get_bind()")));
        QVERIFY(view->sql().contains(QStringLiteral("d4000001_loop_backfill.py:17")));
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
