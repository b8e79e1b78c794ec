#include "SandboxDatabase.h"
#include "db/Connection.h"
#include "schema/CompletionCatalog.h"

#include <QTest>

using namespace strata;
using namespace strata::test;

class TestCompletionCatalog : public QObject {
    Q_OBJECT

private slots:
    void tableAppearsWithColumns();
    void unreachableIsAnError();
    void environmentThroughConnector();
};

void TestCompletionCatalog::tableAppearsWithColumns() {
    SandboxDatabase db(QStringLiteral("catalog"));
    auto conn = db.connect();
    QVERIFY2(conn, describe(conn).constData());
    for (const char* sql : {
             "CREATE SCHEMA audit",
             "CREATE TABLE public.documents (id bigserial PRIMARY KEY, title text NOT NULL, "
             "dropped int, path varchar(200))",
             "ALTER TABLE public.documents DROP COLUMN dropped",
             "CREATE TABLE audit.events (at timestamptz, payload jsonb)",
             "CREATE VIEW public.titles AS SELECT title FROM public.documents",
             "CREATE TYPE public.mood AS ENUM ('sad', 'ok')",
             "CREATE FUNCTION public.strata_answer() RETURNS int LANGUAGE sql AS 'SELECT 42'",
         }) {
        auto r = (*conn)->exec(QString::fromLatin1(sql));
        QVERIFY2(r, describe(r).constData());
    }

    auto catalog = CompletionCatalog::load(db.url());
    QVERIFY2(catalog, describe(catalog).constData());
    QVERIFY(catalog->schemas.contains(QStringLiteral("audit")));
    QVERIFY(catalog->schemas.contains(QStringLiteral("public")));

    const CompletionCatalog::Table* documents = catalog->table({}, QStringLiteral("documents"));
    QVERIFY(documents);
    QCOMPARE(documents->schema, QStringLiteral("public"));
    QCOMPARE(documents->kind, 'r');
    QStringList names, types;
    for (const auto& c : documents->columns) {
        names << c.name;
        types << c.type;
    }
    QCOMPARE(names,
             (QStringList{QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("path")}));
    QCOMPARE(types, (QStringList{QStringLiteral("bigint"), QStringLiteral("text"),
                                 QStringLiteral("character varying(200)")}));

    const CompletionCatalog::Table* events =
        catalog->table(QStringLiteral("audit"), QStringLiteral("events"));
    QVERIFY(events);
    QCOMPARE(events->columns.size(), 2);
    QCOMPARE(catalog->tablesIn(QStringLiteral("audit")).size(), 1);
    const CompletionCatalog::Table* view = catalog->table({}, QStringLiteral("titles"));
    QVERIFY(view);
    QCOMPARE(view->kind, 'v');
    QVERIFY(!catalog->table({}, QStringLiteral("pg_class"))); // system tables stay out

    QVERIFY(catalog->types.contains(QStringLiteral("mood")));
    QVERIFY(catalog->types.contains(QStringLiteral("int4")));
    QVERIFY(catalog->functions.contains(QStringLiteral("strata_answer")));
    QVERIFY(catalog->functions.contains(QStringLiteral("now")));
}

void TestCompletionCatalog::unreachableIsAnError() {
    auto catalog = CompletionCatalog::load(
        QStringLiteral("postgresql://postgres@127.0.0.1:1/nowhere?connect_timeout=2"));
    QVERIFY(!catalog);
    QCOMPARE(catalog.error().code, ErrorCode::Connection);
}

// An environment's catalog is opened through EnvironmentConnector: ${VAR} in its URL is
// expanded, a failure names the environment, and no password is ever printed.
void TestCompletionCatalog::environmentThroughConnector() {
    SandboxDatabase db(QStringLiteral("catalog_env"));
    {
        auto conn = db.connect();
        QVERIFY2(conn, describe(conn).constData());
        QVERIFY((*conn)->exec(QStringLiteral("CREATE TABLE gadgets (id int)")).ok());
    }
    qputenv("TST_CATALOG_URL", db.url().toUtf8());
    Environment env;
    env.name = QStringLiteral("dev");
    env.url = QStringLiteral("${TST_CATALOG_URL}");
    auto catalog = CompletionCatalog::load(env);
    QVERIFY2(catalog, describe(catalog).constData());
    QVERIFY(catalog->table({}, QStringLiteral("gadgets")));

    Environment down;
    down.name = QStringLiteral("staging");
    down.url = QStringLiteral("postgresql://app:s3cret@127.0.0.1:1/nowhere");
    down.password = QStringLiteral("typed-secret");
    auto failed = CompletionCatalog::load(down);
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, ErrorCode::Connection);
    QVERIFY2(failed.error().message.contains(QLatin1String("environment 'staging'")),
             qPrintable(failed.error().message));
    QVERIFY(!failed.error().message.contains(QLatin1String("s3cret")));
    QVERIFY(!failed.error().message.contains(QLatin1String("typed-secret")));
}

QTEST_GUILESS_MAIN(TestCompletionCatalog)
#include "tst_completioncatalog.moc"
