#pragma once

#include "Result.h"
#include "config/RegularFile.h"
#include "revision/Revision.h"
#include "revision/RevisionFile.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace strata {

// A revision's metadata as Alembic's own ScriptDirectory has it (`module.revision`,
// `down_revision`, `branch_labels`, `depends_on`, as lists).
struct AlembicMetadata {
    QString revision;
    QStringList downRevision;
    QStringList branchLabels;
    QStringList dependsOn;
};

// Reads the metadata of an Alembic `versions/*.py` revision WITHOUT running Python:
//
//   """add users table                      <- first docstring line = Message
//
//   Revision ID: 1975ea83b712
//   Revises:
//   Create Date: 2011-11-08 11:40:27.089406  <- Create Date
//   """
//   revision = '1975ea83b712'               <- also `revision: str = "..."`
//   down_revision = None                    <- None | 'x' | ('a', 'b') | ['a', 'b'], also
//   branch_labels = None                       `down_revision: Union[str, None] = ...` and
//   depends_on = None                          values spread over several lines
//
// Only top-level assignments (at column 0) of plain literals are understood: strings (', ",
// triple quotes, with r/u prefixes), None, and tuples/lists of strings. Anything else (a name, a
// call: `branch_labels = (cli.EXPAND_BRANCH,)`) is an error naming the line, and `nonLiteral`
// says so: the project's own Alembic can read it (AlembicGraphReader), and parseWith() then
// builds the revision from what Alembic reported.
//
// When upgrade() (and downgrade(), if defined) consist only of op.execute(<string literal>)
// calls, docstrings, comments and `pass`, the revision is an SQL revision in Python form
// (Source::AlembicSqlForm, see AlembicSqlForm.h): its sections hold the SQL, with the .py file
// lines, and their checksums are filled. Otherwise the result has Source::AlembicPython and its
// upgrade/downgrade sections are NOT present: the functions are Python and run through the
// project's Alembic (DESIGN section 9); Strata only needs the metadata to place it in the graph.
class AlembicScript {
public:
    // Ids are read up to this length (Alembic sets none); whether one fits the version table
    // is the run's question (the width of its version_num column).
    static constexpr int kMaxIdLength = RevisionFile::kMaxReadIdLength;

    // `nonLiteral` (optional) is set when the error is a value that is not a literal.
    static Result<Revision> parse(QStringView text, const QString& filePath,
                                  bool* nonLiteral = nullptr);
    // Only a regular file of at most `maxBytes` is read (RegularFile::read).
    static Result<Revision> load(const QString& filePath,
                                 qint64 maxBytes = RegularFile::kDefaultMaxBytes,
                                 bool* nonLiteral = nullptr);

    // The revision of a file whose metadata is not (all) literal, with the metadata the
    // project's Alembic reported for it; the docstring, Create Date and the SQL form are read
    // from the text as parse() reads them.
    static Result<Revision> parseWith(QStringView text, const QString& filePath,
                                      const AlembicMetadata& metadata);
    static Result<Revision> loadWith(const QString& filePath, const AlembicMetadata& metadata,
                                     qint64 maxBytes = RegularFile::kDefaultMaxBytes);
};

} // namespace strata
