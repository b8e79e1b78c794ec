// [groups.NAME] of strata.toml: static and discovered groups, their checks (file:line), their
// members and what they inherit, and the {column} URL template.
#include "config/EnvironmentGroup.h"
#include "config/ProjectConfig.h"

#include <QTest>

using namespace strata;

namespace {

const char* const kEnvironments = // lines 1-12
    "[environments.eu_1]\n"
    "url = \"postgresql://app@eu1/app\"\n"
    "[environments.eu_2]\n"
    "url = \"postgresql://app@eu2/app\"\n"
    "lock_timeout = \"9s\"\n"
    "[environments.tenant_a]\n"
    "url = \"postgresql://app@t/a\"\n"
    "[environments.tenant_b]\n"
    "url = \"postgresql://app@t/b\"\n"
    "protected = true\n"
    "[environments.catalog]\n"
    "url = \"postgresql://app@t/postgres\"\n";

Result<ProjectConfig> load(const QString& groups) {
    return ProjectConfig::fromText(QByteArray(kEnvironments) + groups.toUtf8(),
                                   QStringLiteral("/p/strata.toml"));
}

QStringList names(const QList<Environment>& members) {
    QStringList out;
    for (const Environment& e : members)
        out << e.name;
    return out;
}

} // namespace

class TestEnvironmentGroup : public QObject {
    Q_OBJECT

private slots:
    void staticMembers_data() {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("names in the order written")
            << "\"eu_2\", \"eu_1\"" << QStringList{"eu_2", "eu_1"};
        QTest::newRow("a pattern in file order")
            << "\"tenant_*\"" << QStringList{"tenant_a", "tenant_b"};
        QTest::newRow("each member once")
            << "\"eu_*\", \"eu_1\", \"?u_2\"" << QStringList{"eu_1", "eu_2"};
        QTest::newRow("a pattern matching nothing") << "\"eu_1\", \"zz*\"" << QStringList{"eu_1"};
        QTest::newRow("character class") << "\"tenant_[b]\"" << QStringList{"tenant_b"};
    }
    void staticMembers() {
        QFETCH(QString, list);
        QFETCH(QStringList, expected);
        Result<ProjectConfig> config =
            load(QStringLiteral("[groups.g]\nenvironments = [%1]\n").arg(list));
        QVERIFY2(config, qPrintable(config ? QString() : config.error().toString()));
        const EnvironmentGroup* g = config->group(QStringLiteral("g"));
        QVERIFY(g);
        QVERIFY(!g->isDiscovered());
        QCOMPARE(names(g->staticMembers(config->environments())), expected);
    }

    void inheritance() {
        Result<ProjectConfig> config = load(QStringLiteral("[groups.eu]\n"
                                                           "environments = [\"eu_*\"]\n"
                                                           "protected = true\n"
                                                           "lock_timeout = \"3s\"\n"
                                                           "statement_timeout = \"1min\"\n"
                                                           "backup = true\n"
                                                           "description = \"Europe\"\n"));
        QVERIFY2(config, qPrintable(config ? QString() : config.error().toString()));
        const QList<Environment> members =
            config->group(QStringLiteral("eu"))->staticMembers(config->environments());
        QCOMPARE(members.size(), 2);
        for (const Environment& m : members) {
            QVERIFY(m.isProtected);
            QVERIFY(m.backup);
            QCOMPARE(m.statementTimeoutMs, 60000);
            QCOMPARE(m.description, QStringLiteral("Europe"));
        }
        QCOMPARE(members.at(0).lockTimeoutMs, 3000); // the group's
        QCOMPARE(members.at(1).lockTimeoutMs, 9000); // eu_2's own wins
        // The environments themselves are unchanged.
        QVERIFY(!config->environment(QStringLiteral("eu_1"))->isProtected);
    }

    void discovered() {
        Result<ProjectConfig> config =
            load(QStringLiteral("[groups.tenants]\n"
                                "discover = \"SELECT datname, host FROM tenants\"\n"
                                "from = \"catalog\"\n"
                                "url = \"postgresql://app:${PW}@{host}/{datname}\"\n"
                                "protected = true\n"
                                "statement_timeout = \"10s\"\n"));
        QVERIFY2(config, qPrintable(config ? QString() : config.error().toString()));
        const EnvironmentGroup* g = config->group(QStringLiteral("tenants"));
        QVERIFY(g && g->isDiscovered());
        QCOMPARE(g->from, QStringLiteral("catalog"));
        QCOMPARE(g->line, 13);
        QCOMPARE(g->urlLine, 16);
        Result<Environment> m =
            g->member(QStringLiteral("t 1"), {QStringLiteral("datname"), QStringLiteral("host")},
                      {QStringLiteral("t 1"), QStringLiteral("db.internal")}, {false, false});
        QVERIFY(m);
        QCOMPARE(m->name, QStringLiteral("t 1"));
        QCOMPARE(m->url, QStringLiteral("postgresql://app:${PW}@db.internal/t%201"));
        QVERIFY(m->isProtected);
        QCOMPARE(m->statementTimeoutMs, 10000);
        // A NULL the template needs.
        Result<Environment> bad =
            g->member(QStringLiteral("x"), {QStringLiteral("datname"), QStringLiteral("host")},
                      {QStringLiteral("x"), QString()}, {false, true});
        QVERIFY(!bad);
        QCOMPARE(bad.error().line, 16);
        QVERIFY2(bad.error().message.contains(QStringLiteral("NULL in column host")),
                 qPrintable(bad.error().message));
        QCOMPARE(config->requireGroup(QStringLiteral("tenant")).error().message,
                 QStringLiteral("unknown group 'tenant' (known: tenants)"));
    }

    void errors_data() {
        QTest::addColumn<QString>("groups");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown environment")
            << "[groups.eu]\nenvironments = [\"eu_1\", \"eu_3\"]\n"
            << 14 << "groups.eu.environments: unknown environment 'eu_3' (did you mean 'eu_1'?)";
        QTest::newRow("empty list") << "[groups.eu]\nenvironments = []\n"
                                    << 14
                                    << "groups.eu.environments must be a non-empty array of "
                                       "environment names";
        QTest::newRow("not a table") << "[groups]\neu = 3\n"
                                     << 14 << "groups.eu must be a table ([groups.eu])";
        QTest::newRow("unknown key") << "[groups.eu]\nenvironments = [\"eu_1\"]\nprotcted = true\n"
                                     << 15
                                     << "unknown key 'groups.eu.protcted' (did you mean "
                                        "'protected'?)";
        QTest::newRow("neither") << "[groups.eu]\nprotected = true\n"
                                 << 13
                                 << "groups.eu needs environments = [...] or discover = \"SELECT "
                                    "...\"";
        QTest::newRow("both")
            << "[groups.eu]\nenvironments = [\"eu_1\"]\ndiscover = \"SELECT 1\"\n"
            << 14
            << "groups.eu: a group lists environments or discovers them (discover, from, url), "
               "not both";
        QTest::newRow("no from") << "[groups.t]\ndiscover = \"SELECT 1\"\nurl = \"x\"\n"
                                 << 14
                                 << "groups.t.from is missing: the environment discover runs on";
        QTest::newRow("unknown from")
            << "[groups.t]\ndiscover = \"SELECT 1\"\nfrom = \"cat\"\nurl = \"x\"\n"
            << 15
            << "groups.t.from: unknown environment 'cat' (known: eu_1, eu_2, tenant_a, "
               "tenant_b, catalog)";
        QTest::newRow("no url") << "[groups.t]\ndiscover = \"SELECT 1\"\nfrom = \"catalog\"\n"
                                << 14
                                << "groups.t.url is missing: the members' URL, with {column} "
                                   "filled from each row of discover";
        QTest::newRow("open brace")
            << "[groups.t]\ndiscover = \"SELECT 1\"\nfrom = \"catalog\"\nurl = \"x/{db\"\n"
            << 16 << "groups.t.url: '{' at character 3 opens no {column} (write {{ for a brace)";
        QTest::newRow("bad variable")
            << "[groups.t]\ndiscover = \"SELECT 1\"\nfrom = \"catalog\"\nurl = \"${X\"\n"
            << 16 << "groups.t.url: unterminated '${' in '${X'";
        QTest::newRow("name of an environment") << "[groups.eu_1]\nenvironments = [\"eu_2\"]\n"
                                                << 13
                                                << "group 'eu_1' has the name of an environment: "
                                                   "rename one";
        QTest::newRow("bad name") << "[groups.\"e u\"]\nenvironments = [\"eu_2\"]\n"
                                  << 13
                                  << "group name 'e u' is not valid (use letters, digits, '_', "
                                     "'-' and '.')";
        QTest::newRow("bad timeout") << "[groups.eu]\nenvironments = [\"eu_1\"]\nlock_timeout = "
                                        "\"soon\"\n"
                                     << 15 << "groups.eu.lock_timeout: ";
    }
    void errors() {
        QFETCH(QString, groups);
        QFETCH(int, line);
        QFETCH(QString, message);
        Result<ProjectConfig> config = load(groups);
        QVERIFY(!config);
        QCOMPARE(config.error().code, ErrorCode::Config);
        QCOMPARE(config.error().file, QStringLiteral("/p/strata.toml"));
        QCOMPARE(config.error().line, line);
        QVERIFY2(config.error().message.startsWith(message), qPrintable(config.error().message));
    }

    void fill_data() {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("expected");
        QTest::newRow("uri") << "postgresql://app@h/{db}"
                             << "postgresql://app@h/ten%2Fant%201";
        QTest::newRow("variables kept")
            << "postgres://${U}:${P:-x}@{host}:5432/{db}?sslmode=require"
            << "postgres://${U}:${P:-x}@h.example:5432/ten%2Fant%201?"
               "sslmode=require";
        QTest::newRow("conninfo quotes") << "host={host} dbname={db}"
                                         << "host=h.example dbname='ten/ant 1'";
        QTest::newRow("braces") << "host=x dbname={{{db}}}"
                                << "host=x dbname={'ten/ant 1'}";
    }
    void fill() {
        QFETCH(QString, pattern);
        QFETCH(QString, expected);
        const QHash<QString, QString> row{{QStringLiteral("db"), QStringLiteral("ten/ant 1")},
                                          {QStringLiteral("host"), QStringLiteral("h.example")}};
        Result<QString> filled = EnvironmentGroup::fill(pattern, row);
        QVERIFY2(filled, qPrintable(filled ? QString() : filled.error().message));
        QCOMPARE(*filled, expected);
        Result<QString> unknown = EnvironmentGroup::fill(QStringLiteral("x/{dbname}"), row);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().message,
                 QStringLiteral("{dbname} is not a column of the discover query (columns: db, "
                                "host)"));
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentGroup)
#include "tst_environmentgroup.moc"
