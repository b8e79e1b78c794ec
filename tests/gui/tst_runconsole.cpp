// The run console: durations and errors in view whatever the statement's length, one
// collapsible entry per run (the newest open) with its own header, "Try it" as an entry of its
// own, a live timer on the running statement, wall-clock times, double-click (or Enter) on an
// error opening the revision at the failing line, Ctrl+C and Clear.
#include "GuiThreadGuard.h"
#include "Project.h"
#include "SandboxDatabase.h"
#include "StudioParts.h"
#include "TestSupport.h"
#include "common/ReadOnlyCodeView.h"
#include "dialogs/PlanDialog.h"
#include "editor/RevisionEditor.h"
#include "editor/SqlEditor.h"
#include "run/DryRunSource.h"
#include "run/RunLogModel.h"
#include "runner/Planner.h"
#include "session/EditorTabs.h"
#include "session/RunCoordinator.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDockWidget>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace strata;
using namespace strata::test;

namespace {

RunEvent runEvent(RunEvent::Kind kind, qint64 elapsedMs = 0) {
    RunEvent e;
    e.kind = kind;
    e.elapsedMs = elapsedMs;
    e.environment = QStringLiteral("prod");
    e.stepCount = 2;
    return e;
}

RunEvent step(RunEvent::Kind kind, const QString& revision, int index) {
    RunEvent e = runEvent(kind, index * 100);
    e.revision = revision;
    e.direction = QStringLiteral("upgrade");
    e.stepIndex = index;
    e.durationMs = 40;
    return e;
}

RunEvent statement(RunEvent::Kind kind, const QString& revision, const QString& sql, int line,
                   qint64 durationMs = 0) {
    RunEvent e = runEvent(kind, 150);
    e.revision = revision;
    e.statement = sql;
    e.line = line;
    e.durationMs = durationMs;
    e.commandTag =
        kind == RunEvent::Kind::StatementFinished ? QStringLiteral("CREATE TABLE") : QString();
    return e;
}

// A run of two revisions that ends as `end` says: "finished", "failed" (in 0002_b, at line 9)
// or "cancelled"; `sql` is 0002_b's statement.
void feedRun(RunConsole& console, const QString& end,
             const QString& sql = QStringLiteral("CREATE TABLE b (id int)")) {
    console.runStarted(QStringLiteral("Upgrade prod to heads"), QStringLiteral("prod"));
    RunEvent started = runEvent(RunEvent::Kind::RunStarted);
    started.message = QStringLiteral("upgrade heads on prod");
    console.addEvent(started);
    console.addEvent(step(RunEvent::Kind::StepStarted, QStringLiteral("0001_a"), 1));
    console.addEvent(statement(RunEvent::Kind::StatementStarted, QStringLiteral("0001_a"),
                               QStringLiteral("CREATE TABLE a (id int)"), 6));
    console.addEvent(statement(RunEvent::Kind::StatementFinished, QStringLiteral("0001_a"),
                               QStringLiteral("CREATE TABLE a (id int)"), 6, 1234));
    console.addEvent(step(RunEvent::Kind::StepFinished, QStringLiteral("0001_a"), 1));
    console.addEvent(step(RunEvent::Kind::StepStarted, QStringLiteral("0002_b"), 2));
    console.addEvent(statement(RunEvent::Kind::StatementStarted, QStringLiteral("0002_b"), sql, 7));
    if (end == QLatin1String("finished")) {
        console.addEvent(
            statement(RunEvent::Kind::StatementFinished, QStringLiteral("0002_b"), sql, 7, 5));
        console.addEvent(step(RunEvent::Kind::StepFinished, QStringLiteral("0002_b"), 2));
        RunEvent finished = runEvent(RunEvent::Kind::RunFinished, 400);
        finished.durationMs = 400;
        console.addEvent(finished);
    } else {
        const bool cancelled = end == QLatin1String("cancelled");
        RunEvent failed =
            runEvent(cancelled ? RunEvent::Kind::RunCancelled : RunEvent::Kind::RunFailed, 900);
        failed.error = Error(cancelled ? ErrorCode::Cancelled : ErrorCode::Database,
                             cancelled ? QStringLiteral("cancelled")
                                       : QStringLiteral("upgrade of revision 0002_b failed: "
                                                        "column \"no_such_column\" does not "
                                                        "exist"));
        failed.error.revision = QStringLiteral("0002_b");
        failed.error.line = 9;
        if (!cancelled) {
            failed.error.sqlstate = QStringLiteral("42703");
            failed.error.statement = sql;
            failed.error.position = 8;
        }
        console.addEvent(failed);
    }
    console.runEnded(end == QLatin1String("finished"));
}

// The row of the last entry whose text (column 0 across, or the statement column) has `text`.
QModelIndex rowWith(const RunLogModel& model, const QString& text, int entry = -1) {
    const QModelIndex header = model.entryIndex(entry < 0 ? model.entryCount() - 1 : entry);
    for (int r = 0; r < model.rowCount(header); ++r)
        if (model.plainText(model.index(r, 0, header)).contains(text))
            return model.index(r, 0, header);
    return {};
}

QString cell(const QModelIndex& row, int column) {
    return row.siblingAtColumn(column).data().toString();
}

// With STRATA_SCREENSHOT_DIR set: `widget` as a PNG there (to look at).
void saveScreenshot(QWidget& widget, const QString& name) {
    if (const QByteArray dir = qgetenv("STRATA_SCREENSHOT_DIR"); !dir.isEmpty())
        widget.grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name);
}

// A double-click as a window system delivers it: press, release, double-click, release
// (QTest::mouseDClick leaves out the first release, and an item view ignores it then).
void doubleClick(QWidget* widget, const QPoint& pos) {
    QTest::mouseClick(widget, Qt::LeftButton, {}, pos);
    QMouseEvent dbl(QEvent::MouseButtonDblClick, pos, widget->mapToGlobal(pos), Qt::LeftButton,
                    Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &dbl);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, pos);
}

// Whether an entry's result reads `text` (a prefix: the plural "revision(s)" reads
// "revisions" once the English catalog has the string).
bool resultIs(const QModelIndex& header, const QString& text) {
    return cell(header, RunLogModel::StatusColumn).startsWith(text);
}

// The text of the line under the cursor in whichever section editor of `editor` has focus.
QString lineUnderCursor(RevisionEditor* editor, QString* section) {
    for (SqlEditor* e : {editor->upgradeEditor(), editor->downgradeEditor()}) {
        int line = 0, column = 0;
        e->getCursorPosition(&line, &column);
        if (line > 0 || column > 0 || e->hasFocus()) {
            *section = e == editor->upgradeEditor() ? QStringLiteral("upgrade")
                                                    : QStringLiteral("downgrade");
            return e->text(line);
        }
    }
    return {};
}

} // namespace

class TestRunConsole : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        Q_INIT_RESOURCE(strata);
        forbidGuiThreadConnections();
    }

    void durationAndErrorInView_data() {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("sqlLength");
        QTest::newRow("narrow, short SQL") << 640 << 20;
        QTest::newRow("narrow, long SQL") << 640 << 3000;
        QTest::newRow("wide, long SQL") << 1366 << 3000;
        QTest::newRow("in the window's dock") << 0 << 3000;
    }
    void durationAndErrorInView() {
        QFETCH(int, width);
        QFETCH(int, sqlLength);
        QString sql = QStringLiteral("INSERT INTO b VALUES ");
        while (sql.size() < sqlLength)
            sql += QStringLiteral("(1, 'a long literal'), ");
        sql += QStringLiteral("(2, 'the end')");
        std::unique_ptr<MainWindow> window;
        std::unique_ptr<RunConsole> alone;
        RunConsole* console = nullptr;
        if (width > 0) {
            alone = std::make_unique<RunConsole>();
            alone->resize(width, 300);
            alone->show();
            console = alone.get();
        } else { // the console dock at the window's default size
            window = std::make_unique<MainWindow>();
            window->show();
            console = test::console(*window);
            window->findChild<QDockWidget*>(QStringLiteral("consoleDock"))->raise();
        }
        QVERIFY(QTest::qWaitForWindowExposed(console->window()));
        feedRun(*console, QStringLiteral("finished"), sql);
        feedRun(*console, QStringLiteral("failed"), sql);
        QTreeView* view = console->view();
        const QRect viewport = view->viewport()->rect();
        QVERIFY(view->header()->length() <= viewport.width()); // nothing to scroll right to
        for (const QString& which : {QStringLiteral("0001_a"), QStringLiteral("0002_b")}) {
            const QModelIndex row = rowWith(*console->model(), which + QStringLiteral("  line"));
            QVERIFY2(row.isValid(), qPrintable(which));
            view->scrollTo(row);
            for (int column : {int(RunLogModel::TimeColumn), int(RunLogModel::DurationColumn),
                               int(RunLogModel::StatusColumn)}) {
                const QRect r = view->visualRect(row.siblingAtColumn(column));
                QVERIFY2(viewport.contains(r), qPrintable(QStringLiteral("%1 column %2: %3,%4 %5")
                                                              .arg(which)
                                                              .arg(column)
                                                              .arg(r.x())
                                                              .arg(r.width())
                                                              .arg(viewport.width())));
                QVERIFY(r.width() >= view->fontMetrics().horizontalAdvance(QStringLiteral("0 ms")));
            }
        }
        // The finished statement shows its duration, the failed one its error.
        const QModelIndex done = rowWith(*console->model(), QStringLiteral("0001_a  line"));
        QCOMPARE(cell(done, RunLogModel::DurationColumn), QStringLiteral("1.23 s"));
        const QModelIndex failed = rowWith(*console->model(), QStringLiteral("0002_b  line"));
        QVERIFY(failed.data(RunLogModel::FailedRole).toBool());
        QVERIFY(cell(failed, RunLogModel::StatusColumn).contains(QStringLiteral("no_such_column")));
        // The whole statement in the tooltip.
        QCOMPARE(failed.siblingAtColumn(RunLogModel::StatementColumn)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .section(QLatin1Char('\n'), 0, 0),
                 sql);
    }

    // The statement pane under the log: the selected row's statement whole; a failed run shows
    // its failing statement at once, the error position marked; Clear empties it.
    void statementPane_data() {
        QTest::addColumn<QString>("end");
        QTest::addColumn<QString>("select"); // a row's text, or "clear", or nothing
        QTest::addColumn<QString>("shown");
        QTest::addColumn<int>("mark");
        const QString failing = QStringLiteral("CREATE TABLE b (id int, x no_such_column)");
        QTest::newRow("finished, nothing selected") << "finished"
                                                    << ""
                                                    << "" << 0;
        QTest::newRow("failed: the failing statement at once") << "failed"
                                                               << "" << failing << 8;
        QTest::newRow("cancelled: no error to show") << "cancelled"
                                                     << ""
                                                     << "" << 0;
        QTest::newRow("a finished statement selected") << "failed"
                                                       << "0001_a  line"
                                                       << "CREATE TABLE a (id int)" << 0;
        QTest::newRow("the failed statement selected") << "failed"
                                                       << "0002_b  line" << failing << 8;
        QTest::newRow("cleared") << "failed"
                                 << "clear"
                                 << "" << 0;
    }
    void statementPane() {
        QFETCH(QString, end);
        QFETCH(QString, select);
        QFETCH(QString, shown);
        QFETCH(int, mark);
        RunConsole console;
        console.resize(900, 500);
        console.show();
        QVERIFY(QTest::qWaitForWindowExposed(&console));
        feedRun(console, end, QStringLiteral("CREATE TABLE b (id int, x no_such_column)"));
        if (select == QLatin1String("clear")) {
            console.clear();
        } else if (!select.isEmpty()) {
            const QModelIndex row = rowWith(*console.model(), select);
            QVERIFY2(row.isValid(), qPrintable(select));
            console.view()->setCurrentIndex(row);
        }
        QCOMPARE(console.shownStatement(), shown);
        QCOMPARE(console.statementView()->markedPosition(), mark);
        QCOMPARE(console.statementView()->sql(), shown);
    }

    void oneEntryPerRunNewestOpen_data() {
        QTest::addColumn<QString>("end");
        QTest::addColumn<QString>("result");
        QTest::newRow("finished")
            << "finished"
            << "Finished. 2/2 revision"; // "revisions" with the English catalog
        QTest::newRow("failed") << "failed"
                                << "Failed at 0002_b";
        QTest::newRow("cancelled") << "cancelled"
                                   << "Cancelled";
    }
    void oneEntryPerRunNewestOpen() {
        QFETCH(QString, end);
        QFETCH(QString, result);
        RunConsole console;
        console.resize(900, 400);
        console.show();
        feedRun(console, QStringLiteral("finished"));
        feedRun(console, end);
        const RunLogModel* model = console.model();
        QCOMPARE(model->entryCount(), 2);
        saveScreenshot(console, QStringLiteral("console-two-runs-%1.png").arg(end));
        QVERIFY(!console.view()->isExpanded(model->entryIndex(0)));
        QVERIFY(console.view()->isExpanded(model->entryIndex(1)));
        for (int e = 0; e < 2; ++e) {
            const QModelIndex header = model->entryIndex(e);
            QCOMPARE(cell(header, RunLogModel::StatementColumn),
                     QStringLiteral("Upgrade prod to heads"));
            QCOMPARE(cell(header, RunLogModel::RevisionColumn), QStringLiteral("prod"));
            QVERIFY2(resultIs(header, e == 0 ? QStringLiteral("Finished. 2/2 revision") : result),
                     qPrintable(cell(header, RunLogModel::StatusColumn)));
            QVERIFY(!cell(header, RunLogModel::DurationColumn).isEmpty()); // the total time
            // Wall-clock times: hh:mm:ss on the row, the date in the tooltip.
            QVERIFY(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d$"))
                        .match(cell(header, RunLogModel::TimeColumn))
                        .hasMatch());
            const QModelIndex line = rowWith(*model, QStringLiteral("CREATE TABLE a"), e);
            QVERIFY(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d$"))
                        .match(cell(line, RunLogModel::TimeColumn))
                        .hasMatch());
            const QString tip = line.data(Qt::ToolTipRole).toString();
            QVERIFY2(tip.contains(QString::number(QDate::currentDate().year())), qPrintable(tip));
            QVERIFY(tip.contains(cell(line, RunLogModel::TimeColumn)));
        }
        // Each entry has its own rows: the first run's are not repeated under the second.
        RunConsole alone;
        feedRun(alone, QStringLiteral("finished"));
        QCOMPARE(model->rowCount(model->entryIndex(0)),
                 alone.model()->rowCount(alone.model()->entryIndex(0)));
        QVERIFY(console.lines().constFirst().contains(QStringLiteral("Finished. 2/2 revision")));
    }

    void tryItIsAnEntryOfItsOwn_data() {
        QTest::addColumn<bool>("duringRun");
        QTest::newRow("after a run") << false;
        QTest::newRow("while a run is under way") << true;
    }
    void tryItIsAnEntryOfItsOwn() {
        QFETCH(bool, duringRun);
        MainWindow window;
        RunConsole* console = test::console(window);
        feedRun(*console, QStringLiteral("finished"));
        if (duringRun) {
            console->runStarted(QStringLiteral("Upgrade dev to heads"), QStringLiteral("dev"));
            console->addEvent(step(RunEvent::Kind::StepStarted, QStringLiteral("0001_a"), 1));
        }
        const int rowsOfTheRun = console->model()->rowCount(console->model()->entryIndex(0));
        // What the editor's Try it reports, through the window's wiring.
        emit window.editorTabs()->tryItFinished(
            QStringLiteral("Try it: 0003_x"),
            {QStringLiteral("ok     upgrade line 6: CREATE TABLE x (id int)"),
             QStringLiteral("FAILED downgrade line 2: DROP TABLE y: table \"y\" does not exist")},
            false);
        RunLogModel* model = console->model();
        QCOMPARE(model->entryCount(), duringRun ? 3 : 2);
        const QModelIndex tryIt = model->entryIndex(model->entryCount() - 1);
        QCOMPARE(cell(tryIt, RunLogModel::StatementColumn), QStringLiteral("Try it: 0003_x"));
        QCOMPARE(cell(tryIt, RunLogModel::StatusColumn), QStringLiteral("Failed"));
        QCOMPARE(model->rowCount(tryIt), 2);
        QVERIFY(model->plainText(model->index(1, 0, tryIt)).contains(QStringLiteral("FAILED")));
        // The run before keeps its header and its rows.
        QVERIFY2(resultIs(model->entryIndex(0), QStringLiteral("Finished. 2/2 revision")),
                 qPrintable(cell(model->entryIndex(0), RunLogModel::StatusColumn)));
        QCOMPARE(model->rowCount(model->entryIndex(0)), rowsOfTheRun);
        QVERIFY(console->view()->isExpanded(tryIt));
        QVERIFY(!console->view()->isExpanded(model->entryIndex(0)));
        if (duringRun) { // the run's events still go to the run's entry
            const QModelIndex run = model->entryIndex(1);
            const int before = model->rowCount(run);
            console->addEvent(step(RunEvent::Kind::StepFinished, QStringLiteral("0001_a"), 1));
            RunEvent finished = runEvent(RunEvent::Kind::RunFinished, 300);
            finished.stepCount = 1;
            console->addEvent(finished);
            console->runEnded(true);
            QCOMPARE(model->rowCount(run), before + 1);
            QCOMPARE(model->rowCount(tryIt), 2);
            QVERIFY2(resultIs(run, QStringLiteral("Finished. 1/2 revision")),
                     qPrintable(cell(run, RunLogModel::StatusColumn)));
        }
    }

    // The running statement's duration counts up on the GUI's timer, from the statement's
    // start; it stops when the statement ends.
    void liveTimerOnTheRunningStatement() {
        QTemporaryDir dir;
        writeFile(dir.path(), QStringLiteral("strata.toml"),
                  QStringLiteral("[project]\nversions = \"versions\"\n\n[environments.dev]\nurl = "
                                 "\"postgresql://nobody@127.0.0.1:1/none\"\n"));
        writeFile(dir.path(), QStringLiteral("versions/0001_slow.sql"),
                  QStringLiteral("-- Revision ID: 0001_slow\n-- Revises:\n-- Message: slow\n\n"
                                 "-- migrate:upgrade\nCREATE TABLE slow (id int);\n\n"
                                 "-- migrate:downgrade\nDROP TABLE slow;\n"));
        auto opened = Project::open(dir.path());
        QVERIFY2(opened, describe(opened).constData());
        PlannedRun run;
        run.project = std::make_shared<const Project>(std::move(opened).value());
        run.environment = *run.project->config().environment(QStringLiteral("dev"));
        run.request.kind = RunRequest::Kind::Upgrade;
        run.request.targets = {QStringLiteral("heads")};
        run.description = QStringLiteral("Upgrade dev to heads");
        auto plan = Planner::plan(run.project->graph(), run.request, {});
        QVERIFY2(plan, describe(plan).constData());
        run.plan = plan.value();

        RunConsole console;
        console.resize(900, 300);
        console.show();
        // A dry run that stays 1.5 s on its statement.
        RunController controller([] { return std::make_unique<DryRunSource>(1500); });
        connect(&controller, &RunController::started, &console, [&](const PlannedRun& r) {
            console.runStarted(r.description, r.environment.name);
        });
        connect(&controller, &RunController::event, &console, &RunConsole::addEvent);
        connect(&controller, &RunController::finished, &console, &RunConsole::runEnded);
        QSignalSpy finished(&controller, &RunController::finished);
        QVERIFY(controller.start(run));

        QModelIndex running;
        QTRY_VERIFY(
            (running = rowWith(*console.model(), QStringLiteral("CREATE TABLE slow"))).isValid());
        QVERIFY(running.data(RunLogModel::RunningRole).toBool());
        QVERIFY(console.isTicking());
        const QString first = cell(running, RunLogModel::DurationColumn);
        QVERIFY(first.endsWith(QStringLiteral(" ms")));
        QStringList seen{first};
        QTRY_VERIFY((seen << cell(running, RunLogModel::DurationColumn)).last() != first);
        QCOMPARE(cell(running, RunLogModel::StatusColumn), QStringLiteral("running…"));
        QVERIFY(finished.wait(10000));
        QVERIFY(!running.data(RunLogModel::RunningRole).toBool());
        QVERIFY(!console.isTicking());
        const QString done = cell(running, RunLogModel::DurationColumn);
        QVERIFY2(done.endsWith(QStringLiteral(" s")),
                 qPrintable(console.lines().join('\n'))); // ~1.5 s
        QCOMPARE(cell(running, RunLogModel::StatusColumn), QStringLiteral("CREATE TABLE"));
        QVERIFY2(resultIs(console.model()->entryIndex(0), QStringLiteral("Finished. 1/1 revision")),
                 qPrintable(cell(console.model()->entryIndex(0), RunLogModel::StatusColumn)));
    }

    // A real failed run on the sandbox: double-click or Enter on the error (its statement row,
    // the "run failed" row, the caret under the position) opens the revision at the failing
    // line, which is the statement's third line.
    void errorOpensTheRevisionAtTheLine_data() {
        QTest::addColumn<QString>("row");
        QTest::addColumn<bool>("enter");
        QTest::newRow("statement, double-click") << "statement" << false;
        QTest::newRow("statement, Enter") << "statement" << true;
        QTest::newRow("run failed, double-click") << "run failed" << false;
        QTest::newRow("caret, Enter") << "^" << true;
    }
    void errorOpensTheRevisionAtTheLine() {
        QFETCH(QString, row);
        QFETCH(bool, enter);
        QTemporaryDir dir;
        // The test's own database, made and dropped where the test may connect (after the
        // window has gone).
        const auto drop = [](SandboxDatabase* db) {
            const TestConnectionsAllowed ownDatabase;
            delete db;
        };
        std::unique_ptr<SandboxDatabase, decltype(drop)> db(
            [] {
                const TestConnectionsAllowed ownDatabase;
                return new SandboxDatabase(QStringLiteral("console_err"));
            }(),
            drop);
        writeFile(dir.path(), QStringLiteral("strata.toml"),
                  QStringLiteral("[project]\nversions = \"versions\"\n\n[environments.dev]\nurl = "
                                 "\"%1\"\n")
                      .arg(db->url()));
        writeFile(dir.path(), QStringLiteral("versions/0001_ok.sql"),
                  QStringLiteral("-- Revision ID: 0001_ok\n-- Revises:\n-- Message: ok\n\n"
                                 "-- migrate:upgrade\nCREATE TABLE ok_one (id int);\n\n"
                                 "-- migrate:downgrade\nDROP TABLE ok_one;\n"));
        writeFile(dir.path(), QStringLiteral("versions/0002_broken.sql"),
                  QStringLiteral("-- Revision ID: 0002_broken\n-- Revises: 0001_ok\n-- Message: "
                                 "broken\n\n-- migrate:upgrade\nCREATE TABLE ok_two (id int);\n"
                                 "SELECT id,\n       no_such_column\n  FROM ok_two;\n\n"
                                 "-- migrate:downgrade\nDROP TABLE ok_two;\n"));
        const int failingLine = 8; // "       no_such_column"
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(window.openProject(dir.path()));
        QVERIFY(waitForRefresh(window));
        window.setCurrentEnvironment(QStringLiteral("dev"));
        window.runs()->setPlanDialogHook([](PlanDialog& dialog) {
            if (dialog.acknowledgement())
                dialog.acknowledgement()->setChecked(true);
            return true;
        });
        QSignalSpy finished(window.runs()->controller(), &RunController::finished);
        QVERIFY(window.perform(MainWindow::Action::UpgradeHeads));
        QVERIFY(finished.wait(60000));
        QVERIFY(waitForRefresh(window));
        RunConsole* console = test::console(window);
        RunLogModel* model = console->model();
        const QModelIndex header = model->entryIndex(model->entryCount() - 1);
        QCOMPARE(cell(header, RunLogModel::StatusColumn), QStringLiteral("Failed at 0002_broken"));

        QModelIndex target;
        for (int r = 0; r < model->rowCount(header) && !target.isValid(); ++r) {
            const QModelIndex i = model->index(r, 0, header);
            const QString text = model->plainText(i);
            if (row == QLatin1String("statement") ? text.contains(QStringLiteral("SELECT id,")) &&
                                                        i.data(RunLogModel::FailedRole).toBool()
                                                  : text.contains(row))
                target = i;
        }
        QVERIFY2(target.isValid(), qPrintable(console->lines().join(QLatin1Char('\n'))));
        QCOMPARE(target.data(RunLogModel::RevisionRole).toString(), QStringLiteral("0002_broken"));
        QCOMPARE(target.data(RunLogModel::LineRole).toInt(), failingLine);

        saveScreenshot(*console->window(), QStringLiteral("console-failed-run.png"));

        QSignalSpy open(console, &RunConsole::openRevisionAt);
        QTreeView* view = console->view();
        view->scrollTo(target);
        if (enter) {
            view->setFocus();
            view->setCurrentIndex(target);
            QTest::keyClick(view, Qt::Key_Return);
        } else {
            const QRect r = view->visualRect(target.siblingAtColumn(RunLogModel::TimeColumn));
            doubleClick(view->viewport(), r.center());
        }
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.constFirst().at(0).toString(), QStringLiteral("0002_broken"));
        QCOMPARE(open.constFirst().at(1).toInt(), failingLine);
        // The editor opened the revision, its cursor on the failing line.
        RevisionEditor* editor = window.editorTabs()->currentEditor();
        QVERIFY(editor);
        QVERIFY(editor->filePath().endsWith(QStringLiteral("0002_broken.sql")));
        QString section;
        const QString text = lineUnderCursor(editor, &section);
        QCOMPARE(section, QStringLiteral("upgrade"));
        QVERIFY2(text.contains(QStringLiteral("no_such_column")), qPrintable(text));
    }

    void copyAndClear() {
        RunConsole console;
        console.resize(900, 400);
        console.show();
        QVERIFY(QTest::qWaitForWindowExposed(&console));
        feedRun(console, QStringLiteral("finished"));
        feedRun(console, QStringLiteral("failed"));
        RunLogModel* model = console.model();
        QTreeView* view = console.view();
        const QModelIndex a = rowWith(*model, QStringLiteral("CREATE TABLE a"));
        const QModelIndex failed = rowWith(*model, QStringLiteral("run failed"));
        view->selectionModel()->select(failed,
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->selectionModel()->select(a, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->setFocus();
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        const QStringList copied = QGuiApplication::clipboard()->text().split(QLatin1Char('\n'));
        QCOMPARE(copied.size(), 2);
        QVERIFY2(copied.at(0).contains(QStringLiteral("CREATE TABLE a (id int)")) &&
                     copied.at(0).contains(QStringLiteral("1.23 s")),
                 qPrintable(copied.at(0))); // in the order shown, with the duration
        QVERIFY2(copied.at(1).contains(QStringLiteral("no_such_column")), qPrintable(copied.at(1)));

        // Clear: everything goes; during a run, the run stays.
        console.clearButton()->click();
        QCOMPARE(model->entryCount(), 0);
        QVERIFY(console.lines().isEmpty());
        feedRun(console, QStringLiteral("finished"));
        console.runStarted(QStringLiteral("Upgrade dev to heads"), QStringLiteral("dev"));
        console.addEvent(step(RunEvent::Kind::StepStarted, QStringLiteral("0001_a"), 1));
        console.clearButton()->click();
        QCOMPARE(model->entryCount(), 1);
        QCOMPARE(cell(model->entryIndex(0), RunLogModel::StatementColumn),
                 QStringLiteral("Upgrade dev to heads"));
        console.addEvent(step(RunEvent::Kind::StepFinished, QStringLiteral("0001_a"), 1));
        QCOMPARE(model->rowCount(model->entryIndex(0)), 1);
        QCOMPARE(cell(model->index(0, 0, model->entryIndex(0)), RunLogModel::StatusColumn),
                 QStringLiteral("done"));
    }
};

QTEST_MAIN(TestRunConsole)
#include "tst_runconsole.moc"
