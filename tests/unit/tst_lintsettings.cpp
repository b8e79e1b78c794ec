// strata.toml's [lint] table: read and checked when the file loads (LintSettingsReader: keys,
// types, level names, at strata.toml:LINE), its rule ids checked against the registry
// (LintSettingsCheck), reported by `strata check` (ProjectCheck) and carried into an Alembic
// project that has a strata.toml beside its alembic.ini.
#include "Project.h"
#include "ProjectCheck.h"
#include "config/ProjectConfig.h"
#include "lint/LintSettingsCheck.h"

#include "TestSupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;

namespace {

const QString kPath = QStringLiteral("/projects/app/strata.toml");

Result<ProjectConfig> fromText(const QString& text) {
    return ProjectConfig::fromText(text.toUtf8(), kPath);
}

} // namespace

class TestLintSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultsWithoutTable() {
        const Result<ProjectConfig> config = fromText(QStringLiteral("[project]\n"));
        QVERIFY2(config, qPrintable(config ? QString() : config.error().toString()));
        const LintSettings& s = config->lintSettings();
        QCOMPARE(s.postgresMajor, 13);
        QVERIFY(s.disable.isEmpty());
        QVERIFY(s.levels.isEmpty());
        QVERIFY(LintSettingsCheck::check(s).isEmpty());
    }

    void readsEveryKeyWithItsLine() {
        const Result<ProjectConfig> config =
            fromText(QStringLiteral("[project]\n"                                        // 1
                                    "versions = \"versions\"\n"                          // 2
                                    "\n"                                                 // 3
                                    "[lint]\n"                                           // 4
                                    "postgres = 11\n"                                    // 5
                                    "disable = [\n"                                      // 6
                                    "  \"require-concurrent-index-deletion\",\n"         // 7
                                    "]\n"                                                // 8
                                    "\n"                                                 // 9
                                    "[lint.levels]\n"                                    // 10
                                    "require-concurrent-index-creation = \"Error\"\n")); // 11
        QVERIFY2(config, qPrintable(config ? QString() : config.error().toString()));
        const LintSettings& s = config->lintSettings();
        QCOMPARE(s.file, kPath);
        QCOMPARE(s.postgresMajor, 11);
        QCOMPARE(s.postgresLine, 5);
        QCOMPARE(s.disable, QStringList{QStringLiteral("require-concurrent-index-deletion")});
        QCOMPARE(s.disableLines, QList<int>{7});
        QCOMPARE(s.levels.value(QStringLiteral("require-concurrent-index-creation")),
                 QStringLiteral("error"));
        QCOMPARE(s.levelLines.value(QStringLiteral("require-concurrent-index-creation")), 11);
        QVERIFY(LintSettingsCheck::check(s).isEmpty());
    }

    // Loading fails on a wrong shape, naming the line, like every other key of strata.toml.
    void malformed_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown key") << "[lint]\ndisabel = []\n"
                                     << "strata.toml:2: unknown key 'lint.disabel' (did you "
                                        "mean 'disable'?)";
        QTest::newRow("unknown key far off") << "[lint]\nrules = []\n"
                                             << "strata.toml:2: unknown key 'lint.rules' "
                                                "(known: postgres, disable, levels)";
        QTest::newRow("not a table") << "lint = 3\n"
                                     << "strata.toml:1: lint must be a table ([lint])";
        QTest::newRow("postgres string")
            << "[lint]\npostgres = \"13\"\n"
            << "strata.toml:2: lint.postgres must be a PostgreSQL major version like 13 (an "
               "integer from 9 to 99)";
        QTest::newRow("postgres too old")
            << "[lint]\n\npostgres = 8\n"
            << "strata.toml:3: lint.postgres must be a PostgreSQL major version like 13 (an "
               "integer from 9 to 99)";
        QTest::newRow("disable string") << "[lint]\ndisable = \"x\"\n"
                                        << "strata.toml:2: lint.disable must be an array of "
                                           "rule ids";
        QTest::newRow("disable number") << "[lint]\ndisable = [\n  1,\n]\n"
                                        << "strata.toml:3: lint.disable must be an array of "
                                           "rule ids";
        QTest::newRow("disable empty id") << "[lint]\ndisable = [\" \"]\n"
                                          << "strata.toml:2: lint.disable must not contain an "
                                             "empty rule id";
        QTest::newRow("levels not a table") << "[lint]\nlevels = \"error\"\n"
                                            << "strata.toml:2: lint.levels must be a table "
                                               "([lint.levels])";
        QTest::newRow("level not a string")
            << "[lint.levels]\nrequire-concurrent-index-creation = 2\n"
            << "strata.toml:2: lint.levels.require-concurrent-index-creation must be a string: "
               "\"off\", \"note\", \"warning\" or \"error\"";
        QTest::newRow("level name")
            << "[lint]\n[lint.levels]\nrequire-concurrent-index-creation = \"fatal\"\n"
            << "strata.toml:3: lint.levels.require-concurrent-index-creation must be \"off\", "
               "\"note\", \"warning\" or \"error\", not \"fatal\"";
    }
    void malformed() {
        QFETCH(QString, text);
        QFETCH(QString, error);
        const Result<ProjectConfig> config = fromText(text);
        QVERIFY(!config);
        QCOMPARE(config.error().code, ErrorCode::Config);
        QCOMPARE(config.error().toString(), QStringLiteral("/projects/app/") + error);
    }

    // Rule ids are checked against the registry, each at its line, with a suggestion.
    void ruleIds_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("errors");
        QTest::newRow("known") << "[lint]\ndisable = [\"require-concurrent-index-deletion\"]\n"
                               << QStringList();
        QTest::newRow("typo in disable")
            << "[lint]\ndisable = [\n  \"require-concurrent-index-deletion\",\n"
               "  \"require-concurent-index-creation\",\n]\n"
            << QStringList{QStringLiteral(
                   "strata.toml:4: unknown lint rule 'require-concurent-index-creation' in "
                   "lint.disable (did you mean 'require-concurrent-index-creation'?)")};
        QTest::newRow("unknown in levels, no suggestion")
            << "[lint.levels]\nno-such-rule = \"off\"\n"
            << QStringList{QStringLiteral(
                   "strata.toml:2: unknown lint rule 'no-such-rule' in lint.levels")};
        QTest::newRow("both, in file order")
            << "[lint]\ndisable = [\"zzz\"]\n[lint.levels]\nrequire-concurrent-index-deletio = "
               "\"note\"\n"
            << QStringList{
                   QStringLiteral("strata.toml:2: unknown lint rule 'zzz' in lint.disable"),
                   QStringLiteral(
                       "strata.toml:4: unknown lint rule 'require-concurrent-index-deletio' "
                       "in lint.levels (did you mean 'require-concurrent-index-deletion'?)")};
    }
    void ruleIds() {
        QFETCH(QString, text);
        QFETCH(QStringList, errors);
        const Result<ProjectConfig> config = fromText(text);
        QVERIFY2(config, qPrintable(config ? QString() : config.error().toString()));
        QStringList expected;
        for (const QString& e : errors)
            expected << QStringLiteral("/projects/app/") + e;
        QCOMPARE(test::errorTexts(LintSettingsCheck::check(config->lintSettings())), expected);
    }

    // `strata check` (ProjectCheck) lists a bad rule id as a problem; the project still opens.
    void projectCheckReportsUnknownRules() {
        QTemporaryDir dir;
        test::writeFile(dir.path(), QStringLiteral("strata.toml"),
                        QStringLiteral("[project]\nversions = \"versions\"\n\n[lint]\n"
                                       "disable = [\"require-concurrent-index-creaton\"]\n"));
        QDir(dir.path()).mkpath(QStringLiteral("versions"));
        const Result<Project> project = Project::open(dir.path());
        QVERIFY2(project, qPrintable(project ? QString() : project.error().toString()));
        const QStringList problems = test::errorTexts(ProjectCheck::run(*project).problems);
        QCOMPARE(problems, QStringList{QDir(dir.path()).filePath(QStringLiteral("strata.toml")) +
                                       QStringLiteral(
                                           ":5: unknown lint rule "
                                           "'require-concurrent-index-creaton' in lint.disable "
                                           "(did you mean 'require-concurrent-index-creation'?)")});
    }

    // An Alembic project with a strata.toml beside alembic.ini takes [lint] from strata.toml.
    void alembicProjectReadsStrataToml() {
        QTemporaryDir dir;
        test::writeFile(dir.path(), QStringLiteral("alembic.ini"),
                        QStringLiteral("[alembic]\nscript_location = %(here)s/migrations\n"));
        QDir(dir.path()).mkpath(QStringLiteral("migrations/versions"));
        test::writeFile(dir.path(), QStringLiteral("strata.toml"),
                        QStringLiteral("[project]\nalembic = \"alembic.ini\"\n\n[lint]\n"
                                       "postgres = 15\n[lint.levels]\nprefer-nothing = \"off\"\n"));
        const Result<Project> project = Project::open(dir.path());
        QVERIFY2(project, qPrintable(project ? QString() : project.error().toString()));
        QVERIFY(project->config().isAlembicProject());
        QCOMPARE(project->config().lintSettings().postgresMajor, 15);
        QCOMPARE(test::errorTexts(LintSettingsCheck::check(project->config().lintSettings())),
                 QStringList{QDir(dir.path()).filePath(QStringLiteral("strata.toml")) +
                             QStringLiteral(":7: unknown lint rule 'prefer-nothing' in "
                                            "lint.levels")});
    }
};

QTEST_GUILESS_MAIN(TestLintSettings)
#include "tst_lintsettings.moc"
