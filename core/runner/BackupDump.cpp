#include "BackupDump.h"

#include "config/ConnectionUrl.h"
#include "config/PrivateFile.h"
#include "sandbox/PostgresInstallation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>

#include <libpq-fe.h>

#include <algorithm>

namespace strata {

namespace {

QString conninfoValue(const QString& value) {
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    v.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

} // namespace

QString BackupDump::stemFor(const QString& environment, const QDateTime& when) {
    return QStringLiteral("%1-%2").arg(
        environment, when.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
}

QString BackupDump::pgDumpPath() {
    // An explicit choice first (a newer pg_dump for a newer server; a wrapper in tests).
    if (const QString chosen = qEnvironmentVariable("STRATA_PG_DUMP"); !chosen.isEmpty())
        return chosen;
    if (auto install = PostgresInstallation::find()) {
        const QString candidate = QDir(install->binDir()).filePath(QStringLiteral("pg_dump"));
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return QStandardPaths::findExecutable(QStringLiteral("pg_dump"));
}

Result<BackupDump::Program> BackupDump::probe(const QString& path) {
    const QString program =
        path.contains(QLatin1Char('/')) ? path : QStandardPaths::findExecutable(path);
    QProcess process;
    if (!program.isEmpty()) {
        process.start(program, {QStringLiteral("--version")});
        process.waitForFinished(10000);
    }
    // "pg_dump (PostgreSQL) 15.4 (Debian 15.4-1.pgdg120+1)"
    static const QRegularExpression version(QStringLiteral("\\(PostgreSQL\\)\\s+(\\d+)(\\.\\d+)*"));
    const auto m =
        program.isEmpty() || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0
            ? QRegularExpressionMatch()
            : version.match(QString::fromLocal8Bit(process.readAllStandardOutput()));
    if (!m.hasMatch())
        return Error(
            ErrorCode::NotFound,
            QCoreApplication::translate("strata", "backup: cannot run %1 --version").arg(path));
    Program found;
    found.path = program;
    found.version = m.captured(0).section(QLatin1Char(' '), -1);
    found.major = m.captured(1).toInt();
    return found;
}

QList<BackupDump::Program> BackupDump::found() {
    QStringList candidates;
    QDir debian(QStringLiteral("/usr/lib/postgresql"));
    for (const QString& major : debian.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        candidates << debian.filePath(major + QStringLiteral("/bin/pg_dump"));
    for (const PostgresInstallation& server : PostgresInstallation::installed())
        candidates << QDir(server.binDir()).filePath(QStringLiteral("pg_dump"));
    if (const QString onPath = QStandardPaths::findExecutable(QStringLiteral("pg_dump"));
        !onPath.isEmpty())
        candidates << onPath;
    QList<Program> programs;
    QStringList seen;
    for (const QString& candidate : candidates) {
        const QString real = QFileInfo(candidate).canonicalFilePath();
        if (real.isEmpty() || seen.contains(real) || !QFileInfo(real).isExecutable())
            continue;
        seen << real;
        if (auto program = probe(candidate))
            programs << *program;
    }
    std::stable_sort(programs.begin(), programs.end(),
                     [](const Program& a, const Program& b) { return a.major > b.major; });
    return programs;
}

Result<BackupDump::Program> BackupDump::choose(int serverMajor, const QString& configured) {
    QString explicitPath = configured;
    if (explicitPath.isEmpty())
        explicitPath = qEnvironmentVariable("STRATA_PG_DUMP");
    Program program;
    if (!explicitPath.isEmpty()) {
        STRATA_TRY_ASSIGN(program, probe(explicitPath));
    } else {
        const QList<Program> all = found();
        if (all.isEmpty())
            return Error(ErrorCode::NotFound,
                         QCoreApplication::translate(
                             "strata", "backup: pg_dump not found (install postgresql-client, "
                                       "or set pg_dump in strata.toml)"));
        program = all.constFirst();
    }
    if (serverMajor > 0 && program.major < serverMajor)
        return Error(ErrorCode::Config,
                     QCoreApplication::translate(
                         "strata", "backup: pg_dump %1 cannot dump PostgreSQL %2 (install "
                                   "pg_dump %2 or set pg_dump in strata.toml)")
                         .arg(program.major)
                         .arg(serverMajor));
    return program;
}

Result<QString> BackupDump::run(const Request& request) {
    const QString& conninfo = request.conninfo;
    const QString& dir = request.dir;
    const QString& environment = request.environment;
    const std::atomic<bool>* cancelled = request.cancelled;
    const QString& separatePassword = request.password;
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

    const QString pgDump = request.pgDump.isEmpty() ? pgDumpPath() : request.pgDump;
    if (pgDump.isEmpty())
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("strata", "backup: pg_dump not found (install "
                                                           "postgresql-client)"));
    const auto backupError = [](Error e) {
        e.message = QCoreApplication::translate("strata", "backup: ") + e.message;
        return e;
    };
    if (Result<void> made = PrivateFile::makeDir(dir); !made)
        return backupError(std::move(made).error());
    Result<QString> created = PrivateFile::createUnique(
        dir, stemFor(environment, QDateTime::currentDateTimeUtc()), QStringLiteral(".dump"));
    if (!created)
        return backupError(std::move(created).error());
    const QString file = *created;

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), password);
    process.setProcessEnvironment(env);
    QStringList args{QStringLiteral("-Fc"), QStringLiteral("--no-password"), QStringLiteral("-f"),
                     file};
    // Without it pg_dump waits for as long as another session holds a table.
    if (request.lockTimeoutMs > 0)
        args << QStringLiteral("--lock-wait-timeout=%1ms").arg(request.lockTimeoutMs);
    args << QStringLiteral("--dbname=") + parts.join(QLatin1Char(' '));
    process.start(pgDump, args);
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
        const QString stderrText = QString::fromUtf8(process.readAllStandardError()).trimmed();
        QString message = stderrText.split(QLatin1Char('\n')).value(0);
        QFile::remove(file);
        const QStringList secrets = ConnectionUrl::secrets(conninfo) + QStringList{password};
        // pg_dump waits for its table locks with statement_timeout set to --lock-wait-timeout.
        if (request.lockTimeoutMs > 0 && stderrText.contains(QLatin1String("LOCK TABLE")) &&
            stderrText.contains(QLatin1String("canceling statement due to"))) {
            // "pg_dump: detail: Query was: LOCK TABLE public.t IN ACCESS SHARE MODE"
            static const QRegularExpression table(QStringLiteral("LOCK TABLE (\\S+) IN"));
            const QString name = table.match(stderrText).captured(1);
            Error e(
                ErrorCode::Lock,
                QCoreApplication::translate("strata", "backup: pg_dump could not lock %1 "
                                                      "within lock_timeout (%2 ms)")
                    .arg(name.isEmpty() ? QCoreApplication::translate("strata", "a table") : name)
                    .arg(request.lockTimeoutMs));
            e.detail = name;
            return e;
        }
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("strata", "backup: pg_dump failed: %1")
                         .arg(ConnectionUrl::redactText(message, secrets)));
    }
    return file;
}

} // namespace strata
