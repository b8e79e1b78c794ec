// Every `strata …` command shown in a fenced code block of README.md runs, from the repository
// root, and succeeds: the docs cannot drift from the program.
#include "SandboxDatabase.h"
#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace strata::test;

class TestDocs : public QObject {
    Q_OBJECT

private:
    // The sample project's dev and test environments read their URLs from these variables.
    std::unique_ptr<strata::test::SandboxDatabase> m_dev;
    std::unique_ptr<strata::test::SandboxDatabase> m_test;
    QTemporaryDir m_cache;

private Q_SLOTS:
    void initTestCase() {
        m_dev = std::make_unique<strata::test::SandboxDatabase>(QStringLiteral("docs_dev"));
        m_test = std::make_unique<strata::test::SandboxDatabase>(QStringLiteral("docs_test"));
        qputenv("STRATA_DEV_URL", m_dev->url().toUtf8());
        qputenv("STRATA_TEST_URL", m_test->url().toUtf8());
        qputenv("STRATA_SANDBOX_DIR", qgetenv("STRATA_TEST_SANDBOX"));
        qputenv("XDG_CACHE_HOME", m_cache.path().toUtf8());
    }

    void readmeCommands_data() {
        QTest::addColumn<QStringList>("args");
        QFile readme(QStringLiteral(STRATA_SOURCE_DIR "/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(readme.readAll()).split(QLatin1Char('\n'));
        bool inFence = false;
        int count = 0;
        for (int i = 0; i < lines.size(); ++i) {
            const QString line = lines.at(i).trimmed();
            if (line.startsWith(QLatin1String("```"))) {
                inFence = !inFence;
                continue;
            }
            if (!inFence || !line.startsWith(QLatin1String("strata ")))
                continue;
            QStringList args = QProcess::splitCommand(line);
            args.removeFirst();
            QTest::newRow(qPrintable(QStringLiteral("README.md:%1 %2").arg(i + 1).arg(line)))
                << args;
            ++count;
        }
        QVERIFY2(count >= 5, "README.md shows fewer strata commands than expected");
    }
    void readmeCommands() {
        QFETCH(QStringList, args);
        const CliRun run = runCli(args, QStringLiteral(STRATA_SOURCE_DIR), 180000);
        // `diff` reports drift with exit 3 (documented); everything else must succeed.
        const bool isDiff = args.contains(QStringLiteral("diff"));
        QVERIFY2(run.exitCode == 0 || (isDiff && run.exitCode == 3), qPrintable(run.err));
        QVERIFY2(!run.out.isEmpty(), "the command printed nothing");
    }
};

QTEST_GUILESS_MAIN(TestDocs)
#include "tst_docs.moc"
