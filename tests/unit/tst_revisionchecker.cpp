#include "TestSupport.h"
#include "revision/RevisionFile.h"
#include "sql/RevisionChecker.h"
#include "sql/SqlGrammar.h"

#include <QTest>

using namespace strata;

namespace {

Revision parsed(const QString& text) {
    Result<Revision> rev = RevisionFile::parse(text, QStringLiteral("versions/r.sql"));
    if (!rev)
        qFatal("fixture does not parse: %s", qPrintable(rev.error().toString()));
    return *rev;
}

} // namespace

class TestRevisionChecker : public QObject {
    Q_OBJECT

private slots:
    void check_data();
    void check();
    void problemsCarryRevision();
    void statementsFor();
    void statementsForMissingSection();
    void sampleProjectIsClean();
    void longIdReported();
    void alembicRevisionHasNoSql();
};

void TestRevisionChecker::check_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("problems");

    const QString head = QStringLiteral("-- Revision ID: r1\n-- Revises: r0\n");
    QTest::newRow("clean") << head + "\n-- migrate:upgrade\nCREATE TABLE t (id int);\n"
                                     "-- migrate:downgrade\nDROP TABLE t;\n"
                           << QStringList{};
    QTest::newRow("empty sections") << head + "-- migrate:upgrade\n-- migrate:downgrade\n"
                                    << QStringList{};
    QTest::newRow("cic in transactional revision")
        << head + "-- Transactional: yes\n\n-- migrate:upgrade\nSELECT 1;\n\n"
                  "CREATE INDEX CONCURRENTLY i ON t (c);\n"
        << QStringList{"versions/r.sql:8: CREATE INDEX CONCURRENTLY cannot run inside a "
                       "transaction block; set 'Transactional: no' in the header"};
    QTest::newRow("cic in non-transactional revision")
        << head +
               "-- Transactional: no\n-- migrate:upgrade\nCREATE INDEX CONCURRENTLY i ON t (c);\n"
               "-- migrate:downgrade\nDROP INDEX CONCURRENTLY i;\n"
        << QStringList{};
    QTest::newRow("both sections")
        << head + "-- migrate:upgrade\nVACUUM t;\n-- migrate:downgrade\n\n"
                  "DROP INDEX CONCURRENTLY i;\n"
        << QStringList{"versions/r.sql:4: VACUUM cannot run inside a transaction block; set "
                       "'Transactional: no' in the header",
                       "versions/r.sql:7: DROP INDEX CONCURRENTLY cannot run inside a "
                       "transaction block; set 'Transactional: no' in the header"};
    QTest::newRow("commit in transactional")
        << head + "-- migrate:upgrade\nUPDATE t SET c = 1;\nCOMMIT;\n"
        << QStringList{"versions/r.sql:5: COMMIT is transaction control: Strata manages "
                       "transactions; remove it (the revision runs in one transaction)"};
    QTest::newRow("discard all in transactional")
        << head + "-- migrate:upgrade\nCREATE TABLE t (id int);\nDISCARD ALL;\n"
        << QStringList{"versions/r.sql:5: DISCARD ALL would reset Strata's session (its migration "
                       "lock, timeouts or role): not allowed in a revision; remove it"};
    QTest::newRow("session resets in non-transactional")
        << head + "-- Transactional: no\n-- migrate:upgrade\nRESET ALL;\n"
                  "SELECT pg_advisory_unlock_all();\n-- migrate:downgrade\n"
                  "SET SESSION AUTHORIZATION postgres;\n"
        << QStringList{"versions/r.sql:5: RESET ALL would reset Strata's session (its migration "
                       "lock, timeouts or role): not allowed in a revision; remove it",
                       "versions/r.sql:6: pg_advisory_unlock_all() would reset Strata's "
                       "session (its migration lock, timeouts or role): not allowed in a "
                       "revision; remove it",
                       "versions/r.sql:8: SET SESSION AUTHORIZATION would reset Strata's "
                       "session (its migration lock, timeouts or role): not allowed in a "
                       "revision; remove it"};
    QTest::newRow("begin in non-transactional")
        << head + "-- Transactional: no\n-- migrate:upgrade\nBEGIN;\nCREATE INDEX "
                  "CONCURRENTLY i ON t (c);\nEND;\n"
        << QStringList{"versions/r.sql:5: BEGIN is transaction control: Strata manages "
                       "transactions; remove it (a 'Transactional: no' revision runs each "
                       "statement in autocommit)",
                       "versions/r.sql:7: COMMIT is transaction control: Strata manages "
                       "transactions; remove it (a 'Transactional: no' revision runs each "
                       "statement in autocommit)"};
    QTest::newRow("syntax error in upgrade")
        << head + "\n-- migrate:upgrade\nCREATE TABLE a (id int);\n\nCREATE TABLEX b (id int);\n"
        << QStringList{"versions/r.sql:7:8: syntax error at or near \"TABLEX\""};
    QTest::newRow("syntax error in downgrade")
        << head + "-- migrate:upgrade\nSELECT 1;\n-- migrate:downgrade\nDROP TABLE 'x';\n"
        << QStringList{"versions/r.sql:6:12: syntax error at or near \"'x'\""};
    QTest::newRow("error in both")
        << head + "-- migrate:upgrade\nSELEC 1;\n-- migrate:downgrade\nVACUUM;\n"
        << QStringList{"versions/r.sql:4:1: syntax error at or near \"SELEC\"",
                       "versions/r.sql:6: VACUUM cannot run inside a transaction block; set "
                       "'Transactional: no' in the header"};
    QTest::newRow("crlf lines") << "-- Revision ID: r1\r\n\r\n-- migrate:upgrade\r\n"
                                   "SELECT 1;\r\nVACUUM;\r\n"
                                << QStringList{"versions/r.sql:5: VACUUM cannot run inside a "
                                               "transaction block; set 'Transactional: no' in "
                                               "the header"};
}

void TestRevisionChecker::check() {
    QFETCH(QString, text);
    QFETCH(QStringList, problems);
    // Targeting the grammar's own major: a statement it rejects is a syntax error (with an
    // unknown or newer target it is a warning instead: tst_newersyntax).
    QCOMPARE(test::errorTexts(RevisionChecker::check(parsed(text), SqlGrammar::major())), problems);
}

void TestRevisionChecker::problemsCarryRevision() {
    const QList<Error> problems = RevisionChecker::check(
        parsed(QStringLiteral("-- Revision ID: abc\n-- migrate:upgrade\nVACUUM;\n")));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().revision, QStringLiteral("abc"));
    QCOMPARE(problems.first().line, 3);
    QCOMPARE(problems.first().statement, QStringLiteral("VACUUM"));
}

void TestRevisionChecker::statementsFor() {
    const Revision rev = parsed(QStringLiteral("-- Revision ID: r\n-- Transactional: no\n"
                                               "-- migrate:upgrade\n"
                                               "CREATE INDEX CONCURRENTLY i ON t (c);\n"
                                               "UPDATE t SET c = 'Tiếng Việt';\n"
                                               "-- migrate:downgrade\nDROP INDEX i;\n"));
    const Result<QList<SqlStatement>> up =
        RevisionChecker::statementsFor(rev, RevisionChecker::Direction::Upgrade);
    QVERIFY(up.ok());
    QCOMPARE(up->size(), 2);
    QCOMPARE(up->at(0).kind, StatementKind::NoTransaction);
    QCOMPARE(up->at(0).tag, QStringLiteral("CREATE INDEX"));
    QCOMPARE(up->at(0).reason,
             QStringLiteral("CREATE INDEX CONCURRENTLY cannot run inside a transaction block"));
    QVERIFY(up->at(1).reason.isEmpty());
    QCOMPARE(up->at(0).line, 4);
    QCOMPARE(up->at(1).kind, StatementKind::Normal);
    QCOMPARE(up->at(1).tag, QStringLiteral("UPDATE"));
    QCOMPARE(up->at(1).line, 5);
    const Result<QList<SqlStatement>> down =
        RevisionChecker::statementsFor(rev, RevisionChecker::Direction::Downgrade);
    QVERIFY(down.ok());
    QCOMPARE(down->size(), 1);
    QCOMPARE(down->at(0).line, 7);
    QCOMPARE(down->at(0).tag, QStringLiteral("DROP INDEX"));
}

void TestRevisionChecker::statementsForMissingSection() {
    const Revision rev =
        parsed(QStringLiteral("-- Revision ID: r\n-- migrate:upgrade\nBAD SQL;\n"));
    const Result<QList<SqlStatement>> down =
        RevisionChecker::statementsFor(rev, RevisionChecker::Direction::Downgrade);
    QVERIFY(down.ok());
    QVERIFY(down->isEmpty());
    const Result<QList<SqlStatement>> up = RevisionChecker::statementsFor(
        rev, RevisionChecker::Direction::Upgrade, SqlGrammar::major());
    QVERIFY(!up.ok());
    QCOMPARE(up.error().toString(),
             QStringLiteral("versions/r.sql:3:1: syntax error at or near \"BAD\""));
    QCOMPARE(up.error().revision, QStringLiteral("r"));
}

void TestRevisionChecker::sampleProjectIsClean() {
    const QString dir = test::sampleProjectDir() + QStringLiteral("/versions/");
    for (const char* name : {"0001_init_schema.sql", "0002_add_chunk_embeddings.sql",
                             "0003_add_search_indexes.sql", "0004_add_documents_path_index.sql"}) {
        const Result<Revision> rev = RevisionFile::load(dir + QLatin1String(name));
        QVERIFY2(rev.ok(), name);
        QCOMPARE(test::errorTexts(RevisionChecker::check(*rev)), QStringList{});
    }
    // 0004 without "Transactional: no" would be rejected at its CREATE INDEX CONCURRENTLY line.
    Result<Revision> r4 = RevisionFile::load(dir + "0004_add_documents_path_index.sql");
    QVERIFY(r4.ok());
    r4->transactional = true;
    const QList<Error> problems = RevisionChecker::check(*r4);
    QCOMPARE(problems.size(), 2);
    QVERIFY(problems.at(0).message.startsWith(QLatin1String("CREATE INDEX CONCURRENTLY")));
    QCOMPARE(problems.at(0).line, 12);
}

void TestRevisionChecker::longIdReported() {
    Revision rev = parsed(QStringLiteral("-- Revision ID: r\n-- migrate:upgrade\n"));
    // Longer than Alembic's VARCHAR(32) is no problem of the file: a run checks the id against
    // the environment's version_num (IdWidthCheck).
    rev.id = QString(40, 'a');
    QCOMPARE(RevisionChecker::check(rev).size(), 0);
    rev.id = QString(1025, 'a'); // e.g. built by hand rather than parsed
    const QList<Error> problems = RevisionChecker::check(rev);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().toString(),
             QStringLiteral("versions/r.sql:1: revision id '%1' is 1025 characters long; at most "
                            "1024 fit alembic_version.version_num")
                 .arg(QString(1025, 'a')));
}

void TestRevisionChecker::alembicRevisionHasNoSql() {
    Revision rev;
    rev.id = QStringLiteral("1975ea83b712");
    rev.source = Revision::Source::AlembicPython;
    QVERIFY(RevisionChecker::check(rev).isEmpty());
    const Result<QList<SqlStatement>> up =
        RevisionChecker::statementsFor(rev, RevisionChecker::Direction::Upgrade);
    QVERIFY(up.ok());
    QVERIFY(up->isEmpty());
}

QTEST_GUILESS_MAIN(TestRevisionChecker)
#include "tst_revisionchecker.moc"
