#include "TestSupport.h"
#include "revision/ScriptDirectory.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;

namespace {

QString sqlRevision(const QString& id, const QString& parent) {
    return QStringLiteral("-- Revision ID: %1\n-- Revises: %2\n\n-- migrate:upgrade\nSELECT "
                          "1;\n-- migrate:downgrade\n")
        .arg(id, parent);
}

QStringList ids(const ScriptDirectoryLoad& load) {
    QStringList out;
    for (const Revision& r : load.revisions)
        out.append(r.id);
    return out;
}

} // namespace

class TestScriptDirectory : public QObject {
    Q_OBJECT

private slots:
    void oneBrokenFileAmongGood();
    void filesAndFolders_data();
    void filesAndFolders();
    void missingFolder();
    void severalFolders();
    void sampleProject();
    void alembicFixtures();
};

void TestScriptDirectory::oneBrokenFileAmongGood() {
    QTemporaryDir dir;
    test::writeFile(dir.path(), QStringLiteral("0001_a.sql"), sqlRevision("a1", ""));
    test::writeFile(dir.path(), QStringLiteral("0002_b.sql"), sqlRevision("b2", "a1"));
    const QString broken = test::writeFile(dir.path(), QStringLiteral("0003_broken.sql"),
                                           QStringLiteral("-- Revises: b2\n-- migrate:upgrade\n"));
    test::writeFile(dir.path(), QStringLiteral("0004_d.sql"), sqlRevision("d4", "b2"));

    const ScriptDirectoryLoad load = ScriptDirectory::load({dir.path()});
    QCOMPARE(ids(load), (QStringList{"a1", "b2", "d4"}));
    QCOMPARE(load.problems.size(), 1);
    QCOMPARE(load.problems.first().toString(), broken + ":1: no 'Revision ID' header");
}

void TestScriptDirectory::filesAndFolders_data() {
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QStringList>("expectedFileNames");

    QTest::newRow("sorted by file name, not id")
        << QStringList{"b.sql", "a.sql", "c.sql"} << QStringList{"a.sql", "b.sql", "c.sql"};
    QTest::newRow("recursive") << QStringList{"2025/x.sql", "y.sql", "old/2024/w.sql"}
                               << QStringList{"w.sql", "x.sql", "y.sql"};
    QTest::newRow("python but not __init__ or __pycache__")
        << QStringList{"a.py", "__init__.py", "__pycache__/c.py", "sub/__init__.py", "d.sql"}
        << QStringList{"a.py", "d.sql"};
    QTest::newRow("other files ignored")
        << QStringList{"a.sql", "README.md", "a.sql.bak", "x.pyc"} << QStringList{"a.sql"};
}

void TestScriptDirectory::filesAndFolders() {
    QFETCH(QStringList, files);
    QFETCH(QStringList, expectedFileNames);
    QTemporaryDir dir;
    int n = 0;
    for (const QString& f : files) {
        const QString id = QStringLiteral("r%1").arg(++n);
        const QString text =
            f.endsWith(QLatin1String(".py"))
                ? QStringLiteral("\"\"\"m\"\"\"\nrevision = '%1'\ndown_revision = None\n").arg(id)
                : sqlRevision(id, QString());
        test::writeFile(dir.path(), f, text);
    }
    const ScriptDirectoryLoad load = ScriptDirectory::load({dir.path()});
    QStringList names;
    for (const Revision& r : load.revisions)
        names.append(r.fileName);
    QCOMPARE(names, expectedFileNames);
    QVERIFY(load.problems.isEmpty());
    for (const Revision& r : load.revisions) {
        QVERIFY(QDir::isAbsolutePath(r.filePath));
        QCOMPARE(r.source, r.fileName.endsWith(QLatin1String(".py"))
                               ? Revision::Source::AlembicPython
                               : Revision::Source::Sql);
    }
}

void TestScriptDirectory::missingFolder() {
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("nope"));
    test::writeFile(dir.path(), QStringLiteral("versions/a.sql"), sqlRevision("a", ""));
    const ScriptDirectoryLoad load =
        ScriptDirectory::load({dir.filePath(QStringLiteral("versions")), missing});
    QCOMPARE(ids(load), QStringList{"a"});
    QCOMPARE(load.problems.size(), 1);
    QCOMPARE(load.problems.first().code, ErrorCode::NotFound);
    QVERIFY(load.problems.first().toString().contains(missing));
}

void TestScriptDirectory::severalFolders() {
    QTemporaryDir dir;
    test::writeFile(dir.path(), QStringLiteral("one/b.sql"), sqlRevision("b", ""));
    test::writeFile(dir.path(), QStringLiteral("two/a.sql"), sqlRevision("a", "b"));
    const QString bad = test::writeFile(dir.path(), QStringLiteral("two/c.sql"),
                                        QStringLiteral("-- Revision ID: c\n\nSELECT 1;\n"));
    const ScriptDirectoryLoad load = ScriptDirectory::load(
        {dir.filePath(QStringLiteral("one")), dir.filePath(QStringLiteral("two"))});
    QCOMPARE(ids(load), (QStringList{"a", "b"}));
    QCOMPARE(load.problems.size(), 1);
    QVERIFY(load.problems.first().toString().startsWith(bad + QStringLiteral(":3: text before")));
}

void TestScriptDirectory::sampleProject() {
    const ScriptDirectoryLoad load =
        ScriptDirectory::load({test::sampleProjectDir() + QStringLiteral("/versions")});
    QVERIFY(load.problems.isEmpty());
    QCOMPARE(ids(load), (QStringList{"0001_init_schema", "0002_add_chunk_embeddings",
                                     "0003_add_search_indexes", "0004_add_documents_path_index"}));
    for (const Revision& r : load.revisions)
        QVERIFY(r.upgrade.checksum.startsWith(QLatin1String("v1:")));
}

void TestScriptDirectory::alembicFixtures() {
    const ScriptDirectoryLoad load =
        ScriptDirectory::load({QStringLiteral(STRATA_FIXTURES_DIR "/files/alembic")});
    QVERIFY(load.problems.isEmpty());
    QCOMPARE(ids(load), (QStringList{"1975ea83b712", "27c6a30d7c24", "53fffde5ad5", "55af2cb1c267",
                                     "ae1027a6acf"}));
}

QTEST_GUILESS_MAIN(TestScriptDirectory)
#include "tst_scriptdirectory.moc"
