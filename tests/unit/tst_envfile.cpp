#include "config/EnvFile.h"

#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace strata;

using Pairs = QList<QPair<QString, QString>>;

class TestEnvFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void valid_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Pairs>("expected"); // in key order
        QTest::newRow("simple") << "A=1\nB=two\n" << Pairs{{"A", "1"}, {"B", "two"}};
        QTest::newRow("export prefix") << "export DATABASE_URL=postgresql://h/d\n"
                                       << Pairs{{"DATABASE_URL", "postgresql://h/d"}};
        QTest::newRow("comments and blank lines")
            << "# header\n\n   \nA=1 # trailing comment\n  # indented comment\nB=2\n"
            << Pairs{{"A", "1"}, {"B", "2"}};
        QTest::newRow("hash without space is data") << "PW=pa#ss\n" << Pairs{{"PW", "pa#ss"}};
        QTest::newRow("spaces around =") << "A = some value  \n" << Pairs{{"A", "some value"}};
        QTest::newRow("empty value") << "EMPTY=\nNEXT=x" << Pairs{{"EMPTY", ""}, {"NEXT", "x"}};
        QTest::newRow("single quotes literal") << "A='it is $HOME \\n # not a comment'\n"
                                               << Pairs{{"A", "it is $HOME \\n # not a comment"}};
        QTest::newRow("double quotes escapes") << "A=\"line1\\nline2\\t\\\"q\\\" \\\\ \\$x\"\n"
                                               << Pairs{{"A", "line1\nline2\t\"q\" \\ $x"}};
        QTest::newRow("double quotes then comment")
            << "A=\"x y\"   # c\nB=1" << Pairs{{"A", "x y"}, {"B", "1"}};
        QTest::newRow("multi-line double quoted") << "A=\"one\ntwo\"\nB=3\n"
                                                  << Pairs{{"A", "one\ntwo"}, {"B", "3"}};
        QTest::newRow("equals in value") << "URL=host=db password=x\n"
                                         << Pairs{{"URL", "host=db password=x"}};
        QTest::newRow("last definition wins") << "A=1\nB=2\nA=3\n" << Pairs{{"A", "3"}, {"B", "2"}};
        QTest::newRow("crlf") << "A=1\r\nB=2\r\n" << Pairs{{"A", "1"}, {"B", "2"}};
        QTest::newRow("no final newline") << "A=1" << Pairs{{"A", "1"}};
        QTest::newRow("empty file") << "" << Pairs{};
        QTest::newRow("underscore key") << "_X9=y" << Pairs{{"_X9", "y"}};
    }
    void valid() {
        QFETCH(QString, text);
        QFETCH(Pairs, expected);
        const Result<EnvFile> r = EnvFile::parse(text, QStringLiteral(".env"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QStringList keys;
        for (const auto& [k, v] : expected) {
            keys.append(k);
            QVERIFY2(r->value(k).has_value(), qPrintable(k));
            QCOMPARE(*r->value(k), v);
        }
        QCOMPARE(r->keys(), keys);
        QVERIFY(!r->value(QStringLiteral("NOT_THERE")).has_value());
    }

    void lines() {
        const Result<EnvFile> r =
            EnvFile::parse(QStringLiteral("# c\nA=\"x\ny\"\n\nB=1\n"), QStringLiteral(".env"));
        QVERIFY(r.ok());
        QCOMPARE(r->lineOf(QStringLiteral("A")), 2);
        QCOMPARE(r->lineOf(QStringLiteral("B")), 5);
        QCOMPARE(r->lineOf(QStringLiteral("C")), 0);
    }

    void malformed_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("no equals") << "A=1\nJUST_A_WORD\n" << 2 << "expected KEY=VALUE";
        QTest::newRow("bad name") << "A=1\n\n1ABC=x\n" << 3 << "invalid variable name '1ABC'";
        QTest::newRow("dash in name") << "MY-VAR=x" << 1 << "invalid variable name 'MY-VAR'";
        QTest::newRow("empty name") << "# c\n=x" << 2 << "invalid variable name ''";
        QTest::newRow("unterminated double") << "A=1\nB=\"abc\nC=2\n"
                                             << 2 << "unterminated double-quoted value of B";
        QTest::newRow("unterminated single") << "A='abc" << 1 << "unterminated single-quoted";
        QTest::newRow("text after quote") << "A=1\nB=\"x\" y\n"
                                          << 2 << "unexpected text after the closing quote of B";
        QTest::newRow("text after multi-line quote")
            << "B=\"x\ny\" z\n"
            << 2 << "unexpected text after the closing quote of B";
        QTest::newRow("export alone") << "export\n" << 1 << "expected KEY=VALUE";
    }
    void malformed() {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(QString, fragment);
        const Result<EnvFile> r = EnvFile::parse(text, QStringLiteral("/p/.env"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Parse);
        QCOMPARE(r.error().file, QStringLiteral("/p/.env"));
        QCOMPARE(r.error().line, line);
        QVERIFY2(r.error().message.contains(fragment), qPrintable(r.error().message));
        QVERIFY(r.error().toString().startsWith(QStringLiteral("/p/.env:%1: ").arg(line)));
    }

    void loadFromFile() {
        QTemporaryDir dir;
        const QString path = test::writeFile(dir.path(), QStringLiteral(".env"),
                                             QStringLiteral("X=1\nY='two words'\n"));
        const Result<EnvFile> r = EnvFile::load(path);
        QVERIFY(r.ok());
        QCOMPARE(r->path(), path);
        QCOMPARE(*r->value(QStringLiteral("Y")), QStringLiteral("two words"));

        test::writeFile(dir.path(), QStringLiteral("bad.env"), QStringLiteral("X=1\nnope\n"));
        const Result<EnvFile> bad = EnvFile::load(dir.filePath(QStringLiteral("bad.env")));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().toString(), dir.filePath(QStringLiteral("bad.env")) +
                                             QStringLiteral(":2: expected KEY=VALUE, got 'nope'"));

        const Result<EnvFile> missing = EnvFile::load(dir.filePath(QStringLiteral("none.env")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestEnvFile)
#include "tst_envfile.moc"
