// ServerDifference: which differences between two majors' snapshots are what the servers ship.
#include "schema/SchemaDiff.h"
#include "schema/ServerDifference.h"

#include <QTest>

using namespace strata;
using Change = SchemaDifference::Change;

namespace {

SchemaDifference changed(ObjectKind kind, const char* name,
                         std::initializer_list<std::array<const char*, 3>> attributes) {
    SchemaDifference d;
    d.kind = kind;
    d.name = QString::fromUtf8(name);
    d.change = Change::Changed;
    for (const auto& [attribute, before, after] : attributes)
        d.attributes.append({QString::fromUtf8(attribute),
                             before ? QString::fromUtf8(before) : QString(),
                             after ? QString::fromUtf8(after) : QString()});
    return d;
}

const char* const kOldPublicAcl = "=UC/postgres postgres=UC/postgres";
const char* const kNewPublicAcl = "=U/pg_database_owner pg_database_owner=UC/pg_database_owner";

} // namespace

class TestServerDifference : public QObject {
    Q_OBJECT

private slots:
    void rules_data() {
        QTest::addColumn<SchemaDifference>("difference");
        QTest::addColumn<int>("versionA");
        QTest::addColumn<int>("versionB");
        QTest::addColumn<bool>("server");
        using K = ObjectKind;
        const auto ext = changed(K::Extension, "pg_trgm",
                                 {{"version", "1.5", "1.6"},
                                  {"definition", "CREATE EXTENSION pg_trgm VERSION '1.5';",
                                   "CREATE EXTENSION pg_trgm VERSION '1.6';"}});
        QTest::newRow("extension version, 13 vs 16") << ext << 130023 << 160014 << true;
        QTest::newRow("extension version, same major") << ext << 160001 << 160014 << false;
        QTest::newRow("extension schema")
            << changed(K::Extension, "pg_trgm", {{"version", "1.5", "1.6"}, {"schema", "a", "b"}})
            << 130023 << 160014 << false;
        const auto pub = changed(
            K::Schema, "public",
            {{"acl", kOldPublicAcl, kNewPublicAcl}, {"owner", "postgres", "pg_database_owner"}});
        QTest::newRow("public schema defaults, 14 vs 15") << pub << 140023 << 150020 << true;
        QTest::newRow("public schema defaults, 15 vs 16") << pub << 150020 << 160014 << false;
        QTest::newRow("public schema granted by hand")
            << changed(K::Schema, "public",
                       {{"acl", kOldPublicAcl,
                         "=U/pg_database_owner app=U/pg_database_owner "
                         "pg_database_owner=UC/pg_database_owner"}})
            << 140023 << 150020 << false;
        QTest::newRow("another schema's owner")
            << changed(K::Schema, "app", {{"owner", "postgres", "pg_database_owner"}}) << 140023
            << 150020 << false;
        const auto maintain = changed(K::Table, "app.parent",
                                      {{"acl", "=r/postgres postgres=arwdDxt/postgres",
                                        "=r/postgres postgres=arwdDxtm/postgres"}});
        QTest::newRow("MAINTAIN, 16 vs 17") << maintain << 160014 << 170006 << true;
        QTest::newRow("MAINTAIN, 17 vs 18") << maintain << 170006 << 180004 << false;
        QTest::newRow("another privilege")
            << changed(K::Table, "app.parent",
                       {{"acl", "=r/postgres postgres=arwdDxt/postgres",
                         "=rw/postgres postgres=arwdDxtm/postgres"}})
            << 160014 << 170006 << false;
        QTest::newRow("acl and a real change")
            << changed(K::Table, "app.parent",
                       {{"acl", "=r/postgres postgres=arwdDxt/postgres",
                         "=r/postgres postgres=arwdDxtm/postgres"},
                        {"comment", nullptr, "x"}})
            << 160014 << 170006 << false;
        const auto named =
            changed(K::Column, "app.t.a",
                    {{"definition", "a integer NOT NULL", "a integer CONSTRAINT a_named NOT NULL"},
                     {"not_null_name", nullptr, "a_named"}});
        QTest::newRow("NOT NULL name, 17 vs 18") << named << 170006 << 180004 << true;
        QTest::newRow("NOT NULL name, 18 vs 17")
            << changed(
                   K::Column, "app.t.a",
                   {{"definition", "a integer CONSTRAINT a_named NOT NULL", "a integer NOT NULL"},
                    {"not_null_name", "a_named", nullptr}})
            << 180004 << 170006 << true;
        QTest::newRow("NOT NULL name, both 18") << named << 180000 << 180004 << false;
        QTest::newRow("NOT NULL name and type")
            << changed(
                   K::Column, "app.t.a",
                   {{"definition", "a integer NOT NULL", "a bigint CONSTRAINT a_named NOT NULL"},
                    {"not_null_name", nullptr, "a_named"},
                    {"type", "integer", "bigint"}})
            << 170006 << 180004 << false;
        SchemaDifference added = ext;
        added.change = Change::Added;
        added.attributes.clear();
        QTest::newRow("an added object is drift") << added << 130023 << 180004 << false;
    }

    void rules() {
        QFETCH(SchemaDifference, difference);
        QFETCH(int, versionA);
        QFETCH(int, versionB);
        QFETCH(bool, server);
        const QString reason = ServerDifference::reason(difference, versionA, versionB);
        QVERIFY2(reason.isEmpty() != server, qPrintable(reason));
    }

    // SchemaDiff::compare marks them, and only they are not drift.
    void compareMarksServerDifferences() {
        SchemaSnapshot a;
        SchemaSnapshot b;
        a.setServerVersion(130023);
        b.setServerVersion(180004);
        SchemaObject ext{ObjectKind::Extension, QStringLiteral("pg_trgm"), {}, {}, {}};
        ext.attributes.insert(QStringLiteral("version"), QStringLiteral("1.5"));
        a.insert(ext);
        ext.attributes.insert(QStringLiteral("version"), QStringLiteral("1.6"));
        b.insert(ext);
        SchemaObject table{ObjectKind::Table, QStringLiteral("public.t"), {}, {}, {}};
        a.insert(table);
        table.attributes.insert(QStringLiteral("comment"), QStringLiteral("x"));
        b.insert(table);
        const SchemaDiff diff = SchemaDiff::compare(a, b);
        QCOMPARE(diff.size(), 2);
        QCOMPARE(diff.driftCount(), 1);
        QVERIFY(diff.hasDrift());
        QCOMPARE(diff.serverDifferences().size(), 1);
        QCOMPARE(diff.serverDifferences().first().name, QStringLiteral("pg_trgm"));
        QCOMPARE(diff.drift().first().name, QStringLiteral("public.t"));

        b.setServerVersion(130002); // the same major: an extension updated by hand is drift
        QCOMPARE(SchemaDiff::compare(a, b).driftCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestServerDifference)
#include "tst_serverdifference.moc"
