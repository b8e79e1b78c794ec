#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

namespace strata {

// What a new revision file says (used by `strata revision`, `strata merge` and the studio's New
// Revision dialog).
struct NewRevision {
    QString id;          // empty = generateId()
    QStringList parents; // empty = a base, several = a merge
    QString message;
    QStringList branchLabels;
    QStringList dependsOn;
    bool transactional = true;
    QString createDate; // empty = now, "yyyy-MM-dd HH:mm:ss+HH:MM"
    QString upgradeSql; // the sections' SQL (empty = an empty section)
    QString downgradeSql;
};

// Writes new `versions/<id>.sql` files in the DESIGN section 3 format.
class RevisionWriter {
public:
    // 12 lowercase hex characters from a random UUID (as Alembic does).
    static QString generateId();

    // 1-32 characters of [A-Za-z0-9_]; the error says why not (see RevisionFile::validateId).
    static Result<QString> validateId(const QString& id);

    // The current local time as "yyyy-MM-dd HH:mm:ss+HH:MM".
    static QString nowCreateDate();

    // The whole file: the header, a blank line, "-- migrate:upgrade", a blank line,
    // "-- migrate:downgrade", each followed by its SQL when given (a merge's sections are
    // empty, as are a new revision's without SQL).
    // Uses `revision` as given (an empty id or date is rendered empty).
    static QString render(const NewRevision& revision);

    // Validates (id, parents, labels, depends-on), fills an empty id and date, and writes
    // `versionsDir/<id>.sql` atomically (QSaveFile). Refuses to overwrite an existing file and
    // writes nothing on any error (the folder is created only once everything is valid).
    // Returns the absolute path written.
    static Result<QString> write(const QString& versionsDir, const NewRevision& revision);
};

} // namespace strata
