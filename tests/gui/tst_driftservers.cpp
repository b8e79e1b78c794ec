// The drift view between two environments on different PostgreSQL majors (issue 15): the same
// schema on 13 and on the default server is no drift; what the servers themselves ship (pg_trgm
// 1.5 on 13, 1.6 from 14; the public schema's owner and ACL since 15) is listed in a greyed
// group of its own, "Server differences (not drift)", after the drift groups; and a real change
// still shows as drift beside it. Registered with strata_server_test(... MAJORS 13).
// STRATA_SCREENSHOT_DIR=DIR saves drift-servers.png.
#include "DriftFixtures.h"
#include "GuiThreadGuard.h"
#include "HandChanges.h"
#include "SandboxDatabase.h"
#include "TestSupport.h"
#include "drift/DriftView.h"

#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace strata;
using strata::test::SandboxDatabase;

namespace {

const char* kSchema = "CREATE EXTENSION pg_trgm;"
                      "CREATE TABLE items (id int PRIMARY KEY, name text NOT NULL);"
                      "CREATE INDEX items_name_trgm ON items USING gin (name gin_trgm_ops);";

QTreeWidgetItem* serverGroup(QTreeWidget* tree) {
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(0).startsWith(QLatin1String("Server differences")))
            return tree->topLevelItem(i);
    return nullptr;
}

} // namespace

class TestDriftServers : public QObject {
    Q_OBJECT

private slots:
    void serverDifferencesAreGreyedApart_data() {
        QTest::addColumn<QString>("changeOn13"); // run on 13 after the shared schema
        QTest::addColumn<int>("driftGroups");    // top-level groups before the server group
        QTest::newRow("same migrations") << QString() << 0;
        QTest::newRow("and a real change")
            << QStringLiteral("ALTER TABLE items ADD COLUMN note text;") << 1;
    }
    void serverDifferencesAreGreyedApart() {
        QFETCH(QString, changeOn13);
        QFETCH(int, driftGroups);
        SandboxDatabase a(QStringLiteral("tst_ds_a"));
        SandboxDatabase b(test::testSandboxOn(13), QStringLiteral("tst_ds_b"));
        QString error = test::execOn(a, QString::fromUtf8(kSchema));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = test::execOn(b, QString::fromUtf8(kSchema) + changeOn13);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTemporaryDir dir;
        test::writeTwoEnvironmentProject(dir.path(), a.url(), b.url());
        Result<Project> project = Project::open(dir.path());
        QVERIFY2(project, test::describe(project).constData());

        DriftView view;
        view.resize(1200, 560);
        view.setProject(*project);
        view.show();
        QSignalSpy done(&view, &DriftView::comparisonFinished);
        // The view reads off the GUI thread: a connection opened on it aborts (the test's own
        // databases are made and dropped outside this stretch).
        test::forbidGuiThreadConnections();
        view.compare(QStringLiteral("a"), QStringLiteral("b"));
        const bool finished = done.wait(60000);
        Connection::forbidThread(nullptr);
        QVERIFY(finished);
        QVERIFY2(done.at(0).at(1).toString().isEmpty(), qPrintable(done.at(0).at(1).toString()));

        const SchemaDiff& diff = view.comparison().diff;
        QCOMPARE(diff.hasDrift(), driftGroups > 0);
        // Counted apart: "a and b are in sync (...). 2 server differences, not drift." and no
        // revision to write from server differences alone.
        QCOMPARE(done.at(0).at(0).toInt(), diff.driftCount());
        QVERIFY2(view.statusText().contains(QLatin1String("not drift")),
                 qPrintable(view.statusText()));
        QCOMPARE(view.statusText().contains(QLatin1String("in sync")), driftGroups == 0);
        QCOMPARE(view.captureButton()->isEnabled(), driftGroups > 0);
        QVERIFY2(!diff.serverDifferences().isEmpty(), qPrintable(diff.summaryText()));
        QTreeWidget* tree = view.tree();
        QTreeWidgetItem* group = serverGroup(tree);
        QVERIFY2(group, qPrintable(diff.summaryText()));
        // Last, after the drift groups, counted apart.
        QCOMPARE(tree->indexOfTopLevelItem(group), driftGroups);
        QCOMPARE(tree->topLevelItemCount(), driftGroups + 1);
        QCOMPARE(group->childCount(), int(diff.serverDifferences().size()));
        QCOMPARE(group->text(0), QStringLiteral("Server differences (not drift) (%1)")
                                     .arg(diff.serverDifferences().size()));
        // pg_trgm's version is one of them, with the reason beside it.
        bool trgm = false;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* child = group->child(i);
            QVERIFY2(!child->text(1).isEmpty(), qPrintable(child->text(0)));
            QCOMPARE(child->foreground(0).color(),
                     view.palette().brush(QPalette::Disabled, QPalette::Text).color());
            trgm = trgm || child->text(0).contains(QLatin1String("pg_trgm"));
        }
        QVERIFY2(trgm, qPrintable(diff.summaryText()));
        // A drift group's items are drawn as usual.
        if (driftGroups > 0) {
            QTreeWidgetItem* drift = tree->topLevelItem(0)->child(0);
            QVERIFY(drift);
            QVERIFY(drift->foreground(0).color() !=
                    view.palette().brush(QPalette::Disabled, QPalette::Text).color());
        }

        const QByteArray shots = qgetenv("STRATA_SCREENSHOT_DIR");
        if (!shots.isEmpty() && driftGroups > 0) {
            tree->expandAll();
            QVERIFY(
                view.grab().save(QString::fromUtf8(shots) + QStringLiteral("/drift-servers.png")));
        }
    }
};

QTEST_MAIN(TestDriftServers)
#include "tst_driftservers.moc"
