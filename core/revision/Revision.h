#pragma once

#include <QString>
#include <QStringList>

namespace strata {

// One section of a revision file ("-- migrate:upgrade" / "-- migrate:downgrade").
struct RevisionSection {
    bool present = false; // the marker exists in the file
    QString sql;          // the text after the marker, up to the next marker or the end
    int firstLine = 0;    // 1-based line in the file of the first line of `sql`
    int markerLine = 0;   // 1-based line of the marker itself
    QString checksum;     // "v1:" + hex SHA-256 of the normalised text (see Checksum.h)
};

// Everything Strata knows about one revision: its header, where it came from and its SQL.
// Plain data; RevisionGraph is built from a list of these.
struct Revision {
    // Sql: a versions/*.sql file. AlembicPython: a .py revision whose upgrade()/downgrade() are
    // Python (run by Alembic). AlembicSqlForm: a .py revision whose bodies are only
    // op.execute(<string literal>) calls (AlembicSqlForm.h): its sections hold that SQL and it
    // runs, lints and checks as an SQL revision.
    enum class Source { Sql, AlembicPython, AlembicSqlForm };

    QString id;                // "Revision ID" (1-32 characters of [A-Za-z0-9_])
    QStringList parents;       // "Revises": empty = a base, several = a merge
    QStringList branchLabels;  // "Branch Labels" as written in this file
    QStringList dependsOn;     // "Depends On"
    QString message;           // "Message"
    QString createDate;        // "Create Date", as written
    bool transactional = true; // "Transactional: no" runs statement by statement in autocommit

    Source source = Source::Sql;
    QString filePath;   // absolute path of the file
    QString fileName;   // file name only: ties in graph ordering are broken by it
    int headerLine = 1; // line of the "Revision ID" header

    RevisionSection upgrade;
    RevisionSection downgrade; // !present => irreversible

    bool isBase() const { return parents.isEmpty(); }
    bool isMerge() const { return parents.size() > 1; }
    bool isAlembicScript() const {
        return source == Source::AlembicPython || source == Source::AlembicSqlForm;
    }
    bool reversible() const { return downgrade.present || source == Source::AlembicPython; }
};

} // namespace strata
