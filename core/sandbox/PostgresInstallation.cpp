#include "sandbox/PostgresInstallation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>
#include <set>

#include <unistd.h>

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

QStringList debianMajors() {
    return QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
}

QString debianBinDir(int major) {
    return QStringLiteral("/usr/lib/postgresql/%1/bin").arg(major);
}

} // namespace

QString PostgresInstallation::serversDirectory() {
    const QString fromEnv = qEnvironmentVariable("STRATA_SERVERS_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    if (geteuid() == 0)
        return QStringLiteral("/var/cache/strata/postgres");
    QString cache = qEnvironmentVariable("XDG_CACHE_HOME");
    if (cache.isEmpty())
        cache = QDir::homePath() + QStringLiteral("/.cache");
    return cache + QStringLiteral("/strata/postgres");
}

int PostgresInstallation::majorOf(const QString& versionText) {
    static const QRegularExpression leading(QStringLiteral("^(\\d+)"));
    const auto m = leading.match(versionText.trimmed());
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

Result<PostgresInstallation> PostgresInstallation::find(int major) {
    for (const QString& bin :
         {debianBinDir(major),
          QDir(serversDirectory()).filePath(QStringLiteral("%1/bin").arg(major))})
        if (hasServer(bin))
            return PostgresInstallation(bin, major);
    return Error(
        ErrorCode::NotFound,
        QCoreApplication::translate(
            "strata",
            "PostgreSQL %1 is not installed (run scripts/servers %1, or pass --pg-bin DIR)")
            .arg(major));
}

Result<PostgresInstallation> PostgresInstallation::forBinDir(const QString& binDir) {
    const QString dir = QDir::cleanPath(QDir(binDir).absolutePath());
    if (!hasServer(dir))
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("strata", "%1 has no initdb and pg_ctl").arg(dir));
    PostgresInstallation installation(dir);
    if (installation.major() <= 0)
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("strata", "cannot run %1 --version")
                         .arg(installation.pgCtl()));
    return installation;
}

QList<PostgresInstallation> PostgresInstallation::installed() {
    std::set<int> majors;
    for (const QString& folder : {QStringLiteral("/usr/lib/postgresql"), serversDirectory()})
        for (const QString& name : QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            bool numeric = false;
            const int major = name.toInt(&numeric);
            if (numeric && major > 0)
                majors.insert(major);
        }
    QList<PostgresInstallation> found;
    for (int major : majors)
        if (auto installation = find(major); installation && !installation->versionText().isEmpty())
            found.append(*installation);
    return found;
}

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
    QStringList majors = debianMajors();
    std::sort(majors.begin(), majors.end(), [](const QString& a, const QString& b) {
        return a.toDouble() > b.toDouble(); // newest first
    });
    for (const QString& major : majors) {
        const QString bin = root.filePath(major + QStringLiteral("/bin"));
        if (hasServer(bin))
            return PostgresInstallation(bin, majorOf(major));
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
    if (m_version)
        return *m_version;
    m_version = QString();
    QProcess process;
    process.start(pgCtl(), {QStringLiteral("--version")});
    if (!process.waitForFinished(10000) || process.exitCode() != 0)
        return {};
    // "pg_ctl (PostgreSQL) 15.4 (Debian 15.4-1)"
    static const QRegularExpression version(QStringLiteral("\\(PostgreSQL\\)\\s+(\\S+)"));
    const auto m = version.match(QString::fromLocal8Bit(process.readAllStandardOutput()));
    m_version = m.hasMatch() ? m.captured(1) : QString();
    return *m_version;
}

int PostgresInstallation::major() const {
    return m_major > 0 ? m_major : majorOf(versionText());
}

} // namespace strata
