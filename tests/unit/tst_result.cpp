#include "Result.h"

#include <QProcess>
#include <QTest>

using namespace strata;

namespace {

Result<int> parsePositive(const QString& text) {
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok)
        return Error(ErrorCode::Parse, QStringLiteral("not a number: ") + text);
    if (n <= 0)
        return Error(ErrorCode::Usage, QStringLiteral("not positive: ") + text);
    return n;
}

Result<int> twiceWithTry(const QString& text) {
    STRATA_TRY_ASSIGN(const int n, parsePositive(text));
    return n * 2;
}

Result<void> checkWithTry(const QString& text) {
    STRATA_TRY(parsePositive(text));
    return {};
}

// Which misuse the child process performs (see misuseAborts).
constexpr const char* kChildVariable = "STRATA_RESULT_MISUSE_CHILD";

} // namespace

class TestResult : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void errorToString_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("sqlstate");
        QTest::addColumn<QString>("expected");
        QTest::newRow("message only") << QString() << 0 << 0 << QString() << "boom";
        QTest::newRow("file") << "a.sql" << 0 << 0 << QString() << "a.sql: boom";
        QTest::newRow("file line") << "a.sql" << 3 << 0 << QString() << "a.sql:3: boom";
        QTest::newRow("file line col") << "a.sql" << 3 << 7 << QString() << "a.sql:3:7: boom";
        QTest::newRow("sqlstate") << QString() << 0 << 0 << "42P01"
                                  << "boom [SQLSTATE 42P01]";
    }
    void errorToString() {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, sqlstate);
        QFETCH(QString, expected);
        Error e(ErrorCode::Parse, QStringLiteral("boom"));
        e.at(file, line, column);
        e.sqlstate = sqlstate;
        QCOMPARE(e.toString(), expected);
    }
    void multilineMessageIsOneLine() {
        Error e(ErrorCode::Parse, QStringLiteral("a\nb"));
        QVERIFY(!e.toString().contains(QLatin1Char('\n')));
    }
    void valueAndError() {
        Result<int> good(42);
        QVERIFY(good.ok());
        QCOMPARE(*good, 42);
        Result<int> bad(Error(ErrorCode::NotFound, QStringLiteral("x")));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::NotFound);
        QCOMPARE(bad.valueOr(7), 7);
        Result<void> v;
        QVERIFY(v.ok());
        Result<void> w(Error(ErrorCode::Io, QStringLiteral("y")));
        QVERIFY(!w.ok());
    }

    void chaining_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("expected"); // the value as text, or the error's message
        QTest::newRow("value") << "21" << true << "42";
        QTest::newRow("first step fails") << "x" << false << "not a number: x";
        QTest::newRow("second step fails") << "-3" << false << "not positive: -3";
    }
    void chaining() {
        QFETCH(QString, input);
        QFETCH(bool, ok);
        QFETCH(QString, expected);

        Result<QString> chained = Result<QString>(input)
                                      .and_then(parsePositive)
                                      .transform([](int n) { return n * 2; })
                                      .transform([](int n) { return QString::number(n); });
        QCOMPARE(chained.ok(), ok);
        QCOMPARE(ok ? chained.value() : chained.error().message, expected);

        Result<int> viaTry = twiceWithTry(input);
        QCOMPARE(viaTry.ok(), ok);
        QCOMPARE(ok ? QString::number(*viaTry) : viaTry.error().message, expected);
        QCOMPARE(checkWithTry(input).ok(), ok);
    }
    void orElseAddsContext() {
        Result<int> r = parsePositive(QStringLiteral("x")).or_else([](Error e) -> Result<int> {
            e.at(QStringLiteral("strata.toml"), 4);
            return e;
        });
        QCOMPARE(r.error().toString(), QStringLiteral("strata.toml:4: not a number: x"));
        Result<int> recovered =
            parsePositive(QStringLiteral("x")).or_else([](Error) -> Result<int> { return 1; });
        QCOMPARE(*recovered, 1);
        Result<int> untouched =
            parsePositive(QStringLiteral("5")).or_else([](Error) -> Result<int> { return 1; });
        QCOMPARE(*untouched, 5);
    }

    // Reading the error of a success (or the value of an error) is a checked failure: the
    // process aborts with a message, in every build type. Run in a child process.
    void misuseAborts_data() {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QString>("message");
        QTest::newRow("error of success") << "error"
                                          << "error() of a success";
        QTest::newRow("error of void success") << "voiderror"
                                               << "error() of a success";
        QTest::newRow("value of error") << "value"
                                        << "value() of an error: boom";
    }
    void misuseAborts() {
        QFETCH(QString, which);
        QFETCH(QString, message);
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kChildVariable), which);
        env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("handle_abort=0"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("misuseChild")});
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QVERIFY2(QString::fromLocal8Bit(child.readAllStandardError()).contains(message),
                 qPrintable(message));
    }
    // Does the misuse named by the environment; without it (the normal run) checks nothing
    // beyond a success being a success.
    void misuseChild() {
        const QByteArray which = qgetenv(kChildVariable);
        Result<int> good(1);
        Result<void> voidGood;
        Result<int> bad(Error(ErrorCode::Io, QStringLiteral("boom")));
        if (which == "error")
            qWarning("%s", qPrintable(good.error().message));
        else if (which == "voiderror")
            qWarning("%s", qPrintable(voidGood.error().message));
        else if (which == "value")
            qWarning("%d", bad.value());
        QVERIFY(good.ok() && voidGood.ok() && !bad.ok());
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
