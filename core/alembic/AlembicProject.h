#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

namespace strata {

// What an Alembic project's configuration says, read the way Alembic 1.8+ reads it: the
// [alembic] section of alembic.ini (or [tool.alembic] of pyproject.toml, Alembic 1.16+).
//
//   script_location            %(here)s/migrations, or relative to the ini file's folder
//   version_locations          split by path_separator / version_path_separator: "os" (':'),
//                              "space", "newline", ":", ";", "," ; absent = spaces and commas
//   recursive_version_locations  true: sub-folders of the version locations are read too
//   file_template, sqlalchemy.url, truncate_slug_length
//
// Strata resolves a relative script_location against the ini file's folder (Alembic resolves it
// against the working directory, which is that folder when the team runs `alembic` there).
struct AlembicProject {
    QString configFile;           // absolute path of alembic.ini or pyproject.toml
    QString here;                 // its folder, Alembic's %(here)s
    QString scriptLocation;       // absolute
    QStringList versionLocations; // absolute, in order; default SCRIPT_LOCATION/versions
    bool recursive = false;
    QString fileTemplate = QStringLiteral("%(rev)s_%(slug)s"); // interpolated (%% -> %)
    int truncateSlugLength = 40;
    QString sqlalchemyUrl; // as written (may be empty; env.py often reads DATABASE_URL)
    int sqlalchemyUrlLine = 0;

    QString envPy() const { return scriptLocation + QStringLiteral("/env.py"); }
    QString scriptTemplate() const { return scriptLocation + QStringLiteral("/script.py.mako"); }

    // alembic.ini (or any ini given), reading section `section` (Alembic's --name; default
    // "alembic"). Errors name the file and line.
    static Result<AlembicProject> fromIni(const QString& iniPath,
                                          const QString& section = QStringLiteral("alembic"));
    // pyproject.toml's [tool.alembic] (ErrorCode::NotFound when the table is absent).
    static Result<AlembicProject> fromPyproject(const QString& pyprojectPath);
    // True when `pyprojectPath` has a [tool.alembic] table.
    static bool pyprojectHasAlembic(const QString& pyprojectPath);
};

} // namespace strata
