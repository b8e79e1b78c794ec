#include "TestSupport.h"
#include "config/IdFormat.h"
#include "config/ProjectConfig.h"
#include "revision/RevisionIdRule.h"
#include "revision/RevisionWriter.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;

// The id rule of `strata revision`, `strata merge` and the studio's dialogs.
class TestRevisionIdRule : public QObject {
    Q_OBJECT

private slots:
    void next_data();
    void next();
    void randomWhenNothingToFollow_data();
    void randomWhenNothingToFollow();
    void badFormats_data();
    void badFormats();
    void formatInStrataToml();
    void slug_data();
    void slug();
    void cliRevisionAndMerge_data();
    void cliRevisionAndMerge();
};

namespace {
const QDateTime kNow(QDate(2026, 12, 1), QTime(17, 5, 9));
}

void TestRevisionIdRule::next_data() {
    QTest::addColumn<QStringList>("existing");
    QTest::addColumn<QString>("format"); // id_format; empty = auto
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("expected");

    const QStringList sample = {"0001_init_schema", "0002_add_chunk_embeddings",
                                "0003_add_search_indexes"};
    QTest::newRow("seq follows the sample") << sample << ""
                                            << "add users"
                                            << "0004_add_users";
    QTest::newRow("seq with gaps: after the highest")
        << QStringList{"0001_a", "0002_b", "0006_c"} << ""
        << "next one"
        << "0007_next_one";
    QTest::newRow("seq width as written") << QStringList{"001_a", "002_b"} << ""
                                          << "x"
                                          << "003_x";
    QTest::newRow("seq unpadded") << QStringList{"1_a", "2_b", "9_c"} << ""
                                  << "x"
                                  << "10_x";
    QTest::newRow("seq beyond its width") << QStringList{"99_a", "98_b"} << ""
                                          << "x"
                                          << "100_x";
    QTest::newRow("seq without slugs") << QStringList{"0001", "0002"} << ""
                                       << "add x"
                                       << "0003";
    QTest::newRow("mixed ids: numbered wins")
        << QStringList{"0001_init", "0002_b", "ae1027a6acf0", "0004_d"} << ""
        << "merge heads"
        << "0005_merge_heads";
    QTest::newRow("empty message: no dangling _") << sample << ""
                                                  << ""
                                                  << "0004";
    QTest::newRow("slug shortened to 32") << sample << ""
                                          << "a very long message that goes on and on and on"
                                          << "0004_a_very_long_message_that_go";
    QTest::newRow("dated with time") << QStringList{"20250926_1015_init", "20251003_0900_add"} << ""
                                     << "add users"
                                     << "20261201_1705_add_users";
    QTest::newRow("dated with seconds, no separator") << QStringList{"20250926101500_init"} << ""
                                                      << "add"
                                                      << "20261201170509_add";
    QTest::newRow("dated, day only") << QStringList{"20250926_init", "20251001_more"} << ""
                                     << "add users"
                                     << "20261201_add_users";
    QTest::newRow("dated, taken: a suffix") << QStringList{"20261201_add_users"} << ""
                                            << "add users"
                                            << "20261201_add_users_2";
    QTest::newRow("id_format seq")
        << QStringList{"ae1027a6acf0", "1975ea83b712"} << "{seq:04}_{slug}"
        << "add users"
        << "0001_add_users";
    QTest::newRow("id_format seq counts its own ids")
        << QStringList{"0001_a", "ae1027a6acf0", "0012_b"} << "{seq:04}_{slug}"
        << "c"
        << "0013_c";
    QTest::newRow("id_format with a prefix") << QStringList{"v1_a", "v2_b"} << "v{seq}_{slug}"
                                             << "c"
                                             << "v3_c";
    QTest::newRow("id_format dated") << QStringList{"0001_a"} << "{date:yyyyMMdd}_{slug}"
                                     << "Thêm bảng"
                                     << "20261201_them_bang";
    QTest::newRow("id_format date and time") << QStringList{} << "{date}{time}"
                                             << "whatever"
                                             << "20261201170509";
}

void TestRevisionIdRule::next() {
    QFETCH(QStringList, existing);
    QFETCH(QString, format);
    QFETCH(QString, message);
    QFETCH(QString, expected);
    const Result<IdFormat> parsed = IdFormat::parse(format);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
    const RevisionIdRule rule(*parsed, existing);
    const QString id = rule.next(message, kNow);
    QCOMPARE(id, expected);
    QVERIFY(RevisionWriter::validateId(id).ok());
    QVERIFY(!existing.contains(id));
}

void TestRevisionIdRule::randomWhenNothingToFollow_data() {
    QTest::addColumn<QStringList>("existing");
    QTest::addColumn<QString>("format");
    QTest::newRow("no revisions yet") << QStringList{} << "";
    QTest::newRow("Alembic's random ids")
        << QStringList{"ae1027a6acf0", "1975ea83b712", "0001_x"} << "";
    QTest::newRow("not a date: random") << QStringList{"99999999_x", "abc", "def"} << "";
    QTest::newRow("id_format hex12") << QStringList{"0001_a", "0002_b"} << "hex12";
    QTest::newRow("id_format auto") << QStringList{"ae1027a6acf0"} << "auto";
}

void TestRevisionIdRule::randomWhenNothingToFollow() {
    QFETCH(QStringList, existing);
    QFETCH(QString, format);
    const RevisionIdRule rule(*IdFormat::parse(format), existing);
    QVERIFY(rule.isRandom());
    QCOMPARE(rule.pattern(), QStringLiteral("{hex:12}"));
    const QString a = rule.next(QStringLiteral("add users"), kNow);
    const QString b = rule.next(QStringLiteral("add users"), kNow);
    static const QRegularExpression hex12(QStringLiteral("^[0-9a-f]{12}$"));
    QVERIFY2(hex12.match(a).hasMatch(), qPrintable(a));
    QVERIFY(a != b);
}

void TestRevisionIdRule::badFormats_data() {
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown placeholder") << "{num}_{slug}"
                                         << "unknown placeholder {num}";
    QTest::newRow("no varying part") << "{slug}"
                                     << "needs {seq}, {date}, {time} or {hex}";
    QTest::newRow("dash") << "{seq}-{slug}"
                          << "'-' cannot be in a revision id";
    QTest::newRow("unclosed") << "{seq"
                              << "never closed";
    QTest::newRow("bad date") << "{date:yyyy-MM}"
                              << "{date:yyyy-MM}";
    QTest::newRow("hex too short") << "hex2"
                                   << "from 4 to 32";
}

void TestRevisionIdRule::badFormats() {
    QFETCH(QString, format);
    QFETCH(QString, error);
    const Result<IdFormat> parsed = IdFormat::parse(format);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.startsWith(QLatin1String("project.id_format: ")),
             qPrintable(parsed.error().message));
    QVERIFY2(parsed.error().message.contains(error), qPrintable(parsed.error().message));
}

void TestRevisionIdRule::formatInStrataToml() {
    const auto config = ProjectConfig::fromText("[project]\nid_format = \"{seq:03}_{slug}\"\n",
                                                QStringLiteral("/tmp/p/strata.toml"));
    QVERIFY(config.ok());
    QCOMPARE(config->idFormat().toString(), QStringLiteral("{seq:03}_{slug}"));
    const RevisionIdRule rule = RevisionIdRule::forProject(*config, {"001_a"});
    QCOMPARE(rule.next(QStringLiteral("b")), QStringLiteral("002_b"));

    const auto bad = ProjectConfig::fromText("[project]\n\nid_format = \"{seq}-x\"\n",
                                             QStringLiteral("/tmp/p/strata.toml"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().line, 3);
    QVERIFY(bad.error().message.contains(QLatin1String("project.id_format")));
}

void TestRevisionIdRule::slug_data() {
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("max");
    QTest::addColumn<QString>("expected");
    QTest::newRow("words") << "Add users table" << 32 << "add_users_table";
    QTest::newRow("punctuation runs")
        << "index: (a, b) -- concurrently!" << 32 << "index_a_b_concurrently";
    QTest::newRow("accents fold") << "Tiếng Việt" << 32 << "tieng_viet";
    QTest::newRow("cut, no trailing _") << "add users table" << 10 << "add_users";
    QTest::newRow("nothing left") << "!!!" << 32 << "";
}

void TestRevisionIdRule::slug() {
    QFETCH(QString, message);
    QFETCH(int, max);
    QFETCH(QString, expected);
    QCOMPARE(RevisionIdRule::slug(message, max), expected);
}

// `strata revision` and `strata merge` without --rev-id follow the same rule.
void TestRevisionIdRule::cliRevisionAndMerge_data() {
    QTest::addColumn<QString>("toml");
    QTest::addColumn<QString>("revision"); // regular expressions of the files written
    QTest::addColumn<QString>("branch");
    QTest::addColumn<QString>("merge");
    QTest::newRow("the sample's numbering") << ""
                                            << "^0005_add_users\\.sql$"
                                            << "^0006_side_branch\\.sql$"
                                            << "^0007_join\\.sql$";
    QTest::newRow("id_format hex12") << "[project]\nid_format = \"hex12\"\n"
                                     << "^[0-9a-f]{12}\\.sql$"
                                     << "^[0-9a-f]{12}\\.sql$"
                                     << "^[0-9a-f]{12}\\.sql$";
}

void TestRevisionIdRule::cliRevisionAndMerge() {
    QFETCH(QString, toml);
    QFETCH(QString, revision);
    QFETCH(QString, branch);
    QFETCH(QString, merge);
    QTemporaryDir dir;
    test::copySampleProject(dir.path(), toml);
    const QDir versions(dir.filePath(QStringLiteral("versions")));
    const auto written = [&versions](const QStringList& before) {
        QStringList now = versions.entryList({QStringLiteral("*.sql")}, QDir::Files);
        for (const QString& f : before)
            now.removeAll(f);
        return now.size() == 1 ? now.first() : now.join(QLatin1Char(','));
    };
    struct Step {
        QStringList args;
        QString expected;
    };
    const QList<Step> steps = {
        {{"revision", "-m", "add users"}, revision},
        {{"revision", "-m", "side branch", "--head", "0003_add_search_indexes", "--splice"},
         branch},
        {{"merge", "heads", "-m", "join"}, merge},
    };
    for (const Step& step : steps) {
        const QStringList before = versions.entryList({QStringLiteral("*.sql")}, QDir::Files);
        const test::CliRun run =
            test::runCli(QStringList{QStringLiteral("--project"), dir.path()} + step.args);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString file = written(before);
        QVERIFY2(QRegularExpression(step.expected).match(file).hasMatch(), qPrintable(file));
    }
}

QTEST_GUILESS_MAIN(TestRevisionIdRule)
#include "tst_revisionidrule.moc"
