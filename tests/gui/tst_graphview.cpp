// The revision graph's view: the filter shows only matching revisions (id, message, label, file)
// and clearing it brings every row back; long linear runs fold into one row and expand; Home and
// End go to the first and last rows; zoom changes the font and the row height; "go to an
// environment's head" selects it. Screenshots of the filtered and the folded graph go to
// STRATA_SCREENSHOT_DIR when it is set.
#include "GuiThreadGuard.h"
#include "Project.h"
#include "TestSupport.h"
#include "graph/GraphModel.h"
#include "graph/GraphRows.h"
#include "graph/GraphView.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

#include <memory>

using namespace strata;
using namespace strata::test;

namespace {

constexpr int kRevisions = 40;

QString idOf(int i) {
    return QStringLiteral("r%1").arg(i, 3, 10, QLatin1Char('0'));
}

// r001 (base) … r040 (head), one line; r003's message names billing, r012 carries the label
// "audit", r007's file is r007_orders.sql.
void writeLinearProject(const QString& dir) {
    for (int i = 1; i <= kRevisions; ++i) {
        const QString id = idOf(i);
        const QString file = i == 7 ? QStringLiteral("r007_orders") : id;
        const QString message =
            i == 3 ? QStringLiteral("billing tables") : QStringLiteral("step %1").arg(i);
        writeFile(dir, QStringLiteral("versions/%1.sql").arg(file),
                  QStringLiteral("-- Revision ID: %1\n-- Revises: %2\n-- Message: %3\n"
                                 "-- Branch Labels: %4\n\n-- migrate:upgrade\nSELECT 1;\n\n"
                                 "-- migrate:downgrade\nSELECT 1;\n")
                      .arg(id, i == 1 ? QString() : idOf(i - 1), message,
                           i == 12 ? QStringLiteral("audit") : QString()));
    }
    writeFile(dir, QStringLiteral("strata.toml"),
              QStringLiteral("[project]\nversions = \"versions\"\n"));
}

EnvironmentEntry environmentAt(const QString& name, const QString& head) {
    EnvironmentEntry e;
    e.name = name;
    e.color = QStringLiteral("#2e7d32");
    e.loaded = true;
    e.status.environment = name;
    e.status.reachable = true;
    e.status.heads = {head};
    return e;
}

void saveScreenshot(QWidget& widget, const QString& name) {
    const QString dir = qEnvironmentVariable("STRATA_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

} // namespace

class TestGraphView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void filterShowsOnlyMatches_data();
    void filterShowsOnlyMatches();
    void clearingTheFilterRestoresEveryRow();
    void longRunsFold_data();
    void longRunsFold();
    void foldExpandsAndRevisionsInsideAreReachable();
    void homeAndEndGoToTheEnds_data();
    void homeAndEndGoToTheEnds();
    void zoomChangesRowHeight_data();
    void zoomChangesRowHeight();
    void goToEnvironmentHead();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const Project> m_project;
    std::unique_ptr<GraphModel> m_model;
    std::unique_ptr<GraphView> m_view;
};

void TestGraphView::initTestCase() {
    forbidGuiThreadConnections();
    writeLinearProject(m_dir.path());
    auto project = Project::open(m_dir.path(), Project::Mode::Strict, false);
    QVERIFY2(project, project ? "" : qPrintable(project.error().toString()));
    m_project = std::make_shared<const Project>(std::move(*project));
}

void TestGraphView::init() {
    m_model = std::make_unique<GraphModel>();
    m_model->setProject(m_project);
    m_view = std::make_unique<GraphView>(m_model.get());
    m_view->resize(900, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestGraphView::cleanup() {
    m_view.reset();
    m_model.reset();
}

void TestGraphView::filterShowsOnlyMatches_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("shown");
    QTest::newRow("id") << "r01" << QStringList{"r019", "r018", "r017", "r016", "r015",
                                                "r014", "r013", "r012", "r011", "r010"};
    QTest::newRow("message") << "BILLING" << QStringList{"r003"};
    QTest::newRow("label") << "audit" << QStringList{"r012"};
    QTest::newRow("file") << "orders" << QStringList{"r007"};
    QTest::newRow("nothing") << "no such thing" << QStringList{};
}

void TestGraphView::filterShowsOnlyMatches() {
    QFETCH(QString, text);
    QFETCH(QStringList, shown);
    m_view->setFilterText(text);
    QVERIFY(m_view->filterButton()->isChecked());
    QTableView* table = m_view->table();
    QCOMPARE(table->model()->rowCount(), int(shown.size()));
    QStringList ids;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        ids << table->model()->index(row, GraphModel::RevisionColumn).data().toString();
    QCOMPARE(ids, shown);
    QVERIFY(m_view->filterStatus()->isVisibleTo(m_view.get()));
    QVERIFY2(m_view->filterStatus()->text().contains(QStringLiteral("Show all")),
             qPrintable(m_view->filterStatus()->text()));
    if (!shown.isEmpty())
        QCOMPARE(m_view->currentRevision(), shown.constFirst());
    if (text == QLatin1String("r01"))
        saveScreenshot(*m_view, QStringLiteral("graph-filtered"));
}

void TestGraphView::clearingTheFilterRestoresEveryRow() {
    GraphRows* rows = m_view->rows();
    auto covered = [rows] { // revisions in the rows and the folds
        int total = 0;
        for (int row = 0; row < rows->rowCount(); ++row)
            total += std::max(1, rows->foldCount(row));
        return total;
    };
    QCOMPARE(rows->rowCount(), 3); // the long run is folded
    // Typing with "Only Matches" on filters as you type; clearing brings every revision back,
    // the selected one kept (and its fold opened).
    m_view->filterButton()->setChecked(true);
    QTest::keyClicks(m_view->searchBox(), QStringLiteral("billing"));
    QCOMPARE(rows->rowCount(), 1);
    QCOMPARE(m_view->currentRevision(), QStringLiteral("r003"));
    m_view->searchBox()->clear();
    QCOMPARE(covered(), kRevisions);
    QCOMPARE(m_view->currentRevision(), QStringLiteral("r003"));
    QVERIFY(!m_view->filterStatus()->isVisibleTo(m_view.get()));
    // "Show all" in the status line does the same; with the head selected nothing unfolds.
    m_view->setFilterText(QStringLiteral("r040"));
    QCOMPARE(rows->rowCount(), 1);
    emit m_view->filterStatus()->linkActivated(QStringLiteral("all"));
    QCOMPARE(covered(), kRevisions);
    QVERIFY(!m_view->filterButton()->isChecked());
    m_view->setCollapsed(true);
    QCOMPARE(rows->rowCount(), 3);
    // Unchecking "Only Matches" keeps the text (a search again) and shows every revision.
    m_view->setFilterText(QStringLiteral("r040"));
    m_view->filterButton()->setChecked(false);
    QCOMPARE(rows->rowCount(), 3);
    QCOMPARE(m_view->searchBox()->text(), QStringLiteral("r040"));
}

void TestGraphView::longRunsFold_data() {
    QTest::addColumn<QString>("at"); // empty: no environment
    QTest::addColumn<int>("rows");
    QTest::addColumn<QList<int>>("folds"); // the folds' sizes, top down
    // r040 (head) and r001 (base) never fold; r002…r039 are 38 plain revisions.
    QTest::newRow("one run") << QString() << 3 << QList<int>{38};
    // An environment at r020 splits the run: r039…r021 (19) and r019…r002 (18).
    QTest::newRow("an environment in the middle") << "r020" << 5 << QList<int>{19, 18};
    // At r005: r039…r006 (34), and r004…r002 (3, not more than 8: shown).
    QTest::newRow("a short run stays") << "r005" << 7 << QList<int>{34};
}

void TestGraphView::longRunsFold() {
    QFETCH(QString, at);
    QFETCH(int, rows);
    QFETCH(QList<int>, folds);
    if (!at.isEmpty())
        m_model->setEnvironments({environmentAt(QStringLiteral("dev"), at)});
    GraphRows* view = m_view->rows();
    QCOMPARE(view->rowCount(), rows);
    QList<int> sizes;
    int total = 0;
    for (int row = 0; row < view->rowCount(); ++row) {
        total += std::max(1, view->foldCount(row));
        if (view->foldCount(row) > 0) {
            sizes << view->foldCount(row);
            QVERIFY2(view->index(row, GraphModel::MessageColumn)
                         .data()
                         .toString()
                         .contains(QString::number(view->foldCount(row))),
                     qPrintable(view->index(row, GraphModel::MessageColumn).data().toString()));
        }
    }
    QCOMPARE(sizes, folds);
    QCOMPARE(total, kRevisions); // every revision is in a row or a fold
    if (at == QLatin1String("r020"))
        saveScreenshot(*m_view, QStringLiteral("graph-folded"));
    // Folding off: one row per revision.
    m_view->setCollapsed(false);
    QCOMPARE(view->rowCount(), kRevisions);
    m_view->setCollapsed(true);
    QCOMPARE(view->rowCount(), rows);
}

void TestGraphView::foldExpandsAndRevisionsInsideAreReachable() {
    GraphRows* view = m_view->rows();
    QCOMPARE(view->rowCount(), 3);
    QCOMPARE(view->foldCount(1), 38);
    // Activating the fold (double-click, Enter) expands it.
    emit m_view->table()->activated(view->index(1, GraphModel::MessageColumn));
    QCOMPARE(view->rowCount(), kRevisions);
    QCOMPARE(m_view->currentRevision(), QStringLiteral("r039"));
    // Folding again (the head selected), then selecting a revision inside a fold expands it.
    QVERIFY(m_view->selectRevision(QStringLiteral("r040")));
    m_view->setCollapsed(false);
    m_view->setCollapsed(true);
    QCOMPARE(view->rowCount(), 3);
    QVERIFY(m_view->selectRevision(QStringLiteral("r020")));
    QCOMPARE(m_view->currentRevision(), QStringLiteral("r020"));
    QCOMPARE(view->rowCount(), kRevisions);
}

void TestGraphView::homeAndEndGoToTheEnds_data() {
    QTest::addColumn<bool>("folded");
    QTest::newRow("folded") << true;
    QTest::newRow("every row") << false;
}

void TestGraphView::homeAndEndGoToTheEnds() {
    QFETCH(bool, folded);
    m_view->setCollapsed(folded);
    QVERIFY(m_view->selectRevision(QStringLiteral("r040")));
    m_view->table()->setFocus();
    QTest::keyClick(m_view->table(), Qt::Key_End);
    QCOMPARE(m_view->currentRevision(), QStringLiteral("r001"));
    QCOMPARE(m_view->table()->currentIndex().row(), m_view->table()->model()->rowCount() - 1);
    QTest::keyClick(m_view->table(), Qt::Key_Home);
    QCOMPARE(m_view->currentRevision(), QStringLiteral("r040"));
    QCOMPARE(m_view->table()->currentIndex().row(), 0);
}

void TestGraphView::zoomChangesRowHeight_data() {
    QTest::addColumn<QString>("how");
    QTest::newRow("keys") << "keys";
    QTest::newRow("ctrl+wheel") << "wheel";
}

void TestGraphView::zoomChangesRowHeight() {
    QFETCH(QString, how);
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    QTableView* table = m_view->table();
    table->setFocus();
    const int height = m_view->rowHeight();
    const int points = table->font().pointSize();
    QCOMPARE(table->verticalHeader()->sectionSize(0), height);
    auto wheel = [&](int delta) {
        const QPointF at(table->viewport()->rect().center());
        QWheelEvent event(at, table->viewport()->mapToGlobal(at), QPoint(), QPoint(0, delta),
                          Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(table->viewport(), &event);
    };
    if (how == QLatin1String("keys")) {
        QTest::keyClick(table, Qt::Key_Equal, Qt::ControlModifier);
        QTest::keyClick(table, Qt::Key_Equal, Qt::ControlModifier);
    } else {
        wheel(120);
        wheel(120);
    }
    QCOMPARE(m_view->zoom(), 2);
    QCOMPARE(table->font().pointSize(), points + 2);
    QVERIFY2(m_view->rowHeight() > height, qPrintable(QString::number(m_view->rowHeight())));
    QCOMPARE(table->verticalHeader()->sectionSize(0), m_view->rowHeight());
    if (how == QLatin1String("keys")) {
        QTest::keyClick(table, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(m_view->zoom(), 1);
        QTest::keyClick(table, Qt::Key_0, Qt::ControlModifier);
    } else {
        wheel(-120);
        QCOMPARE(m_view->zoom(), 1);
        wheel(-120);
    }
    QCOMPARE(m_view->zoom(), 0);
    QCOMPARE(m_view->rowHeight(), height);
}

void TestGraphView::goToEnvironmentHead() {
    m_model->setEnvironments({environmentAt(QStringLiteral("dev"), QStringLiteral("r040")),
                              environmentAt(QStringLiteral("prod"), QStringLiteral("r015"))});
    QVERIFY(m_view->selectRevision(QStringLiteral("r040")));
    const QList<QAction*> actions = m_view->headsMenu()->actions();
    QCOMPARE(actions.size(), 2);
    QVERIFY2(actions.at(1)->text().contains(QStringLiteral("prod")),
             qPrintable(actions.at(1)->text()));
    QCOMPARE(actions.at(1)->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_2));
    actions.at(1)->trigger(); // prod's head is inside a fold: it opens
    QCOMPARE(m_view->currentRevision(), QStringLiteral("r015"));
    QVERIFY(m_view->goToEnvironmentHead(QStringLiteral("dev")));
    QCOMPARE(m_view->currentRevision(), QStringLiteral("r040"));
    QVERIFY(!m_view->goToEnvironmentHead(QStringLiteral("nowhere")));
}

QTEST_MAIN(TestGraphView)
#include "tst_graphview.moc"
