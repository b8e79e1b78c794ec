// The drift view against the sandbox: differences grouped by kind, definitions side by side
// with differing lines highlighted, errors shown in the view, never on the GUI thread; "New
// revision from these differences" writes them as a revision (off the GUI thread) that opens in
// the editor.
#include "DriftFixtures.h"
#include "HandChanges.h"
#include "SandboxDatabase.h"
#include "StudioParts.h"
#include "TestSupport.h"

#include "drift/DriftBadges.h"
#include "drift/DriftSummary.h"
#include "drift/DriftView.h"
#include "editor/RevisionEditor.h"
#include "environments/EnvironmentStore.h"
#include "session/DriftCoordinator.h"
#include "session/EditorTabs.h"
#include "session/ProjectSession.h"

#include "db/Connection.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace strata;
using strata::test::runCli;
using strata::test::SandboxDatabase;
using strata::test::writeFile;
using strata::test::writeTwoEnvironmentProject;

namespace {

// A project whose one revision sleeps for ten minutes, but only while the expected schema is
// built (on a scratch database strata_expected_*): the environment itself upgrades at once.
QString writeSleepyProject(const QString& dir, const QString& url) {
    writeFile(dir, QStringLiteral("strata.toml"),
              QStringLiteral("[project]\nversions = \"versions\"\n\n[environments.a]\nurl = "
                             "\"%1\"\n")
                  .arg(url));
    writeFile(dir, QStringLiteral("versions/s1.sql"), QStringLiteral(R"(-- Revision ID: s1
-- Revises:

-- migrate:upgrade
CREATE TABLE sleepy (id int);
DO $$ BEGIN
    IF current_database() LIKE 'strata_expected_%' THEN PERFORM pg_sleep(600); END IF;
END $$;

-- migrate:downgrade
DROP TABLE sleepy;
)"));
    return dir;
}

// Sessions of the sandbox sleeping in an expected-schema build, and scratch databases left.
using strata::test::sandboxCount;
int sleepingBuilds() {
    return sandboxCount(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname LIKE "
                                       "'strata_expected_%' AND query LIKE '%pg_sleep%'"));
}
int scratchDatabases() {
    return sandboxCount(
        QStringLiteral("SELECT count(*) FROM pg_database WHERE datname LIKE 'strata_expected_%'"));
}

} // namespace

class TestDriftView : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_cache;

private Q_SLOTS:
    void initTestCase() {
        // Connection::open aborts on a thread given to Connection::forbidThread (the tests
        // below forbid the GUI thread while the view and the badges work).
        qputenv("STRATA_THREAD_CHECKS", "1");
        qputenv("STRATA_SANDBOX_DIR", qgetenv("STRATA_TEST_SANDBOX"));
        qputenv("XDG_CACHE_HOME", m_cache.path().toUtf8());
    }

    void compareTwoEnvironments() {
        SandboxDatabase a(QStringLiteral("tst_dv_a"));
        SandboxDatabase b(QStringLiteral("tst_dv_b"));
        QTemporaryDir dir;
        writeTwoEnvironmentProject(dir.path(), a.url(), b.url());
        const QStringList p{QStringLiteral("--project"), dir.path()};
        QCOMPARE(runCli(p + QStringList{"upgrade", "heads", "--env", "a"}).exitCode, 0);
        QCOMPARE(runCli(p + QStringList{"upgrade", "0002", "--env", "b"}).exitCode, 0);
        {
            auto conn = b.connect();
            QVERIFY(conn);
            QVERIFY((*conn)->exec(QStringLiteral("ALTER TABLE documents ALTER COLUMN title SET "
                                                 "DEFAULT 'untitled'")));
        }
        Result<Project> project = Project::open(dir.path());
        QVERIFY(project);

        DriftView view;
        view.resize(1200, 700);
        view.setProject(*project);
        view.show();
        QSignalSpy done(&view, &DriftView::comparisonFinished);
        view.compare(QStringLiteral("a"), QStringLiteral("b"));
        QVERIFY(view.isBusy() || done.count() == 1); // the work runs off the GUI thread
        QVERIFY(done.wait(60000));
        QVERIFY2(done.at(0).at(1).toString().isEmpty(), qPrintable(done.at(0).at(1).toString()));
        QCOMPARE(done.at(0).at(0).toInt(), view.comparison().diff.size());
        QVERIFY(view.comparison().diff.size() >= 6);

        // Groups by kind, each with its count; the changed column is under "column".
        QTreeWidget* tree = view.tree();
        QTreeWidgetItem* columns = nullptr;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->text(0).startsWith(QLatin1String("column (")))
                columns = tree->topLevelItem(i);
        QVERIFY(columns);
        QTreeWidgetItem* title = nullptr;
        for (int i = 0; i < columns->childCount(); ++i)
            if (columns->child(i)->text(0) == QLatin1String("public.documents.title"))
                title = columns->child(i);
        QVERIFY(title);
        QVERIFY(title->text(1).contains(QLatin1String("default")));
        tree->setCurrentItem(title);
        QVERIFY(view.definitionB().contains(QLatin1String("'untitled'")));
        QVERIFY(!view.definitionA().contains(QLatin1String("'untitled'")));
        QCOMPARE(view.highlightedLinesA(), 1);
        QCOMPARE(view.highlightedLinesB(), 1);

        const QByteArray shots = qgetenv("STRATA_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            view.grab().save(QString::fromUtf8(shots) + QStringLiteral("/drift.png"));
    }

    void againstExpectedAndErrors() {
        SandboxDatabase a(QStringLiteral("tst_dv_exp"));
        QTemporaryDir dir;
        writeTwoEnvironmentProject(dir.path(), a.url(),
                                   QStringLiteral("postgresql://x:s3cret@127.0.0.1:1/none"));
        QCOMPARE(runCli({"--project", dir.path(), "upgrade", "heads", "--env", "a"}).exitCode, 0);
        Result<Project> project = Project::open(dir.path());
        QVERIFY(project);
        DriftView view;
        view.setProject(*project);
        QSignalSpy done(&view, &DriftView::comparisonFinished);
        view.compare(QStringLiteral("a"), QStringLiteral("expected"));
        QVERIFY(done.wait(120000));
        QCOMPARE(done.at(0).at(0).toInt(), 0);
        QVERIFY(view.statusText().contains(QLatin1String("in sync")));

        view.compare(QStringLiteral("b"), QStringLiteral("a"));
        QVERIFY(done.wait(60000));
        QCOMPARE(done.at(1).at(0).toInt(), -1);
        QVERIFY(view.statusText().contains(QLatin1String("environment 'b'")));
        QVERIFY(!view.statusText().contains(QLatin1String("s3cret")));

        // The badges: a in sync with its expected schema, b unreachable.
        DriftBadges badges;
        QSignalSpy ready(&badges, &DriftBadges::badgeReady);
        QSignalSpy finished(&badges, &DriftBadges::finished);
        badges.refresh(*project, {QStringLiteral("a"), QStringLiteral("b")});
        QVERIFY(finished.wait(120000));
        QTRY_COMPARE(ready.count(), 2);
        QCOMPARE(ready.at(0).at(0).toString(), QStringLiteral("a"));
        QCOMPARE(ready.at(0).at(1).toInt(), 0);
        QCOMPARE(DriftBadges::badgeText(0), QStringLiteral("in sync"));
        QCOMPARE(ready.at(1).at(1).toInt(), -1);
        QVERIFY(!ready.at(1).at(2).toString().contains(QLatin1String("s3cret")));
        QVERIFY(DriftBadges::badgeText(3).startsWith(QLatin1String("3 difference")));
        QVERIFY(!DriftBadges::badgeText(-1).contains(QLatin1Char('?')));
    }

    // In the studio: compare an environment changed by hand with its expected schema, then "New
    // revision from these differences": the revision is written off the GUI thread (no
    // connection on it), on the heads, with the captured SQL, and opens in an editor tab.
    void newRevisionFromDifferences_data() {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("statement"); // a line the upgrade holds
        QTest::newRow("table with index and foreign key")
            << "table with index and foreign key"
            << "CREATE INDEX idx_notes_document ON public.notes USING btree (document_id);";
        QTest::newRow("column dropped (destructive)")
            << "column dropped (destructive)"
            << "-- ALTER TABLE public.documents DROP COLUMN ingest_version;";
    }
    void newRevisionFromDifferences() {
        QFETCH(QString, change);
        QFETCH(QString, statement);
        strata::test::HandChange hand;
        for (const strata::test::HandChange& c : strata::test::handChanges())
            if (c.name == change)
                hand = c;
        QVERIFY(!hand.sql.isEmpty());
        SandboxDatabase a(QStringLiteral("tst_dv_capture"));
        QTemporaryDir dir;
        writeTwoEnvironmentProject(dir.path(), a.url(), a.url());
        QCOMPARE(runCli({"--project", dir.path(), "upgrade", "heads", "--env", "a"}).exitCode, 0);
        const QString error = strata::test::execOn(a, hand.sql);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        MainWindow window;
        window.show();
        QVERIFY(window.openProject(dir.path()));
        DriftView* view = window.drift()->view();
        QPushButton* capture = view->captureButton();
        QVERIFY(!capture->isEnabled()); // nothing compared yet
        QSignalSpy compared(view, &DriftView::comparisonFinished);
        view->compare(QStringLiteral("a"), QStringLiteral("expected"));
        QVERIFY(!capture->isEnabled()); // not while comparing
        QVERIFY(compared.wait(120000));
        QVERIFY2(compared.at(0).at(0).toInt() > 0, qPrintable(view->statusText()));
        QVERIFY(capture->isEnabled());

        QSignalSpy finished(view, &DriftView::captureFinished);
        QSignalSpy written(view, &DriftView::revisionWritten);
        Connection::forbidThread(QThread::currentThread());
        view->captureRevision(QStringLiteral("captured in the studio"));
        QVERIFY(view->isCapturing() || finished.count() == 1); // off the GUI thread
        const bool done = finished.count() == 1 || finished.wait(60000);
        Connection::forbidThread(nullptr);
        QVERIFY(done);
        QVERIFY2(finished.at(0).at(1).toString().isEmpty(),
                 qPrintable(finished.at(0).at(1).toString()));
        QCOMPARE(written.count(), 1);
        const QString path = finished.at(0).at(0).toString();
        QVERIFY(path.endsWith(QLatin1String(".sql")));
        const QString file = strata::test::readFile(path);
        QVERIFY2(file.contains(QLatin1String("-- Revises: 0004_add_documents_path_index")),
                 qPrintable(file));
        QVERIFY2(file.contains(QLatin1String("-- Message: captured in the studio")),
                 qPrintable(file));
        QVERIFY2(file.split(QLatin1Char('\n')).contains(statement), qPrintable(file));
        QCOMPARE(file.contains(QLatin1String("-- DESTRUCTIVE:")), hand.destructive);
        QVERIFY(!capture->isEnabled()); // captured: compare again first

        // The new revision is in the graph and open in an editor tab.
        QVERIFY(window.session()->project()->graph().heads().size() == 1);
        QVERIFY(window.session()->project()->graph().revision(
            window.session()->project()->graph().heads().first()));
        QCOMPARE(window.session()
                     ->project()
                     ->graph()
                     .revision(window.session()->project()->graph().heads().first())
                     ->filePath,
                 path);
        bool open = false;
        for (RevisionEditor* editor : window.editorTabs()->editors())
            open = open || editor->filePath() == path;
        QVERIFY(open);
        QCOMPARE(window.editorTabs()->currentEditor()->filePath(), path);
    }

    // Destroying the view or the badges while an expected schema is being built neither waits
    // for the build (it sleeps ten minutes: a waiting destructor would outlast the test's
    // timeout) nor leaves it running: the running revision is cancelled and the scratch
    // database dropped. No connection is ever opened on the GUI thread.
    void destroyingCancelsWithoutWaiting_data() {
        QTest::addColumn<bool>("badges");
        QTest::newRow("drift view") << false;
        QTest::newRow("drift badges") << true;
    }
    void destroyingCancelsWithoutWaiting() {
        QFETCH(bool, badges);
        SandboxDatabase a(QStringLiteral("tst_dv_sleepy"));
        QTemporaryDir dir;
        writeSleepyProject(dir.path(), a.url());
        QCOMPARE(runCli({"--project", dir.path(), "upgrade", "heads", "--env", "a"}).exitCode, 0);
        Result<Project> project = Project::open(dir.path());
        QVERIFY2(project, strata::test::describe(project).constData());
        QCOMPARE(sleepingBuilds(), 0);

        auto* view = new DriftView;
        auto* badgeWork = new DriftBadges;
        view->setProject(*project);
        Connection::forbidThread(QThread::currentThread());
        if (badges)
            badgeWork->refresh(*project, {QStringLiteral("a")});
        else
            view->compare(QStringLiteral("a"), QStringLiteral("expected"));
        Connection::forbidThread(nullptr);
        QVERIFY(badges ? badgeWork->isBusy() : view->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(sleepingBuilds() == 1, 60000);

        QSignalSpy finished(view, &DriftView::comparisonFinished);
        QSignalSpy ready(badgeWork, &DriftBadges::badgeReady);
        Connection::forbidThread(QThread::currentThread());
        delete view;
        delete badgeWork;
        Connection::forbidThread(nullptr);
        // The build was cancelled (its sleep ends long before ten minutes) and cleaned up.
        QTRY_VERIFY_WITH_TIMEOUT(sleepingBuilds() == 0, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(scratchDatabases() == 0, 60000);
    }

    // Without a scratch server (no shadow_url, the sandbox not running) the badges say so and
    // no cluster is started for them; the check runs on the worker, not the GUI thread.
    void noScratchServerStartsNothing() {
        SandboxDatabase a(QStringLiteral("tst_dv_noscratch"));
        QTemporaryDir dir;
        writeTwoEnvironmentProject(dir.path(), a.url(), a.url());
        QCOMPARE(runCli({"--project", dir.path(), "upgrade", "heads", "--env", "a"}).exitCode, 0);
        Result<Project> project = Project::open(dir.path());
        QVERIFY(project);
        QTemporaryDir noSandbox;
        const QByteArray saved = qgetenv("STRATA_SANDBOX_DIR");
        qputenv("STRATA_SANDBOX_DIR", noSandbox.path().toUtf8());
        DriftBadges badges;
        QSignalSpy ready(&badges, &DriftBadges::badgeReady);
        QSignalSpy finished(&badges, &DriftBadges::finished);
        Connection::forbidThread(QThread::currentThread());
        badges.refresh(*project, {QStringLiteral("a"), QStringLiteral("b")});
        const bool done = finished.wait(60000);
        Connection::forbidThread(nullptr);
        qputenv("STRATA_SANDBOX_DIR", saved);
        QVERIFY(done);
        QCOMPARE(ready.count(), 2);
        for (const QList<QVariant>& badge : ready) {
            QCOMPARE(badge.at(1).toInt(), -1);
            QCOMPARE(badge.at(2).toString(), DriftComparison::noScratchServerHint());
        }
        QVERIFY(!QFileInfo::exists(noSandbox.path() + QStringLiteral("/data/PG_VERSION")));
        QVERIFY(QDir(noSandbox.path()).isEmpty());
    }

    // A difference in an attribute the definition does not show (a comment) is a line of its
    // own on both sides, highlighted; lines that differ only by a trailing comma (the last
    // column when a column is added after it) are not highlighted.
    void everyDifferingAttributeIsShown_data() {
        QTest::addColumn<QString>("sqlA");
        QTest::addColumn<QString>("sqlB");
        QTest::addColumn<QString>("object");
        QTest::addColumn<QString>("what"); // the difference column of the tree
        QTest::addColumn<QString>("lineA");
        QTest::addColumn<QString>("lineB");
        QTest::addColumn<int>("highlightedA");
        QTest::addColumn<int>("highlightedB");
        const QString table = QStringLiteral("CREATE TABLE hand (id integer, title text);");
        QTest::newRow("table comment")
            << table + "COMMENT ON TABLE hand IS 'the old words';"
            << table + "COMMENT ON TABLE hand IS 'the new words';"
            << "public.hand"
            << "changed: comment"
            << "COMMENT ON TABLE public.hand IS 'the old words';"
            << "COMMENT ON TABLE public.hand IS 'the new words';" << 1 << 1;
        QTest::newRow("table comment dropped, a column added after the last one")
            << table + "COMMENT ON TABLE hand IS 'it''s mine';"
            << "CREATE TABLE hand (id integer, title text, path text);"
            << "public.hand"
            << "changed: comment"
            << "COMMENT ON TABLE public.hand IS 'it''s mine';"
            << "COMMENT ON TABLE public.hand IS NULL;" << 1 << 2;
        QTest::newRow("column comment")
            << table + "COMMENT ON COLUMN hand.title IS 'shown';"
            << table + "COMMENT ON COLUMN hand.title IS 'shown in lists';"
            << "public.hand.title"
            << "changed: comment"
            << "COMMENT ON COLUMN public.hand.title IS 'shown';"
            << "COMMENT ON COLUMN public.hand.title IS 'shown in lists';" << 1 << 1;
        QTest::newRow("constraint comment")
            << "CREATE TABLE hand (id integer CONSTRAINT hand_pk PRIMARY KEY);"
               "COMMENT ON CONSTRAINT hand_pk ON hand IS 'one';"
            << "CREATE TABLE hand (id integer CONSTRAINT hand_pk PRIMARY KEY);"
            << "public.hand.hand_pk"
            << "changed: comment"
            << "COMMENT ON CONSTRAINT hand_pk ON public.hand IS 'one';"
            << "COMMENT ON CONSTRAINT hand_pk ON public.hand IS NULL;" << 1 << 1;
        QTest::newRow("index comment and the same definition")
            << "CREATE TABLE hand (id integer); CREATE INDEX hand_id ON hand (id);"
            << "CREATE TABLE hand (id integer); CREATE INDEX hand_id ON hand (id);"
               "COMMENT ON INDEX hand_id IS 'for lookups';"
            << "public.hand_id"
            << "changed: comment"
            << "COMMENT ON INDEX public.hand_id IS NULL;"
            << "COMMENT ON INDEX public.hand_id IS 'for lookups';" << 1 << 1;
    }
    void everyDifferingAttributeIsShown() {
        QFETCH(QString, sqlA);
        QFETCH(QString, sqlB);
        QFETCH(QString, object);
        QFETCH(QString, what);
        QFETCH(QString, lineA);
        QFETCH(QString, lineB);
        QFETCH(int, highlightedA);
        QFETCH(int, highlightedB);
        SandboxDatabase a(QStringLiteral("tst_dv_attr_a"));
        SandboxDatabase b(QStringLiteral("tst_dv_attr_b"));
        QTemporaryDir dir;
        writeTwoEnvironmentProject(dir.path(), a.url(), b.url());
        QString error = strata::test::execOn(a, sqlA);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = strata::test::execOn(b, sqlB);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        Result<Project> project = Project::open(dir.path());
        QVERIFY(project);

        DriftView view;
        view.resize(1200, 560);
        view.setProject(*project);
        view.show();
        QSignalSpy done(&view, &DriftView::comparisonFinished);
        view.compare(QStringLiteral("a"), QStringLiteral("b"));
        QVERIFY(done.wait(60000));
        QVERIFY2(done.at(0).at(1).toString().isEmpty(), qPrintable(done.at(0).at(1).toString()));
        QTreeWidgetItem* item = nullptr;
        QTreeWidget* tree = view.tree();
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j)
                if (tree->topLevelItem(i)->child(j)->text(0) == object &&
                    tree->topLevelItem(i)->child(j)->text(1) == what)
                    item = tree->topLevelItem(i)->child(j);
        QVERIFY2(item, qPrintable(view.comparison().diff.summaryText()));
        tree->setCurrentItem(item);
        QVERIFY2(view.definitionA().split(QLatin1Char('\n')).contains(lineA),
                 qPrintable(view.definitionA()));
        QVERIFY2(view.definitionB().split(QLatin1Char('\n')).contains(lineB),
                 qPrintable(view.definitionB()));
        QCOMPARE(view.highlightedLinesA(), highlightedA);
        QCOMPARE(view.highlightedLinesB(), highlightedB);

        const QByteArray shots = qgetenv("STRATA_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            view.grab().save(
                QString::fromUtf8(shots) +
                QStringLiteral("/drift-%1.png")
                    .arg(QString::fromLatin1(QTest::currentDataTag()).left(13).replace(' ', '-')));
    }

    // The B list never offers A's environment; choosing in A the environment B had swaps them;
    // the swap button swaps (not with "expected").
    void listBExcludesA_data() {
        QTest::addColumn<QString>("a");    // chosen in A
        QTest::addColumn<QString>("b");    // then chosen in B
        QTest::addColumn<QString>("newA"); // then chosen in A ("" = none)
        QTest::addColumn<bool>("swap");    // then the swap button
        QTest::addColumn<QStringList>("choicesB");
        QTest::addColumn<QString>("shownA");
        QTest::addColumn<QString>("shownB");
        QTest::newRow("first") << "dev"
                               << ""
                               << "" << false << QStringList{"expected", "stage", "prod"} << "dev"
                               << "expected";
        QTest::newRow("B chosen") << "dev"
                                  << "prod"
                                  << "" << false << QStringList{"expected", "stage", "prod"}
                                  << "dev"
                                  << "prod";
        QTest::newRow("A takes B's, B gets A's")
            << "dev"
            << "prod"
            << "prod" << false << QStringList{"expected", "dev", "stage"} << "prod"
            << "dev";
        QTest::newRow("A changes, B kept")
            << "dev"
            << "prod"
            << "stage" << false << QStringList{"expected", "dev", "prod"} << "stage"
            << "prod";
        QTest::newRow("swap") << "dev"
                              << "stage"
                              << "" << true << QStringList{"expected", "dev", "prod"} << "stage"
                              << "dev";
        QTest::newRow("swap with expected does nothing")
            << "stage"
            << "expected"
            << "" << true << QStringList{"expected", "dev", "prod"} << "stage"
            << "expected";
    }
    void listBExcludesA() {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QString, newA);
        QFETCH(bool, swap);
        QFETCH(QStringList, choicesB);
        QFETCH(QString, shownA);
        QFETCH(QString, shownB);
        QTemporaryDir dir;
        strata::test::copySampleProject(
            dir.path(),
            QStringLiteral("[environments.dev]\nurl = \"postgresql://x@127.0.0.1:1/d\"\n"
                           "[environments.stage]\nurl = \"postgresql://x@127.0.0.1:1/s\"\n"
                           "[environments.prod]\nurl = \"postgresql://x@127.0.0.1:1/p\"\n"));
        Result<Project> project = Project::open(dir.path());
        QVERIFY2(project, strata::test::describe(project).constData());
        DriftView view;
        view.setProject(*project);
        view.environmentA()->setCurrentText(a);
        // B's items carry their value as data ("expected" is shown as "expected schema").
        if (!b.isEmpty())
            view.environmentB()->setCurrentIndex(view.environmentB()->findData(b));
        if (!newA.isEmpty())
            view.environmentA()->setCurrentText(newA);
        if (swap) {
            QCOMPARE(view.swapButton()->isEnabled(), b != QLatin1String("expected"));
            QTest::mouseClick(view.swapButton(), Qt::LeftButton);
        }
        QCOMPARE(view.choicesB(), choicesB);
        QVERIFY(!view.choicesB().contains(view.environmentA()->currentText()));
        QCOMPARE(view.environmentA()->currentText(), shownA);
        QCOMPARE(view.environmentB()->currentData().toString(), shownB);
        // Opening the project again keeps the choices.
        view.setProject(*project);
        QCOMPARE(view.environmentA()->currentText(), shownA);
        QCOMPARE(view.environmentB()->currentData().toString(), shownB);
    }

    // The drift badge of a card: one clear phrase, and the tooltip explains; after a Compare
    // in the drift view against the expected schema the badge follows at once, and
    // DriftCoordinator::driftCompared tells the environment and the summary.
    void badgeWordingAndCompare_data() {
        QTest::addColumn<QString>("environment");
        QTest::addColumn<bool>("handChange");
        QTest::addColumn<int>("state"); // DriftSummary::State
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("toolTip"); // a part of it
        QTest::newRow("in sync") << "a" << false << int(DriftSummary::State::InSync) << "in sync"
                                 << "Compared with the expected schema at";
        QTest::newRow("differences")
            << "a" << true << int(DriftSummary::State::Differences) << "1 difference"
            << "Open the Drift view";
        QTest::newRow("cannot connect")
            << "b" << false << int(DriftSummary::State::CannotConnect) << "cannot connect"
            << "environment 'b'";
    }
    void badgeWordingAndCompare() {
        QFETCH(QString, environment);
        QFETCH(bool, handChange);
        QFETCH(int, state);
        QFETCH(QString, text);
        QFETCH(QString, toolTip);
        SandboxDatabase a(QStringLiteral("tst_dv_badge"));
        QTemporaryDir dir;
        writeTwoEnvironmentProject(dir.path(), a.url(),
                                   QStringLiteral("postgresql://x:s3cret@127.0.0.1:1/none"));
        QCOMPARE(runCli({"--project", dir.path(), "upgrade", "heads", "--env", "a"}).exitCode, 0);
        if (handChange) {
            const QString error =
                strata::test::execOn(a, QStringLiteral("COMMENT ON TABLE documents IS 'x'"));
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        MainWindow window;
        QVERIFY(window.openProject(dir.path()));
        DriftCoordinator* drift = window.drift();
        EnvironmentStore* store = window.session()->store();
        QCOMPARE(drift->summary(environment).state, DriftSummary::State::NotCompared);
        QSignalSpy compared(drift, &DriftCoordinator::driftCompared);
        QSignalSpy wanted(drift, &DriftCoordinator::viewRequested);
        Connection::forbidThread(QThread::currentThread());
        drift->openComparison(environment); // a click on the card's badge
        Connection::forbidThread(nullptr);
        QCOMPARE(wanted.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(compared.count() >= 1, 120000);
        // The badges may have run too; the view's comparison is the last word.
        QTRY_VERIFY_WITH_TIMEOUT(!drift->view()->isBusy(), 120000);
        const QList<QVariant> last = compared.last();
        QCOMPARE(last.at(0).toString(), environment);
        const DriftSummary summary = last.at(1).value<DriftSummary>();
        QCOMPARE(int(summary.state), state);
        QCOMPARE(int(drift->summary(environment).state), state);
        const EnvironmentEntry* entry = store->entry(environment);
        QVERIFY(entry);
        QVERIFY2(entry->drift.startsWith(text), qPrintable(entry->drift));
        QVERIFY2(!entry->drift.contains(QLatin1Char('?')), qPrintable(entry->drift));
        QVERIFY2(!entry->drift.contains(QLatin1String("drift")), qPrintable(entry->drift));
        QVERIFY2(entry->driftToolTip.contains(toolTip), qPrintable(entry->driftToolTip));
        QVERIFY(!entry->driftToolTip.contains(QLatin1String("s3cret")));
        QVERIFY(entry->driftComparedAt.isValid());
        QCOMPARE(entry->driftDifferences, summary.differences);
    }

    void summaryTexts_data() {
        QTest::addColumn<int>("differences"); // -1: failed, -2: not compared
        QTest::addColumn<bool>("connection");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("toolTip");
        QTest::newRow("not compared") << -2 << false << "not compared"
                                      << "Not compared with the expected schema yet: why";
        QTest::newRow("in sync") << 0 << false << "in sync"
                                 << "in sync.";
        QTest::newRow("three") << 3 << false << "3 difference"
                               << ": 3 difference";
        QTest::newRow("cannot connect") << -1 << true << "cannot connect"
                                        << "Cannot connect (at ";
        QTest::newRow("failed") << -1 << false << "comparison failed"
                                << "failed (at ";
    }
    void summaryTexts() {
        QFETCH(int, differences);
        QFETCH(bool, connection);
        QFETCH(QString, text);
        QFETCH(QString, toolTip);
        const DriftSummary s = differences == -2 ? DriftSummary::notCompared(QStringLiteral("why"))
                               : differences == -1
                                   ? DriftSummary::failed(QStringLiteral("why"), connection)
                                   : DriftSummary::compared(differences);
        QVERIFY2(s.text().startsWith(text), qPrintable(s.text()));
        QVERIFY2(s.toolTip().contains(toolTip), qPrintable(s.toolTip()));
        if (differences == -1)
            QVERIFY(s.toolTip().endsWith(QLatin1String(": why")));
        QVERIFY(!s.text().contains(QLatin1Char('?')));
    }
};

QTEST_MAIN(TestDriftView)
#include "tst_driftview.moc"
