// The drift view against the sandbox: differences grouped by kind, definitions side by side
// with differing lines highlighted, errors shown in the view, never on the GUI thread.
#include "SandboxDatabase.h"
#include "TestSupport.h"

#include "drift/DriftBadges.h"
#include "drift/DriftView.h"
#include "drift/LineDiff.h"

#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace strata;
using strata::test::runCli;
using strata::test::SandboxDatabase;
using strata::test::writeFile;

namespace {

QString writeProject(const QString& dir, const QString& urlA, const QString& urlB) {
    return strata::test::copySampleProject(
        dir, QStringLiteral("[environments.a]\nurl = \"%1\"\n\n[environments.b]\nurl = \"%2\"\n")
                 .arg(urlA, urlB));
}

} // namespace

class TestDriftView : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_cache;

private Q_SLOTS:
    void initTestCase() {
        qputenv("STRATA_SANDBOX_DIR", qgetenv("STRATA_TEST_SANDBOX"));
        qputenv("XDG_CACHE_HOME", m_cache.path().toUtf8());
    }

    void lineDiff_data() {
        QTest::addColumn<QStringList>("a");
        QTest::addColumn<QStringList>("b");
        QTest::addColumn<int>("changedA");
        QTest::addColumn<int>("changedB");
        QTest::newRow("equal") << QStringList{"x", "y"} << QStringList{"x", "y"} << 0 << 0;
        QTest::newRow("one changed")
            << QStringList{"x", "y", "z"} << QStringList{"x", "Y", "z"} << 1 << 1;
        QTest::newRow("added line")
            << QStringList{"x", "z"} << QStringList{"x", "y", "z"} << 0 << 1;
        QTest::newRow("all new") << QStringList{} << QStringList{"a", "b"} << 0 << 2;
    }
    void lineDiff() {
        QFETCH(QStringList, a);
        QFETCH(QStringList, b);
        QFETCH(int, changedA);
        QFETCH(int, changedB);
        const LineDiff d = LineDiff::compute(a, b);
        QCOMPARE(int(d.changedA.count(true)), changedA);
        QCOMPARE(int(d.changedB.count(true)), changedB);
    }

    void compareTwoEnvironments() {
        SandboxDatabase a(QStringLiteral("tst_dv_a"));
        SandboxDatabase b(QStringLiteral("tst_dv_b"));
        QTemporaryDir dir;
        writeProject(dir.path(), a.url(), b.url());
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
        writeProject(dir.path(), a.url(), QStringLiteral("postgresql://x:s3cret@127.0.0.1:1/none"));
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
        QCOMPARE(DriftBadges::badgeText(3), QStringLiteral("3 differences"));
    }
};

QTEST_MAIN(TestDriftView)
#include "tst_driftview.moc"
