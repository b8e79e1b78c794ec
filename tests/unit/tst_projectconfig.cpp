#include "config/ProjectConfig.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;

namespace {

// A full strata.toml; the environments are dev, test, prod in the file but dev, prod, test when
// sorted. Line numbers matter: the tests below refer to them.
// (Not a raw string literal: Qt 6.4's moc loses the class after this one.)
const char* const kFull = // line 1 is empty
    "\n"
    "[project]\n"
    "versions = \"db/versions\"\n"
    "version_table = \"my_version\"\n"
    "version_table_schema = \"ops\"\n"
    "history_table = \"my_history\"\n"
    "shadow_url = \"postgres://localhost/shadow\"\n"
    "backup_dir = \"dumps\"\n"
    "\n"
    "[environments.dev]\n"
    "url = \"${STRATA_TST_DEV_URL}\"\n"
    "color = \"#2e7d32\"\n"
    "description = \"my laptop\"\n"
    "\n"
    "[environments.test]\n"
    "url = \"postgresql+psycopg://ci@testdb/app\"\n"
    "statement_timeout = \"2min\"\n"
    "\n"
    "[environments.prod]\n"
    "url = \"service=prod\"\n"
    "protected = true\n"
    "lock_timeout = \"5s\"\n"
    "statement_timeout = \"1h\"\n"
    "backup = true\n"
    "color = \"red\"\n";

} // namespace

class TestProjectConfig : public QObject {
    Q_OBJECT

    // Writes `text` as DIR/strata.toml in a fresh temporary directory and loads it.
    Result<ProjectConfig> loadText(const QString& text, QString* path = nullptr) {
        m_dirs.append(new QTemporaryDir);
        const QString p =
            test::writeFile(m_dirs.last()->path(), QStringLiteral("strata.toml"), text);
        if (path)
            *path = p;
        return ProjectConfig::load(p);
    }

    QList<QTemporaryDir*> m_dirs;

private Q_SLOTS:
    void cleanupTestCase() { qDeleteAll(m_dirs); }

    void cleanup() {
        for (const char* v : {"STRATA_TST_DEV_URL", "STRATA_TST_A", "STRATA_TST_B", "STRATA_TST_C",
                              "STRATA_TST_UNSET", "STRATA_TST_EMPTY"})
            qunsetenv(v);
    }

    void fullFile() {
        QString path;
        const Result<ProjectConfig> r = loadText(QString::fromUtf8(kFull), &path);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        const QString dir = QFileInfo(path).absolutePath();
        QCOMPARE(r->filePath(), path);
        QCOMPARE(r->projectDir(), dir);
        QCOMPARE(r->versionDirs(), QStringList{dir + QStringLiteral("/db/versions")});
        QCOMPARE(r->versionTable(), QStringLiteral("my_version"));
        QCOMPARE(r->versionTableSchema(), QStringLiteral("ops"));
        QCOMPARE(r->historyTable(), QStringLiteral("my_history"));
        QVERIFY(r->hasShadowUrl());
        QCOMPARE(r->shadowUrl(), QStringLiteral("postgres://localhost/shadow"));
        QCOMPARE(*r->shadowConninfo(), QStringLiteral("postgresql://localhost/shadow"));
        QCOMPARE(r->backupDir(), dir + QStringLiteral("/dumps"));
        QCOMPARE(r->envFilePath(), dir + QStringLiteral("/.env"));

        // File order, not toml++'s sorted order.
        QCOMPARE(r->environmentNames(), (QStringList{QStringLiteral("dev"), QStringLiteral("test"),
                                                     QStringLiteral("prod")}));

        const Environment* dev = r->environment(QStringLiteral("dev"));
        QVERIFY(dev);
        QCOMPARE(dev->url, QStringLiteral("${STRATA_TST_DEV_URL}"));
        QCOMPARE(dev->color, QStringLiteral("#2e7d32"));
        QCOMPARE(dev->description, QStringLiteral("my laptop"));
        QCOMPARE(dev->line, 10);
        QCOMPARE(dev->file, path);
        QCOMPARE(dev->index, 0);
        QVERIFY(!dev->isProtected);
        QVERIFY(!dev->backup);
        QCOMPARE(dev->lockTimeoutMs, qint64(0));

        const Environment* test = r->environment(QStringLiteral("test"));
        QVERIFY(test);
        QCOMPARE(test->line, 15);
        QCOMPARE(test->index, 1);
        QCOMPARE(test->color, Environment::defaultColor(1));
        QCOMPARE(test->statementTimeoutMs, qint64(120000));
        QCOMPARE(*test->conninfo(), QStringLiteral("postgresql://ci@testdb/app"));

        const Environment* prod = r->environment(QStringLiteral("prod"));
        QVERIFY(prod);
        QCOMPARE(prod->line, 19);
        QVERIFY(prod->isProtected);
        QVERIFY(prod->backup);
        QCOMPARE(prod->lockTimeoutMs, qint64(5000));
        QCOMPARE(prod->statementTimeoutMs, qint64(3600000));
        QCOMPARE(prod->color, QStringLiteral("red"));
        QCOMPARE(*prod->conninfo(), QStringLiteral("service=prod"));

        QVERIFY(!r->environment(QStringLiteral("stage")));
        QVERIFY(!r->environment(QStringLiteral("Dev")));
        const Result<const Environment*> req = r->requireEnvironment(QStringLiteral("prod"));
        QVERIFY(req.ok());
        QCOMPARE(*req, prod);
    }

    void fileOrder_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("headers")
            << "[environments.zeta]\nurl = \"a\"\n[environments.alpha]\nurl = \"b\"\n"
               "[environments.mid]\nurl = \"c\"\n"
            << QStringList{"zeta", "alpha", "mid"};
        QTest::newRow("inline tables") << "[environments]\nprod = { url = \"a\" }\n"
                                          "dev = { url = \"b\" }\n"
                                       << QStringList{"prod", "dev"};
        QTest::newRow("dotted keys") << "environments.b.url = \"x\"\nenvironments.a.url = \"y\"\n"
                                     << QStringList{"b", "a"};
        QTest::newRow("after project")
            << "[environments.test]\nurl = \"a\"\n[project]\nversions = \"v\"\n"
               "[environments.dev]\nurl = \"b\"\n"
            << QStringList{"test", "dev"};
    }
    void fileOrder() {
        QFETCH(QString, text);
        QFETCH(QStringList, names);
        const Result<ProjectConfig> r = loadText(text);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->environmentNames(), names);
        for (int i = 0; i < names.size(); ++i) {
            QCOMPARE(r->environments().at(i).index, i);
            QCOMPARE(r->environments().at(i).color, Environment::defaultColor(i));
        }
    }

    void defaults() {
        QString path;
        const Result<ProjectConfig> r = loadText(
            QStringLiteral("[environments.dev]\nurl = \"postgresql://localhost/x\"\n"), &path);
        QVERIFY(r.ok());
        const QString dir = QFileInfo(path).absolutePath();
        QCOMPARE(r->versionDirs(), QStringList{dir + QStringLiteral("/versions")});
        QCOMPARE(r->versionTable(), QStringLiteral("alembic_version"));
        QCOMPARE(r->versionTableSchema(), QStringLiteral("public"));
        QCOMPARE(r->historyTable(), QStringLiteral("strata_history"));
        QCOMPARE(r->backupDir(), dir + QStringLiteral("/backups"));
        QVERIFY(!r->hasShadowUrl());
        QCOMPARE(r->shadowConninfo().error().code, ErrorCode::NotFound);
        const Environment& dev = r->environments().at(0);
        QCOMPARE(dev.color, QStringLiteral("#2e7d32"));
        QVERIFY(!dev.isProtected);
        QVERIFY(!dev.backup);
        QCOMPARE(dev.lockTimeoutMs, qint64(0));
        QCOMPARE(dev.statementTimeoutMs, qint64(0));
        QVERIFY(dev.description.isEmpty());
        QCOMPARE(dev.line, 1);
        QCOMPARE(r->alembicUrlVariable(), QStringLiteral("DATABASE_URL"));
    }

    void alembicUrlVariable() {
        const Result<ProjectConfig> r =
            loadText(QStringLiteral("[alembic]\nurl_env = \"APP_DATABASE_URL\"\n"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r->alembicUrlVariable(), QStringLiteral("APP_DATABASE_URL"));
    }

    void emptyFile() {
        const Result<ProjectConfig> r = loadText(QStringLiteral("# nothing yet\n"));
        QVERIFY(r.ok());
        QVERIFY(r->environments().isEmpty());
        QCOMPARE(r->versionTable(), QStringLiteral("alembic_version"));
        const Result<const Environment*> e = r->requireEnvironment(QStringLiteral("dev"));
        QVERIFY(!e.ok());
        QCOMPARE(e.error().code, ErrorCode::Usage);
        QVERIFY2(e.error().message.contains(QStringLiteral("defines no environments")),
                 qPrintable(e.error().message));
    }

    void versionsList() {
        QString path;
        const Result<ProjectConfig> r = loadText(
            QStringLiteral("[project]\nversions = [\"versions\", \"extra/more\", \"../shared\", "
                           "\"/abs/dir\", \"versions/\"]\n"),
            &path);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        const QString dir = QFileInfo(path).absolutePath();
        QCOMPARE(r->versionDirs(), (QStringList{dir + QStringLiteral("/versions"),
                                                dir + QStringLiteral("/extra/more"),
                                                QDir::cleanPath(dir + QStringLiteral("/../shared")),
                                                QStringLiteral("/abs/dir")}));
    }

    void timeoutAsInteger() {
        const Result<ProjectConfig> r =
            loadText(QStringLiteral("[environments.a]\nurl = \"x\"\nlock_timeout = 1500\n"
                                    "statement_timeout = \"0\"\n"));
        QVERIFY(r.ok());
        QCOMPARE(r->environments().at(0).lockTimeoutMs, qint64(1500));
        QCOMPARE(r->environments().at(0).statementTimeoutMs, qint64(0));
    }

    // Each row: strata.toml text, error code, expected Error::toString() after "DIR/".
    void malformed_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");

        // TOML syntax (toml++'s own message after file:line:col).
        QTest::newRow("syntax: missing value") << "[project]\nversions = \"v\"\nversion_table =\n"
                                               << ErrorCode::Parse << 3 << "";
        QTest::newRow("syntax: unclosed header") << "[project]\n\n[environments.dev\nurl = \"x\"\n"
                                                 << ErrorCode::Parse << 3 << "";
        QTest::newRow("syntax: duplicate key") << "[environments.dev]\nurl = \"a\"\nurl = \"b\"\n"
                                               << ErrorCode::Parse << 3 << "";
        QTest::newRow("syntax: unterminated string")
            << "[environments.dev]\nurl = \"a\ncolor = \"red\"\n"
            << ErrorCode::Parse << 2 << "";
        QTest::newRow("syntax: bare word") << "[environments.prod]\nurl = \"a\"\nprotected = yes\n"
                                           << ErrorCode::Parse << 3 << "";

        // Wrong types.
        QTest::newRow("protected string")
            << "[environments.prod]\nurl = \"service=prod\"\nprotected = \"yes\"\n"
            << ErrorCode::Config << 3 << "environments.prod.protected must be a boolean";
        QTest::newRow("backup integer")
            << "[environments.prod]\nurl = \"a\"\n\nbackup = 1\n"
            << ErrorCode::Config << 4 << "environments.prod.backup must be a boolean";
        QTest::newRow("url integer")
            << "[environments.dev]\nurl = 5432\n"
            << ErrorCode::Config << 2 << "environments.dev.url must be a string";
        QTest::newRow("color integer")
            << "[environments.dev]\nurl = \"a\"\ncolor = 0x2e7d32\n"
            << ErrorCode::Config << 3 << "environments.dev.color must be a string";
        QTest::newRow("description bool")
            << "[environments.dev]\nurl = \"a\"\ndescription = false\n"
            << ErrorCode::Config << 3 << "environments.dev.description must be a string";
        QTest::newRow("lock_timeout bool")
            << "[environments.dev]\nurl = \"a\"\nlock_timeout = true\n"
            << ErrorCode::Config << 3
            << "environments.dev.lock_timeout must be a duration string like \"5s\"";
        QTest::newRow("versions integer") << "[project]\nversions = 5\n"
                                          << ErrorCode::Config << 2
                                          << "project.versions must be a string or an array of "
                                             "strings";
        QTest::newRow("versions array of integers")
            << "[project]\nversions = [\n  \"a\",\n  7,\n]\n"
            << ErrorCode::Config << 4 << "project.versions must be a string or an array of strings";
        QTest::newRow("version_table array")
            << "[project]\nversion_table = [\"a\"]\n"
            << ErrorCode::Config << 2 << "project.version_table must be a string";
        QTest::newRow("project not a table")
            << "project = \"x\"\n"
            << ErrorCode::Config << 1 << "project must be a table ([project])";
        QTest::newRow("environment not a table")
            << "[environments]\ndev = \"postgresql://h/d\"\n"
            << ErrorCode::Config << 2 << "environments.dev must be a table ([environments.dev])";
        QTest::newRow("environments not a table") << "environments = 1\n"
                                                  << ErrorCode::Config << 1
                                                  << "environments must be a table "
                                                     "([environments.NAME])";

        // Bad values.
        QTest::newRow("bad duration")
            << "[environments.prod]\nurl = \"a\"\nlock_timeout = \"5 parsecs\"\n"
            << ErrorCode::Config << 3
            << "environments.prod.lock_timeout: invalid duration '5 parsecs': unknown unit "
               "'parsecs' (use e.g. \"0\", \"500ms\", \"5s\", \"2min\", \"1h\")";
        QTest::newRow("negative integer timeout")
            << "[environments.prod]\nurl = \"a\"\nstatement_timeout = -1\n"
            << ErrorCode::Config << 3
            << "environments.prod.statement_timeout must be between 0 and 2147483647 "
               "milliseconds";
        QTest::newRow("bad colour") << "[environments.dev]\nurl = \"a\"\ncolor = \"#12\"\n"
                                    << ErrorCode::Config << 3
                                    << "environments.dev.color must be a colour like "
                                       "\"#2e7d32\", not \"#12\"";
        QTest::newRow("empty version_table")
            << "[project]\nversion_table = \"\"\n"
            << ErrorCode::Config << 2 << "project.version_table must not be empty";
        QTest::newRow("empty versions list")
            << "[project]\nversions = []\n"
            << ErrorCode::Config << 2 << "project.versions must not be empty";
        QTest::newRow("url missing")
            << "[environments.dev]\nurl = \"a\"\n\n[environments.prod]\ncolor = \"red\"\n"
            << ErrorCode::Config << 4 << "environments.prod.url is missing";
        QTest::newRow("bad environment name")
            << "[environments.\"my env\"]\nurl = \"a\"\n"
            << ErrorCode::Config << 1
            << "environment name 'my env' is not valid (use letters, digits, '_', '-' and '.')";
        QTest::newRow("unterminated ${")
            << "[environments.dev]\nurl = \"${DATABASE_URL\"\n"
            << ErrorCode::Config << 2
            << "environments.dev.url: unterminated '${' in '${DATABASE_URL'";
        QTest::newRow("bad variable name")
            << "[project]\nshadow_url = \"${1X}\"\n"
            << ErrorCode::Config << 2 << "project.shadow_url: invalid variable reference ${1X}";

        // Names PostgreSQL would truncate or that clash (issue 11, defect 10): caught at load
        // time, naming the key, instead of failing at CREATE TABLE.
        QTest::newRow("version_table of 60 bytes")
            << "[project]\nversion_table = \"" + QString(60, u'v') + "\"\n"
            << ErrorCode::Config << 2
            << "project.version_table is 60 bytes long; PostgreSQL keeps 59 bytes of a name here "
               "(its primary key adds '_pkc')";
        QTest::newRow("history_table of 64 bytes")
            << "[project]\nhistory_table = \"" + QString(64, u'h') + "\"\n"
            << ErrorCode::Config << 2
            << "project.history_table is 64 bytes long; PostgreSQL keeps 63 bytes of a name";
        QTest::newRow("schema of 64 bytes (multibyte)")
            << "[project]\nversion_table_schema = \"" + QString(32, QChar(0x00e9)) + "\"\n"
            << ErrorCode::Config << 2
            << "project.version_table_schema is 64 bytes long; PostgreSQL keeps 63 bytes of a "
               "name";
        QTest::newRow("history_table = version_table")
            << "[project]\nversion_table = \"versions\"\nhistory_table = \"versions\"\n"
            << ErrorCode::Config << 3
            << "project.history_table and project.version_table are both 'versions': they must "
               "be different tables";
        QTest::newRow("history_table = default version_table")
            << "[project]\nhistory_table = \"alembic_version\"\n"
            << ErrorCode::Config << 2
            << "project.history_table and project.version_table are both 'alembic_version': "
               "they must be different tables";
        QTest::newRow("control character in a name")
            << "[project]\nversion_table = \"a\\u0001b\"\n"
            << ErrorCode::Config << 2
            << "project.version_table must not contain control characters";
        // Input toml++ 3.3 mishandles (found by tests/fuzz): refused before it parses.
        QTest::newRow("control character after [") << "[project]\n[\x13\n"
                                                   << ErrorCode::Parse << 2 << QString();
        QTest::newRow("max_file_size word")
            << "[project]\nmax_file_size = \"big\"\n"
            << ErrorCode::Config << 2
            << "project.max_file_size must be a size like \"16MB\" (KB, MB, GB)";
        QTest::newRow("max_file_size too small")
            << "[project]\nmax_file_size = 10\n"
            << ErrorCode::Config << 2 << "project.max_file_size must be between 1 KB and 4 GB";
        QTest::newRow("create_schema string")
            << "[project]\ncreate_schema = \"yes\"\n"
            << ErrorCode::Config << 2 << "project.create_schema must be a boolean";

        // Unknown keys.
        QTest::newRow("typo in environment")
            << "[environments.prod]\nurl = \"a\"\nprotcted = true\n"
            << ErrorCode::Config << 3
            << "unknown key 'environments.prod.protcted' (did you mean 'protected'?)";
        QTest::newRow("typo in project")
            << "[project]\nversions = \"v\"\n\nversion_tabel = \"x\"\n"
            << ErrorCode::Config << 4
            << "unknown key 'project.version_tabel' (did you mean 'version_table'?)";
        QTest::newRow("typo in table name")
            << "[projet]\nversions = \"v\"\n"
            << ErrorCode::Config << 1 << "unknown key 'projet' (did you mean 'project'?)";
        QTest::newRow("unknown top-level key")
            << "[project]\n[database]\nurl = \"x\"\n"
            << ErrorCode::Config << 2
            << "unknown key 'database' (known: project, environments, alembic, lint, groups)";
        QTest::newRow("alembic.url_env not a variable name")
            << "[alembic]\npython = \"python3\"\nurl_env = \"DATABASE-URL\"\n"
            << ErrorCode::Config << 3
            << "alembic.url_env 'DATABASE-URL' is not an environment variable name (letters, "
               "digits and '_', not starting with a digit)";
        QTest::newRow("alembic.url_env starts with a digit")
            << "[alembic]\nurl_env = \"1URL\"\n"
            << ErrorCode::Config << 2
            << "alembic.url_env '1URL' is not an environment variable name (letters, digits "
               "and '_', not starting with a digit)";
        QTest::newRow("alembic.url_env empty")
            << "[alembic]\nurl_env = \"\"\n"
            << ErrorCode::Config << 2 << "alembic.url_env must not be empty";
        QTest::newRow("typo in alembic")
            << "[alembic]\nurl_evn = \"X\"\n"
            << ErrorCode::Config << 2 << "unknown key 'alembic.url_evn' (did you mean 'url_env'?)";
        QTest::newRow("unknown key far from any")
            << "[environments.dev]\nurl = \"a\"\npassword_command = \"pass show db\"\n"
            << ErrorCode::Config << 3
            << "unknown key 'environments.dev.password_command' (known: url, color, protected, "
               "lock_timeout, statement_timeout, backup, pg_dump, description)";
    }
    void malformed() {
        QFETCH(QString, text);
        QFETCH(ErrorCode, code);
        QFETCH(int, line);
        QFETCH(QString, message);
        QString path;
        const Result<ProjectConfig> r = loadText(text, &path);
        QVERIFY2(!r.ok(), "loaded a malformed strata.toml");
        const Error& e = r.error();
        QCOMPARE(e.code, code);
        QCOMPARE(e.file, path);
        QCOMPARE(e.line, line);
        const QString str = e.toString();
        QVERIFY(!str.contains(QLatin1Char('\n')));
        if (code == ErrorCode::Parse) {
            // strata.toml:LINE:COL: <toml++ message>
            QVERIFY(e.column > 0);
            QVERIFY2(str.startsWith(path + QStringLiteral(":%1:%2: ").arg(line).arg(e.column)),
                     qPrintable(str));
            QVERIFY(e.message.size() > 5);
        } else {
            QCOMPARE(str, path + QStringLiteral(":%1: ").arg(line) + message);
        }
    }

    // Code points toml++ 3.3 cannot classify as whitespace or not (U+00A1..U+0499,
    // U+FB26..U+FEFE; it reaches __builtin_unreachable) keep their values through the shift.
    void nonAsciiTextSurvives_data() {
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("expected");
        QTest::newRow("vietnamese") << "\"Môi trường phát triển\""
                                    << "Môi trường phát triển";
        QTest::newRow("multi-line continuation") << "\"\"\"a \\\n   é\"\"\""
                                                 << "a é";
        QTest::newRow("cyrillic literal") << "'Производство'"
                                          << "Производство";
        QTest::newRow("presentation forms") << "\"\uFB50 \uFEFD\""
                                            << "\uFB50 \uFEFD";
        QTest::newRow("cjk punctuation") << "\"\u3001\u3002 \u2EFF \u3000\""
                                         << "\u3001\u3002 \u2EFF \u3000";
    }
    void nonAsciiTextSurvives() {
        QFETCH(QString, description);
        QFETCH(QString, expected);
        const Result<ProjectConfig> r = loadText(
            QStringLiteral("[environments.dev]\nurl = \"x\"\ndescription = %1\n").arg(description));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->environments().at(0).description, expected);
    }

    void invalidUtf8() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("strata.toml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[project]\nversion_table = \"a\xff\"\n");
        f.close();
        const Result<ProjectConfig> r = ProjectConfig::load(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().toString(), path + QStringLiteral(":2:19: not valid UTF-8"));
    }

    void namesAtTheLimit() {
        const Result<ProjectConfig> r =
            loadText(QStringLiteral("[project]\nversion_table = \"%1\"\nhistory_table = \"%2\"\n"
                                    "create_schema = true\nmax_file_size = \"2MB\"\n")
                         .arg(QString(59, u'v'), QString(63, u'h')));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->versionTable().size(), 59);
        QVERIFY(r->createSchema());
        QCOMPARE(r->maxFileBytes(), qint64(2) * 1024 * 1024);
        const Result<ProjectConfig> defaults = loadText(QStringLiteral("[project]\n"));
        QVERIFY(defaults.ok());
        QVERIFY(!defaults->createSchema());
        QCOMPARE(defaults->maxFileBytes(), qint64(16) * 1024 * 1024);
    }

    void unknownEnvironment() {
        const Result<ProjectConfig> r = loadText(QString::fromUtf8(kFull));
        QVERIFY(r.ok());
        const Result<const Environment*> e = r->requireEnvironment(QStringLiteral("stage"));
        QVERIFY(!e.ok());
        QCOMPARE(e.error().code, ErrorCode::Usage);
        QCOMPARE(e.error().message,
                 QStringLiteral("unknown environment 'stage' (known: dev, test, prod)"));
    }

    void expansion_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("dotenv");     // empty = no .env file
        QTest::addColumn<QString>("processVar"); // value of STRATA_TST_A, empty = unset
        QTest::addColumn<QString>("expected");
        QTest::newRow("from process") << "${STRATA_TST_A}"
                                      << ""
                                      << "postgresql+psycopg2://u@h/d"
                                      << "postgresql://u@h/d";
        QTest::newRow("from .env") << "${STRATA_TST_A}"
                                   << "# local\nexport STRATA_TST_A=\"host=h dbname=d\"\n"
                                   << ""
                                   << "host=h dbname=d";
        QTest::newRow("process wins over .env") << "${STRATA_TST_A}"
                                                << "STRATA_TST_A=from-dotenv\n"
                                                << "service=from-process"
                                                << "service=from-process";
        QTest::newRow("default when unset") << "${STRATA_TST_A:-postgresql://localhost/strata_dev}"
                                            << ""
                                            << ""
                                            << "postgresql://localhost/strata_dev";
        QTest::newRow("default not used when set") << "${STRATA_TST_A:-service=fallback}"
                                                   << ""
                                                   << "service=real"
                                                   << "service=real";
        QTest::newRow("default not used when in .env") << "${STRATA_TST_A:-service=fallback}"
                                                       << "STRATA_TST_A=service=env\n"
                                                       << ""
                                                       << "service=env";
        QTest::newRow("empty default") << "host=h${STRATA_TST_A:-}"
                                       << ""
                                       << ""
                                       << "host=h";
        QTest::newRow("several pieces")
            << "postgres://${STRATA_TST_A}@${STRATA_TST_B}:5432/${STRATA_TST_C:-app}"
            << "STRATA_TST_B=db.internal\n"
            << "alice"
            << "postgresql://alice@db.internal:5432/app";
        QTest::newRow("dollar without brace kept") << "host=h password=pa$$word"
                                                   << ""
                                                   << ""
                                                   << "host=h password=pa$$word";
        QTest::newRow("no variables") << "service=prod"
                                      << ""
                                      << ""
                                      << "service=prod";
    }
    void expansion() {
        QFETCH(QString, url);
        QFETCH(QString, dotenv);
        QFETCH(QString, processVar);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        test::writeFile(dir.path(), QStringLiteral("strata.toml"),
                        QStringLiteral("[environments.dev]\nurl = \"%1\"\n").arg(url));
        if (!dotenv.isEmpty())
            test::writeFile(dir.path(), QStringLiteral(".env"), dotenv);
        if (!processVar.isEmpty())
            qputenv("STRATA_TST_A", processVar.toUtf8());
        const Result<ProjectConfig> r = ProjectConfig::load(dir.path());
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        const Result<QString> c = r->environments().at(0).conninfo();
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().toString()));
        QCOMPARE(*c, expected);
    }

    void unsetVariable() {
        QString path;
        const Result<ProjectConfig> r = loadText(
            QStringLiteral("[project]\nversions = \"v\"\n\n[environments.local]\nurl = \"a\"\n\n"
                           "[environments.dev]\nurl = \"${STRATA_TST_UNSET}\"\n"),
            &path);
        // Loading succeeds: expansion is lazy, and other environments keep working.
        QVERIFY(r.ok());
        QCOMPARE(*r->environment(QStringLiteral("local"))->conninfo(), QStringLiteral("a"));
        const Result<QString> c = r->environment(QStringLiteral("dev"))->conninfo();
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, ErrorCode::Config);
        QCOMPARE(c.error().toString(),
                 path + QStringLiteral(":7: environment 'dev': ${STRATA_TST_UNSET} is not set "
                                       "(not in the environment nor in .env)"));

        // An empty value counts as unset, in the process and in .env alike.
        qputenv("STRATA_TST_UNSET", "");
        test::writeFile(QFileInfo(path).absolutePath(), QStringLiteral(".env"),
                        QStringLiteral("STRATA_TST_UNSET=\nOTHER=1\n"));
        QVERIFY(!r->environment(QStringLiteral("dev"))->conninfo().ok());
    }

    void malformedDotEnvOnlyWhenNeeded() {
        QString path;
        const Result<ProjectConfig> r =
            loadText(QStringLiteral("[environments.a]\nurl = \"service=a\"\n[environments.b]\n"
                                    "url = \"${STRATA_TST_B}\"\n"),
                     &path);
        QVERIFY(r.ok());
        const QString env = test::writeFile(QFileInfo(path).absolutePath(), QStringLiteral(".env"),
                                            QStringLiteral("OK=1\nthis is not an assignment\n"));
        QVERIFY(r->environment(QStringLiteral("a"))->conninfo().ok());
        const Result<QString> c = r->environment(QStringLiteral("b"))->conninfo();
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, ErrorCode::Parse);
        QCOMPARE(c.error().file, env);
        QCOMPARE(c.error().line, 2);
        // The process environment is consulted first, so the broken .env is not even read.
        qputenv("STRATA_TST_B", "service=b");
        QCOMPARE(*r->environment(QStringLiteral("b"))->conninfo(), QStringLiteral("service=b"));
    }

    void shadowUrlExpansion() {
        QString path;
        const Result<ProjectConfig> r =
            loadText(QStringLiteral("[project]\nshadow_url = \"${STRATA_TST_C}\"\n"), &path);
        QVERIFY(r.ok());
        const Result<QString> missing = r->shadowConninfo();
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().line, 2);
        QVERIFY(missing.error().message.startsWith(QStringLiteral("project.shadow_url: ")));
        qputenv("STRATA_TST_C", "postgresql+asyncpg://s@h/shadow");
        QCOMPARE(*r->shadowConninfo(), QStringLiteral("postgresql://s@h/shadow"));
    }

    void displayUrlRedacts() {
        const Result<ProjectConfig> r = loadText(
            QStringLiteral("[environments.dev]\nurl = \"postgresql://app:hunter2@db/app\"\n"));
        QVERIFY(r.ok());
        const Environment& dev = r->environments().at(0);
        QCOMPARE(dev.displayUrl(), QStringLiteral("postgresql://app:***@db/app"));
        QVERIFY(!dev.displayUrl().contains(QStringLiteral("hunter2")));
    }

    void findProjectFile() {
        QTemporaryDir tmp;
        const QString root = QDir(tmp.path()).canonicalPath();
        const QString toml = test::writeFile(root, QStringLiteral("proj/strata.toml"),
                                             QStringLiteral("[project]\n"));
        QDir().mkpath(root + QStringLiteral("/proj/versions/deep/er"));
        test::writeFile(root, QStringLiteral("proj/versions/0001_init.sql"), QStringLiteral("--"));

        // The directory itself.
        QCOMPARE(*ProjectConfig::findProjectFile(root + QStringLiteral("/proj")), toml);
        // A trailing slash and a non-clean path.
        QCOMPARE(*ProjectConfig::findProjectFile(root + QStringLiteral("/proj/versions/../")),
                 toml);
        // Upwards from a subdirectory.
        QCOMPARE(*ProjectConfig::findProjectFile(root + QStringLiteral("/proj/versions/deep/er")),
                 toml);
        // The file itself, and a file inside the project.
        QCOMPARE(*ProjectConfig::findProjectFile(toml), toml);
        QCOMPARE(
            *ProjectConfig::findProjectFile(root + QStringLiteral("/proj/versions/0001_init.sql")),
            toml);
        // Another toml file given directly.
        const QString other =
            test::writeFile(root, QStringLiteral("elsewhere/ci.toml"), QStringLiteral(""));
        QCOMPARE(*ProjectConfig::findProjectFile(other), other);

        // The nearest one wins.
        const QString inner =
            test::writeFile(root, QStringLiteral("proj/versions/strata.toml"), QStringLiteral(""));
        QCOMPARE(*ProjectConfig::findProjectFile(root + QStringLiteral("/proj/versions/deep")),
                 inner);

        // Relative to the current directory.
        const QString cwd = QDir::currentPath();
        QDir::setCurrent(root + QStringLiteral("/proj/versions/deep/er"));
        const Result<QString> fromCwd = ProjectConfig::findProjectFile(QString());
        const Result<QString> fromDot = ProjectConfig::findProjectFile(QStringLiteral("."));
        QDir::setCurrent(cwd);
        QCOMPARE(*fromCwd, inner);
        QCOMPARE(*fromDot, inner);

        // None anywhere above (assumes no strata.toml in the temporary folder's parents).
        const QString lonely = root + QStringLiteral("/elsewhere");
        const Result<QString> none = ProjectConfig::findProjectFile(lonely);
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, ErrorCode::NotFound);
        QCOMPARE(none.error().message,
                 QStringLiteral("no strata.toml or alembic.ini in %1 or any parent").arg(lonely));

        const Result<QString> missing =
            ProjectConfig::findProjectFile(root + QStringLiteral("/no/such/dir"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }

    void loadMissingFile() {
        QTemporaryDir tmp;
        const Result<ProjectConfig> r =
            ProjectConfig::load(tmp.filePath(QStringLiteral("strata.toml")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::NotFound);
    }

    void sampleProject() {
        const Result<ProjectConfig> r = ProjectConfig::load(test::sampleProjectDir());
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->environmentNames(), (QStringList{QStringLiteral("dev"), QStringLiteral("test"),
                                                     QStringLiteral("prod")}));
        QVERIFY(r->environment(QStringLiteral("prod"))->isProtected);
        QCOMPARE(r->environment(QStringLiteral("prod"))->lockTimeoutMs, qint64(5000));
    }
};

QTEST_GUILESS_MAIN(TestProjectConfig)
#include "tst_projectconfig.moc"
