// ProjectConfigEditor: environments added, edited, renamed and removed in strata.toml in place
// (header tables, dotted keys, inline tables, CRLF); every other byte kept; an edit that would
// not load, or a file that does not parse, writes nothing and names strata.toml:LINE.
#include "config/ProjectConfigEditor.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;

namespace {

// "name=x;url=y;protected=true;color=#123456;lock_timeout=5000;description=d" applied to `env`.
Environment edited(Environment env, const QString& changes) {
    for (const QString& change : changes.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString key = change.section(QLatin1Char('='), 0, 0);
        const QString value = change.section(QLatin1Char('='), 1);
        if (key == QLatin1String("name"))
            env.name = value;
        else if (key == QLatin1String("url"))
            env.url = value;
        else if (key == QLatin1String("color"))
            env.color = value;
        else if (key == QLatin1String("protected"))
            env.isProtected = value == QLatin1String("true");
        else if (key == QLatin1String("backup"))
            env.backup = value == QLatin1String("true");
        else if (key == QLatin1String("lock_timeout"))
            env.lockTimeoutMs = value.toLongLong();
        else if (key == QLatin1String("statement_timeout"))
            env.statementTimeoutMs = value.toLongLong();
        else if (key == QLatin1String("description"))
            env.description = value;
    }
    return env;
}

QString path() {
    return QDir::temp().absoluteFilePath(QStringLiteral("strata.toml"));
}

const char* const kCommented = "# Strata project\n"
                               "[project]\n"
                               "versions = \"versions\"   # beside strata.toml\n"
                               "\n"
                               "# the laptop\n"
                               "[environments.dev]\n"
                               "url = \"postgresql://localhost/app\" # local\n"
                               "color = \"#2e7d32\"\n"
                               "\n"
                               "[environments.prod]\n"
                               "url = \"service=prod\"\n"
                               "protected = true\n"
                               "lock_timeout = \"5s\"\n"
                               "\n"
                               "[lint]\n"
                               "postgres = 13\n";

} // namespace

class TestProjectConfigEditor : public QObject {
    Q_OBJECT

private slots:
    void edits_data() {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QString>("op");   // add, update, remove
        QTest::addColumn<QString>("name"); // the environment edited (update, remove)
        QTest::addColumn<QString>("changes");
        QTest::addColumn<QByteArray>("after");

        const QByteArray commented(kCommented);
        auto replaced = [&commented](const char* from, const char* to) {
            QByteArray out = commented;
            return out.replace(from, to);
        };
        QTest::newRow("add after the last environment, comments kept")
            << commented << "add"
            << ""
            << "name=staging;url=postgresql://s/app;protected=true"
            << replaced("lock_timeout = \"5s\"\n\n",
                        "lock_timeout = \"5s\"\n\n[environments.staging]\nurl = "
                        "\"postgresql://s/app\"\nprotected = true\n\n");
        QTest::newRow("edit a value, its comment kept")
            << commented << "update"
            << "dev"
            << "url=postgresql://db.example.com/app"
            << replaced("url = \"postgresql://localhost/app\" # local",
                        "url = \"postgresql://db.example.com/app\" # local");
        QTest::newRow("add a key to a table")
            << commented << "update"
            << "dev"
            << "statement_timeout=120000"
            << replaced("color = \"#2e7d32\"\n",
                        "color = \"#2e7d32\"\nstatement_timeout = \"2min\"\n");
        QTest::newRow("a key back to its default is removed")
            << commented << "update"
            << "prod"
            << "protected=false;lock_timeout=0"
            << replaced("protected = true\nlock_timeout = \"5s\"\n", "");
        QTest::newRow("rename a table")
            << commented << "update"
            << "prod"
            << "name=production" << replaced("[environments.prod]", "[environments.production]");
        QTest::newRow("remove a table")
            << commented << "remove"
            << "dev"
            << ""
            << replaced("# the laptop\n[environments.dev]\nurl = \"postgresql://localhost/app\" "
                        "# local\ncolor = \"#2e7d32\"\n\n",
                        "");
        QTest::newRow("remove the last environment")
            << QByteArray("[project]\nversions = \"v\"\n\n[environments.only]\nurl = \"x\"\n")
            << "remove"
            << "only"
            << "" << QByteArray("[project]\nversions = \"v\"\n");
        QTest::newRow("dotted keys: edit and add")
            << QByteArray("[environments]\nqa.url = \"a\" # qa\nqa.color = \"red\"\n\n[lint]\n")
            << "update"
            << "qa"
            << "url=b;protected=true"
            << QByteArray("[environments]\nqa.url = \"b\" # qa\nqa.color = \"red\"\nqa.protected = "
                          "true\n\n[lint]\n");
        QTest::newRow("dotted keys at the root: remove")
            << QByteArray("environments.a.url = \"x\"\nenvironments.b.url = \"y\"\n"
                          "environments.a.protected = true\n")
            << "remove"
            << "a"
            << "" << QByteArray("environments.b.url = \"y\"\n");
        QTest::newRow("dotted keys: renamed into a table")
            << QByteArray("[environments]\nqa.url = \"a\"\n") << "update"
            << "qa"
            << "name=qa2" << QByteArray("[environments]\n\n[environments.qa2]\nurl = \"a\"\n");
        QTest::newRow("inline table: edit, others kept")
            << QByteArray("[environments]\nst = { url = \"é\", color = \"red\" } # inline\n"
                          "dev = { url = \"d\" }\n")
            << "update"
            << "st"
            << "protected=true;color="
            << QByteArray("[environments]\nst = { url = \"é\", protected = true } # inline\n"
                          "dev = { url = \"d\" }\n");
        QTest::newRow("inline table: rename")
            << QByteArray("[environments]\nst = { url = \"x\" }\n") << "update"
            << "st"
            << "name=stage" << QByteArray("[environments]\nstage = { url = \"x\" }\n");
        QTest::newRow("inline table: remove")
            << QByteArray("[environments]\nst = { url = \"x\" }\ndev = { url = \"d\" }\n")
            << "remove"
            << "st"
            << "" << QByteArray("[environments]\ndev = { url = \"d\" }\n");
        QTest::newRow("CRLF kept, new lines CRLF too")
            << QByteArray("# c\r\n[environments.dev]\r\nurl = \"a\"\r\n") << "update"
            << "dev"
            << "url=b;backup=true"
            << QByteArray("# c\r\n[environments.dev]\r\nurl = \"b\"\r\nbackup = true\r\n");
        QTest::newRow("CRLF: add")
            << QByteArray("[environments.dev]\r\nurl = \"a\"\r\n") << "add"
            << ""
            << "name=qa;url=q"
            << QByteArray("[environments.dev]\r\nurl = \"a\"\r\n\r\n[environments.qa]\r\nurl = "
                          "\"q\"\r\n");
        QTest::newRow("add to a file without environments nor final newline")
            << QByteArray("[project]\nversions = \"v\"") << "add"
            << ""
            << "name=dev;url=postgresql://u@h/d;description=say \"hi\""
            << QByteArray("[project]\nversions = \"v\"\n\n[environments.dev]\nurl = "
                          "\"postgresql://u@h/d\"\ndescription = \"say \\\"hi\\\"\"\n");
        QTest::newRow("a multi-line value replaced")
            << QByteArray("[environments.dev]\ndescription = \"\"\"\nline one\nline two\"\"\"\n"
                          "url = \"a\"\n")
            << "update"
            << "dev"
            << "description=short"
            << QByteArray("[environments.dev]\ndescription = \"short\"\nurl = \"a\"\n");
        QTest::newRow("a name that needs quotes")
            << QByteArray("[environments.dev]\nurl = \"a\"\n") << "add"
            << ""
            << "name=eu.west;url=e"
            << QByteArray(
                   "[environments.dev]\nurl = \"a\"\n\n[environments.\"eu.west\"]\nurl = \"e\"\n");
    }
    void edits() {
        QFETCH(QByteArray, before);
        QFETCH(QString, op);
        QFETCH(QString, name);
        QFETCH(QString, changes);
        QFETCH(QByteArray, after);
        auto editor = ProjectConfigEditor::fromText(before, path());
        QVERIFY2(editor, qPrintable(editor ? QString() : editor.error().toString()));
        Result<void> done;
        if (op == QLatin1String("add")) {
            done = editor->addEnvironment(edited(Environment(), changes));
        } else if (op == QLatin1String("update")) {
            const Environment* env = editor->config().environment(name);
            QVERIFY(env);
            done = editor->updateEnvironment(name, edited(*env, changes));
        } else {
            done = editor->removeEnvironment(name);
        }
        QVERIFY2(done, qPrintable(done ? QString() : done.error().toString()));
        QCOMPARE(editor->text(), after);
        // What was asked is what loads.
        const QString now = edited(Environment(), changes).name;
        if (op == QLatin1String("remove"))
            QVERIFY(!editor->config().environment(name));
        else
            QVERIFY(editor->config().environment(now.isEmpty() ? name : now));
    }

    void refusedEditChangesNothing_data() {
        QTest::addColumn<QString>("changes");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad colour") << "color=not a colour"
                                    << "strata.toml:8: ";
        QTest::newRow("bad variable") << "url=${UNTERMINATED"
                                      << "strata.toml:7: ";
        QTest::newRow("name taken") << "name=prod"
                                    << "already exists";
    }
    void refusedEditChangesNothing() {
        QFETCH(QString, changes);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("strata.toml"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(kCommented);
        }
        auto editor = ProjectConfigEditor::load(file);
        QVERIFY(editor);
        const Environment dev = *editor->config().environment(QStringLiteral("dev"));
        const Result<void> done =
            editor->updateEnvironment(QStringLiteral("dev"), edited(dev, changes));
        QVERIFY(!done);
        QVERIFY2(done.error().toString().contains(message), qPrintable(done.error().toString()));
        QVERIFY(!done.error().toString().contains(QLatin1Char('\n')));
        QCOMPARE(editor->text(), QByteArray(kCommented));
        QVERIFY(editor->save());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray(kCommented));
    }

    void parseErrorLoadsNothing() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("strata.toml"));
        const QByteArray broken("[project]\nversions = \"v\"\n[environments.dev\nurl = \"x\"\n");
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(broken);
        }
        auto editor = ProjectConfigEditor::load(file);
        QVERIFY(!editor);
        QCOMPARE(editor.error().code, ErrorCode::Parse);
        QVERIFY2(editor.error().toString().contains(QStringLiteral("strata.toml:3")),
                 qPrintable(editor.error().toString()));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), broken);
    }

    void saveWritesAndRoundTrips() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("strata.toml"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(kCommented);
        }
        auto editor = ProjectConfigEditor::load(file);
        QVERIFY(editor);
        Environment qa;
        qa.name = QStringLiteral("qa");
        qa.url = QStringLiteral("postgresql://qa@h/app");
        QVERIFY(editor->addEnvironment(qa));
        QVERIFY(editor->save());
        auto again = ProjectConfigEditor::load(file);
        QVERIFY(again);
        QCOMPARE(
            again->config().environmentNames(),
            (QStringList{QStringLiteral("dev"), QStringLiteral("prod"), QStringLiteral("qa")}));
        // Removing what was added gives back the original bytes.
        QVERIFY(again->removeEnvironment(QStringLiteral("qa")));
        QCOMPARE(again->text(), QByteArray(kCommented));
    }

    void alembicProjectGetsAStrataToml() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("strata.toml"));
        ProjectConfigEditor editor =
            ProjectConfigEditor::forAlembic(file, QStringLiteral("alembic.ini"));
        Environment env;
        env.name = QStringLiteral("staging");
        env.url = QStringLiteral("${STAGING_URL}");
        QVERIFY(editor.addEnvironment(env));
        QVERIFY(editor.save());
        auto loaded = ProjectConfig::load(file);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        QVERIFY(loaded->isAlembicProject());
        QCOMPARE(loaded->environmentNames(), QStringList{QStringLiteral("staging")});
        QVERIFY(editor.text().contains("[project]\nalembic = \"alembic.ini\"\n"));
    }
};

QTEST_GUILESS_MAIN(TestProjectConfigEditor)
#include "tst_projectconfigeditor.moc"
