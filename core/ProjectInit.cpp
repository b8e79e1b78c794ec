#include "ProjectInit.h"

#include "alembic/AlembicProject.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace strata {

namespace {

const char* const kTemplate = R"(# Strata project. Reference: README.md, "strata.toml".
[project]
versions = "versions"                 # relative to this file; a list is allowed
version_table = "alembic_version"     # Alembic's table, unchanged
version_table_schema = "public"
history_table = "strata_history"

[environments.dev]
url = %1%2
color = "#2e7d32"

# [environments.prod]
# url = "service=prod"                # any libpq conninfo or URI; passwords belong in .pgpass
# protected = true                    # --confirm prod in the CLI, a typed name in the studio
# lock_timeout = "5s"
# backup = true                       # pg_dump -Fc into backups/ before every run
)";

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

Result<void> refuseExisting(const QString& toml) {
    if (QFileInfo::exists(toml))
        return Error(ErrorCode::Usage,
                     QCoreApplication::translate("strata::cli", "%1 already exists").arg(toml));
    return {};
}

Result<void> write(const QString& path, const QByteArray& text) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) < 0 || !file.commit())
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("strata::cli", "cannot write %1: %2")
                         .arg(path, file.errorString()));
    return {};
}

} // namespace

QString ProjectInit::strataTomlText(const QString& firstUrl) {
    const QString url = firstUrl.trimmed();
    return QString::fromUtf8(kTemplate).arg(
        url.isEmpty() ? tomlString(QStringLiteral("${DATABASE_URL}")) : tomlString(url),
        url.isEmpty() ? QStringLiteral("               # ${VAR} from the process or a .env file "
                                       "beside this file")
                      : QString());
}

QString ProjectInit::alembicTomlText(const QString& alembicFile, const QString& sqlalchemyUrl,
                                     const QString& url) {
    const QString first = url.trimmed().isEmpty() ? defaultUrl(sqlalchemyUrl) : url.trimmed();
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
        .arg(alembicFile, tomlString(alembicFile), tomlString(first));
}

Result<ProjectInit::Created> ProjectInit::createStrata(const QString& dirPath,
                                                       const QString& firstUrl) {
    QDir dir(dirPath);
    const QString toml = dir.filePath(QStringLiteral("strata.toml"));
    STRATA_TRY(refuseExisting(toml));
    if (!dir.mkpath(QStringLiteral("versions")))
        return Error(ErrorCode::Io, QCoreApplication::translate("strata::cli", "cannot create %1")
                                        .arg(dir.filePath(QStringLiteral("versions"))));
    STRATA_TRY(write(toml, strataTomlText(firstUrl).toUtf8()));
    const QString ignore = dir.filePath(QStringLiteral(".gitignore"));
    if (!QFileInfo::exists(ignore))
        (void)write(ignore, "backups/\n.env\n"); // a convenience: the project works without it
    return Created{QDir::cleanPath(QFileInfo(toml).absoluteFilePath()), QString()};
}

Result<ProjectInit::Created> ProjectInit::createAlembic(const QString& dirPath,
                                                        const QString& url) {
    const QDir dir(dirPath);
    const QString toml = dir.filePath(QStringLiteral("strata.toml"));
    STRATA_TRY(refuseExisting(toml));
    QString name = QStringLiteral("alembic.ini");
    Result<AlembicProject> alembic = Error(ErrorCode::NotFound, QString());
    if (QFileInfo(dir.filePath(name)).isFile()) {
        alembic = AlembicProject::fromIni(dir.filePath(name));
    } else if (AlembicProject::pyprojectHasAlembic(
                   dir.filePath(QStringLiteral("pyproject.toml")))) {
        name = QStringLiteral("pyproject.toml");
        alembic = AlembicProject::fromPyproject(dir.filePath(name));
    } else {
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate(
                         "strata::cli",
                         "no alembic.ini (or pyproject.toml with [tool.alembic]) in %1; 'strata "
                         "init' without --alembic starts a new project")
                         .arg(QDir::cleanPath(dir.absolutePath())));
    }
    if (!alembic)
        return alembic.error();
    STRATA_TRY(write(toml, alembicTomlText(name, alembic->sqlalchemyUrl, url).toUtf8()));
    return Created{QDir::cleanPath(QFileInfo(toml).absoluteFilePath()), name};
}

} // namespace strata
