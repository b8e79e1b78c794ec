// The environment cards: each card's signals are connected once, also after the panel was
// rebuilt (the password dialog opens once, the context menu does not come back after Escape);
// a server that wants a password (scram-sha-256) prompts through the typed
// ErrorCode::Authentication, the typed password is used beside a ${VAR:-default} URL and never
// shown, a wrong one prompts again; a history table that cannot be read makes the dirty state
// and the checksums "unknown", never clean.
#include "GuiThreadGuard.h"
#include "SandboxDatabase.h"
#include "StudioParts.h"
#include "TestSupport.h"

#include "Project.h"
#include "dialogs/PasswordDialog.h"
#include "environments/EnvironmentCard.h"

#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
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
