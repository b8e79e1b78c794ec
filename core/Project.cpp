#include "Project.h"

#include "alembic/AlembicProject.h"
#include "revision/ScriptDirectory.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace strata {

Result<Project> Project::open(const QString& path, Mode mode, bool checksums) {
    Result<QString> file = ProjectConfig::findProjectFile(path);
    if (!file)
        return file.error();
    STRATA_TRY_ASSIGN(ProjectConfig config, loadConfig(*file));

    Project project;
    project.m_config = std::move(config);
    ScriptDirectoryLoad load = ScriptDirectory::load(
        project.m_config.versionDirs(), {.checksums = checksums,
                                         .maxFileBytes = project.m_config.maxFileBytes(),
                                         .recursive = project.m_config.recursiveVersions()});
    project.m_warnings = std::move(load.warnings);
    if (mode == Mode::Strict && !load.problems.isEmpty())
        return load.problems.constFirst();
    project.m_problems = std::move(load.problems);

    GraphBuild build = RevisionGraph::build(std::move(load.revisions));
    if (mode == Mode::Strict && !build.problems.isEmpty())
        return build.problems.constFirst();
    project.m_problems += build.problems;
    project.m_graph = std::move(build.graph);
    return project;
}

namespace {

// alembic.ini's sqlalchemy.url as the `default` environment's URL: DATABASE_URL wins when set
// (the common env.py reads it first), the ini's URL is the fallback; Alembic's template
// placeholder counts as no URL.
QString defaultUrl(const AlembicProject& alembic) {
    const QString url = alembic.sqlalchemyUrl;
    if (url.isEmpty() || url.startsWith(QLatin1String("driver://")) ||
        url.contains(QLatin1Char('}')))
        return QStringLiteral("${DATABASE_URL}");
    return QStringLiteral("${DATABASE_URL:-%1}").arg(url);
}

Result<AlembicProject> readAlembic(const QString& path) {
    if (QFileInfo(path).fileName() == QLatin1String("pyproject.toml"))
        return AlembicProject::fromPyproject(path);
    return AlembicProject::fromIni(path);
}

} // namespace

Result<ProjectConfig> Project::loadConfig(const QString& file) {
    const QString name = QFileInfo(file).fileName();
    const bool alembicOnly =
        QFileInfo(file).suffix().compare(QLatin1String("ini"), Qt::CaseInsensitive) == 0 ||
        name == QLatin1String("pyproject.toml");
    if (alembicOnly) {
        STRATA_TRY_ASSIGN(const AlembicProject alembic, readAlembic(file));
        return ProjectConfig::forAlembic(file, alembic.versionLocations, alembic.recursive,
                                         defaultUrl(alembic), alembic.sqlalchemyUrlLine);
    }
    STRATA_TRY_ASSIGN(ProjectConfig config, ProjectConfig::load(file));
    if (config.isAlembicProject()) {
        Result<AlembicProject> alembic = readAlembic(config.alembicConfigPath());
        if (!alembic) {
            Error e = std::move(alembic).error();
            if (e.code == ErrorCode::NotFound)
                e.at(config.filePath(), config.alembicConfigLine());
            return e;
        }
        config.adoptAlembicVersions(alembic->versionLocations, alembic->recursive);
    }
    return config;
}

QString Project::primaryVersionsDir() const {
    const QStringList dirs = m_config.versionDirs();
    return dirs.isEmpty() ? m_config.projectDir() + QStringLiteral("/versions") : dirs.constFirst();
}

} // namespace strata
