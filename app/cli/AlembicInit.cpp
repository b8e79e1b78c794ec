#include "AlembicInit.h"

#include "alembic/AlembicProject.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace strata::cli {

namespace {

QString tomlString(const QString& value) {
    QString out = value;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

// As Project does without a strata.toml: DATABASE_URL wins, the ini's URL is the fallback, and
// Alembic's template placeholder counts as no URL.
QString defaultUrl(const QString& url) {
    if (url.isEmpty() || url.startsWith(QLatin1String("driver://")) ||
        url.contains(QLatin1Char('}')))
        return QStringLiteral("${DATABASE_URL}");
    return QStringLiteral("${DATABASE_URL:-%1}").arg(url);
}

} // namespace

QString alembicTomlText(const QString& alembicFile, const QString& sqlalchemyUrl) {
    return QStringLiteral(
               "# Strata project for an Alembic project. Reference: README.md, \"strata.toml\".\n"
               "# Revisions, version_locations and the version table stay Alembic's (%1).\n"
               "[project]\n"
               "alembic = %2\n"
               "\n"
               "[environments.default]\n"
               "url = %3\n"
               "\n"
               "# [environments.staging]\n"
               "# url = \"${STAGING_DATABASE_URL}\"  # ${VAR} from the process or a .env file\n"
               "#\n"
               "# [environments.prod]\n"
               "# url = \"service=prod\"             # any libpq conninfo or URI; passwords belong "
               "in .pgpass\n"
               "# protected = true                 # --confirm prod in the CLI, a typed name in "
               "the studio\n"
               "# lock_timeout = \"5s\"\n"
               "# backup = true                    # pg_dump -Fc into backups/ before every run\n")
        .arg(alembicFile, tomlString(alembicFile), tomlString(defaultUrl(sqlalchemyUrl)));
}

int initAlembic(Invocation& inv, const QString& dirPath) {
    const QDir dir(dirPath);
    const QString toml = dir.filePath(QStringLiteral("strata.toml"));
    if (QFileInfo::exists(toml))
        return inv.fail(
            Error(ErrorCode::Usage,
                  QCoreApplication::translate("strata::cli", "%1 already exists").arg(toml)));
    QString name = QStringLiteral("alembic.ini");
    Result<AlembicProject> alembic = Error(ErrorCode::NotFound, QString());
    if (QFileInfo(dir.filePath(name)).isFile()) {
        alembic = AlembicProject::fromIni(dir.filePath(name));
    } else if (AlembicProject::pyprojectHasAlembic(
                   dir.filePath(QStringLiteral("pyproject.toml")))) {
        name = QStringLiteral("pyproject.toml");
        alembic = AlembicProject::fromPyproject(dir.filePath(name));
    } else {
        return inv.fail(
            Error(ErrorCode::NotFound,
                  QCoreApplication::translate(
                      "strata::cli",
                      "no alembic.ini (or pyproject.toml with [tool.alembic]) in %1; 'strata init' "
                      "without --alembic starts a new project")
                      .arg(QDir::cleanPath(dir.absolutePath()))));
    }
    if (!alembic)
        return inv.fail(alembic.error());
    QSaveFile file(toml);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(alembicTomlText(name, alembic->sqlalchemyUrl).toUtf8()) < 0 || !file.commit())
        return inv.fail(
            Error(ErrorCode::Io, QCoreApplication::translate("strata::cli", "cannot write %1: %2")
                                     .arg(toml, file.errorString())));
    inv.out() << QCoreApplication::translate("strata::cli", "Created ")
              << QDir::cleanPath(QFileInfo(toml).absoluteFilePath())
              << QCoreApplication::translate("strata::cli", " following ") << name << Qt::endl;
    return ExitOk;
}

} // namespace strata::cli
