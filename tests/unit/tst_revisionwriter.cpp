#include "TestSupport.h"
#include "revision/RevisionFile.h"
#include "revision/RevisionWriter.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;

class TestRevisionWriter : public QObject {
    Q_OBJECT

private slots:
    void generateId();
    void writesLongId();
    void validateId_data();
    void validateId();
    void render();
    void roundTrip_data();
    void roundTrip();
    void writeCreatesFile();
    void writeFillsIdAndDate();
    void refusesToOverwrite();
    void invalidWritesNothing_data();
    void invalidWritesNothing();
    void nowCreateDate();
    void sectionsCarrySql();
};

void TestRevisionWriter::generateId() {
    const QRegularExpression hex12(QStringLiteral("^[0-9a-f]{12}$"));
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString id = RevisionWriter::generateId();
        QVERIFY2(hex12.match(id).hasMatch(), qPrintable(id));
        QVERIFY(RevisionWriter::validateId(id).ok());
        seen.insert(id);
    }
    QCOMPARE(seen.size(), 200);
}

void TestRevisionWriter::validateId_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("error");
    QTest::newRow("ok") << "0005_add_thing"
                        << "";
    QTest::newRow("empty") << ""
                           << "empty revision id";
    QTest::newRow("long") << QString(33, '1')
                          << "revision id '" + QString(33, '1') +
                                 "' is 33 characters long; at most 32 fit "
                                 "alembic_version.version_num";
    QTest::newRow("at") << "head@1"
                        << "invalid revision id 'head@1': '@' is not allowed (it is "
                           "target syntax); use letters, digits and '_'";
    QTest::newRow("dash") << "a-1"
                          << "invalid revision id 'a-1': '-' is not allowed (it is "
                             "target syntax); use letters, digits and '_'";
}

void TestRevisionWriter::validateId() {
    QFETCH(QString, id);
    QFETCH(QString, error);
    const Result<QString> r = RevisionWriter::validateId(id);
    QCOMPARE(r.ok(), error.isEmpty());
    if (!r.ok())
        QCOMPARE(r.error().message, error);
}

void TestRevisionWriter::render() {
    NewRevision r;
    r.id = QStringLiteral("0005_add_thing");
    r.parents = {QStringLiteral("0004_add_documents_path_index")};
    r.message = QStringLiteral("add thing");
    r.createDate = QStringLiteral("2025-10-03 12:00:00+07:00");
    QCOMPARE(RevisionWriter::render(r), QStringLiteral("-- Revision ID: 0005_add_thing\n"
                                                       "-- Revises: 0004_add_documents_path_index\n"
                                                       "-- Create Date: 2025-10-03 12:00:00+07:00\n"
                                                       "-- Message: add thing\n"
                                                       "-- Branch Labels:\n"
                                                       "-- Depends On:\n"
                                                       "-- Transactional: yes\n"
                                                       "\n"
                                                       "-- migrate:upgrade\n"
                                                       "\n"
                                                       "-- migrate:downgrade\n"));
}

void TestRevisionWriter::roundTrip_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("parents");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QStringList>("dependsOn");
    QTest::addColumn<bool>("transactional");
    QTest::addColumn<QString>("createDate");

    QTest::newRow("base") << "a1" << QStringList{} << "init" << QStringList{} << QStringList{}
                          << true << "2025-01-01 00:00:00+00:00";
    QTest::newRow("merge") << "m1" << QStringList{"a1", "b1"} << "merge heads" << QStringList{}
                           << QStringList{} << true << "2025-01-02 00:00:00+00:00";
    QTest::newRow("labels, deps, no txn")
        << "c_3" << QStringList{"b1"} << "index: concurrently; Tiếng Việt"
        << QStringList{"core", "search"} << QStringList{"x9"} << false
        << "2025-01-03 00:00:00-05:30";
}

void TestRevisionWriter::roundTrip() {
    QFETCH(QString, id);
    QFETCH(QStringList, parents);
    QFETCH(QString, message);
    QFETCH(QStringList, labels);
    QFETCH(QStringList, dependsOn);
    QFETCH(bool, transactional);
    QFETCH(QString, createDate);

    const NewRevision r{id, parents, message, labels, dependsOn, transactional, createDate, {}, {}};
    const Result<Revision> back =
        RevisionFile::parse(RevisionWriter::render(r), QStringLiteral("x.sql"));
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
    QCOMPARE(back->id, id);
    QCOMPARE(back->parents, parents);
    QCOMPARE(back->message, message);
    QCOMPARE(back->branchLabels, labels);
    QCOMPARE(back->dependsOn, dependsOn);
    QCOMPARE(back->transactional, transactional);
    QCOMPARE(back->createDate, createDate);
    QVERIFY(back->upgrade.present);
    QVERIFY(back->downgrade.present);
    QVERIFY(back->upgrade.sql.trimmed().isEmpty());
    QVERIFY(back->downgrade.sql.trimmed().isEmpty());
}

void TestRevisionWriter::writeCreatesFile() {
    QTemporaryDir dir;
    const QString versions = dir.filePath(QStringLiteral("versions"));
    QVERIFY(QDir().mkpath(versions));
    NewRevision r;
    r.id = QStringLiteral("0001_first");
    r.message = QStringLiteral("first");
    r.createDate = QStringLiteral("2025-01-01 00:00:00+00:00");
    const Result<QString> path = RevisionWriter::write(versions, r);
    QVERIFY2(path.ok(), qPrintable(path.ok() ? QString() : path.error().toString()));
    QCOMPARE(*path, QDir(versions).absoluteFilePath(QStringLiteral("0001_first.sql")));
    QCOMPARE(test::readFile(*path), RevisionWriter::render(r));
    const Result<Revision> loaded = RevisionFile::load(*path);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->id, r.id);
    QCOMPARE(QDir(versions).entryList(QDir::Files), QStringList{"0001_first.sql"});
}

void TestRevisionWriter::writeFillsIdAndDate() {
    QTemporaryDir dir;
    NewRevision r;
    r.message = QStringLiteral("generated");
    const Result<QString> path = RevisionWriter::write(dir.path(), r);
    QVERIFY(path.ok());
    const Result<Revision> loaded = RevisionFile::load(*path);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->id.size(), 12);
    QCOMPARE(loaded->fileName, loaded->id + QStringLiteral(".sql"));
    QVERIFY(!loaded->createDate.isEmpty());
}

void TestRevisionWriter::refusesToOverwrite() {
    QTemporaryDir dir;
    const QString existing =
        test::writeFile(dir.path(), QStringLiteral("abc.sql"), QStringLiteral("keep me"));
    NewRevision r;
    r.id = QStringLiteral("abc");
    const Result<QString> path = RevisionWriter::write(dir.path(), r);
    QVERIFY(!path.ok());
    QCOMPARE(path.error().code, ErrorCode::Io);
    QCOMPARE(path.error().toString(), existing + QStringLiteral(": refusing to overwrite an "
                                                                "existing file"));
    QCOMPARE(test::readFile(existing), QStringLiteral("keep me"));
}

void TestRevisionWriter::invalidWritesNothing_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("parents");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QString>("error");
    QTest::newRow("bad id") << "bad-id" << QStringList{} << QStringList{}
                            << "invalid revision id 'bad-id': '-' is not allowed (it is target "
                               "syntax); use letters, digits and '_'";
    QTest::newRow("long id") << QString(1025, 'f') << QStringList{} << QStringList{}
                             << "revision id '" + QString(1025, 'f') +
                                    "' is 1025 characters long; at most 1024 fit "
                                    "alembic_version.version_num";
    QTest::newRow("bad parent") << "ok" << QStringList{"p:1"} << QStringList{}
                                << "Revises: invalid revision id 'p:1': ':' is not allowed (it "
                                   "is target syntax); use letters, digits and '_'";
    QTest::newRow("bad label") << "ok" << QStringList{} << QStringList{"a+b"}
                               << "Branch Labels: invalid revision id 'a+b': '+' is not allowed "
                                  "(it is target syntax); use letters, digits and '_'";
    QTest::newRow("self parent") << "ok" << QStringList{"ok"} << QStringList{}
                                 << "revision 'ok' cannot revise itself";
}

void TestRevisionWriter::invalidWritesNothing() {
    QFETCH(QString, id);
    QFETCH(QStringList, parents);
    QFETCH(QStringList, labels);
    QFETCH(QString, error);
    QTemporaryDir dir;
    const QString versions = dir.filePath(QStringLiteral("versions")); // does not exist yet
    NewRevision r;
    r.id = id;
    r.parents = parents;
    r.branchLabels = labels;
    const Result<QString> path = RevisionWriter::write(versions, r);
    QVERIFY(!path.ok());
    QCOMPARE(path.error().code, ErrorCode::Usage);
    QCOMPARE(path.error().message, error);
    QVERIFY(!QFileInfo::exists(versions)); // not even the folder
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{});
}

// An id longer than Alembic's 32 is written (the caller checks it against the environment's
// version_num width) and reads back.
void TestRevisionWriter::writesLongId() {
    QTemporaryDir dir;
    NewRevision r;
    r.id = QString(40, 'f');
    r.parents = {QString(33, 'e')};
    const Result<QString> path = RevisionWriter::write(dir.path(), r);
    QVERIFY2(path.ok(), path.ok() ? "" : qPrintable(path.error().toString()));
    const Result<Revision> back = RevisionFile::load(*path);
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().toString()));
    QCOMPARE(back->id, r.id);
    QCOMPARE(back->parents, r.parents);
}

void TestRevisionWriter::nowCreateDate() {
    const QRegularExpression shape(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}$"));
    const QString now = RevisionWriter::nowCreateDate();
    QVERIFY2(shape.match(now).hasMatch(), qPrintable(now));
}

// `strata revision --format sql --upgrade-sql ...`: the SQL lands in its section.
void TestRevisionWriter::sectionsCarrySql() {
    NewRevision r;
    r.id = QStringLiteral("s1");
    r.createDate = QStringLiteral("2026-01-01 00:00:00+00:00");
    r.upgradeSql = QStringLiteral("\nCREATE TABLE t (id int);\nINSERT INTO t VALUES (1);\n\n");
    r.downgradeSql = QStringLiteral("DROP TABLE t;");
    const Result<Revision> back =
        RevisionFile::parse(RevisionWriter::render(r), QStringLiteral("s1.sql"));
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
    QCOMPARE(back->upgrade.sql.trimmed(), r.upgradeSql.trimmed());
    QCOMPARE(back->downgrade.sql.trimmed(), r.downgradeSql.trimmed());
    r.downgradeSql.clear();
    const Result<Revision> empty =
        RevisionFile::parse(RevisionWriter::render(r), QStringLiteral("s1.sql"));
    QVERIFY(empty.ok());
    QVERIFY(empty->downgrade.present); // an empty downgrade is a no-op, not irreversible
    QCOMPARE(empty->downgrade.sql.trimmed(), QString());
}

QTEST_GUILESS_MAIN(TestRevisionWriter)
#include "tst_revisionwriter.moc"
