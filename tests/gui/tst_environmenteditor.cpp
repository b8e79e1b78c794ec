// Environments ▸ Add…, Edit…, Test Connection, Remove: the dialog writes strata.toml in place
// (comments and every other line kept), the project reloads and the new environment appears
// and becomes the target; a password typed in the dialog is kept for the session, never
// written; an edit that would not load writes nothing and says strata.toml:LINE in the dialog;
// Test Connection runs off the GUI thread against the sandbox and shows the server version (or
// the one-line error); an Alembic project without strata.toml gets one.
#include "DriftFixtures.h"
#include "GuiThreadGuard.h"
#include "SandboxDatabase.h"
#include "StudioParts.h"
#include "TestSupport.h"

#include "Project.h"
#include "common/PasswordStore.h"
#include "environments/EnvironmentActions.h"
#include "environments/EnvironmentCard.h"
#include "environments/EnvironmentEditor.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace strata;
using namespace strata::test;

namespace {

const QString kSessionPassword = QStringLiteral("session-Only-Secret-42");

// The strata.toml the tests edit: comments, a table that is not an environment, odd spacing.
QString commentedToml(const QString& url) {
    return QStringLiteral("# Our project: keep this comment\n"
                          "\n"
                          "# the main database\n"
                          "[environments.a]\n"
                          "url   =   \"%1\"   # aligned by hand\n"
                          "\n"
                          "# [environments.old]\n"
                          "# url = \"gone\"\n")
        .arg(url);
}

// Runs `fill` on the first EnvironmentEditor that opens, from the event loop of its exec().
void whenEditorOpens(std::function<void(EnvironmentEditor*)> fill) {
    auto* timer = new QTimer;
    QObject::connect(timer, &QTimer::timeout, timer, [timer, fill] {
        if (auto* editor = qobject_cast<EnvironmentEditor*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            fill(editor);
        }
    });
    timer->start(20);
}

EnvironmentActions* actionsOf(const MainWindow& window) {
    auto* actions = window.findChild<EnvironmentActions*>();
    if (!actions)
        qFatal("no EnvironmentActions");
    return actions;
}

} // namespace

class TestEnvironmentEditor : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        Q_INIT_RESOURCE(strata);
        forbidGuiThreadConnections();
        const TestConnectionsAllowed setUp;
        m_db = std::make_unique<SandboxDatabase>(QStringLiteral("tst_enveditor"));
    }

    void cleanupTestCase() {
        const TestConnectionsAllowed tearDown;
        m_db.reset();
    }

    void addWritesTheFileAndTheEnvironmentAppears() {
        QTemporaryDir dir;
        const QString original = commentedToml(m_db->url());
        copySampleProject(dir.path(), original);
        const QString toml = QDir(dir.path()).filePath(QStringLiteral("strata.toml"));
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(dir.path()));
        QVERIFY(waitForRefresh(window));
        EnvironmentActions* actions = actionsOf(window);
        QVERIFY(actions->addAction()->isEnabled());
        whenEditorOpens([this](EnvironmentEditor* editor) {
            editor->nameEdit()->setText(QStringLiteral("staging"));
            editor->urlEdit()->setText(m_db->url());
            editor->passwordEdit()->setText(kSessionPassword);
            editor->protectedBox()->setChecked(true);
            editor->lockTimeoutEdit()->setText(QStringLiteral("5s"));
            editor->accept();
        });
        actions->addAction()->trigger(); // returns when the dialog closed
        const QString written = readFile(toml);
        // After the last environment, before the commented-out example; the rest as it was.
        QString expected = original;
        expected.replace(QStringLiteral("# aligned by hand\n"),
                         QStringLiteral("# aligned by hand\n\n[environments.staging]\nurl = "
                                        "\"%1\"\nprotected = true\nlock_timeout = \"5s\"\n")
                             .arg(m_db->url()));
        QCOMPARE(written, expected);
        QVERIFY(!written.contains(kSessionPassword));
        QVERIFY(window.session()->passwords()->has(QStringLiteral("staging")));
        // Reloaded: the new environment is read, shown and is the target.
        QVERIFY(waitForRefresh(window));
        const EnvironmentEntry* staging = store(window)->entry(QStringLiteral("staging"));
        QVERIFY(staging);
        QVERIFY(staging->status.isProtected);
        QVERIFY2(staging->status.reachable, qPrintable(staging->status.error.toString()));
        QVERIFY(environmentsPanel(window)->card(QStringLiteral("staging")));
        QCOMPARE(window.currentEnvironment(), QStringLiteral("staging"));
        QVERIFY(environmentsPanel(window)->card(QStringLiteral("staging"))->isSelected());
    }

    void editAndRemoveTouchOnlyTheirLines() {
        QTemporaryDir dir;
        const QString original = commentedToml(m_db->url());
        copySampleProject(dir.path(), original);
        const QString toml = QDir(dir.path()).filePath(QStringLiteral("strata.toml"));
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(dir.path()));
        EnvironmentActions* actions = actionsOf(window);
        // Edit through the dialog: only the changed key is written.
        whenEditorOpens([](EnvironmentEditor* editor) {
            QCOMPARE(editor->nameEdit()->text(), QStringLiteral("a"));
            editor->backupBox()->setChecked(true);
            editor->descriptionEdit()->setText(QStringLiteral("the laptop"));
            editor->accept();
        });
        window.setCurrentEnvironment(QStringLiteral("a"));
        actions->editAction()->trigger();
        QString expected = original;
        expected.replace(QStringLiteral("# aligned by hand\n"),
                         QStringLiteral("# aligned by hand\nbackup = true\ndescription = \"the "
                                        "laptop\"\n"));
        QCOMPARE(readFile(toml), expected);
        QVERIFY(window.session()->project()->config().environment(QStringLiteral("a"))->backup);

        // Renamed: the header changes, nothing else.
        Environment a = *window.session()->project()->config().environment(QStringLiteral("a"));
        a.name = QStringLiteral("dev");
        QVERIFY(actions->updateEnvironment(QStringLiteral("a"), a, {}));
        expected.replace(QStringLiteral("[environments.a]"), QStringLiteral("[environments.dev]"));
        QCOMPARE(readFile(toml), expected);
        QVERIFY(store(window)->entry(QStringLiteral("dev")));

        // Removed: its table and the comment above it go; the rest stays.
        QVERIFY(actions->removeEnvironment(QStringLiteral("dev")));
        QCOMPARE(readFile(toml), QStringLiteral("# Our project: keep this comment\n"
                                                "\n"
                                                "# [environments.old]\n"
                                                "# url = \"gone\"\n"));
        QVERIFY(store(window)->entries().isEmpty());
    }

    void refusedEditWritesNothing_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("lockTimeout");
        QTest::addColumn<QString>("message");
        QTest::newRow("unterminated ${") << "${BROKEN"
                                         << ""
                                         << "strata.toml:";
        QTest::newRow("not a duration") << "postgresql://h/db"
                                        << "soon"
                                        << "not a duration";
        QTest::newRow("name taken") << ""
                                    << ""
                                    << "exists";
    }
    void refusedEditWritesNothing() {
        QFETCH(QString, url);
        QFETCH(QString, lockTimeout);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString original = commentedToml(m_db->url());
        copySampleProject(dir.path(), original);
        const QString toml = QDir(dir.path()).filePath(QStringLiteral("strata.toml"));
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(dir.path()));
        EnvironmentActions* actions = actionsOf(window);
        QString error;
        whenEditorOpens([&](EnvironmentEditor* editor) {
            editor->nameEdit()->setText(url.isEmpty() ? QStringLiteral("a")
                                                      : QStringLiteral("broken"));
            editor->urlEdit()->setText(url.isEmpty() ? m_db->url() : url);
            editor->lockTimeoutEdit()->setText(lockTimeout);
            editor->accept(); // refused: the dialog stays open with the error
            error = editor->errorText();
            QVERIFY(editor->isVisible());
            editor->reject();
        });
        actions->addAction()->trigger();
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
        QCOMPARE(readFile(toml), original);
    }

    void testConnection_data() {
        QTest::addColumn<bool>("reachable");
        QTest::newRow("the sandbox") << true;
        QTest::newRow("nothing listens") << false;
    }
    void testConnection() {
        QFETCH(bool, reachable);
        Environment base;
        base.name = QStringLiteral("probe");
        EnvironmentEditor editor(base, true, {}, {}, {});
        editor.show();
        editor.urlEdit()->setText(reachable ? m_db->url()
                                            : QStringLiteral("postgresql://nobody@127.0.0.1:1/x"));
        QSignalSpy finished(&editor, &EnvironmentEditor::testFinished);
        editor.testButton()->click(); // a connection on this (GUI) thread would abort the test
        QCOMPARE(editor.testResult(), EnvironmentEditor::tr("Connecting…")); // not waited for
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), reachable);
        if (reachable) {
            QVERIFY2(editor.testResult().contains(QStringLiteral("PostgreSQL 15")),
                     qPrintable(editor.testResult()));
        } else {
            QVERIFY2(editor.testResult().contains(QStringLiteral("environment 'probe'")),
                     qPrintable(editor.testResult()));
            QVERIFY(!editor.testResult().contains(QLatin1Char('\n')));
        }
    }

    // Environment ▸ Test Connection on the target: off the GUI thread, the version in the status
    // bar's message.
    void testConnectionFromTheMenu() {
        QTemporaryDir dir;
        copySampleProject(dir.path(), commentedToml(m_db->url()));
        MainWindow window(nullptr);
        window.show();
        QVERIFY(window.openProject(dir.path()));
        EnvironmentActions* actions = actionsOf(window);
        QSignalSpy finished(actions, &EnvironmentActions::testFinished);
        QSignalSpy messages(actions, &EnvironmentActions::message);
        window.setCurrentEnvironment(QStringLiteral("a"));
        actions->testAction()->trigger();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("a"));
        QVERIFY(finished.at(0).at(1).toBool());
        QVERIFY2(messages.last().at(0).toString().contains(QStringLiteral("a: connected, "
                                                                          "PostgreSQL 15")),
                 qPrintable(messages.last().at(0).toString()));
    }

    void testConnectionIsCancellable() {
        Environment base;
        base.name = QStringLiteral("slow");
        EnvironmentEditor editor(base, true, {}, {}, {});
        editor.urlEdit()->setText(m_db->url());
        QSignalSpy finished(&editor, &EnvironmentEditor::testFinished);
        editor.testButton()->click();
        editor.testButton()->click(); // cancels
        QVERIFY(editor.testResult().contains(QStringLiteral("Cancelled")));
        QTest::qWait(300); // the cancelled test reports nothing, even once its thread is done
        QCOMPARE(finished.size(), 0);
    }

    // STRATA_SCREENSHOT_DIR: the dialog after a successful test, to look at.
    void screenshot() {
        Environment base;
        base.name = QStringLiteral("staging");
        base.url = m_db->url();
        base.isProtected = true;
        base.lockTimeoutMs = 5000;
        EnvironmentEditor editor(base, false, {}, kSessionPassword, {});
        editor.show();
        QSignalSpy finished(&editor, &EnvironmentEditor::testFinished);
        editor.testButton()->click();
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.at(0).at(0).toBool());
        const QByteArray shots = qgetenv("STRATA_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            editor.grab().save(
                QDir(QString::fromUtf8(shots)).filePath(QStringLiteral("environment-editor.png")));
    }

    void revealToggleInTheEditor() {
        Environment base;
        EnvironmentEditor editor(base, true, {}, {}, {});
        auto* reveal = editor.passwordEdit()->findChild<QAction*>(QStringLiteral("revealPassword"));
        QVERIFY(reveal);
        QCOMPARE(editor.passwordEdit()->echoMode(), QLineEdit::Password);
        reveal->trigger();
        QCOMPARE(editor.passwordEdit()->echoMode(), QLineEdit::Normal);
    }

    // A password typed into the URL is written (the user asked), with a warning in the dialog.
    void passwordInTheUrlIsWarnedAbout() {
        Environment base;
        EnvironmentEditor editor(base, true, {}, {}, {});
        editor.show();
        editor.urlEdit()->setText(QStringLiteral("postgresql://u:typed@h/db"));
        bool warned = false;
        for (QLabel* l : editor.findChildren<QLabel*>())
            warned |= l->isVisible() && l->text().contains(QStringLiteral("holds a password"));
        QVERIFY(warned);
        editor.urlEdit()->setText(QStringLiteral("postgresql://u@h/db"));
        for (QLabel* l : editor.findChildren<QLabel*>())
            QVERIFY(!(l->isVisible() && l->text().contains(QStringLiteral("holds a password"))));
    }

    // An Alembic project without strata.toml: the first environment added creates one that
    // follows alembic.ini, keeping the `default` environment it showed.
    void alembicProjectGetsAStrataToml() {
        QTemporaryDir dir;
        copyAlembicProject(dir.path(), m_db->url());
        QVERIFY(QFile::remove(QDir(dir.path()).filePath(QStringLiteral("strata.toml"))));
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(dir.path()));
        QVERIFY(store(window)->entry(QStringLiteral("default")));
        Environment staging;
        staging.name = QStringLiteral("staging");
        staging.url = m_db->url();
        QVERIFY(actionsOf(window)->addEnvironment(staging, {}));
        const QString toml = readFile(QDir(dir.path()).filePath(QStringLiteral("strata.toml")));
        QVERIFY2(toml.contains(QStringLiteral("[project]\nalembic = \"alembic.ini\"\n")),
                 qPrintable(toml));
        QVERIFY2(toml.contains(QStringLiteral("[environments.default]\nurl = \"${DATABASE_URL")),
                 qPrintable(toml));
        QVERIFY(toml.contains(QStringLiteral("[environments.staging]\n")));
        QVERIFY(window.session()->project()->config().isAlembicProject());
        QVERIFY(store(window)->entry(QStringLiteral("default")));
        QVERIFY(store(window)->entry(QStringLiteral("staging")));
    }

private:
    std::unique_ptr<SandboxDatabase> m_db;
};

QTEST_MAIN(TestEnvironmentEditor)
#include "tst_environmenteditor.moc"
