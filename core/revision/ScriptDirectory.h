#pragma once

#include "Result.h"
#include "config/RegularFile.h"
#include "revision/Revision.h"

#include <QList>
#include <QStringList>

#include <vector>

namespace strata {

// What ScriptDirectory::load found.
struct ScriptDirectoryLoad {
    std::vector<Revision> revisions; // sorted by fileName (then filePath): the graph's tie-break
    QList<Error> problems;           // one per unreadable or broken file, or missing folder
    QList<Error> warnings;           // e.g. unknown header keys (RevisionFile)
    // `.py` files whose metadata is not literal (`branch_labels = (cli.EXPAND_BRANCH,)`): the
    // literal reader's error for each, sorted by file. Only the project's own Alembic can read
    // them (AlembicGraphReader); they are in neither `revisions` nor `problems`.
    QList<Error> nonLiteral;
    QStringList files; // every revision file looked at, in the graph's order
};

// Reads every revision under one or more versions folders:
//  - `*.sql` files (RevisionFile), recursively,
//  - Alembic `*.py` files (AlembicScript), recursively, except `__init__.py` and anything inside
//    a `__pycache__` folder.
// One bad file is a problem; the others still load. A missing folder is a problem naming it.
// Duplicate ids are not checked here (RevisionGraph reports them).
class ScriptDirectory {
public:
    struct Options {
        // Section checksums cost a SHA-256 per file: graph-only commands (heads, history) skip
        // them; runs, status and check need them. RevisionFile::fillChecksums fills them later.
        bool checksums = true;
        // The largest revision file read ([project] max_file_size); a larger one is a problem.
        qint64 maxFileBytes = RegularFile::kDefaultMaxBytes;
        // Read sub-folders too (Strata's own projects); Alembic reads only the folders
        // themselves unless recursive_version_locations is on.
        bool recursive = true;
    };
    // Files are read in parallel (QtConcurrent); the result does not depend on thread timing.
    static ScriptDirectoryLoad load(const QStringList& versionDirs, const Options& options);
    static ScriptDirectoryLoad load(const QStringList& versionDirs) {
        return load(versionDirs, Options());
    }
};

} // namespace strata
