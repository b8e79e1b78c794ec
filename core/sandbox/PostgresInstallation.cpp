#include "sandbox/PostgresInstallation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

namespace strata {

namespace {

bool hasServer(const QString& binDir) {
    return !binDir.isEmpty() &&
           QFileInfo(QDir(binDir).filePath(QStringLiteral("initdb"))).isExecutable() &&
           QFileInfo(QDir(binDir).filePath(QStringLiteral("pg_ctl"))).isExecutable();
}

QString fromPgConfig() {
    const QString pgConfig = QStandardPaths::findExecutable(QStringLiteral("pg_config"));
    if (pgConfig.isEmpty())
        return {};
    QProcess process;
    process.start(pgConfig, {QStringLiteral("--bindir")});
    if (!process.waitForFinished(10000) || process.exitCode() != 0)
        return {};
    return QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
}

} // namespace

Result<PostgresInstallation> PostgresInstallation::find() {
    const QString fromEnv = qEnvironmentVariable("STRATA_PG_BINDIR");
    if (!fromEnv.isEmpty()) {
        if (hasServer(fromEnv))
            return PostgresInstallation(fromEnv);
        return Error(
            ErrorCode::NotFound,
            QCoreApplication::translate("strata", "STRATA_PG_BINDIR=%1 has no initdb and pg_ctl")
                .arg(fromEnv));
    }
    QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList majors = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(majors.begin(), majors.end(), [](const QString& a, const QString& b) {
        return a.toDouble() > b.toDouble(); // newest first
    });
    for (const QString& major : majors) {
        const QString bin = root.filePath(major + QStringLiteral("/bin"));
        if (hasServer(bin))
            return PostgresInstallation(bin);
    }
    const QString configured = fromPgConfig();
    if (hasServer(configured))
        return PostgresInstallation(configured);
    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    if (!initdb.isEmpty() && hasServer(QFileInfo(initdb).absolutePath()))
        return PostgresInstallation(QFileInfo(initdb).absolutePath());
    return Error(ErrorCode::NotFound,
                 QCoreApplication::translate(
                     "strata", "no PostgreSQL server found (initdb, pg_ctl): install the "
                               "'postgresql' package (apt-get install postgresql) or set "
                               "STRATA_PG_BINDIR"));
}

QString PostgresInstallation::initdb() const {
    return QDir(m_binDir).filePath(QStringLiteral("initdb"));
}

QString PostgresInstallation::pgCtl() const {
    return QDir(m_binDir).filePath(QStringLiteral("pg_ctl"));
}

QString PostgresInstallation::postgres() const {
    return QDir(m_binDir).filePath(QStringLiteral("postgres"));
}

QString PostgresInstallation::versionText() const {
    QProcess process;
    process.start(pgCtl(), {QStringLiteral("--version")});
    if (!process.waitForFinished(10000) || process.exitCode() != 0)
        return {};
    // "pg_ctl (PostgreSQL) 15.4 (Debian 15.4-1)"
    static const QRegularExpression version(QStringLiteral("\\(PostgreSQL\\)\\s+(\\S+)"));
    const auto m = version.match(QString::fromLocal8Bit(process.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace strata
