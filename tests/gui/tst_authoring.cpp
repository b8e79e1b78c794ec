// The main window hosts the editor and the drift view: a revision edited in a tab and saved
// shows in the graph at once; the drift tab and the environment cards' drift badges work. In an
// Alembic project, New revision and Merge heads write `.py` revisions Alembic sees.
#include "AlembicCli.h"
#include "GuiThreadGuard.h"
#include "SandboxDatabase.h"
#include "StudioParts.h"
#include "TestSupport.h"

#include "MainWindow.h"
#include "dialogs/MergeDialog.h"
#include "dialogs/NewRevisionDialog.h"
#include "drift/DriftBadges.h"
#include "drift/DriftView.h"
#include "editor/EditorNotices.h"
#include "editor/HeaderForm.h"
#include "editor/NoticeBar.h"
#include "editor/RevisionEditor.h"
#include "editor/SqlEditor.h"
#include "environments/EnvironmentCard.h"
#include "environments/EnvironmentsPanel.h"
#include "environments/RunnerStatusSource.h"
#include "graph/GraphModel.h"
#include "revision/AlembicScript.h"
#include "revision/RevisionWriter.h"
#include "session/DriftCoordinator.h"
#include "session/EditorTabs.h"
#include "session/VersionsWatcher.h"

#include "revision/AlembicScript.h"
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace strata;

namespace {

// Reads through the runner, counting the reads (saving a file must not read any environment).
class CountingStatusSource final : public StatusSource {
public:
    EnvironmentStatus read(const Project& project, const Environment& environment) const override {
        ++m_reads;
        return m_runner.read(project, environment);
    }
    int reads() const { return m_reads.load(); }

private:
    RunnerStatusSource m_runner;
    mutable std::atomic<int> m_reads{0};
};

// Every file under `dir`, relative, sorted (Python's byte-code caches left out).
QStringList listFiles(const QString& dir) {
    QStringList out;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = QDir(dir).relativeFilePath(it.next());
        if (!file.contains(QLatin1String("__pycache__")))
            out << file;
    }
    out.sort();
    return out;
}

// A copy of tests/fixtures/alembic_project in `dir`.
void copyAlembicProject(const QString& dir) {
    const QString fixture = QStringLiteral(STRATA_FIXTURES_DIR "/alembic_project");
    for (const QString& file : listFiles(fixture))
        strata::test::writeFile(dir, file,
                                strata::test::readFile(fixture + QLatin1Char('/') + file));
}

// Runs `act` on the first visible dialog of type D once it shows (the dialogs are modal:
// exec() returns when `act` accepted or rejected it).
template <typename D>
void whenShown(std::function<void(D*)> act) {
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* dialog = qobject_cast<D*>(w); dialog && dialog->isVisible()) {
                timer->stop();
                timer->deleteLater();
                act(dialog);
                return;
            }
        }
    });
    timer->start();
}

} // namespace
using strata::test::CliRun;
using strata::test::runCli;
using strata::test::SandboxDatabase;
using strata::test::writeFile;

class TestAuthoring : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_cache;

private Q_SLOTS:
    void initTestCase() {
        // The expected schema (drift badges) is built on the test sandbox.
        qputenv("STRATA_SANDBOX_DIR", qgetenv("STRATA_TEST_SANDBOX"));
        qputenv("XDG_CACHE_HOME", m_cache.path().toUtf8());
        strata::test::forbidGuiThreadConnections();
    }

    void editSaveShowsInGraphAndDriftBadge() {
        std::optional<strata::test::TestConnectionsAllowed> setUp(std::in_place);
        SandboxDatabase dev(QStringLiteral("tst_auth_dev"));
        QTemporaryDir dir;
        strata::test::copySampleProject(
            dir.path(), QStringLiteral("[environments.dev]\nurl = \"%1\"\n").arg(dev.url()));
        QCOMPARE(runCli({"--project", dir.path(), "upgrade", "heads", "--env", "dev"}).exitCode, 0);
        setUp.reset();

        auto source = std::make_shared<CountingStatusSource>();
        MainWindow window(nullptr, source);
        QSignalSpy badges(window.drift()->badges(), &DriftBadges::finished);
        QVERIFY(window.openProject(dir.path()));
        window.show();

        // The drift badge: dev at heads, in sync with its expected schema.
        QVERIFY(badges.wait(120000));
        QTRY_VERIFY_WITH_TIMEOUT(strata::test::environmentsPanel(window)
                                     ->card(QStringLiteral("dev"))
                                     ->text()
                                     .contains(QLatin1String("in sync")),
                                 10000);

        // Edit 0002's message in a tab and save: the graph shows the new message at once.
        const QString path = dir.path() + QStringLiteral("/versions/0002_add_chunk_embeddings.sql");
        RevisionEditor* editor = window.editorTabs()->openEditor(path);
        QVERIFY(editor);
        QCOMPARE(strata::test::centralTabs(window)->currentWidget(), editor);
        QCOMPARE(window.editorTabs()->openEditor(path),
                 editor); // a second open brings the same tab
        QLineEdit* message = editor->headerForm()->messageEdit();
        message->selectAll();
        QTest::keyClicks(message, QStringLiteral("embeddings, edited")); // typed, as a user would
        QTRY_VERIFY(editor->isModified());
        EnvironmentStore* envs = strata::test::store(window);
        QVERIFY(strata::test::waitForRefresh(window));
        const int readsBefore = source->reads();
        const int driftBefore = window.drift()->computations();
        const std::shared_ptr<const Project> projectBefore = window.session()->project();
        QSignalSpy reset(envs, &EnvironmentStore::entriesReset);
        QSignalSpy opened(window.session(), &ProjectSession::opened);
        QVERIFY(editor->save());
        // Incremental: the one file is read again; the project is not reopened, no environment
        // is read again and the drift badges are not recomputed.
        QCOMPARE(opened.size(), 0);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(envs->pendingReads(), 0);
        QCOMPARE(source->reads(), readsBefore);
        QCOMPARE(window.drift()->computations(), driftBefore);
        QVERIFY(window.session()->project() != projectBefore);
        QVERIFY(envs->entry(QStringLiteral("dev"))->status.reachable); // the status is kept
        QVERIFY(strata::test::environmentsPanel(window)
                    ->card(QStringLiteral("dev"))
                    ->text()
                    .contains(QLatin1String("in sync")));
        GraphModel* model = strata::test::graphModel(window);
        const int row = model->rowOf(QStringLiteral("0002_add_chunk_embeddings"));
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row, GraphModel::MessageColumn).data().toString(),
                 QStringLiteral("embeddings, edited"));
        QVERIFY(
            strata::test::readFile(path).contains(QLatin1String("-- Message: embeddings, edited")));

        // The drift tab compares dev with its expected schema.
        DriftView* drift = window.drift()->view();
        QSignalSpy compared(drift, &DriftView::comparisonFinished);
        drift->compare(QStringLiteral("dev"), QStringLiteral("expected"));
        QVERIFY(compared.wait(120000));
        QCOMPARE(compared.at(0).at(0).toInt(), 0);
        setUp.emplace(); // dropping the test's database is the test's own work
    }

    // An Alembic project: New revision writes a .py file (the project's Python runs off the
    // GUI thread; an error stays in the dialog, nothing written), opens it in the editor, and
    // `alembic heads` sees it; Merge heads writes a merge .py file Alembic agrees with.
    void alembicNewRevisionAndMerge() {
        const QString missing = strata::test::debianAlembicMissing();
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        qputenv("PYTHONDONTWRITEBYTECODE", "1");
        QTemporaryDir dir;
        copyAlembicProject(dir.path());
        MainWindow window(nullptr, std::make_shared<RunnerStatusSource>());
        QVERIFY(window.openProject(dir.path() + QStringLiteral("/alembic.ini")));
        window.show();
        const QStringList before = listFiles(dir.path());
        // The new file opens in the SQL editor (its `pass` bodies are SQL form).
        const auto openedInEditor = [&](const QString& path) {
            RevisionEditor* editor = window.editorTabs()->currentEditor();
            return editor && editor->filePath() == path && editor->isSqlForm();
        };

        // First with an interpreter that does not exist: the error shows in the dialog.
        qputenv("STRATA_PYTHON", dir.path().toUtf8() + "/no/python");
        QString shownError;
        bool wroteWhileFailing = true;
        whenShown<NewRevisionDialog>([&](NewRevisionDialog* d) {
            d->messageEdit()->setText(QStringLiteral("from the studio"));
            d->idEdit()->setText(QStringLiteral("gui0001"));
            d->okButton()->click();
            const bool settled = QTest::qWaitFor([d] { return !d->isWriting(); }, 60000);
            shownError = settled ? d->validationMessage() : QStringLiteral("still writing");
            wroteWhileFailing = listFiles(dir.path()) != before;
            qputenv("STRATA_PYTHON", "/usr/bin/python3");
            d->okButton()->click(); // again, with Debian's Python: written, the dialog closes
        });
        window.editorTabs()->newRevision(QString());
        QVERIFY2(shownError.contains(QLatin1String("no/python")), qPrintable(shownError));
        QVERIFY(!wroteWhileFailing);
        const QString first =
            dir.path() + QStringLiteral("/migrations/versions/gui0001_from_the_studio.py");
        QVERIFY(QFileInfo::exists(first));
        QVERIFY(openedInEditor(first));
        // SQL typed into the new revision is saved as its first op.execute call.
        RevisionEditor* editor = window.editorTabs()->currentEditor();
        QVERIFY(!editor->upgradeEditor()->isReadOnly());
        editor->upgradeEditor()->setText(QStringLiteral("CREATE TABLE from_studio (id int);"));
        QVERIFY2(editor->save(), qPrintable(editor->lastMessage()));
        const auto typed = strata::AlembicScript::load(first);
        QVERIFY2(typed, qPrintable(typed ? QString() : typed.error().message));
        QCOMPARE(typed->source, strata::Revision::Source::AlembicSqlForm);
        QCOMPARE(typed->upgrade.sql.trimmed(),
                 QStringLiteral("CREATE TABLE from_studio (id int);"));
        QVERIFY(strata::test::graphModel(window)->rowOf(QStringLiteral("gui0001")) >= 0);
        CliRun heads = strata::test::runAlembic(dir.path(), {QStringLiteral("heads")});
        QCOMPARE(heads.exitCode, 0);
        QVERIFY2(heads.out.startsWith(QLatin1String("gui0001 (audit) (head)")),
                 qPrintable(heads.out));

        // A second head (after a1000002), then Merge heads.
        whenShown<NewRevisionDialog>([](NewRevisionDialog* d) {
            d->messageEdit()->setText(QStringLiteral("side"));
            d->idEdit()->setText(QStringLiteral("gui0002"));
            d->okButton()->click();
        });
        window.editorTabs()->newRevision(QStringLiteral("a1000002"));
        QVERIFY(strata::test::graphModel(window)->rowOf(QStringLiteral("gui0002")) >= 0);
        QCOMPARE(window.session()->project()->graph().heads().size(), 2);
        whenShown<MergeDialog>([](MergeDialog* d) {
            d->messageEdit()->setText(QStringLiteral("merge from the studio"));
            d->okButton()->click();
        });
        window.editorTabs()->mergeHeads();
        const QStringList heads2 = window.session()->project()->graph().heads();
        QCOMPARE(heads2.size(), 1);
        const strata::Revision* merge =
            window.session()->project()->graph().revision(heads2.first());
        QVERIFY(merge);
        QVERIFY(merge->filePath.endsWith(QLatin1String("_merge_from_the_studio.py")));
        QStringList parents = merge->parents;
        parents.sort();
        QCOMPARE(parents, (QStringList{QStringLiteral("gui0001"), QStringLiteral("gui0002")}));
        QVERIFY(openedInEditor(merge->filePath));
        heads = strata::test::runAlembic(dir.path(), {QStringLiteral("heads")});
        QCOMPARE(heads.exitCode, 0);
        QVERIFY2(heads.out.startsWith(heads2.first() + QStringLiteral(" (audit) (head)")),
                 qPrintable(heads.out));
        QCOMPARE(heads.out.count(QLatin1Char('\n')), 1);
        // Nothing but .py files was written.
        for (const QString& f : listFiles(dir.path()))
            QVERIFY2(before.contains(f) || f.endsWith(QLatin1String(".py")), qPrintable(f));
        qunsetenv("STRATA_PYTHON");
    }

    // Editing a revision applied to some environments warns, from the statuses the studio read
    // (issue 14 item 9): 0002 is applied to dev only, 0001 to dev and test.
    void appliedRevisionNotice() {
        std::optional<strata::test::TestConnectionsAllowed> setUp(std::in_place);
        SandboxDatabase dev(QStringLiteral("tst_auth_applied_dev"));
        SandboxDatabase test(QStringLiteral("tst_auth_applied_test"));
        QTemporaryDir dir;
        strata::test::copySampleProject(dir.path(),
                                        QStringLiteral("[environments.dev]\nurl = \"%1\"\n"
                                                       "[environments.test]\nurl = \"%2\"\n")
                                            .arg(dev.url(), test.url()));
        QCOMPARE(runCli({"--project", dir.path(), "upgrade", "heads", "--env", "dev"}).exitCode, 0);
        QCOMPARE(runCli({"--project", dir.path(), "upgrade", "0001_init_schema", "--env", "test"})
                     .exitCode,
                 0);
        setUp.reset();

        auto source = std::make_shared<CountingStatusSource>();
        MainWindow window(nullptr, source);
        QVERIFY(window.openProject(dir.path()));
        window.resize(1366, 768);
        window.show();
        const QString versions = dir.path() + QStringLiteral("/versions/");
        RevisionEditor* second = window.editorTabs()->openEditor(
            versions + QStringLiteral("0002_add_chunk_embeddings.sql"));
        QVERIFY(second);
        QVERIFY(strata::test::waitForRefresh(window));
        const int reads = source->reads();
        QTRY_VERIFY(!second->notices()->applied()->isHidden());
        QVERIFY2(second->notices()->applied()->text().startsWith(
                     QLatin1String("Applied to dev: editing changes its checksum")),
                 qPrintable(second->notices()->applied()->text()));
        RevisionEditor* first =
            window.editorTabs()->openEditor(versions + QStringLiteral("0001_init_schema.sql"));
        QVERIFY(first);
        QVERIFY2(first->notices()->applied()->text().startsWith(
                     QLatin1String("Applied to dev, test: editing")),
                 qPrintable(first->notices()->applied()->text()));
        QCOMPARE(source->reads(), reads); // from the statuses read, no query of its own

        // A revision applied nowhere: no notice.
        QSignalSpy created(window.session(), &ProjectSession::updated);
        NewRevision fresh;
        fresh.id = QStringLiteral("0005_fresh");
        fresh.parents = {QStringLiteral("0004_add_documents_path_index")};
        const auto path = RevisionWriter::write(dir.path() + QStringLiteral("/versions"), fresh);
        QVERIFY(path.ok());
        window.session()->revisionFileWritten(*path);
        RevisionEditor* unapplied = window.editorTabs()->openEditor(*path);
        QVERIFY(unapplied);
        QVERIFY(unapplied->notices()->applied()->isHidden());

        window.editorTabs()->openEditor(versions + QStringLiteral("0002_add_chunk_embeddings.sql"));
        QTest::qWait(100);
        const QByteArray shots = qgetenv("STRATA_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(window.grab().save(QString::fromLocal8Bit(shots) +
                                       QStringLiteral("/editor-applied-notice.png")));
        setUp.emplace(); // dropping the test's databases is the test's own work
    }

    // Files changed, added or deleted outside the studio are noticed without Reload (issue 14
    // item 10): the graph takes them in, an unmodified editor reloads, a modified one offers
    // Reload / Keep mine, a deleted file's editor says so.
    void externalChangesNoticed() {
        QTemporaryDir dir;
        strata::test::copySampleProject(dir.path(), QString());
        MainWindow window(nullptr, std::make_shared<CountingStatusSource>());
        QVERIFY(window.openProject(dir.path()));
        window.show();
        ProjectSession* session = window.session();
        session->watcher()->setDelay(50);
        GraphModel* model = strata::test::graphModel(window);
        QSignalSpy opened(session, &ProjectSession::opened);
        const QString versions = dir.path() + QStringLiteral("/versions/");
        const QString path2 = versions + QStringLiteral("0002_add_chunk_embeddings.sql");
        const QString path3 = versions + QStringLiteral("0003_add_search_indexes.sql");
        const QString path4 = versions + QStringLiteral("0004_add_documents_path_index.sql");
        RevisionEditor* clean = window.editorTabs()->openEditor(path2);
        RevisionEditor* edited = window.editorTabs()->openEditor(path3);
        RevisionEditor* removed = window.editorTabs()->openEditor(path4);
        QVERIFY(clean && edited && removed);
        edited->upgradeEditor()->append(QStringLiteral("SELECT 'mine';\n"));
        QVERIFY(edited->isModified());

        // A new file: in the graph.
        NewRevision added;
        added.id = QStringLiteral("0005_from_git");
        added.parents = {QStringLiteral("0004_add_documents_path_index")};
        added.message = QStringLiteral("pulled from git");
        QVERIFY(RevisionWriter::write(versions, added).ok());
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(QStringLiteral("0005_from_git")) >= 0, 5000);
        QCOMPARE(session->project()->graph().heads(), QStringList{QStringLiteral("0005_from_git")});

        // The unmodified editor's file changes: its text follows, and so does the graph.
        QString text = strata::test::readFile(path2);
        text.replace(QLatin1String("-- Message: add chunk_embeddings table"),
                     QLatin1String("-- Message: renamed in git"));
        writeFile(versions, QStringLiteral("0002_add_chunk_embeddings.sql"), text);
        QTRY_COMPARE_WITH_TIMEOUT(clean->headerForm()->messageEdit()->text(),
                                  QStringLiteral("renamed in git"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(session->project()
                                      ->graph()
                                      .revision(QStringLiteral("0002_add_chunk_embeddings"))
                                      ->message,
                                  QStringLiteral("renamed in git"), 5000);
        QVERIFY(!clean->isModified());

        // The modified editor's file changes: a notice, the edits stay.
        text = strata::test::readFile(path3);
        text.replace(QLatin1String("-- Message: "), QLatin1String("-- Message: (theirs) "));
        writeFile(versions, QStringLiteral("0003_add_search_indexes.sql"), text);
        QTRY_VERIFY_WITH_TIMEOUT(!edited->notices()->disk()->isHidden(), 5000);
        QVERIFY(edited->notices()->disk()->button(QStringLiteral("Reload")));
        QVERIFY(edited->notices()->disk()->button(QStringLiteral("Keep mine")));
        QVERIFY(edited->upgradeEditor()->text().contains(QLatin1String("SELECT 'mine';")));

        // A deleted file: out of the graph; its editor says so.
        QVERIFY(QFile::remove(versions + QStringLiteral("0005_from_git.sql")));
        QVERIFY(QFile::remove(path4));
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(QStringLiteral("0004_add_documents_path_index")) < 0,
                                 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!removed->notices()->disk()->isHidden(), 5000);
        QVERIFY(removed->notices()->disk()->text().contains(QLatin1String("Deleted from disk")));
        QVERIFY(model->rowOf(QStringLiteral("0005_from_git")) < 0);
        QCOMPARE(opened.count(), 0); // incremental: never reopened
    }
};

QTEST_MAIN(TestAuthoring)
#include "tst_authoring.moc"
