#include "Project.h"

#include "alembic/AlembicGraphReader.h"
#include "alembic/AlembicProject.h"
#include "alembic/PythonInterpreter.h"
#include "revision/AlembicScript.h"
#include "revision/RevisionFile.h"
#include "revision/ScriptDirectory.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <tuple>

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
    project.m_files = load.files;
    project.m_warnings = std::move(load.warnings);
    project.resolveNonLiteral(load);
    if (mode == Mode::Strict && !load.problems.isEmpty())
        return load.problems.constFirst();
    project.m_fileProblems = std::move(load.problems);
    Error first;
    project.buildGraph(std::move(load.revisions), &first);
    if (mode == Mode::Strict && !project.m_problems.isEmpty())
        return first;
    return project;
}

void Project::resolveNonLiteral(ScriptDirectoryLoad& load) const {
    if (load.nonLiteral.isEmpty())
        return;
    if (!m_config.isAlembicProject()) { // no Alembic to ask: the literal reader's errors stand
        load.problems += load.nonLiteral;
        load.nonLiteral.clear();
    } else {
        const Result<AlembicGraph> graph =
            AlembicGraphReader::readCached(alembicGraphOptions(), load.files);
        for (const Error& literal : std::as_const(load.nonLiteral)) {
            if (!graph) { // where the value is, and why Alembic could not say what it is
                Error e = literal;
                e.message += QCoreApplication::translate("strata", ", and the project's Alembic "
                                                                   "cannot: %1")
                                 .arg(graph.error().message);
                load.problems << e;
                continue;
            }
            Result<Revision> rev = revisionFromAlembic(*graph, literal);
            if (rev)
                load.revisions.push_back(std::move(*rev));
            else
                load.problems << rev.error();
        }
        load.nonLiteral.clear();
        // The graph's tie-break order: by file name, then path (ScriptDirectory).
        std::sort(load.revisions.begin(), load.revisions.end(),
                  [](const Revision& a, const Revision& b) {
                      return std::tie(a.fileName, a.filePath) < std::tie(b.fileName, b.filePath);
                  });
    }
    std::stable_sort(load.problems.begin(), load.problems.end(),
                     [](const Error& a, const Error& b) { return a.file < b.file; });
}

Result<Revision> Project::revisionFromAlembic(const AlembicGraph& graph,
                                              const Error& literal) const {
    if (const AlembicGraphEntry* entry = graph.find(literal.file))
        return AlembicScript::loadWith(literal.file, entry->metadata, m_config.maxFileBytes());
    for (const Error& e : graph.problems) // the file does not import: Python's error
        if (e.file == literal.file)
            return e;
    return literal; // not a revision file Alembic lists: what the literal reader said
}

AlembicGraphOptions Project::alembicGraphOptions() const {
    AlembicGraphOptions options;
    options.configFile = m_config.alembicConfigPath();
    options.python = PythonInterpreter::choose(m_config.alembicPython(),
                                               QFileInfo(options.configFile).absolutePath());
    return options;
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
    out.m_files = m_files;
    if (!QFileInfo::exists(path))
        out.m_files.removeAll(path); // deleted (the studio's folder watcher saw it go)
    else if (!out.m_files.contains(path))
        out.m_files << path;
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
        bool nonLiteral = false;
        Result<Revision> rev = path.endsWith(QLatin1String(".py"))
                                   ? AlembicScript::load(path, m_config.maxFileBytes(), &nonLiteral)
                                   : RevisionFile::load(path, &out.m_warnings, true);
        if (!rev && nonLiteral) { // through the project's Alembic, as open() does
            ScriptDirectoryLoad one;
            one.nonLiteral << rev.error();
            one.files = m_files;
            if (!one.files.contains(path))
                one.files << path;
            resolveNonLiteral(one);
            if (!one.revisions.empty())
                rev = std::move(one.revisions.front());
            else
                rev = one.problems.constFirst();
        }
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

// alembic.ini's sqlalchemy.url as the `default` environment's URL: the URL variable
// (DATABASE_URL, or strata.toml's [alembic] url_env) wins when set (the common env.py reads it
// first), the ini's URL is the fallback; Alembic's template placeholder counts as no URL.
QString defaultUrl(const AlembicProject& alembic, const QString& variable) {
    const QString url = alembic.sqlalchemyUrl;
    if (url.isEmpty() || url.startsWith(QLatin1String("driver://")) ||
        url.contains(QLatin1Char('}')))
        return QStringLiteral("${%1}").arg(variable);
    return QStringLiteral("${%1:-%2}").arg(variable, url);
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
                                         defaultUrl(alembic, QStringLiteral("DATABASE_URL")),
                                         alembic.sqlalchemyUrlLine);
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
        config.adoptAlembicDefaultEnvironment(defaultUrl(*alembic, config.alembicUrlVariable()),
                                              alembic->sqlalchemyUrlLine);
    }
    return config;
}

QString Project::primaryVersionsDir() const {
    const QStringList dirs = m_config.versionDirs();
    return dirs.isEmpty() ? m_config.projectDir() + QStringLiteral("/versions") : dirs.constFirst();
}

} // namespace strata
