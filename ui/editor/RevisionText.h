#pragma once

#include "Result.h"
#include "revision/Revision.h"

#include <QString>

#include <optional>

class QFileInfo;

namespace strata {

// The file side of a revision editor: reading a revision file's text, what kind of file it is,
// and the text an edited `.sql` revision is saved as.
class RevisionText {
public:
    static Result<QString> read(const QString& path);
    static bool isPythonFile(const QString& path);
    // A .py revision in Python (not SQL form): it belongs in a PythonView.
    static bool isPythonRevision(const QString& text, const QString& path);
    // The mode bits, not access(): root may write anything, but a file without write bits is
    // read-only by intent.
    static bool hasWriteBits(const QFileInfo& info);

    // `diskText` (a `.sql` revision read as `baseline`) with the edits: the header when
    // `header` is given, each section whose text differs. Only what changed is rewritten
    // (RevisionFile::replaceHeader/replaceSection); an edited section is written as DESIGN
    // section 3 shows it: its lines, a line break, and a blank line before the next marker,
    // so the file ends with a line break and `-- migrate:downgrade` follows a blank line.
    static QString compose(const QString& diskText, const Revision& baseline,
                           const std::optional<Revision>& header, const QString& upgrade,
                           const QString& downgrade);

    // A section's text as saved (see compose); an empty section stays empty (a blank line
    // before a following marker).
    static QString sectionBody(const QString& sql, bool followed, const QString& eol);
};

} // namespace strata
