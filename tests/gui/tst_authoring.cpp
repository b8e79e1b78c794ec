// The main window hosts the editor and the drift view: a revision edited in a tab and saved
// shows in the graph at once; the drift tab and the environment cards' drift badges work.
#include "SandboxDatabase.h"
#include "TestSupport.h"

#include "MainWindow.h"
#include "drift/DriftBadges.h"
#include "drift/DriftView.h"
#include "editor/HeaderForm.h"
#include "editor/RevisionEditor.h"
#include "environments/EnvironmentCard.h"
#include "environments/EnvironmentsPanel.h"
#include "graph/GraphModel.h"

#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
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
    }

    void editSaveShowsInGraphAndDriftBadge() {
        SandboxDatabase dev(QStringLiteral("tst_auth_dev"));
        QTemporaryDir dir;
        strata::test::copySampleProject(
            dir.path(), QStringLiteral("[environments.dev]\nurl = \"%1\"\n").arg(dev.url()));
        QCOMPARE(runCli({"--project", dir.path(), "upgrade", "heads", "--env", "dev"}).exitCode, 0);

        MainWindow window;
        QSignalSpy badges(window.driftBadges(), &DriftBadges::finished);
        QVERIFY(window.openProject(dir.path()));
        window.show();

        // The drift badge: dev at heads, in sync with its expected schema.
        QVERIFY(badges.wait(120000));
        QTRY_VERIFY_WITH_TIMEOUT(window.environmentsPanel()
                                     ->card(QStringLiteral("dev"))
                                     ->text()
                                     .contains(QLatin1String("in sync")),
                                 10000);

        // Edit 0002's message in a tab and save: the graph shows the new message at once.
        const QString path = dir.path() + QStringLiteral("/versions/0002_add_chunk_embeddings.sql");
        RevisionEditor* editor = window.openEditor(path);
        QVERIFY(editor);
        QCOMPARE(window.centralTabs()->currentWidget(), editor);
        QCOMPARE(window.openEditor(path), editor); // a second open brings the same tab
        QLineEdit* message = editor->headerForm()->messageEdit();
        message->selectAll();
        QTest::keyClicks(message, QStringLiteral("embeddings, edited")); // typed, as a user would
        QTRY_VERIFY(editor->isModified());
        QVERIFY(editor->save());
        GraphModel* model = window.graphModel();
        const int row = model->rowOf(QStringLiteral("0002_add_chunk_embeddings"));
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row, GraphModel::MessageColumn).data().toString(),
                 QStringLiteral("embeddings, edited"));
        QVERIFY(
            strata::test::readFile(path).contains(QLatin1String("-- Message: embeddings, edited")));

        // The drift tab compares dev with its expected schema.
        DriftView* drift = window.driftView();
        QSignalSpy compared(drift, &DriftView::comparisonFinished);
        drift->compare(QStringLiteral("dev"), QStringLiteral("expected"));
        QVERIFY(compared.wait(120000));
        QCOMPARE(compared.at(0).at(0).toInt(), 0);
    }
};

QTEST_MAIN(TestAuthoring)
#include "tst_authoring.moc"
