// The `strata` binary on an Alembic project with a database: `history -i`, `current` in ranges
// and `show current` print what Debian's Alembic 1.8.1 prints on the same database, and
// `revision --rev-id` is checked against the real width of version_num on --env.
#include "AlembicCli.h"
#include "SandboxDatabase.h"
#include "TestSupport.h"
#include "db/Connection.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace strata::test;

namespace {

QString fixtureDir() {
    return QStringLiteral(STRATA_FIXTURES_DIR "/alembic_cli");
}

void copyFixture(const QString& dir) {
    QDirIterator it(fixtureDir(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        writeFile(dir, QDir(fixtureDir()).relativeFilePath(file), readFile(file));
    }
}

} // namespace

class TestCliAlembicOnline : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        const QString missing = strata::test::debianAlembicMissing();
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        // `revision` writes .py files through the project's Alembic: Debian's.
        qputenv("STRATA_PYTHON", "/usr/bin/python3");
    }

    // The same database (DATABASE_URL, read by env.py and by Strata's `default` environment),
    // empty, at a revision in the middle, and at a branch's head.
    void currentSameAsAlembic_data() {
        QTest::addColumn<QString>("at"); // what `alembic upgrade` brings the database to
        QTest::addColumn<QStringList>("args");
        const QList<QPair<const char*, QStringList>> commands{
            {"history -i", {QStringLiteral("history"), QStringLiteral("-i")}},
            {"history -i -v",
             {QStringLiteral("history"), QStringLiteral("--indicate-current"),
              QStringLiteral("-v")}},
            {"history -r current:heads",
             {QStringLiteral("history"), QStringLiteral("-r"), QStringLiteral("current:heads")}},
            {"history -r base:current",
             {QStringLiteral("history"), QStringLiteral("-r"), QStringLiteral("base:current")}},
            {"history -r current: -i",
             {QStringLiteral("history"), QStringLiteral("-r"), QStringLiteral("current:"),
              QStringLiteral("-i")}},
            {"show current", {QStringLiteral("show"), QStringLiteral("current")}},
        };
        for (const char* at : {"", "1a2b3c4d5e6f", "5c85685d616d"})
            for (const auto& c : commands)
                QTest::addRow("%s at %s", c.first, *at ? at : "nothing")
                    << QString::fromLatin1(at) << c.second;
    }
    void currentSameAsAlembic() {
        QFETCH(QString, at);
        QFETCH(QStringList, args);
        SandboxDatabase db(QStringLiteral("clialembic"));
        QTemporaryDir dir;
        copyFixture(dir.path());
        qputenv("DATABASE_URL", db.url().toUtf8());
        if (!at.isEmpty()) {
            const CliRun up = runAlembic(dir.path(), {QStringLiteral("upgrade"), at});
            QVERIFY2(up.exitCode == 0, qPrintable(up.err));
        }
        const CliRun run = runCli(QStringList(args) << QStringLiteral("--project") << dir.path());
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, alembicMatching(dir.path(), args, run.out));
        // -i marks exactly the revision the database is at.
        const bool indicate = args.contains(QStringLiteral("-i")) ||
                              args.contains(QStringLiteral("--indicate-current"));
        QCOMPARE(run.out.count(QStringLiteral("(current)")), indicate && !at.isEmpty() ? 1 : 0);
    }

    // The width of version_num decides how long a --rev-id may be.
    void idWidth_data() {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("idLength");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("narrow table, long id") << 20 << 25 << false;
        QTest::newRow("narrow table, short id") << 20 << 12 << true;
        QTest::newRow("narrow table, exact") << 20 << 20 << true;
        QTest::newRow("no table, 32") << 0 << 32 << true;
    }
    void idWidth() {
        QFETCH(int, width);
        QFETCH(int, idLength);
        QFETCH(bool, accepted);
        SandboxDatabase db(QStringLiteral("clialembicw"));
        if (width > 0) {
            auto c = db.connect();
            QVERIFY(c);
            QVERIFY((*c)->exec(QStringLiteral("CREATE TABLE alembic_version (version_num "
                                              "varchar(%1) NOT NULL PRIMARY KEY)")
                                   .arg(width)));
        }
        QTemporaryDir dir;
        copyFixture(dir.path());
        qputenv("DATABASE_URL", db.url().toUtf8());
        const QString id = QString(idLength, QLatin1Char('b'));
        const CliRun run =
            runCli({QStringLiteral("revision"), QStringLiteral("-m"), QStringLiteral("w"),
                    QStringLiteral("--head"), QStringLiteral("6d96796e727e"),
                    QStringLiteral("--rev-id"), id, QStringLiteral("--env"),
                    QStringLiteral("default"), QStringLiteral("--project"), dir.path()});
        if (accepted) {
            QCOMPARE(run.err, QString());
            QCOMPARE(run.exitCode, 0);
        } else {
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(QStringLiteral("is %1 characters long; at most %2 fit")
                                          .arg(idLength)
                                          .arg(width)),
                     qPrintable(run.err));
            QVERIFY2(run.err.contains(QStringLiteral("public.alembic_version.version_num on "
                                                     "'default'")),
                     qPrintable(run.err));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliAlembicOnline)
#include "tst_cli_alembic_online.moc"
