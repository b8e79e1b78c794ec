// Resolving a dirty environment from the studio (DirtyResolution, ResolveDirtyDialog): the
// dialog shows the failed revision, statement and error; each of Retry, Mark applied and Mark
// rolled back leaves the version and history tables exactly as `strata resolve` does, off the
// GUI thread, and the environment's status is read again; a protected environment needs its
// name typed (Enter with a wrong one says so and changes nothing).
#include "GuiThreadGuard.h"
#include "HandChanges.h"
#include "SandboxDatabase.h"
#include "TestSupport.h"

#include "dialogs/ProtectedConfirmation.h"
#include "dialogs/ResolveDirtyDialog.h"
#include "environments/EnvironmentStore.h"
#include "environments/RunnerStatusSource.h"
#include "session/DirtyResolution.h"
#include "session/ProjectSession.h"

#include <QAction>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using strata::test::runCli;
using strata::test::SandboxDatabase;
using strata::test::TestConnectionsAllowed;
using strata::test::writeFile;

namespace {

// r1 creates a table; r2 (`Transactional: no`) creates another, then fails on its second
// statement (line 9 of r2.sql): the environment is dirty at r1.
void writeDirtyProject(const QString& dir, const QString& url, bool isProtected) {
    writeFile(dir, QStringLiteral("strata.toml"),
              QStringLiteral("[project]\nversions = \"versions\"\n\n[environments.dev]\nurl = "
                             "\"%1\"\n%2")
                  .arg(url, isProtected ? QStringLiteral("protected = true\n") : QString()));
    writeFile(dir, QStringLiteral("versions/r1.sql"),
              QStringLiteral("-- Revision ID: r1\n-- Revises:\n-- Message: r1\n\n"
                             "-- migrate:upgrade\nCREATE TABLE t1 (id int PRIMARY KEY);\n\n"
                             "-- migrate:downgrade\nDROP TABLE t1;\n"));
    writeFile(dir, QStringLiteral("versions/r2.sql"),
              QStringLiteral("-- Revision ID: r2\n-- Revises: r1\n-- Message: r2\n"
                             "-- Transactional: no\n\n-- migrate:upgrade\n"
                             "CREATE TABLE IF NOT EXISTS t2 (id int);\n\n"
                             "ALTER TABLE t2 ADD COLUMN ref int REFERENCES missing (id);\n\n"
                             "-- migrate:downgrade\nDROP TABLE t2;\n"));
}

// Makes `db` dirty through the CLI; empty on success.
QString makeDirty(const QString& dir) {
    const strata::test::CliRun run =
        runCli({QStringLiteral("--project"), dir, QStringLiteral("upgrade"),
                QStringLiteral("heads"), QStringLiteral("--confirm"), QStringLiteral("dev")});
    return run.exitCode == 1 && run.err.contains(QLatin1String("dirty"))
               ? QString()
               : QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err);
}

// While it lives, a connection opened on the test's (GUI) thread aborts the test.
class GuiThreadForbidden {
public:
    GuiThreadForbidden() { strata::test::forbidGuiThreadConnections(); }
    ~GuiThreadForbidden() { Connection::forbidThread(nullptr); }
    GuiThreadForbidden(const GuiThreadForbidden&) = delete;
    GuiThreadForbidden& operator=(const GuiThreadForbidden&) = delete;
};

// The version rows and every history row (revision, direction, status, resolution); inside a
// GuiThreadForbidden scope (the test's own reads are allowed).
QString tables(const SandboxDatabase& db) {
    TestConnectionsAllowed allowed;
    return db.versionRows() + QStringLiteral(" | ") +
           db.scalar(QStringLiteral(
               "SELECT string_agg(revision || ' ' || direction || ' ' || status || ' ' || "
               "coalesce(resolution, '-'), '; ' ORDER BY id) FROM strata_history"));
}

QString actionFlag(ResolveAction action) {
    switch (action) {
    case ResolveAction::Retry:
        return QStringLiteral("--retry");
    case ResolveAction::MarkApplied:
        return QStringLiteral("--mark-applied");
    case ResolveAction::MarkRolledBack:
        return QStringLiteral("--mark-rolled-back");
    }
    return {};
}

// A session on `dir` whose statuses have been read.
std::unique_ptr<ProjectSession> openSession(const QString& dir) {
    auto session = std::make_unique<ProjectSession>(std::make_shared<RunnerStatusSource>());
    QSignalSpy read(session->store(), &EnvironmentStore::refreshFinished);
    if (!session->open(dir))
        return {};
    if (read.isEmpty() && !read.wait(30000))
        return {};
    return session;
}

} // namespace

Q_DECLARE_METATYPE(strata::ResolveAction)

class TestResolveDirty : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("STRATA_THREAD_CHECKS", "1"); }

    void eachChoiceAsTheCliDoes_data() {
        QTest::addColumn<ResolveAction>("action");
        QTest::addColumn<bool>("isProtected");
        QTest::addColumn<QString>("expected"); // the tables afterwards
        QTest::newRow("retry") << ResolveAction::Retry << false
                               << "r2 | r1 upgrade succeeded -; r2 upgrade failed retried; r2 "
                                  "upgrade succeeded -";
        QTest::newRow("mark applied")
            << ResolveAction::MarkApplied << false
            << "r2 | r1 upgrade succeeded -; r2 upgrade failed marked-applied; r2 upgrade "
               "succeeded -";
        QTest::newRow("mark rolled back (protected)")
            << ResolveAction::MarkRolledBack << true
            << "r1 | r1 upgrade succeeded -; r2 upgrade failed marked-rolled-back";
    }
    void eachChoiceAsTheCliDoes() {
        QFETCH(ResolveAction, action);
        QFETCH(bool, isProtected);
        QFETCH(QString, expected);
        std::optional<SandboxDatabase> studioDb;
        std::optional<SandboxDatabase> cliDb;
        studioDb.emplace(QStringLiteral("tst_resolve_studio"));
        cliDb.emplace(QStringLiteral("tst_resolve_cli"));
        GuiThreadForbidden forbidden;
        QTemporaryDir studioDir;
        QTemporaryDir cliDir;
        writeDirtyProject(studioDir.path(), studioDb->url(), isProtected);
        writeDirtyProject(cliDir.path(), cliDb->url(), isProtected);
        QString error = makeDirty(studioDir.path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = makeDirty(cliDir.path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        if (action == ResolveAction::Retry) { // the cause, fixed by hand
            TestConnectionsAllowed allowed;
            for (const SandboxDatabase* db : {&*studioDb, &*cliDb}) {
                error = strata::test::execOn(
                    *db, QStringLiteral("CREATE TABLE missing (id int PRIMARY KEY)"));
                QVERIFY2(error.isEmpty(), qPrintable(error));
            }
        }

        // The CLI's outcome.
        QStringList resolve{QStringLiteral("--project"), cliDir.path(),
                            QStringLiteral("resolve"),   QStringLiteral("--env"),
                            QStringLiteral("dev"),       actionFlag(action)};
        if (isProtected)
            resolve << QStringLiteral("--confirm") << QStringLiteral("dev");
        const strata::test::CliRun cli = runCli(resolve);
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
        QCOMPARE(tables(*cliDb), expected);

        // The studio's.
        std::unique_ptr<ProjectSession> session = openSession(studioDir.path());
        QVERIFY(session);
        QWidget parent;
        DirtyResolution resolution(session.get(), &parent);
        QVERIFY(!resolution.action()->isEnabled()); // no environment chosen
        resolution.setEnvironment(QStringLiteral("dev"));
        QVERIFY(resolution.canResolve(QStringLiteral("dev")));
        QVERIFY(resolution.action()->isEnabled());
        resolution.action()->trigger();
        ResolveDirtyDialog* dialog = resolution.dialog();
        QVERIFY(dialog);

        // What failed, where, and why.
        QCOMPARE(dialog->failedRevision(), QStringLiteral("r2"));
        QVERIFY2(dialog->statementText().contains(
                     QLatin1String("ALTER TABLE t2 ADD COLUMN ref int REFERENCES missing (id)")),
                 qPrintable(dialog->statementText()));
        QVERIFY2(dialog->errorText().contains(QLatin1String("\"missing\"")),
                 qPrintable(dialog->errorText()));
        QVERIFY2(dialog->errorText().contains(QLatin1String("42P01")),
                 qPrintable(dialog->errorText()));
        QCOMPARE(dialog->confirmation() != nullptr, isProtected);
        QVERIFY(!dialog->resolveButton()->isEnabled()); // nothing chosen yet

        const QByteArray shots = qgetenv("STRATA_SCREENSHOT_DIR");
        if (!shots.isEmpty() && isProtected)
            dialog->grab().save(QString::fromUtf8(shots) + QStringLiteral("/resolve-dirty.png"));

        dialog->choose(action);
        if (isProtected) {
            QVERIFY(!dialog->resolveButton()->isEnabled());
            QTest::keyClicks(dialog->confirmation()->edit(), QStringLiteral("dev"));
        }
        QVERIFY(dialog->resolveButton()->isEnabled());
        QSignalSpy resolved(&resolution, &DirtyResolution::resolved);
        QSignalSpy reread(session->store(), &EnvironmentStore::entryChanged);
        QTest::mouseClick(dialog->resolveButton(), Qt::LeftButton); // off the GUI thread
        QVERIFY(dialog->isResolving() || resolved.count() == 1);
        QVERIFY(resolved.count() == 1 || resolved.wait(60000));
        QVERIFY2(resolved.at(0).at(1).toBool(), qPrintable(resolved.at(0).at(2).toString()));
        QCOMPARE(resolved.at(0).at(0).toString(), QStringLiteral("dev"));
        QVERIFY2(dialog->statusText().contains(QLatin1String("it is at")),
                 qPrintable(dialog->statusText()));
        QVERIFY(dialog->isResolved());
        QVERIFY(!dialog->resolveButton()->isEnabled());
        QCOMPARE(tables(*studioDb), tables(*cliDb));

        // The status is read again: no longer dirty, the action is disabled.
        QTRY_VERIFY_WITH_TIMEOUT(
            session->store()->entry(QStringLiteral("dev"))->status.dirtyState() ==
                EnvironmentStatus::DirtyState::Clean,
            30000);
        QVERIFY(!resolution.action()->isEnabled());
        dialog->close();
    }

    // A protected environment: Enter in the name box with no name or a wrong one says so and
    // changes nothing; with the right one it resolves.
    void protectedNeedsTheName_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("refusal"); // a part of it; empty = it resolves
        QTest::newRow("nothing typed") << ""
                                       << "Type 'dev' to confirm";
        QTest::newRow("wrong name") << "prod"
                                    << "'prod' does not match";
        QTest::newRow("almost") << "de"
                                << "'de' does not match";
        QTest::newRow("right name") << "dev"
                                    << "";
    }
    void protectedNeedsTheName() {
        QFETCH(QString, typed);
        QFETCH(QString, refusal);
        SandboxDatabase db(QStringLiteral("tst_resolve_protected"));
        GuiThreadForbidden forbidden;
        QTemporaryDir dir;
        writeDirtyProject(dir.path(), db.url(), true);
        const QString error = makeDirty(dir.path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString before = tables(db);
        std::unique_ptr<ProjectSession> session = openSession(dir.path());
        QVERIFY(session);
        QWidget parent;
        DirtyResolution resolution(session.get(), &parent);
        ResolveDirtyDialog* dialog = resolution.resolve(QStringLiteral("dev"));
        QVERIFY(dialog);
        dialog->choose(ResolveAction::MarkApplied);
        QLineEdit* name = dialog->confirmation()->edit();
        QTest::keyClicks(name, typed);
        QSignalSpy resolved(dialog, &ResolveDirtyDialog::resolved);
        QTest::keyClick(name, Qt::Key_Return);
        if (refusal.isEmpty()) {
            QVERIFY(resolved.count() == 1 || resolved.wait(60000));
            QVERIFY(resolved.at(0).at(1).toBool());
            QVERIFY(tables(db).startsWith(QLatin1String("r2 |")));
        } else {
            QVERIFY(dialog->isVisible());
            QVERIFY(!dialog->isResolving());
            QVERIFY2(dialog->confirmation()->refusal().contains(refusal),
                     qPrintable(dialog->confirmation()->refusal()));
            QVERIFY(
                dialog->confirmation()->refusal().contains(QLatin1String("nothing is changed")));
            QCOMPARE(resolved.count(), 0);
            QCOMPARE(tables(db), before);
        }
        dialog->close();
    }
};

QTEST_MAIN(TestResolveDirty)
#include "tst_resolvedirty.moc"
