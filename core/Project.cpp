#include "Project.h"

#include "alembic/AlembicProject.h"
#include "revision/AlembicScript.h"
#include "revision/RevisionFile.h"
#include "revision/ScriptDirectory.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

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
    project.m_fileProblems = std::move(load.problems);
    Error first;
    project.buildGraph(std::move(load.revisions), &first);
    if (mode == Mode::Strict && !project.m_problems.isEmpty())
        return first;
    return project;
}

void Project::buildGraph(std::vector<Revision> revisions, Error* firstProblem) {
    m_revisions = revisions; // shared text: cheap; kept for withRevisionFile()
    GraphBuild build = RevisionGraph::build(std::move(revisions));
    m_problems = m_fileProblems + build.problems;
    if (!build.problems.isEmpty())
        *firstProblem = build.problems.constFirst();
    m_graph = std::move(build.graph);
}

Project Project::withRevisionFile(const QString& filePath) const {
    const QString path = QFileInfo(filePath).absoluteFilePath();
    Project out;
    out.m_config = m_config;
    auto elsewhere = [&path](const Error& e) {
        return QFileInfo(e.file).absoluteFilePath() != path;
    };
    for (const Error& e : m_fileProblems)
        if (elsewhere(e))
            out.m_fileProblems << e;
    for (const Error& e : m_warnings)
        if (elsewhere(e))
            out.m_warnings << e;
    std::vector<Revision> revisions;
    revisions.reserve(m_revisions.size() + 1);
    for (const Revision& r : m_revisions)
        if (QFileInfo(r.filePath).absoluteFilePath() != path)
            revisions.push_back(r);
    if (QFileInfo::exists(path)) {
        Result<Revision> rev = path.endsWith(QLatin1String(".py"))
                                   ? AlembicScript::load(path)
                                   : RevisionFile::load(path, &out.m_warnings, true);
        if (rev) {
            // The graph's tie-break order: by file name, then path (ScriptDirectory).
            const auto key = [](const Revision& r) {
                return std::make_pair(r.filePath.mid(r.filePath.lastIndexOf(QLatin1Char('/')) + 1),
                                      r.filePath);
            };
            const auto at = std::lower_bound(
                revisions.begin(), revisions.end(), *rev,
                [&key](const Revision& a, const Revision& b) { return key(a) < key(b); });
            revisions.insert(at, std::move(*rev));
        } else {
            out.m_fileProblems << rev.error();
        }
    }
    Error first;
    out.buildGraph(std::move(revisions), &first);
    return out;
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
