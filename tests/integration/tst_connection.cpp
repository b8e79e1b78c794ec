// core/db against the real sandbox: connecting, results, errors, notices, cancel, lost
// connections, and connection failures that never show a password.
#include "SandboxDatabase.h"
#include "config/ConnectionUrl.h"
#include "db/Connection.h"
#include "db/EnvironmentConnector.h"
#include "db/TransactionGuard.h"
#include "strata/Version.h"

#include <QElapsedTimer>
#include <QTest>

#include <thread>
#include <vector>

using namespace strata;
using strata::test::SandboxDatabase;

Q_DECLARE_METATYPE(strata::ErrorCode)

namespace {

std::unique_ptr<Connection> mustConnect(const QString& url, const ConnectionOptions& options = {}) {
    auto conn = Connection::open(url, options);
    if (!conn)
        qFatal("cannot connect to the sandbox: %s", strata::test::describe(conn).constData());
    return std::move(conn).value();
}

QString scalar(Connection& conn, const QString& sql) {
    auto r = conn.exec(sql);
    if (!r)
        qFatal("%s: %s", qPrintable(sql), strata::test::describe(r).constData());
    return r->scalar();
}

} // namespace

class TestConnection : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        m_db = std::make_unique<SandboxDatabase>(QStringLiteral("tst_connection"));
        // A role that must give a password (the sandbox's pg_hba asks members of
        // strata_password_auth for scram-sha-256 on 127.0.0.1).
        m_passwordRole = QStringLiteral("strata_pw_") + m_db->name();
        auto admin = mustConnect(m_db->url());
        auto created = admin->execParams(
            QStringLiteral("SELECT format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE "
                           "strata_password_auth', $1::text, $2::text)"),
            {m_passwordRole, QStringLiteral("right-Secret-42")});
        QVERIFY2(created, strata::test::describe(created).constData());
        auto run = admin->exec(created->scalar());
        QVERIFY2(run, strata::test::describe(run).constData());
    }

    void cleanupTestCase() {
        if (!m_passwordRole.isEmpty()) {
            auto admin = mustConnect(m_db->url());
            (void)admin->exec(QStringLiteral("DROP ROLE IF EXISTS ") +
                              admin->quoteIdentifier(m_passwordRole));
        }
        m_db.reset();
    }

    void connects_data() {
        QTest::addColumn<QString>("conninfo");
        QTest::newRow("uri") << m_db->url();
        QTest::newRow("key=value")
            << QStringLiteral("host=127.0.0.1 port=%1 user=postgres dbname=%2")
                   .arg(m_db->port())
                   .arg(m_db->name());
    }
    void connects() {
        QFETCH(QString, conninfo);
        auto conn = Connection::open(conninfo);
        QVERIFY2(conn, strata::test::describe(conn).constData());
        Connection& c = **conn;
        QVERIFY(c.isOpen());
        QCOMPARE(c.database(), m_db->name());
        QCOMPARE(c.user(), QStringLiteral("postgres"));
        QVERIFY(c.serverVersion() >= 100000);
        QVERIFY(!c.serverVersionText().isEmpty());
        QVERIFY(c.backendPid() > 0);
        QCOMPARE(scalar(c, QStringLiteral("SELECT pg_backend_pid()")).toInt(), c.backendPid());
        QCOMPARE(c.transactionStatus(), Connection::TransactionStatus::Idle);
        QCOMPARE(scalar(c, QStringLiteral("SHOW client_encoding")), QStringLiteral("UTF8"));
    }

    void applicationNameAndTimeouts() {
        ConnectionOptions options;
        options.environment = QStringLiteral("test");
        options.lockTimeout = QStringLiteral("5s");
        options.statementTimeout = QStringLiteral("1min");
        auto conn = m_db->connect(options);
        QVERIFY2(conn, strata::test::describe(conn).constData());
        const QString expected =
            QStringLiteral("strata %1 test").arg(QString::fromLatin1(kVersion));
        auto r = (*conn)->exec(QStringLiteral(
            "SELECT application_name FROM pg_stat_activity WHERE pid = pg_backend_pid()"));
        QVERIFY2(r, strata::test::describe(r).constData());
        QCOMPARE(r->scalar(), expected);
        QCOMPARE(scalar(**conn, QStringLiteral("SHOW lock_timeout")), QStringLiteral("5s"));
        QCOMPARE(scalar(**conn, QStringLiteral("SHOW statement_timeout")), QStringLiteral("1min"));
    }

    void badTimeoutIsAConfigError() {
        ConnectionOptions options;
        options.lockTimeout = QStringLiteral("five seconds");
        auto conn = m_db->connect(options);
        QVERIFY(!conn);
        QCOMPARE(conn.error().code, ErrorCode::Config);
        QVERIFY2(conn.error().message.contains(QLatin1String("lock_timeout")),
                 qPrintable(conn.error().message));
    }

    void execParamsNullAndUnicode_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("isNull");
        QTest::newRow("null") << QString() << true;
        QTest::newRow("empty is not null") << QStringLiteral("") << false;
        QTest::newRow("ascii") << QStringLiteral("hello") << false;
        QTest::newRow("unicode") << QStringLiteral("héllo wörld 日本語 🐘") << false;
        QTest::newRow("quotes") << QStringLiteral("it's \"quoted\"; DROP TABLE x; --") << false;
    }
    void execParamsNullAndUnicode() {
        QFETCH(QString, value);
        QFETCH(bool, isNull);
        auto conn = mustConnect(m_db->url());
        auto r = conn->execParams(
            QStringLiteral(
                "SELECT $1::text AS v, $1::text IS NULL AS n, char_length($1::text) AS len"),
            {value});
        QVERIFY2(r, strata::test::describe(r).constData());
        QCOMPARE(r->rowCount(), 1);
        QCOMPARE(r->columnCount(), 3);
        QCOMPARE(r->columnName(0), QStringLiteral("v"));
        QCOMPARE(r->isNull(0, 0), isNull);
        QCOMPARE(r->value(0, QStringLiteral("n")),
                 isNull ? QStringLiteral("t") : QStringLiteral("f"));
        QCOMPARE(r->value(0, 0).isNull(), isNull);
        if (!isNull) {
            QCOMPARE(r->value(0, 0), value);
            QCOMPARE(r->value(0, 2).toInt(), int(value.toUcs4().size()));
        }
    }

    void commandTagsAndRows() {
        auto conn = mustConnect(m_db->url());
        QVERIFY(conn->exec(QStringLiteral("CREATE TABLE tags (id int PRIMARY KEY, name text)")));
        auto ins = conn->exec(QStringLiteral("INSERT INTO tags VALUES (1,'a'),(2,'b'),(3,NULL)"));
        QVERIFY2(ins, strata::test::describe(ins).constData());
        QCOMPARE(ins->commandTag(), QStringLiteral("INSERT 0 3"));
        QCOMPARE(ins->rowsAffected(), qint64(3));
        auto sel = conn->exec(QStringLiteral("SELECT id, name FROM tags ORDER BY id"));
        QVERIFY(sel);
        QCOMPARE(sel->rowCount(), 3);
        QCOMPARE(sel->row(1), (QStringList{QStringLiteral("2"), QStringLiteral("b")}));
        QVERIFY(sel->isNull(2, 1));
        QCOMPARE(sel->columnIndex(QStringLiteral("name")), 1);
        QCOMPARE(sel->columnIndex(QStringLiteral("nope")), -1);
        auto empty = conn->exec(QStringLiteral(""));
        QVERIFY(empty);
        QCOMPARE(empty->rowCount(), 0);
    }

    void copyIsRefusedCleanly_data() {
        QTest::addColumn<QString>("sql");
        QTest::newRow("to stdout")
            << QStringLiteral("COPY (SELECT g FROM generate_series(1, 1000) g) TO STDOUT");
        QTest::newRow("from stdin") << QStringLiteral("COPY copy_target FROM STDIN");
    }
    void copyIsRefusedCleanly() {
        QFETCH(QString, sql);
        auto conn = mustConnect(m_db->url());
        QVERIFY(conn->exec(QStringLiteral("CREATE TEMP TABLE copy_target (id int)")));
        auto r = conn->exec(sql);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Database);
        QCOMPARE(r.error().statement, sql);
        QCOMPARE(scalar(*conn, QStringLiteral("SELECT count(*) FROM copy_target")),
                 QStringLiteral("0"));
        QCOMPARE(conn->transactionStatus(), Connection::TransactionStatus::Idle);
    }

    void transactions() {
        auto conn = mustConnect(m_db->url());
        QVERIFY(conn->exec(QStringLiteral("CREATE TABLE tx (id int)")));
        QVERIFY(conn->begin());
        QCOMPARE(conn->transactionStatus(), Connection::TransactionStatus::InTransaction);
        QVERIFY(conn->exec(QStringLiteral("INSERT INTO tx VALUES (1)")));
        QVERIFY(conn->rollback());
        QCOMPARE(conn->transactionStatus(), Connection::TransactionStatus::Idle);
        QCOMPARE(scalar(*conn, QStringLiteral("SELECT count(*) FROM tx")), QStringLiteral("0"));

        QVERIFY(conn->begin());
        QVERIFY(conn->exec(QStringLiteral("INSERT INTO tx VALUES (2)")));
        QVERIFY(conn->commit());
        QCOMPARE(scalar(*conn, QStringLiteral("SELECT count(*) FROM tx")), QStringLiteral("1"));

        QVERIFY(conn->begin());
        QVERIFY(!conn->exec(QStringLiteral("SELECT 1/0")));
        QCOMPARE(conn->transactionStatus(), Connection::TransactionStatus::InError);
        auto commit = conn->commit();
        QVERIFY(!commit); // COMMIT of a failed transaction rolls back: reported as an error
        QCOMPARE(conn->transactionStatus(), Connection::TransactionStatus::Idle);
    }

    // TransactionGuard: BEGIN when made, COMMIT on commit(), ROLLBACK when it goes out of scope
    // uncommitted (also after a failed statement), nothing after a commit.
    void transactionGuard_data() {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<bool>("commit");
        QTest::addColumn<bool>("commitSucceeds");
        QTest::addColumn<QString>("rows");
        QTest::newRow("committed")
            << QStringLiteral("INSERT INTO txg VALUES (1)") << true << true << QStringLiteral("1");
        QTest::newRow("dropped") << QStringLiteral("INSERT INTO txg VALUES (1)") << false << false
                                 << QStringLiteral("0");
        QTest::newRow("failed statement, dropped")
            << QStringLiteral("SELECT 1/0") << false << false << QStringLiteral("0");
        QTest::newRow("failed statement, commit tried")
            << QStringLiteral("SELECT 1/0") << true << false << QStringLiteral("0");
    }
    void transactionGuard() {
        QFETCH(QString, statement);
        QFETCH(bool, commit);
        QFETCH(bool, commitSucceeds);
        QFETCH(QString, rows);
        auto conn = mustConnect(m_db->url());
        QVERIFY(conn->exec(QStringLiteral("DROP TABLE IF EXISTS txg")));
        QVERIFY(conn->exec(QStringLiteral("CREATE TABLE txg (id int)")));
        {
            TransactionGuard tx(*conn);
            QVERIFY(tx.begun());
            QCOMPARE(conn->transactionStatus(), Connection::TransactionStatus::InTransaction);
            (void)conn->exec(statement);
            if (commit)
                QCOMPARE(tx.commit().ok(), commitSucceeds);
        }
        QCOMPARE(conn->transactionStatus(), Connection::TransactionStatus::Idle);
        QCOMPARE(scalar(*conn, QStringLiteral("SELECT count(*) FROM txg")), rows);
    }

    void transactionGuardBeginFailure() {
        auto conn = mustConnect(m_db->url());
        conn->close();
        TransactionGuard tx(*conn);
        QVERIFY(!tx.begun());
        QVERIFY(!tx.commit());
    } // the destructor must not touch the closed connection

    // Server messages that echo a password are scrubbed by the one redactor (ConnectionUrl), in
    // the form the server saw it: percent-decoded from a URI, unquoted from key=value, or the
    // password given apart (the sandbox trusts postgres on TCP, so any password gets in).
    void serverMessagesNeverCarryThePassword_data() {
        QTest::addColumn<QString>("conninfo");
        QTest::addColumn<QString>("separate");
        QTest::addColumn<QString>("echoed");
        const QString host = QStringLiteral("127.0.0.1");
        QTest::newRow("uri, percent-encoded")
            << QStringLiteral("postgresql://postgres:p%40ss-Word-9@%1:%2/%3")
                   .arg(host)
                   .arg(m_db->port())
                   .arg(m_db->name())
            << QString() << QStringLiteral("p@ss-Word-9");
        QTest::newRow("key=value, quoted")
            << QStringLiteral("host=%1 port=%2 dbname=%3 user=postgres password='q w-Secret'")
                   .arg(host)
                   .arg(m_db->port())
                   .arg(m_db->name())
            << QString() << QStringLiteral("q w-Secret");
        QTest::newRow("separate password")
            << QStringLiteral("postgresql://postgres@%1:%2/%3")
                   .arg(host)
                   .arg(m_db->port())
                   .arg(m_db->name())
            << QStringLiteral("Typed-Secret-7") << QStringLiteral("Typed-Secret-7");
    }
    void serverMessagesNeverCarryThePassword() {
        QFETCH(QString, conninfo);
        QFETCH(QString, separate);
        QFETCH(QString, echoed);
        ConnectionOptions options;
        options.password = separate;
        auto conn = mustConnect(conninfo, options);
        QStringList notices;
        conn->setNoticeHandler([&notices](const DbNotice& n) { notices << n.message; });
        QVERIFY(conn->execParams(QStringLiteral("SELECT set_config('strata.leak', $1, false)"),
                                 {echoed}));
        auto failed = conn->exec(
            QStringLiteral("DO $$ BEGIN RAISE NOTICE 'notice %', current_setting('strata.leak'); "
                           "RAISE EXCEPTION 'error %', current_setting('strata.leak') USING "
                           "DETAIL = current_setting('strata.leak'); END $$"));
        QVERIFY(!failed);
        const Error& e = failed.error();
        QVERIFY2(!e.message.contains(echoed) && e.message.contains(QLatin1String("***")),
                 qPrintable(e.message));
        QVERIFY2(!e.detail.contains(echoed), qPrintable(e.detail));
        QCOMPARE(notices.size(), 1);
        QVERIFY2(!notices.constFirst().contains(echoed), qPrintable(notices.constFirst()));
    }

    // EnvironmentConnector: the session settings each purpose gets from the environment.
    void connectorOptions_data() {
        QTest::addColumn<int>("purpose");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("lockTimeout");
        QTest::addColumn<QString>("statementTimeout");
        QTest::newRow("run") << int(ConnectionPurpose::Run) << QString() << QStringLiteral("1500ms")
                             << QStringLiteral("0");
        QTest::newRow("status") << int(ConnectionPurpose::Status) << QStringLiteral(" status")
                                << QStringLiteral("1500ms") << QStringLiteral("30s");
        QTest::newRow("catalog") << int(ConnectionPurpose::Catalog) << QStringLiteral(" catalog")
                                 << QStringLiteral("1500ms") << QStringLiteral("0");
        QTest::newRow("progress") << int(ConnectionPurpose::Progress) << QStringLiteral(" progress")
                                  << QStringLiteral("0") << QStringLiteral("5s");
    }
    void connectorOptions() {
        QFETCH(int, purpose);
        QFETCH(QString, suffix);
        QFETCH(QString, lockTimeout);
        QFETCH(QString, statementTimeout);
        qputenv("TST_CONNECTOR_URL", m_db->url().toUtf8());
        Environment env;
        env.name = QStringLiteral("dev");
        env.url = QStringLiteral("${TST_CONNECTOR_URL}");
        env.lockTimeoutMs = 1500;
        auto conn = EnvironmentConnector::open(env, ConnectionPurpose(purpose));
        QVERIFY2(conn, strata::test::describe(conn).constData());
        QCOMPARE(scalar(**conn, QStringLiteral("SELECT current_setting('application_name')")),
                 QStringLiteral("strata %1 dev%2").arg(QString::fromLatin1(kVersion), suffix));
        QCOMPARE(scalar(**conn, QStringLiteral("SELECT current_setting('lock_timeout')")),
                 lockTimeout);
        QCOMPARE(scalar(**conn, QStringLiteral("SELECT current_setting('statement_timeout')")),
                 statementTimeout);
        QCOMPARE((*conn)->database(), m_db->name());
    }

    // Errors name the environment and never show the password; the password given apart from
    // the URL is the one libpq uses.
    void connectorErrors() {
        const QString base = QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
                                 .arg(m_passwordRole)
                                 .arg(m_db->port())
                                 .arg(m_db->name());
        Environment env;
        env.name = QStringLiteral("stage");
        env.url = base;
        env.password = QStringLiteral("right-Secret-42");
        auto good = EnvironmentConnector::open(env, ConnectionPurpose::Status);
        QVERIFY2(good, strata::test::describe(good).constData());
        QCOMPARE((*good)->user(), m_passwordRole);

        env.password = QStringLiteral("wrong-Secret-43");
        auto bad = EnvironmentConnector::open(env, ConnectionPurpose::Status);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::Authentication);
        QVERIFY2(bad.error().message.startsWith(QLatin1String("environment 'stage' (")),
                 qPrintable(bad.error().message));
        QVERIFY(!bad.error().toString().contains(QLatin1String("wrong-Secret-43")));

        env.url = QStringLiteral("${TST_CONNECTOR_UNSET_VAR}");
        env.file = QStringLiteral("/p/strata.toml");
        env.line = 7;
        auto unset = EnvironmentConnector::open(env, ConnectionPurpose::Run);
        QVERIFY(!unset);
        QCOMPARE(unset.error().code, ErrorCode::Config);
        QVERIFY2(unset.error().message.contains(QLatin1String("TST_CONNECTOR_UNSET_VAR")),
                 qPrintable(unset.error().message));
        QCOMPARE(unset.error().line, 7);
    }

    void connectorOpensAnotherDatabase() {
        SandboxDatabase other(QStringLiteral("tst_connector_other"));
        Environment env;
        env.name = QStringLiteral("dev");
        env.url = m_db->url();
        auto conn =
            EnvironmentConnector::openDatabase(env, other.name(), ConnectionPurpose::Catalog);
        QVERIFY2(conn, strata::test::describe(conn).constData());
        QCOMPARE((*conn)->database(), other.name());
    }

    void serverErrors_data() {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("sqlstate");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("hint");
        QTest::addColumn<int>("position");
        QTest::newRow("syntax") << QString() << QStringLiteral("SELEC 1") << "42601"
                                << "syntax error at or near \"SELEC\"" << QString() << QString()
                                << 1;
        QTest::newRow("undefined table")
            << QString() << QStringLiteral("SELECT * FROM no_such_table") << "42P01"
            << "relation \"no_such_table\" does not exist" << QString() << QString() << 15;
        QTest::newRow("unique violation: detail")
            << QStringLiteral("CREATE TABLE u (id int PRIMARY KEY); INSERT INTO u VALUES (1)")
            << QStringLiteral("INSERT INTO u VALUES (1)") << "23505"
            << "duplicate key value violates unique constraint \"u_pkey\""
            << "Key (id)=(1) already exists." << QString() << 0;
        QTest::newRow("undefined function: hint")
            << QString() << QStringLiteral("SELECT no_such_fn(1)") << "42883"
            << "function no_such_fn(integer) does not exist" << QString()
            << "No function matches the given name and argument types. You might need to add "
               "explicit type casts."
            << 8;
        QTest::newRow("raise: detail and hint")
            << QString()
            << QStringLiteral("DO $$BEGIN RAISE EXCEPTION 'bööm' USING DETAIL = 'the detail', "
                              "HINT = 'the hint', ERRCODE = 'P0001'; END$$")
            << "P0001"
            << "bööm"
            << "the detail"
            << "the hint" << 0;
    }
    void serverErrors() {
        QFETCH(QString, setup);
        QFETCH(QString, sql);
        QFETCH(QString, sqlstate);
        QFETCH(QString, message);
        QFETCH(QString, detail);
        QFETCH(QString, hint);
        QFETCH(int, position);
        SandboxDatabase db(QStringLiteral("tst_errors"));
        auto conn = mustConnect(db.url());
        if (!setup.isEmpty())
            QVERIFY(conn->exec(setup));
        auto r = conn->exec(sql);
        QVERIFY(!r);
        const Error& e = r.error();
        QCOMPARE(e.code, ErrorCode::Database);
        QCOMPARE(e.sqlstate, sqlstate);
        QCOMPARE(e.message, message);
        QCOMPARE(e.detail, detail);
        QCOMPARE(e.hint, hint);
        QCOMPARE(e.position, position);
        QCOMPARE(e.statement, sql);
        QVERIFY(e.toString().contains(QStringLiteral("[SQLSTATE ") + sqlstate + QLatin1Char(']')));
        // The connection is still usable.
        QCOMPARE(scalar(*conn, QStringLiteral("SELECT 42")), QStringLiteral("42"));
        // The same through execParams.
        auto p = conn->execParams(sql, {});
        QVERIFY(!p);
        QCOMPARE(p.error().sqlstate, sqlstate);
    }

    void notices() {
        auto conn = mustConnect(m_db->url());
        std::vector<DbNotice> seen;
        conn->setNoticeHandler([&seen](const DbNotice& n) { seen.push_back(n); });
        auto r = conn->exec(QStringLiteral(
            "DO $$BEGIN "
            "RAISE NOTICE 'first'; "
            "RAISE WARNING 'second' USING DETAIL = 'some detail', HINT = 'some hint'; "
            "RAISE INFO 'third'; "
            "RAISE NOTICE 'fourth %', 4 USING ERRCODE = '01000'; "
            "END$$"));
        QVERIFY2(r, strata::test::describe(r).constData());
        QCOMPARE(int(seen.size()), 4);
        QCOMPARE(seen[0].severity, QStringLiteral("NOTICE"));
        QCOMPARE(seen[0].message, QStringLiteral("first"));
        QCOMPARE(seen[1].severity, QStringLiteral("WARNING"));
        QCOMPARE(seen[1].message, QStringLiteral("second"));
        QCOMPARE(seen[1].detail, QStringLiteral("some detail"));
        QCOMPARE(seen[1].hint, QStringLiteral("some hint"));
        QCOMPARE(seen[2].severity, QStringLiteral("INFO"));
        QCOMPARE(seen[2].message, QStringLiteral("third"));
        QCOMPARE(seen[3].message, QStringLiteral("fourth 4"));
        QCOMPARE(seen[3].sqlstate, QStringLiteral("01000"));
        // A server notice outside a DO block too (DROP ... IF EXISTS of nothing).
        seen.clear();
        QVERIFY(conn->exec(QStringLiteral("DROP TABLE IF EXISTS surely_not_here")));
        QCOMPARE(int(seen.size()), 1);
        QCOMPARE(seen[0].sqlstate, QStringLiteral("00000"));
        // No handler: notices are dropped quietly.
        conn->setNoticeHandler({});
        QVERIFY(conn->exec(QStringLiteral("DO $$BEGIN RAISE NOTICE 'nobody'; END$$")));
    }

    void cancelFromAnotherThread() {
        auto conn = mustConnect(m_db->url());
        std::shared_ptr<Canceller> canceller = conn->canceller();
        QVERIFY(canceller);
        QElapsedTimer timer;
        bool sent = false;
        QString cancelError;
        std::thread other([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            sent = canceller->cancel(&cancelError);
        });
        timer.start();
        auto r = conn->exec(QStringLiteral("SELECT pg_sleep(30)"));
        const qint64 elapsed = timer.elapsed();
        other.join();
        QVERIFY2(sent, qPrintable(cancelError));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QCOMPARE(r.error().sqlstate, QStringLiteral("57014"));
        qInfo("cancelled pg_sleep(30) after %lld ms (cancel sent at ~300 ms)", elapsed);
        QVERIFY2(elapsed < 10000, "cancel took longer than 10 s");
        // The connection survives a cancel.
        QVERIFY(conn->isOpen());
        QCOMPARE(scalar(*conn, QStringLiteral("SELECT 1")), QStringLiteral("1"));
    }

    void statementTimeoutIsNotACancel() {
        ConnectionOptions options;
        options.statementTimeout = QStringLiteral("200ms");
        auto conn = m_db->connect(options);
        QVERIFY(conn);
        auto r = (*conn)->exec(QStringLiteral("SELECT pg_sleep(10)"));
        QVERIFY(!r);
        QCOMPARE(r.error().sqlstate, QStringLiteral("57014"));
        QCOMPARE(r.error().code, ErrorCode::Database);
    }

    void cancellerOutlivesConnection() {
        auto conn = mustConnect(m_db->url());
        std::shared_ptr<Canceller> canceller = conn->canceller();
        conn.reset();
        QString error;
        QVERIFY(!canceller->cancel(&error));
        QVERIFY(!error.isEmpty());
    }

    void terminatedBackend() {
        auto victim = mustConnect(m_db->url());
        auto killer = mustConnect(m_db->url());
        auto r = killer->execParams(QStringLiteral("SELECT pg_terminate_backend($1::int)"),
                                    {QString::number(victim->backendPid())});
        QVERIFY2(r, strata::test::describe(r).constData());
        QCOMPARE(r->scalar(), QStringLiteral("t"));
        auto lost = victim->exec(QStringLiteral("SELECT 1"));
        QVERIFY(!lost);
        QCOMPARE(lost.error().code, ErrorCode::Connection);
        QVERIFY2(lost.error().message.startsWith(QLatin1String("the server closed the connection")),
                 qPrintable(lost.error().message));
        QVERIFY(!lost.error().message.contains(QLatin1Char('\n')));
        QCOMPARE(lost.error().message,
                 QStringLiteral("the server closed the connection: terminating connection due to "
                                "administrator command"));
        // libpq may or may not keep the FATAL's fields on the result.
        QVERIFY(lost.error().sqlstate.isEmpty() || lost.error().sqlstate == QLatin1String("57P01"));
        qInfo("%s", strata::test::describe(lost).constData());
        QVERIFY(!victim->isOpen());
        // Later statements keep failing cleanly.
        auto again = victim->exec(QStringLiteral("SELECT 1"));
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Connection);
    }

    void badConnections_data() {
        QTest::addColumn<QString>("conninfo");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("secret"); // must never appear in the message
        const int port = m_db->port();
        QTest::newRow("unreachable port")
            << QStringLiteral("postgresql://postgres:Unreachable-Pw-1@127.0.0.1:1/postgres")
            << ErrorCode::Connection
            << QStringLiteral(
                   "could not connect to server at \"127.0.0.1\" port 1: Connection refused")
            << QStringLiteral("Unreachable-Pw-1");
        QTest::newRow("unknown database")
            << QStringLiteral("postgresql://postgres:Db-Pw-secret@127.0.0.1:%1/strata_no_such_db")
                   .arg(port)
            << ErrorCode::Connection
            << QStringLiteral("database \"strata_no_such_db\" does not exist")
            << QStringLiteral("Db-Pw-secret");
        QTest::newRow("unknown database, key=value")
            << QStringLiteral("host=127.0.0.1 port=%1 user=postgres password=KvSecret99 "
                              "dbname=strata_no_such_db")
                   .arg(port)
            << ErrorCode::Connection
            << QStringLiteral("database \"strata_no_such_db\" does not exist")
            << QStringLiteral("KvSecret99");
        QTest::newRow("wrong password")
            << QStringLiteral("postgresql://%1:Wrong-Secret-17@127.0.0.1:%2/%3")
                   .arg(m_passwordRole)
                   .arg(port)
                   .arg(m_db->name())
            << ErrorCode::Authentication
            << QStringLiteral("password authentication failed for user \"%1\"").arg(m_passwordRole)
            << QStringLiteral("Wrong-Secret-17");
        QTest::newRow("invalid conninfo")
            << QStringLiteral("host=127.0.0.1 password=Parse-Secret-5 port") << ErrorCode::Config
            << QStringLiteral(
                   "invalid connection string: missing \"=\" after \"...\" in connection "
                   "info string")
            << QStringLiteral("Parse-Secret-5");
        QTest::newRow("invalid uri")
            << QStringLiteral("postgresql://u:Uri-Secret-8@127.0.0.1:notaport/db")
            << ErrorCode::Connection << QString() << QStringLiteral("Uri-Secret-8");
    }
    void badConnections() {
        QFETCH(QString, conninfo);
        QFETCH(ErrorCode, code);
        QFETCH(QString, expected);
        QFETCH(QString, secret);
        ConnectionOptions options;
        options.connectTimeoutSeconds = 5;
        auto conn = Connection::open(conninfo, options);
        QVERIFY(!conn);
        const Error& e = conn.error();
        qInfo("%s", qPrintable(e.toString()));
        if (expected.isEmpty())
            QVERIFY(e.code == ErrorCode::Connection || e.code == ErrorCode::Config);
        else
            QCOMPARE(e.code, code);
        if (!expected.isEmpty())
            QCOMPARE(e.message, expected);
        QVERIFY(!e.message.isEmpty());
        QVERIFY2(!e.message.contains(QLatin1Char('\n')), qPrintable(e.message));
        QVERIFY2(!e.toString().contains(secret), qPrintable(e.toString()));
        QVERIFY(!e.detail.contains(secret));
        QVERIFY(!e.statement.contains(secret));
    }

    void rightPasswordConnects() {
        // The other half of "wrong password": the same role with its password gets in.
        auto conn =
            Connection::open(QStringLiteral("postgresql://%1:right-Secret-42@127.0.0.1:%2/%3")
                                 .arg(m_passwordRole)
                                 .arg(m_db->port())
                                 .arg(m_db->name()));
        QVERIFY2(conn, strata::test::describe(conn).constData());
        QCOMPARE((*conn)->user(), m_passwordRole);
    }

    void quoteIdentifier_data() {
        QTest::addColumn<QString>("identifier");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << QStringLiteral("users") << QStringLiteral("\"users\"");
        QTest::newRow("mixed case") << QStringLiteral("Users") << QStringLiteral("\"Users\"");
        QTest::newRow("quote") << QStringLiteral("a\"b") << QStringLiteral("\"a\"\"b\"");
        QTest::newRow("unicode") << QStringLiteral("tâble ü") << QStringLiteral("\"tâble ü\"");
    }
    void quoteIdentifier() {
        QFETCH(QString, identifier);
        QFETCH(QString, quoted);
        auto conn = mustConnect(m_db->url());
        QCOMPARE(conn->quoteIdentifier(identifier), quoted);
        auto r = conn->exec(QStringLiteral("CREATE TABLE %1 (id int); DROP TABLE %1").arg(quoted));
        QVERIFY2(r, strata::test::describe(r).constData());
    }

    void cleanConnectionError_data() {
        QTest::addColumn<QString>("libpq");
        QTest::addColumn<QString>("clean");
        QTest::newRow("refused")
            << QStringLiteral("connection to server at \"127.0.0.1\", port 1 failed: Connection "
                              "refused\n\tIs the "
                              "server running on that host and accepting TCP/IP connections?\n")
            << QStringLiteral("could not connect to server at \"127.0.0.1\" "
                              "port 1: Connection refused");
        QTest::newRow("dual stack")
            << QStringLiteral("connection to server at \"localhost\" (::1), port 5 failed: "
                              "Connection refused\n\tIs "
                              "the server running on that host and accepting TCP/IP "
                              "connections?\nconnection to "
                              "server at \"localhost\" (127.0.0.1), port 5 failed: Connection "
                              "refused\n\tIs the "
                              "server running on that host and accepting TCP/IP connections?\n")
            << QStringLiteral("could not connect to server at "
                              "\"localhost\" port 5: Connection refused");
        QTest::newRow("fatal") << QStringLiteral("connection to server at \"h\", port 5432 failed: "
                                                 "FATAL:  password authentication "
                                                 "failed for user \"x\"\n")
                               << QStringLiteral("password authentication failed for user \"x\"");
        QTest::newRow("socket")
            << QStringLiteral(
                   "connection to server on socket \"/tmp/.s.PGSQL.5432\" failed: No such file or "
                   "directory\n\tIs the server running locally and accepting connections on that "
                   "socket?\n")
            << QStringLiteral("could not connect to server on socket "
                              "\"/tmp/.s.PGSQL.5432\": No such file or "
                              "directory");
        QTest::newRow("other") << QStringLiteral("could not translate host name \"nohost\" to "
                                                 "address: Name or service not known\n")
                               << QStringLiteral("could not translate host name \"nohost\" to "
                                                 "address: Name or service not known");
    }
    void cleanConnectionError() {
        QFETCH(QString, libpq);
        QFETCH(QString, clean);
        QCOMPARE(strata::cleanConnectionError(libpq), clean);
    }

    void redactThroughConnectionUrl_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("output");
        QTest::newRow("uri") << QStringLiteral("postgresql://u:p%40ss@h:5432/db")
                             << QStringLiteral("postgresql://u:***@h:5432/db");
        QTest::newRow("uri no password")
            << QStringLiteral("postgres://u@h/db") << QStringLiteral("postgres://u@h/db");
        QTest::newRow("uri query") << QStringLiteral("postgresql://h/db?user=u&password=x1&a=b")
                                   << QStringLiteral("postgresql://h/db?user=u&password=***&a=b");
        QTest::newRow("key=value") << QStringLiteral("host=h password=abc dbname=d")
                                   << QStringLiteral("host=h password=*** dbname=d");
        QTest::newRow("quoted") << QStringLiteral("host=h password='a b\\'c' dbname=d")
                                << QStringLiteral("host=h password=*** dbname=d");
    }
    void redactThroughConnectionUrl() {
        QFETCH(QString, input);
        QFETCH(QString, output);
        QCOMPARE(ConnectionUrl::redact(input), output);
    }

private:
    std::unique_ptr<SandboxDatabase> m_db;
    QString m_passwordRole;
};

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
