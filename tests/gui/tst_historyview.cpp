// The history view and the inspector's "applied on / by" (issue 14 item 7): with 1,222 history
// rows the view reports all of them (no silent cap at 500) and scrolls to the last one, read
// page by page off the GUI thread; the inspector shows when and by whom the oldest revision was
// applied, far beyond the first page; the filters (status, direction, dates, user, text)
// select exactly the rows they describe; "All environments" lists the rows of two databases,
// newest first, each tagged with its environment and colour; CSV export writes every row the
// filter shows, RFC 4180 quoted, and nothing of the password.
#include "GuiThreadGuard.h"
#include "HistoryRows.h"
#include "SandboxDatabase.h"
#include "TestSupport.h"
#include "common/ReadOnlyCodeView.h"

#include "Project.h"
#include "common/PasswordStore.h"
#include "db/Connection.h"
#include "environments/EnvironmentStore.h"
#include "history/HistoryCsv.h"
#include "history/HistoryFilterBar.h"
#include "history/HistoryFormat.h"
#include "history/HistoryModel.h"
#include "history/HistoryPager.h"
#include "history/HistoryView.h"
#include "inspector/RevisionInspector.h"
#include "runner/HistoryTable.h"
#include "runner/VersionTable.h"
#include "session/ProjectSession.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace strata;
using namespace strata::test;

namespace {

constexpr int kRowsA = 1222; // one hand-written oldest row and 1,221 generated ones
constexpr int kGeneratedA = kRowsA - 1;
constexpr int kRowsB = 30;
constexpr int kWaitMs = 30000;
const QString kAncientUser = QStringLiteral("ancient-dba");
const QString kAncientHost = QStringLiteral("old-box");
const QDateTime kAncientTime(QDate(2020, 1, 2), QTime(3, 4, 5), Qt::UTC);
const QString kSecret = QStringLiteral("hunter2-History-Secret");
const QString kRootMessage = QStringLiteral("documents and chunks"); // part of 0001's message

// Which generated rows a filter row lets through: g -> row, and whether the hand-written row
// (0001 upgraded in 2020 by ancient-dba) passes.
struct Expectation {
    std::function<bool(const GeneratedRow&)> generated;
    bool ancient = false;
};

int expected(const Expectation& e, bool allEnvironments) {
    int n = e.ancient ? 1 : 0;
    for (int g = 1; g <= kGeneratedA; ++g)
        n += e.generated(generatedRow(g)) ? 1 : 0;
    if (allEnvironments)
        for (int g = 1; g <= kRowsB; ++g)
            n += e.generated(generatedRow(g, QStringLiteral("b"), 30)) ? 1 : 0;
    return n;
}

} // namespace

Q_DECLARE_METATYPE(Expectation)

class TestHistoryView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        Q_INIT_RESOURCE(strata);
        forbidGuiThreadConnections();
        const TestConnectionsAllowed setUp;
        m_a = std::make_unique<SandboxDatabase>(QStringLiteral("tst_hist_a"));
        m_b = std::make_unique<SandboxDatabase>(QStringLiteral("tst_hist_b"));
        copySampleProject(m_dir.path(),
                          QStringLiteral("[environments.a]\nurl = \"%1\"\ncolor = \"#2e7d32\"\n"
                                         "[environments.b]\nurl = \"%2\"\ncolor = \"#c62828\"\n")
                              .arg(m_a->url(), m_b->url()));
        const HistoryTable history(QStringLiteral("public"), QStringLiteral("strata_history"));
        // a: 0001 applied (its version row), its upgrade recorded first, long ago, then 1,221
        // newer rows of other revisions.
        {
            auto c = m_a->connect();
            QVERIFY2(c, describe(c).constData());
            Connection& conn = **c;
            QVERIFY(VersionTable(QStringLiteral("public"), QStringLiteral("alembic_version"))
                        .create(conn));
            QVERIFY(conn.exec(QStringLiteral(
                "INSERT INTO alembic_version (version_num) VALUES ('0001_init_schema')")));
            QVERIFY(history.create(conn));
            HistoryRow ancient;
            ancient.revision = QStringLiteral("0001_init_schema");
            ancient.direction = QStringLiteral("upgrade");
            ancient.status = HistoryRow::Status::Succeeded;
            ancient.startedAt = kAncientTime;
            ancient.finishedAt = kAncientTime.addSecs(2);
            ancient.durationMs = 2000;
            ancient.osUser = kAncientUser;
            ancient.host = kAncientHost;
            QVERIFY(history.insert(conn, ancient));
            auto filled = conn.exec(
                generatedHistorySql(history.quotedName(conn), kGeneratedA, QStringLiteral("g")));
            QVERIFY2(filled, describe(filled).constData());
        }
        // b: 30 rows, each half an hour after a's row of the same g.
        {
            auto c = m_b->connect();
            QVERIFY2(c, describe(c).constData());
            QVERIFY(history.create(**c));
            auto filled = (*c)->exec(
                generatedHistorySql(history.quotedName(**c), kRowsB, QStringLiteral("b"), 30));
            QVERIFY2(filled, describe(filled).constData());
        }
    }

    void cleanupTestCase() {
        const TestConnectionsAllowed tearDown;
        m_a.reset();
        m_b.reset();
    }

    void init() {
        m_session = std::make_unique<ProjectSession>(nullptr);
        m_view = std::make_unique<HistoryView>();
        m_view->setSession(m_session.get());
        m_view->resize(1100, 420);
        m_view->show();
        QSignalSpy refreshed(m_session->store(), &EnvironmentStore::refreshFinished);
        QVERIFY(m_session->open(m_dir.path()));
        QVERIFY(m_session->store()->pendingReads() == 0 || refreshed.wait(kWaitMs));
        // A typed password: handed to libpq (the sandbox trusts, so it is not needed), and
        // never written anywhere.
        m_session->passwords()->setPassword(QStringLiteral("a"), kSecret, false);
        m_view->setEntry(*m_session->store()->entry(QStringLiteral("a")));
        QVERIFY(settled());
    }

    void cleanup() {
        m_view.reset();
        m_session.reset();
    }

    void reportsEveryRowAndScrollsToTheLast() {
        QCOMPARE(m_view->total(), qint64(kRowsA));
        QVERIFY2(m_view->title().contains(QLocale().toString(kRowsA)), qPrintable(m_view->title()));
        // Only the first page is loaded, yet the real number is shown.
        QCOMPARE(m_view->model()->rowCount(), m_view->pager()->pageSize());
        QVERIFY(scrollToEnd());
        QCOMPARE(m_view->model()->rowCount(), kRowsA);
        const HistoryRow* last = m_view->model()->row(kRowsA - 1);
        QVERIFY(last);
        QCOMPARE(last->osUser, kAncientUser);
        QCOMPARE(last->startedAt, kAncientTime);
        // Newest first, every row once.
        QSet<qint64> ids;
        for (int row = 0; row < kRowsA; ++row) {
            ids.insert(m_view->model()->row(row)->id);
            if (row > 0)
                QVERIFY(m_view->model()->row(row - 1)->startedAt >=
                        m_view->model()->row(row)->startedAt);
        }
        QCOMPARE(ids.size(), kRowsA);
        const QModelIndex lastIndex = m_view->model()->index(kRowsA - 1, HistoryModel::OsUser);
        m_view->table()->scrollTo(lastIndex);
        // The view may lay out the rows later (a loaded machine): wait for it, then look.
        QTRY_VERIFY(
            m_view->table()->visualRect(lastIndex).intersects(m_view->table()->viewport()->rect()));
        screenshot(QStringLiteral("history-a-end.png"));
    }

    void inspectorShowsWhenTheOldestRevisionWasApplied() {
        RevisionInspector inspector;
        inspector.setSession(m_session.get());
        inspector.setProject(m_session->project());
        inspector.setEnvironments(m_session->store()->entries());
        inspector.showRevision(QStringLiteral("0001_init_schema"));
        const QString when = HistoryFormat::when(kAncientTime);
        const QString by = QStringLiteral("%1@%2").arg(kAncientUser, kAncientHost);
        QTRY_VERIFY_WITH_TIMEOUT(inspector.appliedText().contains(by), kWaitMs);
        QVERIFY2(inspector.appliedText().contains(when), qPrintable(inspector.appliedText()));
        // The status carries no history rows: the date came from the inspector's own query.
        QVERIFY(m_session->store()->entry(QStringLiteral("a"))->status.history.isEmpty());
    }

    void filters_data() {
        QTest::addColumn<bool>("all");
        QTest::addColumn<int>("status"); // HistoryFilter::Outcome
        QTest::addColumn<QString>("direction");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("text");
        QTest::addColumn<Expectation>("expect");
        using O = HistoryFilter::Outcome;
        const auto isStatus = [](const char* s) {
            return [s](const GeneratedRow& r) { return r.status == QLatin1String(s); };
        };
        const QDate none;
        QTest::newRow("failed") << false << int(O::Failed) << QString() << none << none << QString()
                                << QString() << Expectation{isStatus("failed")};
        QTest::newRow("cancelled") << false << int(O::Cancelled) << QString() << none << none
                                   << QString() << QString() << Expectation{isStatus("cancelled")};
        QTest::newRow("succeeded")
            << false << int(O::Succeeded) << QString() << none << none << QString() << QString()
            << Expectation{isStatus("succeeded"), true};
        QTest::newRow("resolved") << false << int(O::Resolved) << QString() << none << none
                                  << QString() << QString()
                                  << Expectation{[](const GeneratedRow& r) { return r.resolved; }};
        QTest::newRow("downgrade")
            << false << int(O::Any) << QStringLiteral("downgrade") << none << none << QString()
            << QString()
            << Expectation{[](const GeneratedRow& r) { return r.direction == "downgrade"; }};
        QTest::newRow("failed stamps")
            << false << int(O::Failed) << QStringLiteral("stamp") << none << none << QString()
            << QString() << Expectation{[](const GeneratedRow& r) {
                   return r.direction == "stamp" && r.status == "failed";
               }};
        QTest::newRow("upgrades, ancient included")
            << false << int(O::Any) << QStringLiteral("upgrade") << none << none << QString()
            << QString()
            << Expectation{[](const GeneratedRow& r) { return r.direction == "upgrade"; }, true};
        const QDate from(2024, 1, 5);
        const QDate to(2024, 1, 7);
        QTest::newRow("three days") << false << int(O::Any) << QString() << from << to << QString()
                                    << QString() << Expectation{[from, to](const GeneratedRow& r) {
                                           return r.startedAt >= from.startOfDay() &&
                                                  r.startedAt < to.addDays(1).startOfDay();
                                       }};
        QTest::newRow("until 2023: the ancient row")
            << false << int(O::Any) << QString() << none << QDate(2023, 12, 1) << QString()
            << QString() << Expectation{[](const GeneratedRow&) { return false; }, true};
        QTest::newRow("user DBA3")
            << false << int(O::Any) << QString() << none << none << QStringLiteral("DBA3")
            << QString() << Expectation{[](const GeneratedRow& r) { return r.osUser == "dba3"; }};
        QTest::newRow("user host")
            << false << int(O::Any) << QString() << none << none << QStringLiteral("old-box")
            << QString() << Expectation{[](const GeneratedRow&) { return false; }, true};
        QTest::newRow("revision g007")
            << false << int(O::Any) << QString() << none << none << QString()
            << QStringLiteral("g007")
            << Expectation{[](const GeneratedRow& r) { return r.revision == "g007"; }};
        QTest::newRow("error text")
            << false << int(O::Any) << QString() << none << none << QString()
            << QStringLiteral("QUOTED") << Expectation{isStatus("failed")};
        QTest::newRow("revision message")
            << false << int(O::Any) << QString() << none << none << QString() << kRootMessage
            << Expectation{[](const GeneratedRow&) { return false; }, true};
        QTest::newRow("all environments, failed")
            << true << int(O::Failed) << QString() << none << none << QString() << QString()
            << Expectation{isStatus("failed")};
        QTest::newRow("all environments, revision b01")
            << true << int(O::Any) << QString() << none << none << QString()
            << QStringLiteral("b01")
            << Expectation{[](const GeneratedRow& r) { return r.revision.startsWith("b01"); }};
    }

    void filters() {
        QFETCH(bool, all);
        QFETCH(int, status);
        QFETCH(QString, direction);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QString, user);
        QFETCH(QString, text);
        QFETCH(Expectation, expect);
        HistoryFilterBar* bar = m_view->filterBar();
        if (all)
            bar->environmentBox()->setCurrentIndex(0);
        bar->statusBox()->setCurrentIndex(bar->statusBox()->findData(status));
        bar->directionBox()->setCurrentIndex(bar->directionBox()->findData(direction));
        if (from.isValid())
            bar->fromEdit()->setDate(from);
        if (to.isValid())
            bar->toEdit()->setDate(to);
        bar->userEdit()->setText(user);
        bar->textEdit()->setText(text);
        QVERIFY(settled());
        // The typed text is read after a pause; then it is in the filter.
        QTRY_COMPARE_WITH_TIMEOUT(m_view->pager()->filter().text, text, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_view->pager()->filter().user, user, kWaitMs);
        QVERIFY(settled());
        const int want = expected(expect, all);
        QCOMPARE(m_view->total(), qint64(want));
        QVERIFY(scrollToEnd());
        QCOMPARE(m_view->model()->rowCount(), want);
        // The status column says what the rows are.
        for (int row = 0; row < m_view->model()->rowCount(); ++row) {
            const HistoryRow* r = m_view->model()->row(row);
            if (status == int(HistoryFilter::Outcome::Failed))
                QCOMPARE(r->status, HistoryRow::Status::Failed);
            if (!direction.isEmpty())
                QCOMPARE(r->direction, direction);
        }
    }

    // The pane under the table: a failed row's failing statement, its error position marked;
    // nothing for a row that did not fail; emptied when the rows are reloaded.
    void statementPaneShowsTheFailingStatement_data() {
        QTest::addColumn<int>("g"); // the generated row selected
        QTest::newRow("failed") << 1220;
        QTest::newRow("succeeded") << 1219;
        QTest::newRow("another failed") << 1210;
    }
    void statementPaneShowsTheFailingStatement() {
        QFETCH(int, g);
        const GeneratedRow want = generatedRow(g);
        int row = -1;
        for (int r = 0; r < m_view->model()->rowCount() && row < 0; ++r)
            if (m_view->model()->row(r)->startedAt == want.startedAt)
                row = r;
        QVERIFY2(row >= 0, qPrintable(want.revision));
        QCOMPARE(m_view->model()->row(row)->revision, want.revision);
        QCOMPARE(m_view->shownStatement(), QString());
        m_view->table()->setCurrentIndex(m_view->model()->index(row, 0));
        QCOMPARE(m_view->shownStatement(), want.errorStatement);
        QCOMPARE(m_view->statementView()->markedPosition(), want.errorStatement.isEmpty() ? 0 : 14);
        m_view->filterBar()->statusBox()->setCurrentIndex(
            m_view->filterBar()->statusBox()->findData(int(HistoryFilter::Outcome::Failed)));
        QVERIFY(settled());
        QCOMPARE(m_view->shownStatement(), QString());
    }

    void allEnvironmentsListsBothDatabases() {
        QComboBox* environments = m_view->filterBar()->environmentBox();
        QCOMPARE(environments->itemText(0), QStringLiteral("All environments"));
        environments->setCurrentIndex(0);
        QVERIFY(settled());
        QCOMPARE(m_view->total(), qint64(kRowsA + kRowsB));
        QVERIFY(!m_view->table()->isColumnHidden(HistoryModel::Environment));
        QVERIFY(scrollToEnd());
        HistoryModel* model = m_view->model();
        QCOMPARE(model->rowCount(), kRowsA + kRowsB);
        int fromB = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const HistoryRow* r = model->row(row);
            const bool b = r->revision.startsWith(QLatin1Char('b'));
            QCOMPARE(model->environmentOf(row), b ? QStringLiteral("b") : QStringLiteral("a"));
            QCOMPARE(model->data(model->index(row, HistoryModel::Environment)).toString(),
                     model->environmentOf(row));
            QCOMPARE(model->data(model->index(row, HistoryModel::Environment), Qt::DecorationRole)
                         .value<QColor>(),
                     QColor(b ? QStringLiteral("#c62828") : QStringLiteral("#2e7d32")));
            fromB += b ? 1 : 0;
            if (row > 0) // merged newest first
                QVERIFY(model->row(row - 1)->startedAt >= r->startedAt);
        }
        QCOMPARE(fromB, kRowsB);
        // b's newest row (g = 30, 30 minutes after a's g = 30) sits just before a's g = 30.
        m_view->table()->scrollToTop();
        screenshot(QStringLiteral("history-all.png"));
        // Back to one environment: only its rows.
        environments->setCurrentIndex(environments->findData(QStringLiteral("b")));
        QVERIFY(settled());
        QCOMPARE(m_view->total(), qint64(kRowsB));
        QVERIFY(m_view->table()->isColumnHidden(HistoryModel::Environment));
    }

    void csvField_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << QStringLiteral("0001_init") << QStringLiteral("0001_init");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"")
                               << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("one\ntwo") << QStringLiteral("\"one\ntwo\"");
        QTest::newRow("carriage return")
            << QStringLiteral("one\r\ntwo") << QStringLiteral("\"one\r\ntwo\"");
    }

    void csvField() {
        QFETCH(QString, value);
        QFETCH(QString, field);
        QCOMPARE(HistoryCsv::field(value), field);
    }

    void exportsTheFilteredRowsAsCsv() {
        m_view->filterBar()->directionBox()->setCurrentIndex(
            m_view->filterBar()->directionBox()->findData(QStringLiteral("stamp")));
        QVERIFY(settled());
        const int stamps = expected(
            Expectation{[](const GeneratedRow& r) { return r.direction == "stamp"; }}, false);
        QCOMPARE(m_view->total(), qint64(stamps));
        // Only the first page is loaded: the export still writes every matching row.
        QCOMPARE(m_view->model()->rowCount(), m_view->pager()->pageSize());
        QVERIFY(m_view->model()->rowCount() < stamps);
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("history.csv"));
        QSignalSpy exported(m_view.get(), &HistoryView::exported);
        m_view->exportCsv(path);
        QVERIFY(exported.wait(kWaitMs));
        QCOMPARE(exported.at(0).at(2).toString(), QString());
        QCOMPARE(exported.at(0).at(1).toLongLong(), qint64(stamps));
        const QByteArray bytes = [&] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        const QString csv = QString::fromUtf8(bytes);
        QVERIFY(!csv.contains(kSecret));
        QVERIFY(!csv.contains(m_a->url()));
        const QList<QStringList> records = parseCsv(csv);
        QCOMPARE(records.size(), stamps + 1);
        const QStringList header = records.constFirst();
        QCOMPARE(header, HistoryCsv::header().split(QLatin1Char(',')));
        const int id = int(header.indexOf(QStringLiteral("id")));
        const int message = int(header.indexOf(QStringLiteral("error_message")));
        const int direction = int(header.indexOf(QStringLiteral("direction")));
        for (int i = 1; i < records.size(); ++i) {
            QCOMPARE(records.at(i).size(), header.size());
            QCOMPARE(records.at(i).at(0), QStringLiteral("a"));
            QCOMPARE(records.at(i).at(direction), QStringLiteral("stamp"));
        }
        // The failed stamp g = 1200 (id 1201: the ancient row is id 1) keeps the comma, the
        // quotes and the newline of its message.
        bool found = false;
        for (int i = 1; i < records.size(); ++i)
            if (records.at(i).at(id) == QLatin1String("1201")) {
                found = true;
                QCOMPARE(records.at(i).at(message), generatedRow(1200).errorMessage);
            }
        QVERIFY(found);
        QVERIFY(csv.contains(QStringLiteral("\"boom, \"\"quoted\"\"\nsecond line 1200\"")));
        QVERIFY(csv.endsWith(QStringLiteral("\r\n")));
    }

private:
    bool settled() {
        return QTest::qWaitFor(
            [this] {
                QCoreApplication::processEvents();
                return !m_view->isLoading() && m_view->total() >= 0;
            },
            kWaitMs);
    }

    // Scrolls the table down, as a user would, until every row is loaded.
    bool scrollToEnd() {
        for (int i = 0; i < 1000; ++i) {
            if (!settled())
                return false;
            if (m_view->model()->rowCount() >= m_view->total())
                return true;
            m_view->table()->scrollToBottom();
            QCoreApplication::processEvents();
        }
        return false;
    }

    void screenshot(const QString& name) {
        const QString dir = qEnvironmentVariable("STRATA_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            m_view->grab().save(QDir(dir).filePath(name));
    }

    // RFC 4180 records (quoted fields may hold commas, doubled quotes and line breaks).
    static QList<QStringList> parseCsv(const QString& text) {
        QList<QStringList> records;
        QStringList record;
        QString field;
        bool quoted = false;
        for (int i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (quoted) {
                if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else if (c == u'"') {
                    quoted = false;
                } else {
                    field += c;
                }
            } else if (c == u'"') {
                quoted = true;
            } else if (c == u',') {
                record << field;
                field.clear();
            } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
                record << field;
                field.clear();
                records << record;
                record.clear();
                ++i;
            } else {
                field += c;
            }
        }
        return records;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxDatabase> m_a;
    std::unique_ptr<SandboxDatabase> m_b;
    std::unique_ptr<ProjectSession> m_session;
    std::unique_ptr<HistoryView> m_view;
};

QTEST_MAIN(TestHistoryView)
#include "tst_historyview.moc"
