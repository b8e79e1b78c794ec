// strata-studio-harness, the studio driven from the command line (scripts/screenshots,
// scripts/demo): an unknown --action is a usage error (exit 2, one line) and runs nothing,
// even with --accept; a screenshot shows the graph with the environment's badge on its head
// row, and only there.
#include "GuiThreadGuard.h"
#include "Project.h"
#include "SandboxDatabase.h"
#include "StudioParts.h"
#include "TestSupport.h"
#include "graph/GraphRows.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using namespace strata::test;

namespace {

const QColor kDevColor(0x2e, 0x7d, 0x32);

struct HarnessRun {
    int exitCode = -1;
    QString err;
};

HarnessRun runHarness(const QStringList& args) {
    QProcess process;
    // A private runtime folder: Qt says nothing about a missing one on stderr.
    static QTemporaryDir runtime;
    QFile::setPermissions(runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(STRATA_BINARY_DIR "/bin/strata-studio-harness"), args);
    HarnessRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.err = QString::fromUtf8(process.readAllStandardError());
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

// Pixels of exactly `color` inside `rect` of `image`.
int pixelsOf(const QImage& image, const QRect& rect, const QColor& color) {
    int n = 0;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            n += image.pixelColor(x, y).rgb() == color.rgb();
    return n;
}

QString devToml(const SandboxDatabase& db) {
    return QStringLiteral("[environments.dev]\nurl = \"%1\"\ncolor = \"%2\"\n")
        .arg(db.url(), kDevColor.name());
}

} // namespace

class TestHarness : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        Q_INIT_RESOURCE(strata);
        forbidGuiThreadConnections();
    }

    void unknownActionIsAnError_data() {
        QTest::addColumn<QString>("action");
        QTest::newRow("nonsense") << QStringLiteral("frobnicate");
        QTest::newRow("almost a name") << QStringLiteral("upgrade");
        QTest::newRow("wrong case") << QStringLiteral("Upgrade-Heads");
    }
    void unknownActionIsAnError() {
        QFETCH(QString, action);
        const TestConnectionsAllowed testsOwnDatabase;
        SandboxDatabase db(QStringLiteral("tst_harness_act"));
        QTemporaryDir dir;
        copySampleProject(dir.path(), devToml(db));
        const HarnessRun run =
            runHarness({dir.path(), QStringLiteral("--env"), QStringLiteral("dev"),
                        QStringLiteral("--action"), action, QStringLiteral("--accept")});
        QCOMPARE(run.exitCode, 2);
        const QStringList lines = run.err.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.constFirst().contains(QStringLiteral("unknown action '%1'").arg(action)),
                 qPrintable(run.err));
        // Nothing ran: the database has no version table.
        auto conn = db.connect();
        QVERIFY2(conn, describe(conn).constData());
        auto exists =
            (*conn)->exec(QStringLiteral("SELECT to_regclass('alembic_version') IS NULL"));
        QVERIFY2(exists, describe(exists).constData());
        QCOMPARE(exists->scalar(), QStringLiteral("t"));
    }

    void knownActionStillRuns() {
        std::optional<TestConnectionsAllowed> testsOwnDatabase(std::in_place);
        SandboxDatabase db(QStringLiteral("tst_harness_run"));
        QTemporaryDir dir;
        copySampleProject(dir.path(), devToml(db));
        const HarnessRun run = runHarness(
            {dir.path(), QStringLiteral("--env"), QStringLiteral("dev"), QStringLiteral("--action"),
             QStringLiteral("upgrade-heads"), QStringLiteral("--accept")});
        QCOMPARE(run.exitCode, 0);
        const auto project = Project::open(dir.path());
        QVERIFY2(project, describe(project).constData());
        auto conn = db.connect();
        QVERIFY2(conn, describe(conn).constData());
        auto heads = (*conn)->exec(QStringLiteral("SELECT string_agg(version_num, ',') FROM "
                                                  "alembic_version"));
        QVERIFY2(heads, describe(heads).constData());
        QCOMPARE(heads->scalar(), project->graph().heads().join(u','));
    }

    // The picture of the window: its size, the environment's badge painted on the head's row
    // (in its colour) and on no other row, the lane painted on every row.
    void screenshotShowsBadgeOnTheHeadRow() {
        std::optional<TestConnectionsAllowed> testsOwnDatabase(std::in_place);
        SandboxDatabase db(QStringLiteral("tst_harness_shot"));
        QTemporaryDir dir;
        copySampleProject(dir.path(), devToml(db));
        QCOMPARE(runCli({"--project", dir.path(), "upgrade", "heads", "--env", "dev"}).exitCode, 0);
        testsOwnDatabase.reset();

        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(dir.path()));
        QVERIFY(waitForRefresh(window));
        GraphModel* model = graphModel(window);
        GraphView* view = graphView(window);
        QTableView* table = view->table();
        const QString head = window.session()->project()->graph().heads().constFirst();
        const int headRow = model->rowOf(head);
        QVERIFY(headRow >= 0 && model->rowCount() >= 2);
        QTRY_VERIFY_WITH_TIMEOUT(!model->badges(headRow).isEmpty(), 10000);
        QTest::qWait(50); // let the view repaint after the badges arrived

        const QImage picture = window.grab().toImage();
        QCOMPARE(picture.size(), window.size() * window.devicePixelRatio());
        auto cellRect = [&](int row, int column) {
            // The table shows GraphRows (folds, filter) over the model: map the model's row.
            const QRect r =
                table->visualRect(view->rows()->index(view->rows()->viewRow(row), column));
            const QPoint topLeft = table->viewport()->mapTo(&window, r.topLeft());
            const qreal dpr = window.devicePixelRatio();
            return QRect(topLeft * dpr, r.size() * dpr);
        };
        const QRect headBadges = cellRect(headRow, GraphModel::EnvironmentsColumn);
        QVERIFY(!headBadges.isEmpty());
        QVERIFY2(pixelsOf(picture, headBadges, kDevColor) > 40,
                 qPrintable(QString::number(pixelsOf(picture, headBadges, kDevColor))));
        for (int row = 0; row < model->rowCount(); ++row) {
            if (row == headRow)
                continue;
            const QRect other = cellRect(row, GraphModel::EnvironmentsColumn);
            if (other.isEmpty()) // scrolled out of view
                continue;
            QCOMPARE(pixelsOf(picture, other, kDevColor), 0);
        }
        // The lane: the graph column of every visible row differs from the plain background.
        const QColor base = table->viewport()->palette().color(QPalette::Base);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QRect lane = cellRect(row, GraphModel::GraphColumn);
            if (lane.isEmpty())
                continue;
            const int plain = pixelsOf(picture, lane, base);
            QVERIFY2(plain < lane.width() * lane.height(), qPrintable(QString::number(row)));
        }
        testsOwnDatabase.emplace();
    }

    // The same through the harness: --screenshot writes a PNG in which dev's badge shows.
    void harnessScreenshot() {
        std::optional<TestConnectionsAllowed> testsOwnDatabase(std::in_place);
        SandboxDatabase db(QStringLiteral("tst_harness_png"));
        QTemporaryDir dir;
        copySampleProject(dir.path(), devToml(db));
        QCOMPARE(runCli({"--project", dir.path(), "upgrade", "heads", "--env", "dev"}).exitCode, 0);
        const QString png = dir.filePath(QStringLiteral("shot.png"));
        const HarnessRun run =
            runHarness({dir.path(), QStringLiteral("--env"), QStringLiteral("dev"),
                        QStringLiteral("--screenshot"), png});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QImage picture(png);
        QVERIFY(!picture.isNull());
        QVERIFY2(picture.width() >= 800 && picture.height() >= 500,
                 qPrintable(QStringLiteral("%1x%2").arg(picture.width()).arg(picture.height())));
        QVERIFY(pixelsOf(picture, picture.rect(), kDevColor) > 40);
        testsOwnDatabase.emplace(); // dropping the test's database is the test's own work
    }
};

QTEST_MAIN(TestHarness)
#include "tst_harness.moc"
