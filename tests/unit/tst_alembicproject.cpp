// alembic.ini and pyproject.toml read as Alembic reads them (configparser semantics).
#include "Project.h"
#include "TestSupport.h"
#include "alembic/AlembicProject.h"
#include "alembic/IniFile.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using namespace strata::test;

class TestAlembicProject : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void iniValues_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("here") << "[alembic]\nscript_location = %(here)s/migrations\n"
                              << "script_location"
                              << "HERE/migrations";
        QTest::newRow("escaped percent") << "[alembic]\nfile_template = %%(rev)s_%%(slug)s\n"
                                         << "file_template"
                                         << "%(rev)s_%(slug)s";
        QTest::newRow("colon separator") << "[alembic]\nsqlalchemy.url: sqlite://\n"
                                         << "sqlalchemy.url"
                                         << "sqlite://";
        QTest::newRow("keys are case-insensitive") << "[alembic]\nScript_Location = m\n"
                                                   << "script_location"
                                                   << "m";
        QTest::newRow("continuation") << "[alembic]\nversion_locations =\n    a\n    b\nx = 1\n"
                                      << "version_locations"
                                      << "\na\nb";
        QTest::newRow("comment inside a value") << "[alembic]\nv = a\n# not part of it\n    b\n"
                                                << "v"
                                                << "a\nb";
        QTest::newRow("no inline comments") << "[alembic]\nv = a # b\n"
                                            << "v"
                                            << "a # b";
        QTest::newRow("from DEFAULT") << "[DEFAULT]\nroot = /srv\n[alembic]\nv = %(root)s/x\n"
                                      << "v"
                                      << "/srv/x";
        QTest::newRow("same-section reference") << "[alembic]\nbase = b\nv = %(base)s/c\n"
                                                << "v"
                                                << "b/c";
        QTest::newRow("missing key") << "[alembic]\n"
                                     << "v" << QString();
    }
    void iniValues() {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QFETCH(QString, expected);
        const Result<IniFile> ini = IniFile::parse(text, QStringLiteral("alembic.ini"));
        QVERIFY2(ini.ok(), ini.ok() ? "" : qPrintable(ini.error().toString()));
        const Result<QString> v = ini->value(QStringLiteral("alembic"), key,
                                             {{QStringLiteral("here"), QStringLiteral("HERE")}});
        QVERIFY2(v.ok(), v.ok() ? "" : qPrintable(v.error().toString()));
        QCOMPARE(v->isNull(), expected.isNull());
        QCOMPARE(*v, expected);
    }

    void iniErrors_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("outside a section") << "x = 1\n"
                                           << "alembic.ini:1: 'x = 1' is outside any section "
                                              "(expected [alembic] first)";
        QTest::newRow("duplicate option") << "[alembic]\na = 1\na = 2\n"
                                          << "alembic.ini:3: option 'a' appears twice in [alembic]";
        QTest::newRow("lone percent") << "[alembic]\nv = 50%\n"
                                      << "alembic.ini:2: [alembic] v: '%' must be followed by "
                                         "'%' or '(' (write %% for a literal %)";
        QTest::newRow("unknown reference") << "[alembic]\nv = %(nope)s\n"
                                           << "alembic.ini:2: [alembic] v: %(nope)s refers to an "
                                              "option that does not exist";
        QTest::newRow("cycle") << "[alembic]\na = %(b)s\nb = %(a)s\n"
                               << "alembic.ini:2: [alembic] a: interpolation nested more than 10 "
                                  "levels (a reference cycle?)";
    }
    void iniErrors() {
        QFETCH(QString, text);
        QFETCH(QString, error);
        const Result<IniFile> ini = IniFile::parse(text, QStringLiteral("alembic.ini"));
        if (!ini.ok()) {
            QCOMPARE(ini.error().toString(), error);
            return;
        }
        const Result<QString> v = ini->value(QStringLiteral("alembic"), QStringLiteral("v"));
        const Result<QString> a = ini->value(QStringLiteral("alembic"), QStringLiteral("a"));
        const Error& e = !v.ok() ? v.error() : a.error();
        QCOMPARE(e.toString(), error);
    }

    void project_data() {
        QTest::addColumn<QString>("ini");
        QTest::addColumn<QStringList>("locations"); // relative to the ini folder
        QTest::addColumn<bool>("recursive");
        QTest::newRow("defaults") << "script_location = migrations\n"
                                  << QStringList{"migrations/versions"} << false;
        QTest::newRow("here") << "script_location = %(here)s/alembic\n"
                              << QStringList{"alembic/versions"} << false;
        QTest::newRow("legacy split (spaces and commas)")
            << "script_location = m\nversion_locations = %(here)s/a, %(here)s/b c\n"
            << QStringList{"a", "b", "c"} << false;
        QTest::newRow("os separator")
            << "script_location = m\nversion_locations = a:b\nversion_path_separator = os\n"
            << QStringList{"a", "b"} << false;
        QTest::newRow("path_separator newline (1.16)")
            << "script_location = m\nversion_locations =\n  a\n  b\npath_separator = newline\n"
            << QStringList{"a", "b"} << false;
        QTest::newRow("space separator keeps commas")
            << "script_location = m\nversion_locations = a,b c\nversion_path_separator = space\n"
            << QStringList{"a,b", "c"} << false;
        QTest::newRow("recursive") << "script_location = m\nrecursive_version_locations = true\n"
                                   << QStringList{"m/versions"} << true;
    }
    void project() {
        QFETCH(QString, ini);
        QFETCH(QStringList, locations);
        QFETCH(bool, recursive);
        QTemporaryDir dir;
        const QString path = writeFile(dir.path(), QStringLiteral("alembic.ini"),
                                       QStringLiteral("[alembic]\n") + ini +
                                           QStringLiteral("sqlalchemy.url = postgresql://u@h/d\n"));
        const Result<AlembicProject> p = AlembicProject::fromIni(path);
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().toString()));
        QStringList got;
        for (const QString& l : p->versionLocations)
            got << QDir(dir.path()).relativeFilePath(l);
        QCOMPARE(got, locations);
        QCOMPARE(p->recursive, recursive);
        QCOMPARE(p->sqlalchemyUrl, QStringLiteral("postgresql://u@h/d"));
        QCOMPARE(p->fileTemplate, QStringLiteral("%(rev)s_%(slug)s"));
    }

    void badSeparator() {
        QTemporaryDir dir;
        const QString path = writeFile(dir.path(), QStringLiteral("alembic.ini"),
                                       QStringLiteral("[alembic]\nscript_location = m\n"
                                                      "version_locations = a\n"
                                                      "version_path_separator = pipe\n"));
        const Result<AlembicProject> p = AlembicProject::fromIni(path);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().toString(),
                 path + QStringLiteral(":4: 'pipe' is not a valid path separator (expected os, "
                                       "space, newline, ':' or ';')"));
    }

    // A folder with alembic.ini and no strata.toml is a project; archive/ is read only with
    // recursive_version_locations; strata.toml beside it adds environments and keeps the rest.
    void openAlembicProject_data() {
        QTest::addColumn<QString>("ini");
        QTest::addColumn<QString>("toml"); // empty: no strata.toml
        QTest::addColumn<int>("revisions");
        QTest::addColumn<QStringList>("environments");
        QTest::addColumn<QString>("firstUrl");
        const QString base = QStringLiteral("[alembic]\nscript_location = %(here)s/migrations\n");
        QTest::newRow("ini only, placeholder url")
            << base + "sqlalchemy.url = driver://user:pass@localhost/dbname\n"
            << QString() << 2 << QStringList{"default"} << "${DATABASE_URL}";
        QTest::newRow("ini only, real url")
            << base + "sqlalchemy.url = postgresql+psycopg2://app@db/app\n"
            << QString() << 2 << QStringList{"default"}
            << "${DATABASE_URL:-postgresql+psycopg2://app@db/app}";
        QTest::newRow("recursive") << base + "recursive_version_locations = true\n"
                                   << QString() << 3 << QStringList{"default"} << "${DATABASE_URL}";
        QTest::newRow("strata.toml beside it")
            << base
            << "[project]\nalembic = \"alembic.ini\"\n\n[environments.dev]\nurl = \"a\"\n"
               "\n[environments.prod]\nurl = \"b\"\nprotected = true\n"
            << 2 << QStringList{"dev", "prod"} << "a";
        // strata.toml naming alembic.ini without environments: the `default` one, read from
        // [alembic] url_env first.
        QTest::newRow("strata.toml, url_env, no environments")
            << base + "sqlalchemy.url = postgresql://app@db/app\n"
            << "[project]\nalembic = \"alembic.ini\"\n\n[alembic]\nurl_env = \"APP_DB\"\n"
            << 2 << QStringList{"default"} << "${APP_DB:-postgresql://app@db/app}";
        QTest::newRow("strata.toml, no environments, default variable")
            << base << "[project]\nalembic = \"alembic.ini\"\n"
            << 2 << QStringList{"default"} << "${DATABASE_URL}";
    }
    void openAlembicProject() {
        QFETCH(QString, ini);
        QFETCH(QString, toml);
        QFETCH(int, revisions);
        QFETCH(QStringList, environments);
        QFETCH(QString, firstUrl);
        QTemporaryDir dir;
        writeFile(dir.path(), QStringLiteral("alembic.ini"), ini);
        if (!toml.isEmpty())
            writeFile(dir.path(), QStringLiteral("strata.toml"), toml);
        const auto py = [](const QString& id, const QString& down) {
            return QStringLiteral("\"\"\"%1\"\"\"\nrevision = '%1'\ndown_revision = %2\n"
                                  "branch_labels = None\ndepends_on = None\n\n"
                                  "def upgrade():\n    pass\n\ndef downgrade():\n    pass\n")
                .arg(id, down);
        };
        writeFile(dir.path(), QStringLiteral("migrations/versions/a1_first.py"),
                  py(QStringLiteral("a1"), QStringLiteral("None")));
        writeFile(dir.path(), QStringLiteral("migrations/versions/b2_second.py"),
                  py(QStringLiteral("b2"), QStringLiteral("'a1'")));
        writeFile(dir.path(), QStringLiteral("migrations/versions/archive/c3_old.py"),
                  py(QStringLiteral("c3"), QStringLiteral("'b2'")));
        writeFile(dir.path(), QStringLiteral("migrations/versions/__init__.py"), QString());
        const Result<Project> p = Project::open(dir.filePath(QStringLiteral("migrations/versions")),
                                                Project::Mode::Strict);
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().toString()));
        QCOMPARE(p->graph().size(), revisions);
        QCOMPARE(p->config().environmentNames(), environments);
        QCOMPARE(p->config().environments().at(0).url, firstUrl);
        QVERIFY(p->config().isAlembicProject());
    }

    void noProjectFile() {
        QTemporaryDir dir;
        const Result<QString> f = ProjectConfig::findProjectFile(dir.path());
        QVERIFY(!f.ok());
        QVERIFY2(f.error().message.startsWith(QStringLiteral("no strata.toml or alembic.ini in ")),
                 qPrintable(f.error().message));
    }

    void pyproject() {
        QTemporaryDir dir;
        const QString path =
            writeFile(dir.path(), QStringLiteral("pyproject.toml"),
                      QStringLiteral("[project]\nname = \"app\"\n\n[tool.alembic]\n"
                                     "script_location = \"%(here)s/db\"\n"
                                     "version_locations = [\"%(here)s/db/versions\", \"more\"]\n"
                                     "recursive_version_locations = true\n"));
        QVERIFY(AlembicProject::pyprojectHasAlembic(path));
        const Result<AlembicProject> p = AlembicProject::fromPyproject(path);
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().toString()));
        QCOMPARE(p->scriptLocation, QDir(dir.path()).filePath(QStringLiteral("db")));
        QCOMPARE(p->versionLocations,
                 (QStringList{QDir(dir.path()).filePath(QStringLiteral("db/versions")),
                              QDir(dir.path()).filePath(QStringLiteral("more"))}));
        QVERIFY(p->recursive);
        const QString plain = writeFile(dir.path(), QStringLiteral("other/pyproject.toml"),
                                        QStringLiteral("[project]\nname = \"x\"\n"));
        QVERIFY(!AlembicProject::pyprojectHasAlembic(plain));
    }
};

QTEST_GUILESS_MAIN(TestAlembicProject)
#include "tst_alembicproject.moc"
