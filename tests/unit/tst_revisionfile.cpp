#include "TestSupport.h"
#include "revision/Checksum.h"
#include "revision/RevisionFile.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;

namespace {

const QString kFile = QStringLiteral("v/f.sql");

QString sample() {
    return QStringLiteral("-- Revision ID: 0002_add_chunk_embeddings\n"
                          "-- Revises: 0001_init_schema\n"
                          "-- Create Date: 2025-09-26 10:15:00+07:00\n"
                          "-- Message: add chunk_embeddings table\n"
                          "-- Branch Labels:\n"
                          "-- Depends On:\n"
                          "-- Transactional: yes\n"
                          "\n"
                          "-- migrate:upgrade\n"
                          "CREATE TABLE chunk_embeddings (id int);\n"
                          "\n"
                          "-- migrate:downgrade\n"
                          "DROP TABLE chunk_embeddings;\n");
}

} // namespace

class TestRevisionFile : public QObject {
    Q_OBJECT

private slots:
    void parseHeader_data();
    void parseHeader();
    void parseErrors_data();
    void parseErrors();
    void unknownKeyIsWarning();
    void sections();
    void missingAndEmptyDowngrade();
    void crlfSections();
    void validateId_data();
    void validateId();
    void loadFillsChecksums();
    void loadSampleProject();
    void loadMissingFile();
    void replaceSection_data();
    void replaceSection();
    void replaceSectionKeepsOtherBytes();
    void replaceHeaderKeepsUnchangedLines();
    void replaceHeaderAddsMissingKeys();
    void replaceHeaderCrlf();
    void renderHeaderRoundTrip();
    void headerParseSpeed();
};

void TestRevisionFile::parseHeader_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("parents");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QStringList>("dependsOn");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("createDate");
    QTest::addColumn<bool>("transactional");
    QTest::addColumn<int>("headerLine");

    const QString tail = QStringLiteral("\n-- migrate:upgrade\nSELECT 1;\n");
    QTest::newRow("design sample")
        << sample() << "0002_add_chunk_embeddings" << QStringList{"0001_init_schema"}
        << QStringList{} << QStringList{} << "add chunk_embeddings table"
        << "2025-09-26 10:15:00+07:00" << true << 1;
    QTest::newRow("lowercase keys")
        << "-- revision id: a1\n-- revises: a0\n-- message: m\n-- transactional: no\n" + tail
        << "a1" << QStringList{"a0"} << QStringList{} << QStringList{} << "m"
        << "" << false << 1;
    QTest::newRow("uppercase and underscores")
        << "-- REVISION_ID: a1\n-- BRANCH_LABELS: x\n-- DEPENDS-ON: d1\n" + tail << "a1"
        << QStringList{} << QStringList{"x"} << QStringList{"d1"} << ""
        << "" << true << 1;
    QTest::newRow("merge") << "-- Revision ID: m1\n-- Revises: a, b ,c\n" + tail << "m1"
                           << QStringList{"a", "b", "c"} << QStringList{} << QStringList{} << ""
                           << "" << true << 1;
    QTest::newRow("labels and depends")
        << "-- Revision ID: r\n-- Branch Labels: core, feature_x\n-- Depends On: o1,o2\n" + tail
        << "r" << QStringList{} << QStringList{"core", "feature_x"} << QStringList{"o1", "o2"} << ""
        << "" << true << 1;
    QTest::newRow("whitespace") << "\n  --   Revision ID  :   spaced_id   \n\t-- Revises:\t p1 "
                                   "\n--Message:  hello: world  \n" +
                                       tail
                                << "spaced_id" << QStringList{"p1"} << QStringList{}
                                << QStringList{} << "hello: world"
                                << "" << true << 2;
    QTest::newRow("comments between")
        << "-- some comment\n-- Revision ID: r2\n-- a note without key\n-- Revises: r1\n" + tail
        << "r2" << QStringList{"r1"} << QStringList{} << QStringList{} << ""
        << "" << true << 2;
    QTest::newRow("crlf")
        << "-- Revision ID: crlf1\r\n-- Revises: p\r\n-- Message: windows\r\n-- Transactional: "
           "off\r\n\r\n-- migrate:upgrade\r\nSELECT 1;\r\n"
        << "crlf1" << QStringList{"p"} << QStringList{} << QStringList{} << "windows"
        << "" << false << 1;
    QTest::newRow("transactional true")
        << "-- Revision ID: t\n-- Transactional: TRUE\n" + tail << "t" << QStringList{}
        << QStringList{} << QStringList{} << ""
        << "" << true << 1;
    QTest::newRow("transactional false")
        << "-- Revision ID: t\n-- Transactional: false\n" + tail << "t" << QStringList{}
        << QStringList{} << QStringList{} << ""
        << "" << false << 1;
    QTest::newRow("transactional on") << "-- Revision ID: t\n-- Transactional: On\n" + tail << "t"
                                      << QStringList{} << QStringList{} << QStringList{} << ""
                                      << "" << true << 1;
    QTest::newRow("transactional empty = yes")
        << "-- Revision ID: t\n-- Transactional:\n" + tail << "t" << QStringList{} << QStringList{}
        << QStringList{} << ""
        << "" << true << 1;
    QTest::newRow("32 chars") << "-- Revision ID: " + QString(32, 'a') + "\n" + tail
                              << QString(32, 'a') << QStringList{} << QStringList{} << QStringList{}
                              << ""
                              << "" << true << 1;
}

void TestRevisionFile::parseHeader() {
    QFETCH(QString, text);
    QFETCH(QString, id);
    QFETCH(QStringList, parents);
    QFETCH(QStringList, labels);
    QFETCH(QStringList, dependsOn);
    QFETCH(QString, message);
    QFETCH(QString, createDate);
    QFETCH(bool, transactional);
    QFETCH(int, headerLine);

    const Result<Revision> rev = RevisionFile::parse(text, kFile);
    QVERIFY2(rev.ok(), qPrintable(rev.ok() ? QString() : rev.error().toString()));
    QCOMPARE(rev->id, id);
    QCOMPARE(rev->parents, parents);
    QCOMPARE(rev->branchLabels, labels);
    QCOMPARE(rev->dependsOn, dependsOn);
    QCOMPARE(rev->message, message);
    QCOMPARE(rev->createDate, createDate);
    QCOMPARE(rev->transactional, transactional);
    QCOMPARE(rev->headerLine, headerLine);
    QCOMPARE(rev->source, Revision::Source::Sql);
    QCOMPARE(rev->filePath, kFile);
    QCOMPARE(rev->fileName, QStringLiteral("f.sql"));
    QCOMPARE(rev->isBase(), parents.isEmpty());
    QCOMPARE(rev->isMerge(), parents.size() > 1);
}

void TestRevisionFile::parseErrors_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");

    const QString up = QStringLiteral("-- migrate:upgrade\nSELECT 1;\n");
    QTest::newRow("no revision id")
        << "-- Revises: a\n\n" + up << "v/f.sql:1: no 'Revision ID' header";
    QTest::newRow("empty file") << ""
                                << "v/f.sql:1: no 'Revision ID' header";
    QTest::newRow("empty id") << "-- Revises: a\n-- Revision ID:\n" + up
                              << "v/f.sql:2: empty revision id";
    // Ids longer than Alembic's 32 are read (a run checks them against the table's width).
    QTest::newRow("id too long")
        << "-- Revision ID: " + QString(1025, 'x') + "\n" + up
        << "v/f.sql:1: revision id '" + QString(1025, 'x') +
               "' is 1025 characters long; at most 1024 fit alembic_version.version_num";
    for (const char* bad : {"@", "-", "+", ":"}) {
        const QString id = QStringLiteral("ab%1cd").arg(QLatin1String(bad));
        QTest::addRow("id with %s", bad)
            << "\n-- Revision ID: " + id + "\n" + up
            << "v/f.sql:2: invalid revision id '" + id + "': '" + QLatin1String(bad) +
                   "' is not allowed (it is target syntax); use letters, digits and '_'";
    }
    QTest::newRow("id with space") << "-- Revision ID: a b\n" + up
                                   << "v/f.sql:1: invalid revision id 'a b': ' ' is not allowed; "
                                      "use only letters A-Z a-z, digits 0-9 and '_'";
    QTest::newRow("id non-ascii") << "-- Revision ID: việt\n" + up
                                  << "v/f.sql:1: invalid revision id 'việt': 'ệ' is not allowed; "
                                     "use only letters A-Z a-z, digits 0-9 and '_'";
    QTest::newRow("bad parent") << "-- Revision ID: a\n-- Revises: ok, b@head\n" + up
                                << "v/f.sql:2: Revises: invalid revision id 'b@head': '@' is not "
                                   "allowed (it is target syntax); use letters, digits and '_'";
    QTest::newRow("bad transactional")
        << "-- Revision ID: a\n-- Transactional: maybe\n" + up
        << "v/f.sql:2: bad Transactional value 'maybe' (expected yes or no)";
    QTest::newRow("repeated header") << "-- Revision ID: a\n-- Revises: x\n-- revises: y\n" + up
                                     << "v/f.sql:3: repeated header 'Revises' (first at line 2)";
    QTest::newRow("markers missing") << "-- Revision ID: a\n-- Revises: x\n\n"
                                     << "v/f.sql:3: missing '-- migrate:upgrade' section marker";
    QTest::newRow("sql without markers")
        << "-- Revision ID: a\n\nCREATE TABLE t (id int);\n"
        << "v/f.sql:3: text before '-- migrate:upgrade': only '-- Key: value' header lines and "
           "'--' comments may come first";
    QTest::newRow("block comment before marker")
        << "-- Revision ID: a\n/* hi */\n" + up
        << "v/f.sql:2: text before '-- migrate:upgrade': only '-- Key: value' header lines and "
           "'--' comments may come first";
    QTest::newRow("upgrade repeated")
        << "-- Revision ID: a\n-- migrate:upgrade\nSELECT 1;\n-- migrate:upgrade\n"
        << "v/f.sql:4: repeated '-- migrate:upgrade' marker (first at line 2)";
    QTest::newRow("downgrade repeated")
        << "-- Revision ID: a\n-- migrate:upgrade\n-- migrate:downgrade\nSELECT 1;\n"
           "-- migrate:downgrade\n"
        << "v/f.sql:5: repeated '-- migrate:downgrade' marker (first at line 3)";
    QTest::newRow("downgrade first")
        << "-- Revision ID: a\n\n-- migrate:downgrade\nDROP TABLE t;\n-- migrate:upgrade\n"
        << "v/f.sql:3: '-- migrate:downgrade' before '-- migrate:upgrade': the upgrade section "
           "comes first";
    QTest::newRow("only downgrade")
        << "-- Revision ID: a\n-- migrate:downgrade\n"
        << "v/f.sql:2: '-- migrate:downgrade' before '-- migrate:upgrade': the upgrade section "
           "comes first";
    QTest::newRow("unknown marker")
        << "-- Revision ID: a\n-- migrate:upgrade\n-- migrate:sideways\n"
        << "v/f.sql:3: unknown section marker '-- migrate:sideways' (expected 'upgrade' or "
           "'downgrade')";
}

void TestRevisionFile::parseErrors() {
    QFETCH(QString, text);
    QFETCH(QString, error);
    const Result<Revision> rev = RevisionFile::parse(text, kFile);
    QVERIFY(!rev.ok());
    QCOMPARE(rev.error().toString(), error);
    QCOMPARE(rev.error().code, ErrorCode::Parse);
}

void TestRevisionFile::unknownKeyIsWarning() {
    QList<Error> warnings;
    const Result<Revision> rev = RevisionFile::parse(
        u"-- Revision ID: a\n-- Author: me\n-- migrate:upgrade\n-- Note: not header\n", kFile,
        &warnings);
    QVERIFY(rev.ok());
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().toString(), QStringLiteral("v/f.sql:2: unknown header key 'Author' "
                                                         "(ignored)"));
}

void TestRevisionFile::sections() {
    const Result<Revision> rev = RevisionFile::parse(sample(), kFile);
    QVERIFY(rev.ok());
    QVERIFY(rev->upgrade.present);
    QCOMPARE(rev->upgrade.markerLine, 9);
    QCOMPARE(rev->upgrade.firstLine, 10);
    QCOMPARE(rev->upgrade.sql, QStringLiteral("CREATE TABLE chunk_embeddings (id int);\n\n"));
    QVERIFY(rev->downgrade.present);
    QCOMPARE(rev->downgrade.markerLine, 12);
    QCOMPARE(rev->downgrade.firstLine, 13);
    QCOMPARE(rev->downgrade.sql, QStringLiteral("DROP TABLE chunk_embeddings;\n"));
    QVERIFY(rev->reversible());
    QVERIFY(rev->upgrade.checksum.isEmpty()); // parse() leaves checksums to load()
}

void TestRevisionFile::missingAndEmptyDowngrade() {
    const Result<Revision> irreversible =
        RevisionFile::parse(u"-- Revision ID: a\n-- migrate:upgrade\nSELECT 1;\n", kFile);
    QVERIFY(irreversible.ok());
    QVERIFY(!irreversible->downgrade.present);
    QVERIFY(!irreversible->reversible());

    const Result<Revision> noop = RevisionFile::parse(
        u"-- Revision ID: a\n-- migrate:upgrade\nSELECT 1;\n-- migrate:downgrade\n", kFile);
    QVERIFY(noop.ok());
    QVERIFY(noop->downgrade.present);
    QVERIFY(noop->downgrade.sql.isEmpty());
    QVERIFY(noop->reversible());

    const Result<Revision> noNewline =
        RevisionFile::parse(u"-- Revision ID: a\n-- migrate:upgrade", kFile);
    QVERIFY(noNewline.ok());
    QVERIFY(noNewline->upgrade.present);
    QVERIFY(noNewline->upgrade.sql.isEmpty());
}

void TestRevisionFile::crlfSections() {
    QString text = sample();
    text.replace(QLatin1String("\n"), QLatin1String("\r\n"));
    const Result<Revision> rev = RevisionFile::parse(text, kFile);
    QVERIFY(rev.ok());
    QCOMPARE(rev->upgrade.markerLine, 9);
    QCOMPARE(rev->downgrade.firstLine, 13);
    QCOMPARE(rev->downgrade.sql, QStringLiteral("DROP TABLE chunk_embeddings;\r\n"));
    QCOMPARE(sectionChecksum(rev->downgrade.sql),
             sectionChecksum(u"DROP TABLE chunk_embeddings;\n"));
}

void TestRevisionFile::validateId_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("ok");
    QTest::newRow("hex") << "1975ea83b712" << true;
    QTest::newRow("underscore") << "0001_init_schema" << true;
    QTest::newRow("single") << "a" << true;
    QTest::newRow("32") << QString(32, 'Z') << true;
    QTest::newRow("33") << QString(33, 'Z') << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("at") << "a@b" << false;
    QTest::newRow("dash") << "a-b" << false;
    QTest::newRow("plus") << "a+1" << false;
    QTest::newRow("colon") << "a:b" << false;
    QTest::newRow("dot") << "a.b" << false;
    QTest::newRow("slash") << "a/b" << false;
}

void TestRevisionFile::validateId() {
    QFETCH(QString, id);
    QFETCH(bool, ok);
    const Result<QString> r = RevisionFile::validateId(id);
    QCOMPARE(r.ok(), ok);
    if (ok)
        QCOMPARE(*r, id);
    else
        QVERIFY(r.error().message.contains(id.isEmpty() ? QStringLiteral("empty") : id));
}

void TestRevisionFile::loadFillsChecksums() {
    QTemporaryDir dir;
    const QString path = test::writeFile(dir.path(), QStringLiteral("versions/x.sql"), sample());
    const Result<Revision> rev = RevisionFile::load(path);
    QVERIFY(rev.ok());
    QCOMPARE(rev->filePath, path);
    QCOMPARE(rev->fileName, QStringLiteral("x.sql"));
    QCOMPARE(rev->upgrade.checksum, sectionChecksum(rev->upgrade.sql));
    QCOMPARE(rev->downgrade.checksum, sectionChecksum(u"DROP TABLE chunk_embeddings;"));
    QVERIFY(rev->upgrade.checksum.startsWith(QLatin1String("v1:")));
}

void TestRevisionFile::loadSampleProject() {
    const QString dir = test::sampleProjectDir() + QStringLiteral("/versions/");
    const Result<Revision> r4 = RevisionFile::load(dir + "0004_add_documents_path_index.sql");
    QVERIFY2(r4.ok(), qPrintable(r4.ok() ? QString() : r4.error().toString()));
    QCOMPARE(r4->id, QStringLiteral("0004_add_documents_path_index"));
    QCOMPARE(r4->parents, QStringList{QStringLiteral("0003_add_search_indexes")});
    QVERIFY(!r4->transactional);
    const Result<Revision> r1 = RevisionFile::load(dir + "0001_init_schema.sql");
    QVERIFY(r1.ok());
    QVERIFY(r1->isBase());
}

void TestRevisionFile::loadMissingFile() {
    const Result<Revision> rev = RevisionFile::load(QStringLiteral("/nonexistent/x.sql"));
    QVERIFY(!rev.ok());
    QCOMPARE(rev.error().code, ErrorCode::NotFound);
    QCOMPARE(rev.error().file, QStringLiteral("/nonexistent/x.sql"));
}

void TestRevisionFile::replaceSection_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("newSql");
    QTest::addColumn<QString>("expected");

    const int up = int(RevisionFile::Section::Upgrade);
    const int down = int(RevisionFile::Section::Downgrade);
    const QString head = QStringLiteral("-- Revision ID: a\n\n");
    QTest::newRow("upgrade") << head + "-- migrate:upgrade\nOLD;\n\n-- migrate:downgrade\nD;\n"
                             << up << "NEW;\n\n"
                             << head + "-- migrate:upgrade\nNEW;\n\n-- migrate:downgrade\nD;\n";
    QTest::newRow("upgrade without final newline")
        << head + "-- migrate:upgrade\nOLD;\n-- migrate:downgrade\nD;\n"
        << up << "NEW;" << head + "-- migrate:upgrade\nNEW;\n-- migrate:downgrade\nD;\n";
    QTest::newRow("downgrade") << head + "-- migrate:upgrade\nU;\n-- migrate:downgrade\nOLD;\n"
                               << down << "NEW1;\nNEW2;\n"
                               << head + "-- migrate:upgrade\nU;\n-- migrate:downgrade\nNEW1;\n"
                                         "NEW2;\n";
    QTest::newRow("add downgrade") << head + "-- migrate:upgrade\nU;\n"
                                   << down << "D;\n"
                                   << head + "-- migrate:upgrade\nU;\n-- migrate:downgrade\nD;\n";
    QTest::newRow("add downgrade no eol") << head + "-- migrate:upgrade\nU;" << down << "D;\n"
                                          << head + "-- migrate:upgrade\nU;\n-- "
                                                    "migrate:downgrade\nD;\n";
    QTest::newRow("empty a section")
        << head + "-- migrate:upgrade\nU;\n-- migrate:downgrade\nD;\n"
        << down << "" << head + "-- migrate:upgrade\nU;\n-- migrate:downgrade\n";
    QTest::newRow("crlf kept")
        << "-- Revision ID: a\r\n-- migrate:upgrade\r\nOLD;\r\n-- migrate:downgrade\r\nD;\r\n"
        << up << "NEW;\r\n"
        << "-- Revision ID: a\r\n-- migrate:upgrade\r\nNEW;\r\n-- migrate:downgrade\r\nD;\r\n";
}

void TestRevisionFile::replaceSection() {
    QFETCH(QString, text);
    QFETCH(int, which);
    QFETCH(QString, newSql);
    QFETCH(QString, expected);
    const QString out =
        RevisionFile::replaceSection(text, static_cast<RevisionFile::Section>(which), newSql);
    QCOMPARE(out, expected);
    QVERIFY(RevisionFile::parse(out, kFile).ok());
}

void TestRevisionFile::replaceSectionKeepsOtherBytes() {
    const QString text = sample();
    const QString out =
        RevisionFile::replaceSection(text, RevisionFile::Section::Upgrade, u"SELECT 2;\n\n");
    const Result<Revision> before = RevisionFile::parse(text, kFile);
    const Result<Revision> after = RevisionFile::parse(out, kFile);
    QVERIFY(after.ok());
    QCOMPARE(after->upgrade.sql, QStringLiteral("SELECT 2;\n\n"));
    QCOMPARE(after->downgrade.sql, before->downgrade.sql);
    // The header and the downgrade section are the same bytes.
    QCOMPARE(out.left(text.indexOf(QLatin1String("CREATE TABLE"))),
             text.left(text.indexOf(QLatin1String("CREATE TABLE"))));
    QVERIFY(out.endsWith(text.mid(text.indexOf(QLatin1String("-- migrate:downgrade")))));
}

void TestRevisionFile::replaceHeaderKeepsUnchangedLines() {
    const QString text = QStringLiteral("-- revision id: a1\n"
                                        "-- Revises:   p1 ,p2\n"
                                        "-- A free comment: stays\n"
                                        "-- Message: old message\n"
                                        "-- Transactional: TRUE\n"
                                        "\n"
                                        "-- migrate:upgrade\nSELECT 1;\n");
    Result<Revision> rev = RevisionFile::parse(text, kFile);
    QVERIFY(rev.ok());
    QCOMPARE(RevisionFile::replaceHeader(text, *rev), text); // nothing changed: same bytes

    rev->message = QStringLiteral("new message");
    const QString out = RevisionFile::replaceHeader(text, *rev);
    QString expected = text;
    expected.replace(QLatin1String("old message"), QLatin1String("new message"));
    QCOMPARE(out, expected);

    rev->parents = {QStringLiteral("p3")};
    rev->transactional = false;
    const QString out2 = RevisionFile::replaceHeader(text, *rev);
    QVERIFY(out2.contains(QLatin1String("\n-- Revises: p3\n")));
    QVERIFY(out2.contains(QLatin1String("\n-- Transactional: no\n")));
    QVERIFY(out2.startsWith(QLatin1String("-- revision id: a1\n")));
    QVERIFY(out2.contains(QLatin1String("-- A free comment: stays\n")));
    const Result<Revision> reparsed = RevisionFile::parse(out2, kFile);
    QVERIFY(reparsed.ok());
    QCOMPARE(reparsed->parents, QStringList{QStringLiteral("p3")});
    QVERIFY(!reparsed->transactional);
    QCOMPARE(reparsed->message, QStringLiteral("new message"));
}

void TestRevisionFile::replaceHeaderAddsMissingKeys() {
    const QString text = QStringLiteral("-- Revision ID: a1\n\n-- migrate:upgrade\nSELECT 1;\n");
    Result<Revision> rev = RevisionFile::parse(text, kFile);
    QVERIFY(rev.ok());
    rev->branchLabels = {QStringLiteral("core")};
    rev->message = QStringLiteral("line one\nline two");
    const QString out = RevisionFile::replaceHeader(text, *rev);
    QCOMPARE(out, QStringLiteral("-- Revision ID: a1\n-- Message: line one line two\n"
                                 "-- Branch Labels: core\n\n-- migrate:upgrade\nSELECT 1;\n"));
}

void TestRevisionFile::replaceHeaderCrlf() {
    const QString text =
        QStringLiteral("-- Revision ID: a1\r\n-- Revises: p\r\n\r\n-- migrate:upgrade\r\nX;\r\n");
    Result<Revision> rev = RevisionFile::parse(text, kFile);
    QVERIFY(rev.ok());
    rev->parents.clear();
    rev->dependsOn = {QStringLiteral("d")};
    QCOMPARE(RevisionFile::replaceHeader(text, *rev),
             QStringLiteral("-- Revision ID: a1\r\n-- Revises:\r\n-- Depends On: d\r\n\r\n"
                            "-- migrate:upgrade\r\nX;\r\n"));
}

void TestRevisionFile::renderHeaderRoundTrip() {
    Revision rev;
    rev.id = QStringLiteral("abc");
    rev.parents = {QStringLiteral("p1"), QStringLiteral("p2")};
    rev.branchLabels = {QStringLiteral("l")};
    rev.dependsOn = {QStringLiteral("d")};
    rev.message = QStringLiteral("msg: with colon");
    rev.createDate = QStringLiteral("2025-01-01 00:00:00+00:00");
    rev.transactional = false;
    const QString header = RevisionFile::renderHeader(rev);
    QCOMPARE(header, QStringLiteral("-- Revision ID: abc\n-- Revises: p1, p2\n"
                                    "-- Create Date: 2025-01-01 00:00:00+00:00\n"
                                    "-- Message: msg: with colon\n-- Branch Labels: l\n"
                                    "-- Depends On: d\n-- Transactional: no\n"));
    const Result<Revision> back =
        RevisionFile::parse(header + QStringLiteral("-- migrate:upgrade\n"), kFile);
    QVERIFY(back.ok());
    QCOMPARE(back->parents, rev.parents);
    QCOMPARE(back->message, rev.message);
    QCOMPARE(back->transactional, false);
}

void TestRevisionFile::headerParseSpeed() {
    // Not a timed assert (benchmarks live in tests/bench): prints the time for 10,000 parses and
    // checks every parse gave the right id.
    QStringList texts;
    for (int i = 0; i < 10000; ++i) {
        QString t = sample();
        t.replace(QLatin1String("0002_add_chunk_embeddings"),
                  QStringLiteral("r%1").arg(i, 5, 10, QLatin1Char('0')));
        texts.append(t);
    }
    std::vector<Revision> parsed;
    parsed.reserve(size_t(texts.size()));
    QElapsedTimer timer;
    timer.start();
    for (const QString& text : std::as_const(texts)) {
        Result<Revision> rev = RevisionFile::parse(text, kFile);
        if (rev.ok())
            parsed.push_back(std::move(*rev));
    }
    qInfo("parsed 10000 revision files in %lld ms", timer.elapsed());
    int good = 0;
    for (size_t i = 0; i < parsed.size(); ++i) {
        if (parsed[i].id == QStringLiteral("r%1").arg(int(i), 5, 10, QLatin1Char('0')))
            ++good;
    }
    QCOMPARE(good, 10000);
}

QTEST_GUILESS_MAIN(TestRevisionFile)
#include "tst_revisionfile.moc"
