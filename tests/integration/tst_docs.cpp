// Every `strata …` command shown in a fenced code block of README.md runs, from the repository
// root, and succeeds: the docs cannot drift from the program.
#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace strata::test;

class TestDocs : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readmeCommands_data()
    {
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
    void readmeCommands()
    {
        QFETCH(QStringList, args);
        const CliRun run = runCli(args, QStringLiteral(STRATA_SOURCE_DIR));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(!run.out.isEmpty(), "the command printed nothing");
    }
};

QTEST_GUILESS_MAIN(TestDocs)
#include "tst_docs.moc"
