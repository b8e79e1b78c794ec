// Full target control in the studio, against the sandbox: Down One Step with two heads asks
// which branch and plans `head@-1`; Downgrade to Here on a branch revision plans that branch's
// steps; Go to… takes the whole target grammar with a live preview and hands OK to the plan
// dialog; the actions name the target environment, their tooltips carry the shortcuts.
// (Named tst_studiotargets: tests/unit/tst_targets is the core's grammar test.)
#include "GuiThreadGuard.h"
#include "MainWindow.h"
#include "Project.h"
#include "SandboxDatabase.h"
#include "StudioParts.h"
#include "TestSupport.h"
#include "dialogs/BranchChoiceDialog.h"
#include "dialogs/GoToTargetDialog.h"
#include "dialogs/PlanDialog.h"
#include "shell/RunActions.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace strata;
using namespace strata::test;

namespace {

// a - b - m1 - m2 - m3          (main line)
//      \- n1 - n2 - n3          (branch "notes")
void writeBranchyProject(const QString& dir, const QString& devUrl, const QString& testUrl) {
    auto rev = [&](const QString& id, const QString& parent, const QString& labels = {}) {
        writeFile(dir, QStringLiteral("versions/%1.sql").arg(id),
                  QStringLiteral("-- Revision ID: %1\n-- Revises: %2\n-- Message: step %1\n"
                                 "-- Branch Labels: %3\n\n-- migrate:upgrade\nSELECT 1;\n\n"
                                 "-- migrate:downgrade\nSELECT 1;\n")
                      .arg(id, parent, labels));
    };
    rev(QStringLiteral("a"), {});
    rev(QStringLiteral("b"), QStringLiteral("a"));
    rev(QStringLiteral("m1"), QStringLiteral("b"));
    rev(QStringLiteral("m2"), QStringLiteral("m1"));
    rev(QStringLiteral("m3"), QStringLiteral("m2"));
    rev(QStringLiteral("n1"), QStringLiteral("b"), QStringLiteral("notes"));
    rev(QStringLiteral("n2"), QStringLiteral("n1"));
    rev(QStringLiteral("n3"), QStringLiteral("n2"));
    writeFile(dir, QStringLiteral("strata.toml"),
              QStringLiteral("[project]\nversions = \"versions\"\n\n"
                             "[environments.dev]\nurl = \"%1\"\ncolor = \"#2e7d32\"\n\n"
                             "[environments.prod]\nurl = \"%2\"\ncolor = \"#c62828\"\n"
                             "protected = true\n")
                  .arg(devUrl, testUrl));
}

// Saves `widget` to STRATA_SCREENSHOT_DIR/name.png when that variable is set.
void saveScreenshot(QWidget& widget, const QString& name) {
    const QString dir = qEnvironmentVariable("STRATA_SCREENSHOT_DIR");
    if (!dir.isEmpty() && !widget.grab().save(dir + QLatin1Char('/') + name + ".png"))
        qWarning("cannot save the screenshot %s", qPrintable(name));
}

RunActions* runActions(const MainWindow& window) {
    auto* actions = window.findChild<RunActions*>();
    if (!actions)
        qFatal("the main window has no RunActions");
    return actions;
}

} // namespace

class TestStudioTargets : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void downOneStepAsksWhichBranch_data();
    void downOneStepAsksWhichBranch();
    void downOneStepCancelledRunsNothing();
    void downgradeHereOnABranchRevision_data();
    void downgradeHereOnABranchRevision();
    void goToPreview_data();
    void goToPreview();
    void goToOpensThePlanDialog();
    void actionTextsNameTheEnvironment_data();
    void actionTextsNameTheEnvironment();

private:
    // Runs `kind target` on dev for real (the plan dialog accepted).
    bool run(RunRequest::Kind kind, const QString& target);
    // Performs `action` with the plan dialog refused; the plan it showed, or empty.
    QStringList plannedBy(MainWindow::Action action);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxDatabase> m_dev, m_prod;
    std::unique_ptr<MainWindow> m_window;
    int m_planDialogs = 0;
};

void TestStudioTargets::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    Q_INIT_RESOURCE(strata);
    forbidGuiThreadConnections();
    m_dir = std::make_unique<QTemporaryDir>();
    {
        const TestConnectionsAllowed testsOwnDatabases;
        m_dev = std::make_unique<SandboxDatabase>(QStringLiteral("targets_dev"));
        m_prod = std::make_unique<SandboxDatabase>(QStringLiteral("targets_prod"));
    }
    writeBranchyProject(m_dir->path(), m_dev->url(), m_prod->url());
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(m_window->openProject(m_dir->path()));
    QVERIFY(waitForRefresh(*m_window));
    m_window->setCurrentEnvironment(QStringLiteral("dev"));
    // dev at two heads: m2 on the main line, n3 on notes.
    QVERIFY(run(RunRequest::Kind::Upgrade, QStringLiteral("m2")));
    QVERIFY(run(RunRequest::Kind::Upgrade, QStringLiteral("n3")));
    QStringList heads = store(*m_window)->entry(QStringLiteral("dev"))->status.heads;
    heads.sort();
    QCOMPARE(heads, (QStringList{QStringLiteral("m2"), QStringLiteral("n3")}));
    m_window->resize(1366, 768);
    saveScreenshot(*m_window, QStringLiteral("targets-studio"));
}

void TestStudioTargets::cleanupTestCase() {
    m_window.reset();
    const TestConnectionsAllowed testsOwnDatabases;
    m_dev.reset();
    m_prod.reset();
}

void TestStudioTargets::init() {
    m_window->setCurrentEnvironment(QStringLiteral("dev"));
    m_planDialogs = 0;
    m_window->runs()->setBranchChoiceHook({});
    m_window->runs()->setGoToHook({});
}

bool TestStudioTargets::run(RunRequest::Kind kind, const QString& target) {
    m_window->runs()->setPlanDialogHook([](PlanDialog& dialog) {
        if (dialog.acknowledgement())
            dialog.acknowledgement()->setChecked(true);
        return true;
    });
    QSignalSpy finished(m_window->runs()->controller(), &RunController::finished);
    if (!m_window->runs()->performTarget(QStringLiteral("dev"), kind, target))
        return false;
    if (!finished.wait(60000) || !finished.constFirst().constFirst().toBool())
        return false;
    return waitForRefresh(*m_window);
}

QStringList TestStudioTargets::plannedBy(MainWindow::Action action) {
    QStringList planned;
    m_window->runs()->setPlanDialogHook([&](PlanDialog& dialog) {
        ++m_planDialogs;
        planned = dialog.request().plan.revisions();
        return false; // look, never run
    });
    m_window->perform(action);
    return planned;
}

void TestStudioTargets::downOneStepAsksWhichBranch_data() {
    QTest::addColumn<QString>("branch");
    QTest::addColumn<QStringList>("steps");
    QTest::newRow("notes") << "n3" << QStringList{"n3"};
    QTest::newRow("main line") << "m2" << QStringList{"m2"};
}

void TestStudioTargets::downOneStepAsksWhichBranch() {
    QFETCH(QString, branch);
    QFETCH(QStringList, steps);
    QStringList listed;
    m_window->runs()->setBranchChoiceHook([&](BranchChoiceDialog& dialog) {
        for (int i = 0; i < dialog.list()->count(); ++i)
            listed << dialog.list()->item(i)->text();
        const bool chosen = dialog.choose(branch);
        saveScreenshot(dialog, QStringLiteral("targets-branch-choice"));
        return chosen;
    });
    QCOMPARE(plannedBy(MainWindow::Action::DowngradeOne), steps);
    QCOMPARE(listed.size(), 2); // both heads offered, the label named
    QVERIFY2(listed.filter(QStringLiteral("notes")).size() == 1, qPrintable(listed.join('|')));
    QCOMPARE(m_window->runs()->lastPlanned().request.targets, QStringList{branch + "@-1"});
    QCOMPARE(m_window->runs()->lastPlanned().request.kind, RunRequest::Kind::Downgrade);
}

void TestStudioTargets::downOneStepCancelledRunsNothing() {
    m_window->runs()->setBranchChoiceHook([](BranchChoiceDialog&) { return false; });
    QVERIFY(plannedBy(MainWindow::Action::DowngradeOne).isEmpty());
    QCOMPARE(m_planDialogs, 0);
    QVERIFY2(m_window->runs()->lastMessage().contains(QStringLiteral("cancelled")),
             qPrintable(m_window->runs()->lastMessage()));
}

void TestStudioTargets::downgradeHereOnABranchRevision_data() {
    QTest::addColumn<QString>("revision");
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QString>("message");
    QTest::newRow("below the notes head") << "n1" << QStringList{"n3", "n2"} << QString();
    QTest::newRow("below the main head") << "m1" << QStringList{"m2"} << QString();
    QTest::newRow("the branch point: both branches")
        << "b" << QStringList{"m2", "m1", "n3", "n2", "n1"} << QString();
    QTest::newRow("a current head: says what to do")
        << "n3" << QStringList{} << QStringLiteral("Down One Step");
}

void TestStudioTargets::downgradeHereOnABranchRevision() {
    QFETCH(QString, revision);
    QFETCH(QStringList, steps);
    QFETCH(QString, message);
    QVERIFY(graphView(*m_window)->selectRevision(revision));
    QCOMPARE(plannedBy(MainWindow::Action::DowngradeHere), steps);
    QCOMPARE(m_planDialogs, steps.isEmpty() ? 0 : 1);
    if (!message.isEmpty())
        QVERIFY2(m_window->runs()->lastMessage().contains(message),
                 qPrintable(m_window->runs()->lastMessage()));
}

void TestStudioTargets::goToPreview_data() {
    QTest::addColumn<QStringList>("heads");
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QStringList>("steps"); // the preview's lines start with these
    QTest::addColumn<QString>("summary");   // the first line contains this
    const QStringList two{"m2", "n3"};
    QTest::newRow("notes@-1") << two << "notes@-1" << true << QStringList{"downgrade n3"}
                              << "Downgrade dev: 1 step";
    QTest::newRow("+2 past the head") << QStringList{"m2"} << "+2" << false << QStringList{}
                                      << "Relative revision +2 didn't produce 2 migrations";
    QTest::newRow("+2 from b's child") << QStringList{"n1"} << "+2" << true
                                       << QStringList{"upgrade n2", "upgrade n3"} << "Upgrade";
    QTest::newRow("+2 with two heads: the resolver's error")
        << two << "+2" << false << QStringList{} << "Ambiguous upgrade";
    QTest::newRow("-1 with one head")
        << QStringList{"m2"} << "-1" << true << QStringList{"downgrade m2"} << "Downgrade";
    QTest::newRow("base") << two << "base" << true << QStringList{"downgrade m2", "downgrade m1"}
                          << "7 step";
    QTest::newRow("rev@head") << QStringList{"n1"} << "n1@head" << true
                              << QStringList{"upgrade n2", "upgrade n3"} << "heads after: n3";
    QTest::newRow("heads") << two << "heads" << true << QStringList{"upgrade m3"} << "Upgrade";
    QTest::newRow("partial id") << QStringList{"m1"} << "m3" << true
                                << QStringList{"upgrade m2", "upgrade m3"} << "Upgrade";
    QTest::newRow("a bad target") << two << "zzzz" << false << QStringList{}
                                  << "No such revision or branch 'zzzz'";
    QTest::newRow("already there") << two << "n3" << false << QStringList{} << "nothing to do";
}

void TestStudioTargets::goToPreview() {
    QFETCH(QStringList, heads);
    QFETCH(QString, target);
    QFETCH(bool, ok);
    QFETCH(QStringList, steps);
    QFETCH(QString, summary);
    GoToTargetDialog dialog(m_window->session()->project()->graph(), QStringLiteral("dev"), heads);
    QVERIFY(!dialog.okButton()->isEnabled());      // nothing typed yet
    QTest::keyClicks(dialog.targetEdit(), target); // previewed as it is typed
    QCOMPARE(dialog.okButton()->isEnabled(), ok);
    QCOMPARE(dialog.hasPlan(), ok);
    QVERIFY2(dialog.summary().contains(summary), qPrintable(dialog.summary()));
    const QStringList lines = dialog.stepLines();
    QVERIFY2(lines.size() >= steps.size(), qPrintable(lines.join('|')));
    for (int i = 0; i < steps.size(); ++i)
        QVERIFY2(lines.at(i).startsWith(steps.at(i)), qPrintable(lines.join('|')));
    if (!ok)
        QVERIFY(lines.isEmpty());
}

void TestStudioTargets::goToOpensThePlanDialog() {
    QString previewed;
    m_window->runs()->setGoToHook([&](GoToTargetDialog& dialog) {
        dialog.targetEdit()->setText(QStringLiteral("notes@-1"));
        previewed = dialog.stepLines().join('|');
        saveScreenshot(dialog, QStringLiteral("targets-go-to"));
        return dialog.okButton()->isEnabled();
    });
    QCOMPARE(plannedBy(MainWindow::Action::GoToTarget), QStringList{"n3"});
    QVERIFY2(previewed.startsWith(QStringLiteral("downgrade n3")), qPrintable(previewed));
    QCOMPARE(m_planDialogs, 1);
    QCOMPARE(m_window->runs()->lastPlanned().request.targets, QStringList{"notes@-1"});
    // A bad target never reaches the plan dialog.
    m_window->runs()->setGoToHook([](GoToTargetDialog& dialog) {
        dialog.targetEdit()->setText(QStringLiteral("notes@zz"));
        return true;
    });
    m_planDialogs = 0;
    QVERIFY(plannedBy(MainWindow::Action::GoToTarget).isEmpty());
    QCOMPARE(m_planDialogs, 0);
}

void TestStudioTargets::actionTextsNameTheEnvironment_data() {
    QTest::addColumn<QString>("environment");
    QTest::newRow("dev") << "dev";
    QTest::newRow("prod") << "prod";
}

void TestStudioTargets::actionTextsNameTheEnvironment() {
    QFETCH(QString, environment);
    m_window->setCurrentEnvironment(environment);
    RunActions* actions = runActions(*m_window);
    using A = RunCoordinator::Action;
    QCOMPARE(actions->action(A::UpgradeHere)->iconText(),
             QStringLiteral("Upgrade %1 to here").arg(environment));
    QCOMPARE(actions->action(A::DowngradeHere)->iconText(),
             QStringLiteral("Downgrade %1 to here").arg(environment));
    QCOMPARE(actions->action(A::StampHere)->iconText(),
             QStringLiteral("Stamp %1 here").arg(environment));
    QVERIFY(actions->action(A::UpgradeHere)->text().contains(environment));
    const QString heads = actions->action(A::UpgradeHeads)->toolTip();
    QCOMPARE(heads, QStringLiteral("Upgrade %1 to heads (%2)")
                        .arg(environment, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U)
                                              .toString(QKeySequence::NativeText)));
    QVERIFY2(actions->action(A::UpgradeHere)->toolTip().endsWith(QStringLiteral("(Ctrl+U)")),
             qPrintable(actions->action(A::UpgradeHere)->toolTip()));
    QVERIFY(actions->action(A::GoToTarget)->toolTip().contains(QStringLiteral("Ctrl+G")));
    QVERIFY(actions->action(A::GoToTarget)->text().contains(environment));
}

QTEST_MAIN(TestStudioTargets)
#include "tst_studiotargets.moc"
