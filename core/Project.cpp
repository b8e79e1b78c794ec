#include "Project.h"

#include "revision/ScriptDirectory.h"

namespace strata {

Result<Project> Project::open(const QString& path, Mode mode, bool checksums) {
    Result<QString> file = ProjectConfig::findProjectFile(path);
    if (!file)
        return file.error();
    Result<ProjectConfig> config = ProjectConfig::load(*file);
    if (!config)
        return config.error();

    Project project;
    project.m_config = std::move(*config);
    ScriptDirectoryLoad load = ScriptDirectory::load(
        project.m_config.versionDirs(),
        {.checksums = checksums, .maxFileBytes = project.m_config.maxFileBytes()});
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

QString Project::primaryVersionsDir() const {
    const QStringList dirs = m_config.versionDirs();
    return dirs.isEmpty() ? m_config.projectDir() + QStringLiteral("/versions") : dirs.constFirst();
}

} // namespace strata
