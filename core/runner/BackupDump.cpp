#include "BackupDump.h"

#include "config/ConnectionUrl.h"
#include "sandbox/PostgresInstallation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

#include <libpq-fe.h>

namespace strata {

namespace {

QString conninfoValue(const QString& value) {
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    v.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

} // namespace

QString BackupDump::fileNameFor(const QString& dir, const QString& environment,
                                const QDateTime& when) {
    return QDir(dir).filePath(
        QStringLiteral("%1-%2.dump")
            .arg(environment, when.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))));
}

QString BackupDump::pgDumpPath() {
    if (auto install = PostgresInstallation::find()) {
        const QString candidate = QDir(install->binDir()).filePath(QStringLiteral("pg_dump"));
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return QStandardPaths::findExecutable(QStringLiteral("pg_dump"));
}

Result<QString> BackupDump::run(const QString& conninfo, const QString& dir,
                                const QString& environment, const std::atomic<bool>* cancelled,
                                const QString& separatePassword) {
    char* parseError = nullptr;
    PQconninfoOption* options = PQconninfoParse(conninfo.toUtf8().constData(), &parseError);
    if (parseError)
        PQfreemem(parseError);
    if (!options)
        return Error(ErrorCode::Config,
                     QCoreApplication::translate(
                         "strata", "backup: cannot parse the connection string of '%1'")
                         .arg(environment));
    QStringList parts;
    QString password;
    for (PQconninfoOption* o = options; o->keyword; ++o) {
        if (!o->val || !*o->val)
            continue;
        const QString key = QString::fromUtf8(o->keyword);
        if (key == QLatin1String("password"))
            password = QString::fromUtf8(o->val);
        else
            parts << key + QLatin1Char('=') + conninfoValue(QString::fromUtf8(o->val));
    }
    PQconninfoFree(options);
    if (!separatePassword.isEmpty())
        password = separatePassword;

    const QString pgDump = pgDumpPath();
    if (pgDump.isEmpty())
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("strata", "backup: pg_dump not found (install "
                                                           "postgresql-client)"));
    if (!QDir().mkpath(dir))
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("strata", "backup: cannot create %1").arg(dir));
    const QString file = fileNameFor(dir, environment, QDateTime::currentDateTimeUtc());

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), password);
    process.setProcessEnvironment(env);
    process.start(pgDump,
                  {QStringLiteral("-Fc"), QStringLiteral("--no-password"), QStringLiteral("-f"),
                   file, QStringLiteral("--dbname=") + parts.join(QLatin1Char(' '))});
    if (!process.waitForStarted(10000))
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("strata", "backup: cannot start %1").arg(pgDump));
    while (!process.waitForFinished(200)) {
        if (cancelled && cancelled->load()) {
            process.kill();
            process.waitForFinished(5000);
            QFile::remove(file);
            return Error(ErrorCode::Cancelled,
                         QCoreApplication::translate("strata", "cancelled during the backup"));
        }
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        QString message = QString::fromUtf8(process.readAllStandardError()).trimmed();
        message = message.split(QLatin1Char('\n')).value(0);
        QFile::remove(file);
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("strata", "backup: pg_dump failed: %1")
                         .arg(ConnectionUrl::redactText(message, ConnectionUrl::secrets(conninfo) +
                                                                     QStringList{password})));
    }
    return file;
}

} // namespace strata
