// The environment cards: each card's signals are connected once, also after the panel was
// rebuilt (the password dialog opens once, the context menu does not come back after Escape);
// a server that wants a password (scram-sha-256) prompts through the typed
// ErrorCode::Authentication, the typed password is used beside a ${VAR:-default} URL and never
// shown, a wrong one prompts again, and Reload Project keeps it; a history table that cannot be
// read makes the dirty state and the checksums "unknown", never clean. Scale: cards up to
// EnvironmentsPanel::kTableThreshold environments, a table from there on, both highlighting the
// target and emitting the pick; the coloured left border is drawn; URLs elide the host's middle;
// the drift badge is one coloured word with its tool tip, updated by a comparison in the drift
// view at once, and a click on it asks for that comparison. The password dialog elides the URL
// and has a show-password toggle.
#include "GuiThreadGuard.h"
#include "SandboxDatabase.h"
#include "StudioParts.h"
#include "TestSupport.h"

#include "DriftFixtures.h"
#include "HandChanges.h"
#include "Project.h"
#include "common/PasswordStore.h"
#include "dialogs/PasswordDialog.h"
#include "drift/DriftView.h"
#include "environments/DriftBadge.h"
#include "environments/ElidedLabel.h"
#include "environments/EnvironmentCard.h"
#include "environments/EnvironmentTable.h"
#include "environments/EnvironmentTableModel.h"
#include "environments/RunnerStatusSource.h"
#include "session/DriftCoordinator.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include <memory>
#include <optional>

using namespace strata;
using namespace strata::test;

namespace {

const QString kRightPassword = QStringLiteral("right-Card-Secret-81");
const QString kWrongPassword = QStringLiteral("wrong-Card-Guess-19");

// Answers every password dialog that opens with `password` (counting them) and closes every
// popup menu with Escape (counting them), while the test waits in a nested exec().
class Answerer : public QObject {
public:
    explicit Answerer(QString password)
        : m_password(std::move(password)) {
        connect(&m_timer, &QTimer::timeout, this, &Answerer::tick);
        m_timer.start(20);
    }
    int dialogs() const { return m_dialogs; }
    int menus() const { return m_menus; }

private:
    void tick() {
        if (auto* dialog = qobject_cast<PasswordDialog*>(QApplication::activeModalWidget())) {
            if (dialog->isVisible() && !dialog->property("answered").toBool()) {
                dialog->setProperty("answered", true);
                ++m_dialogs;
                dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(m_password);
                dialog->accept();
            }
        }
        if (auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) {
            if (menu->isVisible() && !menu->property("escaped").toBool()) {
                menu->setProperty("escaped", true);
                ++m_menus;
                QTest::keyClick(menu, Qt::Key_Escape);
            }
        }
    }

    QString m_password;
    QTimer m_timer;
    int m_dialogs = 0;
    int m_menus = 0;
};

// `n` environments e1..en, each on a host of its own, colours #ff0000, #00ff00, #0000ff, ...
QString environments(int n, const QString& url = {}) {
    static const QStringList colors = {"#ff0000", "#00ff00", "#0000ff", "#ffff00",
                                       "#00ffff", "#ff00ff", "#808000", "#008080"};
    QString toml;
    for (int i = 1; i <= n; ++i)
        toml += QStringLiteral("[environments.e%1]\nurl = \"%2\"\ncolor = \"%3\"\n")
                    .arg(i)
                    .arg(url.isEmpty()
                             ? QStringLiteral("postgresql://app@db-%1.example.com:5432/app").arg(i)
                             : url)
                    .arg(colors[(i - 1) % colors.size()]);
    return toml;
}

std::shared_ptr<const Project> openShared(const QString& dir) {
    auto project = Project::open(dir, Project::Mode::Tolerant);
    if (!project)
        qFatal("%s", describe(project).constData());
    return std::make_shared<const Project>(std::move(project).value());
}

void settle(QWidget& w) {
    w.show();
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
}

} // namespace

class TestEnvironmentCards : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        Q_INIT_RESOURCE(strata);
        forbidGuiThreadConnections();
        const TestConnectionsAllowed setUp;
        m_db = std::make_unique<SandboxDatabase>(QStringLiteral("tst_cards"));
        // A role that must give a password (the sandbox's pg_hba asks members of
        // strata_password_auth for scram-sha-256 on 127.0.0.1).
        m_role = QStringLiteral("strata_pw_") + m_db->name();
        auto admin = m_db->connect();
        QVERIFY2(admin, describe(admin).constData());
        auto sql = (*admin)->execParams(
            QStringLiteral("SELECT format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE "
                           "strata_password_auth', $1::text, $2::text)"),
            {m_role, kRightPassword});
        QVERIFY2(sql, describe(sql).constData());
        auto created = (*admin)->exec(sql->scalar());
        QVERIFY2(created, describe(created).constData());
    }

    void cleanupTestCase() {
        const TestConnectionsAllowed tearDown;
        if (!m_role.isEmpty()) {
            if (auto admin = m_db->connect())
                (void)(*admin)->exec(QStringLiteral("DROP ROLE IF EXISTS ") +
                                     (*admin)->quoteIdentifier(m_role));
        }
        m_db.reset();
        // Let the pool's threads end while OpenSSL is still there: a thread that ends after
        // OpenSSL's atexit cleanup leaks its per-thread state (LeakSanitizer, now and then).
        QThreadPool::globalInstance()->waitForDone();
    }

    void signalsConnectedOnceAfterRebuild() {
        QTemporaryDir dir;
        copySampleProject(dir.path(),
                          QStringLiteral("[environments.a]\nurl = \"postgresql://h1/a\"\n"
                                         "[environments.b]\nurl = \"postgresql://h2/b\"\n"));
        auto project = Project::open(dir.path(), Project::Mode::Tolerant);
        QVERIFY2(project, describe(project).constData());
        auto shared = std::make_shared<const Project>(std::move(project).value());
        EnvironmentStore envs(nullptr);
        EnvironmentsPanel panel(&envs);
        envs.setProject(shared);
        envs.setProject(shared); // the panel rebuilds its cards
        envs.setProject(shared);
        QCOMPARE(panel.cards().size(), 2);
        QSignalSpy passwords(&panel, &EnvironmentsPanel::passwordRequested);
        QSignalSpy menus(&panel, &EnvironmentsPanel::environmentMenuRequested);
        EnvironmentCard* card = panel.card(QStringLiteral("b"));
        QVERIFY(card);
        emit card->passwordRequested(QStringLiteral("b"));
        emit card->customContextMenuRequested(QPoint(5, 5));
        QCOMPARE(passwords.size(), 1);
        QCOMPARE(menus.size(), 1);
        QCOMPARE(menus.at(0).at(0).toString(), QStringLiteral("b"));
    }

    void contextMenuOnceThroughTheWindow() {
        QTemporaryDir dir;
        copySampleProject(dir.path(),
                          QStringLiteral("[environments.a]\nurl = \"postgresql://h1/a\"\n"));
        MainWindow window(nullptr, std::make_shared<UnreadStatusSource>());
        window.show();
        QVERIFY(window.openProject(dir.path()));
        QVERIFY(window.openProject(dir.path())); // reloaded: the cards are rebuilt
        Answerer answer({});
        EnvironmentCard* card = environmentsPanel(window)->card(QStringLiteral("a"));
        QVERIFY(card);
        emit card->customContextMenuRequested(QPoint(5, 5)); // returns when the menus closed
        QCOMPARE(answer.menus(), 1);
    }

    void passwordPromptedTypedAndUsed() {
        qunsetenv("STRATA_CARDS_UNSET_URL");
        QTemporaryDir dir;
        copySampleProject(dir.path(),
                          QStringLiteral("[environments.secure]\nurl = "
                                         "\"${STRATA_CARDS_UNSET_URL:-postgresql://%1@127.0.0.1:%2/"
                                         "%3}\"\n")
                              .arg(m_role)
                              .arg(m_db->port())
                              .arg(m_db->name()));
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(dir.path()));
        QVERIFY(waitForRefresh(window));
        EnvironmentStore* envs = store(window);
        EnvironmentCard* card = environmentsPanel(window)->card(QStringLiteral("secure"));
        auto entry = [envs] { return envs->entry(QStringLiteral("secure")); };
        QVERIFY(entry()->loaded && !entry()->status.reachable);
        QCOMPARE(entry()->status.error.code, ErrorCode::Authentication);
        QVERIFY2(card->text().contains(QStringLiteral("Enter password")), qPrintable(card->text()));

        // A wrong password: asked once, refused by the server, asked for again; shown nowhere.
        {
            Answerer answer(kWrongPassword);
            QSignalSpy finished(envs, &EnvironmentStore::refreshFinished);
            emit card->passwordRequested(QStringLiteral("secure"));
            QCOMPARE(answer.dialogs(), 1);
            QVERIFY(finished.wait(20000));
        }
        QCOMPARE(entry()->status.error.code, ErrorCode::Authentication);
        QVERIFY(card->text().contains(QStringLiteral("Enter password")));
        for (const QString& text :
             {card->text(), entry()->status.error.toString(), entry()->status.displayUrl,
              window.statusBar()->currentMessage()})
            QVERIFY2(!text.contains(kWrongPassword), qPrintable(text));

        // The right one: the card becomes reachable (the password went beside the expanded URL).
        {
            Answerer answer(kRightPassword);
            QSignalSpy finished(envs, &EnvironmentStore::refreshFinished);
            emit card->passwordRequested(QStringLiteral("secure"));
            QCOMPARE(answer.dialogs(), 1);
            QVERIFY(finished.wait(20000));
        }
        QVERIFY2(entry()->status.reachable, qPrintable(entry()->status.error.toString()));
        QVERIFY(card->text().contains(QStringLiteral("PostgreSQL")));
        QVERIFY(!card->text().contains(QStringLiteral("Enter password")));
        QVERIFY(!card->text().contains(kRightPassword));
        QVERIFY(!entry()->status.displayUrl.contains(kRightPassword));

        // File > Reload: the session's password is kept (no prompt, still reachable).
        QVERIFY(window.session()->reload());
        QVERIFY(waitForRefresh(window));
        QVERIFY2(entry()->status.reachable, qPrintable(entry()->status.error.toString()));
        QVERIFY(environmentsPanel(window)->text(QStringLiteral("secure")).contains("PostgreSQL"));
    }

    // The same project keeps its passwords; another one starts without them.
    void passwordsKeptForTheSameProjectOnly() {
        PasswordStore passwords;
        passwords.setProject(QStringLiteral("/p/one"), {QStringLiteral("dev")});
        passwords.setPassword(QStringLiteral("dev"), kRightPassword, false);
        passwords.setProject(QStringLiteral("/p/one"), {QStringLiteral("dev")});
        QVERIFY(passwords.has(QStringLiteral("dev")));
        Environment dev;
        dev.name = QStringLiteral("dev");
        QCOMPARE(passwords.apply(dev).password, kRightPassword);
        passwords.setProject(QStringLiteral("/p/two"), {QStringLiteral("dev")});
        QVERIFY(!passwords.has(QStringLiteral("dev")));
    }

    void cardsOrTable_data() {
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("table");
        QTest::newRow("3: cards") << 3 << false;
        QTest::newRow("4: cards") << 4 << false;
        QTest::newRow("5: table") << 5 << true;
        QTest::newRow("6: table") << 6 << true;
    }
    void cardsOrTable() {
        QFETCH(int, count);
        QFETCH(bool, table);
        QTemporaryDir dir;
        copySampleProject(dir.path(), environments(count));
        EnvironmentStore envs(nullptr);
        EnvironmentsPanel panel(&envs);
        envs.setProject(openShared(dir.path()));
        QCOMPARE(panel.showsTable(), table);
        QCOMPARE(int(panel.cards().size()), table ? 0 : count);
        QCOMPARE(panel.table()->model()->rowCount(), count);
        for (int i = 1; i <= count; ++i) {
            const QString name = QStringLiteral("e%1").arg(i);
            QVERIFY2(panel.text(name).contains(name), qPrintable(panel.text(name)));
            QVERIFY(panel.text(name).contains(QStringLiteral("reading")));
        }
        if (table) {
            const QString server =
                panel.table()->model()->index(1, EnvironmentTableModel::Server).data().toString();
            QCOMPARE(server, QStringLiteral("db-2.example.com:5432/app"));
        }
    }

    // Each card draws its colour as a left border; the target card is highlighted, its name
    // bold; the others plain.
    void borderAndTargetOnCards() {
        QTemporaryDir dir;
        copySampleProject(dir.path(), environments(3));
        EnvironmentStore envs(nullptr);
        EnvironmentsPanel panel(&envs);
        envs.setProject(openShared(dir.path()));
        panel.resize(900, 260);
        settle(panel);
        const QList<EnvironmentCard*> cards = panel.cards();
        QCOMPARE(cards.size(), 3);
        const QStringList colors = {"#ff0000", "#00ff00", "#0000ff"};
        for (int i = 0; i < 3; ++i) {
            const QImage image = cards[i]->grab().toImage();
            QCOMPARE(image.pixelColor(2, image.height() / 2), QColor(colors[i]));
            QCOMPARE(image.pixelColor(EnvironmentCard::kBorderWidth - 1, image.height() / 3),
                     QColor(colors[i]));
        }
        QSignalSpy picked(&panel, &EnvironmentsPanel::environmentClicked);
        QTest::mouseClick(cards[1], Qt::LeftButton, {}, QPoint(cards[1]->width() - 10, 10));
        QCOMPARE(picked.size(), 1);
        QCOMPARE(picked.at(0).at(0).toString(), QStringLiteral("e2"));

        panel.setCurrentEnvironment(QStringLiteral("e2"));
        settle(panel);
        auto nameBold = [](EnvironmentCard* c) {
            return c->findChild<ElidedLabel*>(QStringLiteral("environmentName"))->font().bold();
        };
        QVERIFY(cards[1]->isSelected() && nameBold(cards[1]));
        QVERIFY(!cards[0]->isSelected() && !nameBold(cards[0]));
        QVERIFY(!cards[2]->isSelected() && !nameBold(cards[2]));
        // The highlight is painted: the same spot differs between the target and the others.
        const QPoint spot(cards[0]->width() - 6, cards[0]->height() - 6);
        const QColor selected = cards[1]->grab().toImage().pixelColor(spot);
        const QColor plain = cards[0]->grab().toImage().pixelColor(spot);
        QVERIFY2(selected != plain, qPrintable(selected.name() + QLatin1Char(' ') + plain.name()));
        QCOMPARE(cards[2]->grab().toImage().pixelColor(spot), plain);
    }

    void targetAndPickOnTheTable() {
        QTemporaryDir dir;
        copySampleProject(dir.path(), environments(6));
        EnvironmentStore envs(nullptr);
        EnvironmentsPanel panel(&envs);
        envs.setProject(openShared(dir.path()));
        panel.resize(1000, 260);
        settle(panel);
        EnvironmentTable* table = panel.table();
        QVERIFY(table->isVisible());
        panel.setCurrentEnvironment(QStringLiteral("e3"));
        QAbstractItemModel* model = table->model();
        for (int row = 0; row < 6; ++row) {
            const QModelIndex name = model->index(row, EnvironmentTableModel::Name);
            QCOMPARE(name.data(Qt::FontRole).value<QFont>().bold(), row == 2);
            QCOMPARE(name.data(Qt::BackgroundRole).isValid(), row == 2);
            QVERIFY(name.data(Qt::DecorationRole).isValid()); // the colour
        }
        QSignalSpy picked(&panel, &EnvironmentsPanel::environmentClicked);
        QSignalSpy menus(&panel, &EnvironmentsPanel::environmentMenuRequested);
        const QRect cell = table->visualRect(model->index(4, EnvironmentTableModel::Heads));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(picked.size(), 1);
        QCOMPARE(picked.at(0).at(0).toString(), QStringLiteral("e5"));
        emit table->customContextMenuRequested(cell.center());
        QCOMPARE(menus.size(), 1);
        QCOMPARE(menus.at(0).at(0).toString(), QStringLiteral("e5"));
    }

    // The window highlights the environment chosen in its toolbar.
    void windowHighlightsItsTarget() {
        QTemporaryDir dir;
        copySampleProject(dir.path(), environments(3));
        MainWindow window(nullptr, std::make_shared<UnreadStatusSource>());
        window.show();
        QVERIFY(window.openProject(dir.path()));
        EnvironmentsPanel* panel = environmentsPanel(window);
        QVERIFY(panel->card(QStringLiteral("e1"))->isSelected());
        window.setCurrentEnvironment(QStringLiteral("e3"));
        QVERIFY(panel->card(QStringLiteral("e3"))->isSelected());
        QVERIFY(!panel->card(QStringLiteral("e1"))->isSelected());
        // A click on a card makes it the target.
        EnvironmentCard* e2 = panel->card(QStringLiteral("e2"));
        QTest::mouseClick(e2, Qt::LeftButton, {}, QPoint(e2->width() - 10, 10));
        QCOMPARE(window.currentEnvironment(), QStringLiteral("e2"));
        QVERIFY(e2->isSelected());
    }

    void urlElidedInTheHostsMiddle() {
        QTemporaryDir dir;
        const QString url = QStringLiteral(
            "postgresql://user@very-long-hostname-of-the-primary.eu-west-1.example.com:5432/appdb");
        copySampleProject(dir.path(), QStringLiteral("[environments.a]\nurl = \"%1\"\n").arg(url));
        EnvironmentStore envs(nullptr);
        EnvironmentsPanel panel(&envs);
        panel.setHorizontal(false);
        envs.setProject(openShared(dir.path()));
        panel.resize(300, 300);
        settle(panel);
        auto* label = panel.card(QStringLiteral("a"))
                          ->findChild<ElidedLabel*>(QStringLiteral("environmentUrl"));
        QVERIFY(label);
        QVERIFY2(label->text().contains(QStringLiteral("…")), qPrintable(label->text()));
        QVERIFY2(label->text().startsWith(QStringLiteral("user@very")), qPrintable(label->text()));
        QVERIFY2(label->text().endsWith(QStringLiteral(".com:5432/appdb")),
                 qPrintable(label->text()));
        QCOMPARE(label->toolTip(), url);
        QVERIFY(label->fontMetrics().horizontalAdvance(label->text()) <=
                label->contentsRect().width());
    }

    // A reachable environment's drift badge: one coloured word (or count), the reason in its
    // tool tip, never "drift: ?"; a click asks for that comparison.
    void driftBadge_data() {
        QTest::addColumn<int>("differences"); // -2: never compared
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("color");
        QTest::newRow("not compared") << -2 << "not compared"
                                      << "#757575";
        QTest::newRow("unknown") << -1 << "unknown"
                                 << "#757575";
        QTest::newRow("in sync") << 0 << "in sync"
                                 << "#2e7d32";
        QTest::newRow("3 differences") << 3 << "3 differences"
                                       << "#e65100";
        QTest::newRow("1 difference") << 1 << "1 difference"
                                      << "#e65100";
    }
    void driftBadge() {
        QFETCH(int, differences);
        QFETCH(QString, text);
        QFETCH(QString, color);
        if (differences > 0) // the English catalog gives the plural its forms
            text = DriftBadge::tr("%n difference(s)", nullptr, differences);
        QTemporaryDir dir;
        copySampleProject(dir.path(), QStringLiteral("[environments.a]\nurl = \"%1\"\n"
                                                     "[environments.b]\nurl = \"%1\"\n")
                                          .arg(m_db->url()));
        EnvironmentStore envs(std::make_shared<RunnerStatusSource>());
        EnvironmentsPanel panel(&envs);
        envs.setProject(openShared(dir.path()));
        QSignalSpy refreshed(&envs, &EnvironmentStore::refreshFinished);
        envs.refresh();
        QVERIFY(refreshed.wait(20000));
        QVERIFY(envs.entry(QStringLiteral("a"))->status.reachable);
        const QString reason = QStringLiteral("the sandbox is not running");
        if (differences > -2)
            envs.setDrift(QStringLiteral("a"), QStringLiteral("drift: ?"), reason, differences);
        settle(panel);
        EnvironmentCard* card = panel.card(QStringLiteral("a"));
        DriftBadge* badge = card->driftBadge();
        QVERIFY(badge->isVisible());
        QCOMPARE(badge->text(), text);
        QVERIFY2(badge->styleSheet().contains(color), qPrintable(badge->styleSheet()));
        QVERIFY(!badge->toolTip().isEmpty());
        if (differences == -1)
            QVERIFY2(badge->toolTip().contains(reason), qPrintable(badge->toolTip()));
        QVERIFY2(card->text().contains(QStringLiteral("Drift ") + text), qPrintable(card->text()));
        QVERIFY(!card->text().contains(QStringLiteral("drift: ?")));
        // "Last run" on one line.
        for (QLabel* l : card->findChildren<QLabel*>())
            if (l->text() == QStringLiteral("Last run"))
                QVERIFY(l->width() >= l->fontMetrics().horizontalAdvance(l->text()) &&
                        !l->wordWrap());

        QSignalSpy drift(&panel, &EnvironmentsPanel::showDrift);
        QTest::mouseClick(badge, Qt::LeftButton);
        QCOMPARE(drift.size(), 1);
        QCOMPARE(drift.at(0).at(0).toString(), QStringLiteral("a"));
    }

    void driftCellOfTheTableOpensTheComparison() {
        QTemporaryDir dir;
        copySampleProject(dir.path(), environments(5));
        EnvironmentStore envs(nullptr);
        EnvironmentsPanel panel(&envs);
        envs.setProject(openShared(dir.path()));
        panel.resize(1000, 260);
        settle(panel);
        QSignalSpy drift(&panel, &EnvironmentsPanel::showDrift);
        EnvironmentTable* table = panel.table();
        const QRect cell =
            table->visualRect(table->model()->index(3, EnvironmentTableModel::Drift));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(drift.size(), 1);
        QCOMPARE(drift.at(0).at(0).toString(), QStringLiteral("e4"));
    }

    // Compare in the drift view: the card's badge shows the result at once (no refresh), and
    // the badge opens the drift view.
    void badgeFollowsACompare() {
        std::optional<TestConnectionsAllowed> setUp(std::in_place);
        SandboxDatabase a(QStringLiteral("tst_cards_drift"));
        QTemporaryDir dir;
        writeTwoEnvironmentProject(dir.path(), a.url(), a.url());
        QCOMPARE(runCli({"--project", dir.path(), "upgrade", "heads", "--env", "a"}).exitCode, 0);
        const QString error = execOn(a, handChanges().constFirst().sql);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        setUp.reset();
        {
            MainWindow window;
            window.show();
            QVERIFY(window.openProject(dir.path()));
            QVERIFY(waitForRefresh(window));
            DriftView* view = window.drift()->view();
            QSignalSpy compared(view, &DriftView::comparisonFinished);
            view->compare(QStringLiteral("a"), QStringLiteral("expected"));
            QVERIFY(compared.wait(120000));
            const int n = compared.at(0).at(0).toInt();
            QVERIFY2(n > 0, qPrintable(view->statusText()));
            const EnvironmentEntry* entry = store(window)->entry(QStringLiteral("a"));
            QCOMPARE(entry->driftBadgeDifferences, n);
            QCOMPARE(entry->driftState(), EnvironmentEntry::DriftState::Drifted);
            DriftBadge* badge = environmentsPanel(window)->card(QStringLiteral("a"))->driftBadge();
            QCOMPARE(badge->text(), DriftBadge::tr("%n difference(s)", nullptr, n));
            centralTabs(window)->setCurrentIndex(0);
            QTest::mouseClick(badge, Qt::LeftButton);
            QCOMPARE(centralTabs(window)->currentWidget(), view);
            QVERIFY(!view->isBusy()); // the comparison shown is that one: not computed again
        }
        setUp.emplace();
    }

    void passwordDialogElidesAndReveals() {
        const QString url = QStringLiteral("postgresql://admin@very-long-hostname-of-the-"
                                           "production-primary.eu-west-1.rds.amazonaws.com:5432/"
                                           "production_app");
        PasswordDialog dialog(QStringLiteral("prod"), url, QStringLiteral("password needed"));
        settle(dialog);
        auto* label = dialog.findChild<ElidedLabel*>(QStringLiteral("passwordUrl"));
        QVERIFY(label);
        QVERIFY2(label->text().contains(QStringLiteral("…")), qPrintable(label->text()));
        QVERIFY(label->text().startsWith(QStringLiteral("admin@very")));
        QVERIFY(label->text().endsWith(QStringLiteral(":5432/production_app")));
        QCOMPARE(label->toolTip(), url);
        QVERIFY(dialog.width() < 700);
        auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
        edit->setText(kRightPassword);
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QAction* reveal = dialog.revealAction();
        QCOMPARE(reveal, edit->findChild<QAction*>(QStringLiteral("revealPassword")));
        reveal->trigger();
        QCOMPARE(edit->echoMode(), QLineEdit::Normal);
        reveal->trigger();
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        for (QLabel* l : dialog.findChildren<QLabel*>())
            QVERIFY(!l->text().contains(kRightPassword));
        const QByteArray shots = qgetenv("STRATA_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            dialog.grab().save(
                QDir(QString::fromUtf8(shots)).filePath(QStringLiteral("password-dialog.png")));
    }

    // Screenshots of 3 cards and the 6-row table at 1366x768 (STRATA_SCREENSHOT_DIR).
    void screenshots_data() {
        QTest::addColumn<int>("count");
        QTest::newRow("3 cards") << 3;
        QTest::newRow("6 rows") << 6;
    }
    void screenshots() {
        QFETCH(int, count);
        QTemporaryDir dir;
        QString toml = environments(count, m_db->url());
        toml.replace(QStringLiteral("[environments.e1]"), QStringLiteral("[environments.dev]"));
        toml.replace(QStringLiteral("[environments.e3]"),
                     QStringLiteral("[environments.prod]\nprotected = true"));
        copySampleProject(dir.path(), toml);
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(window.openProject(dir.path()));
        QVERIFY(waitForRefresh(window));
        store(window)->setDrift(QStringLiteral("dev"), QStringLiteral("x"), QString(), 0);
        store(window)->setDrift(QStringLiteral("prod"), QStringLiteral("x"), QString(), 3);
        window.setCurrentEnvironment(QStringLiteral("prod"));
        settle(window);
        QCOMPARE(environmentsPanel(window)->showsTable(), count >= 5);
        const QByteArray shots = qgetenv("STRATA_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            window.grab().save(QDir(QString::fromUtf8(shots))
                                   .filePath(QStringLiteral("environments-%1.png").arg(count)));
    }

    void unreadableHistoryIsUnknown_data() {
        QTest::addColumn<QString>("breakIt");
        QTest::newRow("broken history table")
            << QStringLiteral("CREATE TABLE strata_history (id bigint)");
        QTest::newRow("history table dropped column")
            << QStringLiteral("CREATE TABLE strata_history (id bigint, revision text)");
    }
    void unreadableHistoryIsUnknown() {
        QFETCH(QString, breakIt);
        std::optional<TestConnectionsAllowed> setUp(std::in_place);
        SandboxDatabase db(QStringLiteral("tst_cards_hist"));
        {
            auto conn = db.connect();
            QVERIFY2(conn, describe(conn).constData());
            for (const QString& sql :
                 {QStringLiteral("CREATE TABLE alembic_version (version_num varchar(32) NOT NULL "
                                 "PRIMARY KEY)"),
                  QStringLiteral("INSERT INTO alembic_version VALUES ('0001_init_schema')"),
                  breakIt}) {
                auto r = (*conn)->exec(sql);
                QVERIFY2(r, describe(r).constData());
            }
        }
        setUp.reset();
        QTemporaryDir dir;
        copySampleProject(dir.path(),
                          QStringLiteral("[environments.dev]\nurl = \"%1\"\n").arg(db.url()));
        {
            MainWindow window;
            window.show();
            QVERIFY(window.openProject(dir.path()));
            QVERIFY(waitForRefresh(window));
            const EnvironmentEntry* dev = store(window)->entry(QStringLiteral("dev"));
            QVERIFY(dev->status.reachable);
            QCOMPARE(dev->status.heads, QStringList{QStringLiteral("0001_init_schema")});
            QCOMPARE(dev->status.dirtyState(), EnvironmentStatus::DirtyState::Unknown);
            QVERIFY(dev->status.dirtyError && !dev->status.dirtyError->message.isEmpty());
            QVERIFY(!dev->status.checksumsKnown());
            const QString text = environmentsPanel(window)->card(QStringLiteral("dev"))->text();
            QVERIFY2(text.contains(QStringLiteral("Dirty")) &&
                         text.contains(QStringLiteral("unknown")),
                     qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("Changed")), qPrintable(text));
        }
        setUp.emplace();
    }

private:
    // Never reads anything (the window's wiring is tested, not the status).
    class UnreadStatusSource final : public StatusSource {
    public:
        EnvironmentStatus read(const Project&, const Environment& env) const override {
            EnvironmentStatus s;
            s.environment = env.name;
            s.error = Error(ErrorCode::Connection, QStringLiteral("not read in this test"));
            return s;
        }
    };

    std::unique_ptr<SandboxDatabase> m_db;
    QString m_role;
};

QTEST_MAIN(TestEnvironmentCards)
#include "tst_environmentcards.moc"
