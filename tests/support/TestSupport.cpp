#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace strata::test {

CliRun runCli(const QStringList& args, const QString& cwd, int timeoutMs) {
    CliRun run;
    QProcess process;
    if (!cwd.isEmpty())
        process.setWorkingDirectory(cwd);
    process.start(QStringLiteral(STRATA_CLI_PATH), args);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

QString writeFile(const QString& dir, const QString& relativePath, const QString& text) {
    const QString path = QDir(dir).filePath(relativePath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(text.toUtf8());
    return QFileInfo(path).absoluteFilePath();
}

QStringList errorTexts(const QList<Error>& errors) {
    QStringList out;
    for (const Error& e : errors)
        out.append(e.toString());
    return out;
}

QString readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString sampleProjectDir() {
    return QStringLiteral(STRATA_SOURCE_DIR "/migrations");
}

QString copySampleProject(const QString& dir, const QString& toml) {
    writeFile(dir, QStringLiteral("strata.toml"), toml);
    const QDir versions(sampleProjectDir() + QStringLiteral("/versions"));
    QDir().mkpath(dir + QStringLiteral("/versions"));
    for (const QString& f : versions.entryList({QStringLiteral("*.sql")}, QDir::Files))
        if (!QFile::copy(versions.filePath(f), dir + QStringLiteral("/versions/") + f))
            qFatal("cannot copy %s", qPrintable(f));
    return dir;
}

void copyTree(const QString& from, const QString& to) {
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString rel = QDir(from).relativeFilePath(file);
        if (rel.startsWith(QLatin1String("extra/")) || rel.contains(QLatin1String("__pycache__")))
            continue;
        writeFile(to, rel, readFile(file));
    }
}

} // namespace strata::test
