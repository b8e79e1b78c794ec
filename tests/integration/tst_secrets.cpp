// No password, and no fragment of one, in any output channel of any command on any error path
// (issue 11): stdout and stderr, --json, history rows, offline SQL and backup file names, for a
// wrong password, an unreachable host, a failing statement, a lock timeout and malformed URLs.
#include "SandboxDatabase.h"
#include "TestSupport.h"
#include "db/Connection.h"
#include "runner/BackupDump.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using namespace strata::test;

namespace {

// Distinctive passwords: no fragment of 4 characters of them appears in ordinary output.
const QString kGood = QStringLiteral("Qz7xK9wV2jP5");
const QString kWrong = QStringLiteral("Hm4tR8nY3bL6");
const QString kSlash = QStringLiteral("Fr/agSl4sh"); // an unencoded '/' in a URL
const QString kAt = QStringLiteral("Vb2@Nc8#Dk5");   // '@' and '#' in a URL
const QString kShort = QStringLiteral("e");          // a password of one letter

// Every substring of `secret` with at least `minLength` characters (the whole if shorter).
QStringList fragments(const QString& secret, int minLength = 4) {
    if (secret.size() <= minLength)
        return {secret};
    QStringList out;
    for (qsizetype len = minLength; len <= secret.size(); ++len)
        for (qsizetype i = 0; i + len <= secret.size(); ++i)
            out << secret.mid(i, len);
    return out;
}

// What leaked, or empty. Passwords of up to 3 characters cannot be looked for as text (they are
// everywhere); for them, the sign of blind replacement is a mask inside a word ("***nvironm").
QString leak(const QString& text, const QStringList& secrets) {
    for (const QString& secret : secrets) {
        if (secret.size() <= 3)
            continue;
        for (const QString& f : fragments(secret))
            if (text.contains(f))
                return QStringLiteral("'%1' (from a password)").arg(f);
    }
    // A malformed URL splits a password at '/', '@', '#' or '?'; libpq then quotes the pieces
    // as a host, a port or a database ("invalid integer value "Fr" for connection option").
    static const QRegularExpression separators(QStringLiteral("[/@#?:]"));
    for (const QString& secret : secrets)
        for (const QString& piece : secret.split(separators, Qt::SkipEmptyParts))
            if (piece.size() >= 2 && text.contains(QLatin1Char('"') + piece))
                return QStringLiteral("'%1' (a piece of a password, quoted)").arg(piece);
    static const QRegularExpression midWordMask(QStringLiteral("[A-Za-z0-9]\\*{2,}[A-Za-z0-9]"));
    const QRegularExpressionMatch m = midWordMask.match(text);
    if (m.hasMatch())
        return QStringLiteral("a mask inside a word: '%1'").arg(m.captured());
    return {};
}

struct Run {
    int exitCode = -1;
    QString output; // stdout + stderr
};

Run runStrata(const QString& project, const QStringList& args) {
    QProcess p;
    p.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    p.start(QStringLiteral(STRATA_CLI_PATH),
            QStringList{QStringLiteral("--project"), project} + args);
    Run run;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        run.output = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = p.exitCode();
    run.output = QString::fromUtf8(p.readAllStandardOutput()) + QLatin1Char('\n') +
                 QString::fromUtf8(p.readAllStandardError());
    return run;
}

QString revision(const QString& id, const QString& parent, const QString& up) {
    return QStringLiteral("-- Revision ID: %1\n-- Revises: %2\n-- Message: %1\n\n"
                          "-- migrate:upgrade\n%3\n\n-- migrate:downgrade\nSELECT 1;\n")
        .arg(id, parent, up);
}

} // namespace

class TestSecrets : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        m_db = std::make_unique<SandboxDatabase>(QStringLiteral("tst_secrets"));
        m_role = QStringLiteral("strata_sec_") + m_db->name();
        auto admin = m_db->connect();
        QVERIFY2(admin, describe(admin).constData());
        for (const QString& sql :
             {QStringLiteral("SELECT format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE "
                             "strata_password_auth', $1::text, $2::text)"),
              QStringLiteral("SELECT format('GRANT ALL ON SCHEMA public TO %I', $1::text, "
                             "$2::text)")}) {
            auto text = (*admin)->execParams(sql, {m_role, kGood});
            QVERIFY2(text, describe(text).constData());
            auto run = (*admin)->exec(text->scalar());
            QVERIFY2(run, describe(run).constData());
        }
    }
    void cleanupTestCase() {
        if (auto admin = m_db->connect()) {
            (void)(*admin)->exec(QStringLiteral("DROP OWNED BY ") +
                                 (*admin)->quoteIdentifier(m_role));
            (void)(*admin)->exec(QStringLiteral("DROP ROLE IF EXISTS ") +
                                 (*admin)->quoteIdentifier(m_role));
        }
        m_db.reset();
    }

    // Each row: the environment's URL (with a password in it) and the revisions; every command
    // below runs on it and its output is searched for the password.
    void commands_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("toml");    // extra environment keys
        QTest::addColumn<QString>("upgrade"); // r2's upgrade section
        const QString port = QString::number(m_db->port());
        const QString db = m_db->name();
        const auto uri = [&](const QString& password,
                             const QString& host = QStringLiteral("127.0.0.1"),
                             const QString& p = QString()) {
            return QStringLiteral("postgresql://%1:%2@%3:%4/%5")
                .arg(m_role, password, host, p.isEmpty() ? port : p, db);
        };
        QTest::newRow("failing statement")
            << uri(kGood) << QString() << QStringLiteral("INSERT INTO nope VALUES (1);");
        QTest::newRow("wrong password") << uri(kWrong) << QString() << QStringLiteral("SELECT 1;");
        QTest::newRow("unreachable host")
            << uri(kWrong, QStringLiteral("127.0.0.1"), QStringLiteral("1")) << QString()
            << QStringLiteral("SELECT 1;");
        QTest::newRow("unencoded slash") << uri(kSlash) << QString() << QStringLiteral("SELECT 1;");
        QTest::newRow("at and hash") << uri(kAt) << QString() << QStringLiteral("SELECT 1;");
        QTest::newRow("one-letter password")
            << uri(kShort) << QString() << QStringLiteral("SELECT 1;");
        QTest::newRow("conninfo, wrong password")
            << QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=%3 password='%4'")
                   .arg(port, db, m_role, kWrong)
            << QString() << QStringLiteral("SELECT 1;");
        QTest::newRow("backup") << uri(kGood) << QStringLiteral("backup = true\n")
                                << QStringLiteral("CREATE TABLE backed (id int);");
        QTest::newRow("lock timeout")
            << uri(kGood) << QStringLiteral("lock_timeout = \"300ms\"\n")
            << QStringLiteral("LOCK TABLE held IN ACCESS EXCLUSIVE MODE;");
    }
    void commands() {
        QFETCH(QString, url);
        QFETCH(QString, toml);
        QFETCH(QString, upgrade);
        const QStringList secrets{kGood, kWrong, kSlash, kAt, kShort};

        QTemporaryDir dir;
        // pg_dump's command line (what `ps` shows) is recorded by a wrapper around the real one.
        const QString realPgDump = BackupDump::pgDumpPath();
        QVERIFY(!realPgDump.isEmpty());
        const QString argvLog = dir.filePath(QStringLiteral("pg_dump.argv"));
        const QString wrapper =
            writeFile(dir.path(), QStringLiteral("pg_dump-wrapper"),
                      QStringLiteral("#!/bin/sh\nprintf '%s\\n' \"$@\" >> '%1'\nexec '%2' \"$@\"\n")
                          .arg(argvLog, realPgDump));
        QVERIFY(
            QFile::setPermissions(wrapper, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        qputenv("STRATA_PG_DUMP", wrapper.toLocal8Bit());
        const QString backups = dir.filePath(QStringLiteral("backups"));
        writeFile(dir.path(), QStringLiteral("strata.toml"),
                  QStringLiteral("[project]\nbackup_dir = \"backups\"\n\n[environments.dev]\n"
                                 "url = \"%1\"\n%2")
                      .arg(url, toml));
        writeFile(dir.path(), QStringLiteral("versions/r1.sql"),
                  revision(QStringLiteral("r1"), QString(),
                           QStringLiteral("CREATE TABLE IF NOT EXISTS held (id int);")));
        writeFile(dir.path(), QStringLiteral("versions/r2.sql"),
                  revision(QStringLiteral("r2"), QStringLiteral("r1"), upgrade));

        // The lock-timeout row: another session holds the table while the run tries it.
        std::unique_ptr<Connection> holder;
        if (upgrade.startsWith(QLatin1String("LOCK"))) {
            auto admin = m_db->connect();
            QVERIFY(admin.ok());
            holder = std::move(*admin);
            QVERIFY(holder->exec(QStringLiteral("CREATE TABLE IF NOT EXISTS held (id int)")).ok());
            QVERIFY(holder
                        ->exec(QStringLiteral("GRANT ALL ON held TO ") +
                               holder->quoteIdentifier(m_role))
                        .ok());
            QVERIFY(holder->begin().ok());
            QVERIFY(holder->exec(QStringLiteral("LOCK TABLE held IN ACCESS EXCLUSIVE MODE")).ok());
        }

        const QList<QStringList> commands = {
            {QStringLiteral("status")},
            {QStringLiteral("status"), QStringLiteral("--json")},
            {QStringLiteral("current"), QStringLiteral("--env"), QStringLiteral("dev")},
            {QStringLiteral("log"), QStringLiteral("--env"), QStringLiteral("dev")},
            {QStringLiteral("history"), QStringLiteral("-v")},
            {QStringLiteral("check")},
            {QStringLiteral("upgrade"), QStringLiteral("heads"), QStringLiteral("--dry-run")},
            {QStringLiteral("upgrade"), QStringLiteral("base:heads"), QStringLiteral("--sql")},
            {QStringLiteral("upgrade"), QStringLiteral("r1")},
            {QStringLiteral("upgrade"), QStringLiteral("heads"), QStringLiteral("--json")},
            {QStringLiteral("upgrade"), QStringLiteral("heads")},
            {QStringLiteral("downgrade"), QStringLiteral("base")},
            {QStringLiteral("stamp"), QStringLiteral("r1")},
            {QStringLiteral("resolve"), QStringLiteral("--env"), QStringLiteral("dev"),
             QStringLiteral("--mark-rolled-back")},
        };
        int outputs = 0;
        for (const QStringList& args : commands) {
            const Run run = runStrata(dir.path(), args);
            ++outputs;
            const QString leaked = leak(run.output, secrets);
            QVERIFY2(leaked.isEmpty(),
                     qPrintable(QStringLiteral("strata %1 printed %2:\n%3")
                                    .arg(args.join(QLatin1Char(' ')), leaked, run.output)));
        }
        if (holder)
            QVERIFY(holder->rollback().ok());

        // The history rows, every column, as the database holds them.
        auto admin = m_db->connect();
        QVERIFY(admin.ok());
        auto exists = (*admin)->exec(
            QStringLiteral("SELECT to_regclass('public.strata_history') IS NOT NULL"));
        QVERIFY2(exists, describe(exists).constData());
        QString rows;
        if (exists->scalar() == QLatin1String("t")) {
            auto history = (*admin)->exec(QStringLiteral(
                "SELECT coalesce(string_agg(h::text, E'\\n'), '') FROM strata_history h"));
            QVERIFY2(history, describe(history).constData());
            rows = history->scalar();
        }
        QVERIFY2(leak(rows, secrets).isEmpty(), qPrintable(rows));
        ++outputs;
        qunsetenv("STRATA_PG_DUMP");
        // pg_dump's arguments, when a backup ran.
        if (toml.contains(QLatin1String("backup"))) {
            const QString argv = readFile(argvLog);
            QVERIFY2(argv.contains(QStringLiteral("--dbname=")), "pg_dump did not run");
            QVERIFY2(leak(argv, secrets).isEmpty(), qPrintable(argv));
            ++outputs;
        }
        // Backup file names (none are made here unless backup = true; the folder may not exist).
        QDirIterator files(backups, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext())
            QVERIFY(leak(files.next(), secrets).isEmpty());
        // Clean the database for the next row.
        (void)(*admin)->exec(QStringLiteral("DROP TABLE IF EXISTS alembic_version, "
                                            "strata_history, held CASCADE"));
        qInfo("%d outputs checked", outputs);
    }

private:
    std::unique_ptr<SandboxDatabase> m_db;
    QString m_role;
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
