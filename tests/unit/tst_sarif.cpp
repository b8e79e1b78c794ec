// `strata lint --sarif` against the official SARIF 2.1.0 schema (OASIS sarif-2.1.0-rtm.5, from
// the npm package @microsoft/jest-sarif that scripts/deps fetches into its cache) with Debian's
// python3-jsonschema. Fails, never skips, when either is missing: run scripts/deps.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace strata::test;

namespace {

// Where scripts/deps puts the schema ($STRATA_DEPS_CACHE, else
// ${XDG_CACHE_HOME:-~/.cache}/strata/deps).
QString schemaPath() {
    QString cache = qEnvironmentVariable("STRATA_DEPS_CACHE");
    if (cache.isEmpty()) {
        const QString xdg = qEnvironmentVariable("XDG_CACHE_HOME");
        cache = (xdg.isEmpty() ? QDir::homePath() + QStringLiteral("/.cache") : xdg) +
                QStringLiteral("/strata/deps");
    }
    return cache +
           QStringLiteral("/jest-sarif-1.0.0-beta.0/package/lib/schemas/sarif-2.1.0-rtm.5.json");
}

// Validates `document` with jsonschema: "" when valid, else the validator's messages.
QString validate(const QJsonObject& document, bool* ran) {
    *ran = false;
    QTemporaryDir dir;
    const QString file = writeFile(dir.path(), QStringLiteral("log.sarif"),
                                   QString::fromUtf8(QJsonDocument(document).toJson()));
    static const char* const script =
        "import json, sys\n"
        "try:\n"
        "    import jsonschema\n"
        "except ImportError:\n"
        "    sys.exit(2)\n"
        "schema = json.load(open(sys.argv[1]))\n"
        "doc = json.load(open(sys.argv[2]))\n"
        "cls = jsonschema.validators.validator_for(schema)\n"
        "errors = list(cls(schema).iter_errors(doc))\n"
        "for e in errors:\n"
        "    print('/'.join(str(p) for p in e.absolute_path) + ': ' + e.message)\n"
        "sys.exit(1 if errors else 0)\n";
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"), QString::fromLatin1(script), schemaPath(), file});
    if (!python.waitForFinished(120000) || python.exitStatus() != QProcess::NormalExit)
        return QStringLiteral("python3 did not finish");
    if (python.exitCode() == 2)
        return QStringLiteral("python3-jsonschema is missing: run scripts/deps");
    *ran = true;
    return QString::fromUtf8(python.readAllStandardOutput() + python.readAllStandardError())
        .trimmed();
}

QString revisionText(const QString& id, const QString& parents, const QString& up,
                     const QString& down) {
    return QStringLiteral("-- Revision ID: %1\n-- Revises: %2\n-- Message: rev %1\n\n"
                          "-- migrate:upgrade\n%3\n\n-- migrate:downgrade\n%4\n")
        .arg(id, parents, up, down);
}

} // namespace

class TestSarif : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(QFile::exists(schemaPath()),
                 qPrintable(
                     QStringLiteral("no SARIF schema at %1: run scripts/deps").arg(schemaPath())));
    }

    // The sample project, a project with findings at every level and one that does not parse:
    // each log validates.
    void validatesAgainstSchema_data() {
        QTest::addColumn<QString>("project");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("results");
        QTest::newRow("sample") << QString() << 0 << -1;
        QTest::newRow("levels and a parse error") << QStringLiteral("fixture") << 1 << 2;
    }
    void validatesAgainstSchema() {
        QFETCH(QString, project);
        QFETCH(int, exitCode);
        QFETCH(int, results);
        QTemporaryDir dir;
        QStringList rules;
        if (project.isEmpty()) {
            project = sampleProjectDir();
        } else {
            writeFile(dir.path(), QStringLiteral("strata.toml"),
                      QStringLiteral("[project]\n\n[lint.levels]\n"
                                     "require-concurrent-index-creation = \"error\"\n"
                                     "require-concurrent-index-deletion = \"note\"\n"));
            writeFile(dir.path(), QStringLiteral("versions/a1 first.sql"),
                      revisionText(QStringLiteral("a1"), {},
                                   QStringLiteral("CREATE TABLE items (id int, x int);"),
                                   QStringLiteral("DROP TABLE items;")));
            writeFile(dir.path(), QStringLiteral("versions/b2.sql"),
                      revisionText(QStringLiteral("b2"), QStringLiteral("a1"),
                                   QStringLiteral("CREATE INDEX items_x ON items (x);"),
                                   QStringLiteral("DROP INDEX items_x;")));
            writeFile(dir.path(), QStringLiteral("versions/c3.sql"),
                      revisionText(QStringLiteral("c3"), QStringLiteral("b2"),
                                   QStringLiteral("CREATE TABLE (;"), QStringLiteral("SELECT 1;")));
            project = dir.path();
            // Only the two rules the fixture is about (rules added later would add results).
            rules << QStringLiteral("--rule")
                  << QStringLiteral("require-concurrent-index-creation,"
                                    "require-concurrent-index-deletion");
        }
        const CliRun run = runCli(QStringList{QStringLiteral("lint"), QStringLiteral("--sarif"),
                                              QStringLiteral("--project"), project} +
                                  rules);
        QCOMPARE(run.exitCode, exitCode);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &parseError);
        QVERIFY2(doc.isObject(), qPrintable(parseError.errorString() + run.out));
        const QJsonObject log = doc.object();
        const QJsonObject firstRun = log.value(QStringLiteral("runs")).toArray().at(0).toObject();
        if (results >= 0)
            QCOMPARE(firstRun.value(QStringLiteral("results")).toArray().size(), results);
        else
            QVERIFY(!firstRun.value(QStringLiteral("results")).toArray().isEmpty());
        bool ran = false;
        const QString errors = validate(log, &ran);
        QVERIFY2(ran, qPrintable(errors));
        QVERIFY2(errors.isEmpty(), qPrintable(errors));

        // The validator does reject a log that breaks the schema (so the pass above means
        // something): a result level SARIF does not have.
        QJsonObject broken = log;
        QJsonArray runs = broken.value(QStringLiteral("runs")).toArray();
        QJsonObject r0 = runs.at(0).toObject();
        QJsonArray resultArray;
        resultArray.append(
            QJsonObject{{QStringLiteral("ruleId"), QStringLiteral("x")},
                        {QStringLiteral("level"), QStringLiteral("fatal")},
                        {QStringLiteral("message"),
                         QJsonObject{{QStringLiteral("text"), QStringLiteral("m")}}}});
        r0[QStringLiteral("results")] = resultArray;
        runs[0] = r0;
        broken[QStringLiteral("runs")] = runs;
        const QString brokenErrors = validate(broken, &ran);
        QVERIFY(ran);
        QVERIFY2(brokenErrors.contains(QStringLiteral("fatal")), qPrintable(brokenErrors));
    }
};

QTEST_GUILESS_MAIN(TestSarif)
#include "tst_sarif.moc"
