#pragma once

#include "Result.h"
#include "alembic/AlembicRevisionAuthor.h"

#include <QString>

namespace strata {

class ProjectConfig;

// Where `strata revision` / `strata merge` and the studio's New revision / Merge heads write a
// new revision: in an Alembic project a `.py` file Alembic runs (AlembicRevisionAuthor), else a
// `.sql` file (RevisionWriter). A `.sql` file in an Alembic project is written only when asked
// (Format::Sql), with a warning: `alembic upgrade` cannot run it.
class RevisionAuthor {
public:
    enum class Format { Auto, Sql, Python };

    struct Written {
        QString path;     // absolute
        QString revision; // its id
        QString warning;  // one line, empty when none
    };

    // Whether `format` means a `.py` revision in this project (Auto: in an Alembic project).
    static bool writesPython(const ProjectConfig& config, Format format);

    // Writes the revision (`versionsDir`: where a `.sql` file goes). Every error is one line
    // and nothing is written. Format::Python outside an Alembic project is an error.
    static Result<Written> write(const ProjectConfig& config, const QString& versionsDir,
                                 const AlembicRevisionAuthor::Request& request,
                                 Format format = Format::Auto);
};

} // namespace strata
