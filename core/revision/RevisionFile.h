#pragma once

#include "Result.h"
#include "config/RegularFile.h"
#include "revision/Revision.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace strata {

// Reads and edits the text of one `versions/*.sql` revision file (DESIGN section 3):
//
//   -- Revision ID: 0002_add_chunk_embeddings      header: "-- Key: value" comment lines at the
//   -- Revises: 0001_init_schema                    top, keys case-insensitive
//   -- Transactional: yes
//
//   -- migrate:upgrade                              exactly once, first
//   ...SQL...
//   -- migrate:downgrade                            at most once, after upgrade (absent =
//   ...SQL...                                       irreversible, empty = no-op)
//
// Parsing looks at lines only and never at the SQL (SqlSplitter does that later), so it is fast
// enough to read thousands of files on every start.
//
// Choices:
//  - Known keys: Revision ID, Revises, Create Date, Message, Branch Labels, Depends On,
//    Transactional. Keys compare case-insensitively with runs of spaces, '_' and '-' treated as
//    one space ("revision_id" = "Revision ID").
//  - An unknown "-- Key: value" line before the first marker is a WARNING (returned through
//    `warnings`), not an error: free comments such as "-- Note: ..." must not break a file.
//  - Before the first marker only blank lines and "--" comment lines are allowed; anything else
//    (SQL, a /* block comment */) is an error.
//  - A repeated header key is an error. An empty "Transactional:" means yes.
//  - Every error is one line and carries the file and the 1-based line (no column).
class RevisionFile {
public:
    enum class Section { Upgrade, Downgrade };

    // Parses `text`. The result's filePath/fileName come from `filePath` as given; checksums are
    // left empty (load() fills them; call fillChecksums() after parse() if needed).
    static Result<Revision> parse(QStringView text, const QString& filePath,
                                  QList<Error>* warnings = nullptr);

    // Reads the file (UTF-8), parses it, makes filePath absolute and fills the section checksums.
    // Only a regular file of at most `maxBytes` is read (RegularFile::read).
    static Result<Revision> load(const QString& filePath, QList<Error>* warnings = nullptr,
                                 bool checksums = true,
                                 qint64 maxBytes = RegularFile::kDefaultMaxBytes);

    // Sets RevisionSection::checksum of both present sections (see Checksum.h).
    static void fillChecksums(Revision& revision);

    // Checks a revision id: 1-maxLength characters of [A-Za-z0-9_]. Returns the id or an error
    // saying why (ErrorCode::Parse, no location). `maxLength`: the width of the environment's
    // version_num column (Alembic's VARCHAR(32) unless the table was made wider).
    static constexpr int kDefaultMaxIdLength = 32;
    // Files are read, written and planned with ids up to this length (Alembic sets no limit);
    // whether one fits an environment is checked against its tables before a run
    // (runner/IdWidthCheck).
    static constexpr int kMaxReadIdLength = 1024;
    static Result<QString> validateId(QStringView id, int maxLength = kDefaultMaxIdLength);

    // Returns `text` with the body of one section replaced by `newSql`; every byte outside that
    // body stays identical (markers, header, the other section, line endings). A section that is
    // not present gets its marker added (upgrade before the downgrade marker, downgrade at the
    // end). `newSql` is inserted as given; if it does not end with a line break and another
    // marker follows, one is added so that the marker stays on its own line.
    static QString replaceSection(QStringView text, Section which, QStringView newSql);

    // Returns `text` with the header values of `revision` (id, parents, createDate, message,
    // branchLabels, dependsOn, transactional). A header line whose value does not change stays
    // byte-identical; a changed one is rewritten keeping the key as spelled in the file; a
    // missing key with a non-default value is added after the last header line. Everything else
    // (comments, sections, line endings) is untouched.
    static QString replaceHeader(QStringView text, const Revision& revision);

    // The header lines in the canonical order and spelling, each ending with `eol`.
    static QString renderHeader(const Revision& revision, QStringView eol = u"\n");
};

} // namespace strata
