#include "alembic/PythonInterpreter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>

#include <mutex>

namespace strata {

namespace {

bool executable(const QString& path) {
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

} // namespace

QString PythonInterpreter::choose(const QString& configured, const QString& iniDir) {
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (const QString forced = env.value(QStringLiteral("STRATA_PYTHON")); !forced.isEmpty())
        return forced;
    if (!configured.isEmpty())
        return configured;
    if (const QString venv = env.value(QStringLiteral("VIRTUAL_ENV")); !venv.isEmpty()) {
        const QString python = QDir(venv).filePath(QStringLiteral("bin/python"));
        if (executable(python))
            return python;
    }
    for (const char* folder : {".venv", "venv"}) {
        const QString python =
            QDir(iniDir).filePath(QLatin1String(folder) + QStringLiteral("/bin/python"));
        if (executable(python))
            return python;
    }
    return QStringLiteral("python3");
}

Result<void> PythonInterpreter::check(const QString& python) {
    static std::mutex mutex;
    static QHash<QString, QString> checked; // interpreter -> error ("" = fine)
    {
        std::lock_guard<std::mutex> guard(mutex);
        if (auto it = checked.constFind(python); it != checked.constEnd()) {
            if (it->isEmpty())
                return {};
            return Error(ErrorCode::Config, *it);
        }
    }
    QProcess p;
    p.start(python, {QStringLiteral("-c"), QStringLiteral("import alembic, sqlalchemy")});
    QString problem;
    if (!p.waitForStarted(10000)) {
        problem = QCoreApplication::translate(
                      "strata", "Python interpreter '%1' cannot be started (%2); set [alembic] "
                                "python in strata.toml")
                      .arg(python, p.errorString());
    } else if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit ||
               p.exitCode() != 0) {
        p.kill();
        const QStringList lines = QString::fromUtf8(p.readAllStandardError())
                                      .trimmed()
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        problem = QCoreApplication::translate(
                      "strata", "Python interpreter '%1' cannot import alembic and sqlalchemy "
                                "(%2); install them there or set [alembic] python in strata.toml")
                      .arg(python, lines.isEmpty() ? QStringLiteral("no output")
                                                   : lines.constLast().trimmed());
    }
    std::lock_guard<std::mutex> guard(mutex);
    checked.insert(python, problem);
    if (problem.isEmpty())
        return {};
    return Error(ErrorCode::Config, problem);
}

} // namespace strata
