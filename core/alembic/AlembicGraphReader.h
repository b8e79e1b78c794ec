#pragma once

#include "Result.h"
#include "revision/AlembicScript.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace strata {

// One revision file as the project's own Alembic reads it.
struct AlembicGraphEntry {
    QString file; // absolute
    AlembicMetadata metadata;
    QString doc; // the module docstring as Python has it (module.__doc__), may be empty
};

// What resources/bridge/strata_alembic_graph.py reported for a whole project.
struct AlembicGraph {
    QString alembicVersion;
    QList<AlembicGraphEntry> revisions;
    // Revision files that do not import here: file, line and Python's error
    // ("ModuleNotFoundError: No module named 'myapp'"), ErrorCode::Config.
    QList<Error> problems;
    // The project's own modules the revisions imported (absolute): a cache of this answer
    // watches them as it watches the revision files.
    QStringList modules;

    const AlembicGraphEntry* find(const QString& file) const;
};

// Asks the project's own Alembic for its revision graph: the helper script
// strata_alembic_graph.py (AlembicBridge::resourcePath) under the project's interpreter, one
// Python process that loads Alembic's ScriptDirectory (with alembic.ini's prepend_sys_path) and
// imports every revision module the way Alembic does. Blocking; any thread.
// How the project's Alembic is asked (AlembicGraphReader::Options).
struct AlembicGraphOptions {
    QString python;                              // PythonInterpreter::choose
    QString configFile;                          // alembic.ini
    QString section = QStringLiteral("alembic"); // Alembic's --name
};

class AlembicGraphReader {
public:
    using Options = AlembicGraphOptions;

    // The graph, or one line naming the interpreter when it cannot run Alembic at all (not
    // startable, no alembic/sqlalchemy, alembic.ini unreadable to Alembic).
    static Result<AlembicGraph> read(const Options& options);

    // The same through AlembicGraphCache: `files` are the project's revision files; the answer
    // is reused while they, alembic.ini, the interpreter and the imported project modules are
    // unchanged (mtime and size). `cacheDir` empty = the default folder.
    static Result<AlembicGraph> readCached(const Options& options, const QStringList& files,
                                           const QString& cacheDir = QString());

    // The helper's JSON answer (also the cache's format for the graph).
    static Result<AlembicGraph> fromJson(const QByteArray& json, const QString& python);
    static QByteArray toJson(const AlembicGraph& graph);
};

} // namespace strata
