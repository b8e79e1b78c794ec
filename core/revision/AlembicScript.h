#pragma once

#include "Result.h"
#include "config/RegularFile.h"
#include "revision/Revision.h"

#include <QString>
#include <QStringView>

namespace strata {

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
// ''' and """, with r/u prefixes), None, and tuples/lists of strings. Anything else (a name, a
// call) is an error naming the line.
//
// When upgrade() (and downgrade(), if defined) consist only of op.execute(<string literal>)
// calls, docstrings, comments and `pass`, the revision is an SQL revision in Python form
// (Source::AlembicSqlForm, see AlembicSqlForm.h): its sections hold the SQL, with the .py file
// lines, and their checksums are filled. Otherwise the result has Source::AlembicPython and its
// upgrade/downgrade sections are NOT present: the functions are Python and run through the
// project's Alembic (DESIGN section 9); Strata only needs the metadata to place it in the graph.
class AlembicScript {
public:
    static Result<Revision> parse(QStringView text, const QString& filePath);
    // Only a regular file of at most `maxBytes` is read (RegularFile::read).
    static Result<Revision> load(const QString& filePath,
                                 qint64 maxBytes = RegularFile::kDefaultMaxBytes);
};

} // namespace strata
