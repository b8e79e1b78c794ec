#pragma once

#include "Result.h"
#include "config/ProjectConfig.h"
#include "revision/RevisionGraph.h"

#include <QList>

#include <vector>

namespace strata {

struct AlembicGraph;
struct AlembicGraphOptions;
struct ScriptDirectoryLoad;

// An opened project: strata.toml, every revision file of its version folders, and the graph.
// The CLI opens it strictly (the first problem is an error); the studio and `strata check`
// open it tolerantly and list every problem while the consistent part still loads.
class Project {
public:
    enum class Mode { Strict, Tolerant };

    // `path` is a folder (strata.toml is looked for there and upwards), a strata.toml file, or
    // empty for the current folder.
    // `checksums = false` skips the SHA-256 of every section (graph-only commands).
    static Result<Project> open(const QString& path, Mode mode = Mode::Strict,
                                bool checksums = true);

    const ProjectConfig& config() const { return m_config; }
    const RevisionGraph& graph() const { return m_graph; }
    // Broken files and graph inconsistencies (Tolerant mode; empty in Strict mode).
    const QList<Error>& problems() const { return m_problems; }
    // Things worth saying that do not stop anything (unknown header keys, ...).
    const QList<Error>& warnings() const { return m_warnings; }
    // The first version folder: where new revision files are written.
    QString primaryVersionsDir() const;
    // This project with one revision file read again (saved or created in the studio): neither
    // strata.toml nor the other files are read; the graph is rebuilt from the revisions.
    Project withRevisionFile(const QString& filePath) const;

    // The configuration of the project file `file` (strata.toml, alembic.ini or pyproject.toml;
    // see ProjectConfig::findProjectFile), with an Alembic configuration's version folders.
    static Result<ProjectConfig> loadConfig(const QString& file);

    // Every revision file of the version folders (the files the Alembic graph cache watches).
    const QStringList& revisionFiles() const { return m_files; }
    // How this project's own Alembic is asked (interpreter, alembic.ini); Alembic projects only.
    AlembicGraphOptions alembicGraphOptions() const;

private:
    // The `.py` revisions whose metadata is not literal, read through the project's Alembic
    // (cached; no Python starts when every file is literal): into load.revisions, or a problem
    // naming the file, the line and Python's error.
    void resolveNonLiteral(ScriptDirectoryLoad& load) const;
    Result<Revision> revisionFromAlembic(const AlembicGraph& graph, const Error& literal) const;
    void buildGraph(std::vector<Revision> revisions, Error* firstProblem);

    ProjectConfig m_config;
    std::vector<Revision> m_revisions; // every file that loaded, in the graph's tie-break order
    QStringList m_files;
    RevisionGraph m_graph;
    QList<Error> m_fileProblems; // unreadable or broken files
    QList<Error> m_problems;
    QList<Error> m_warnings;
};

} // namespace strata
