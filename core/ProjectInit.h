#pragma once

#include "Result.h"

#include <QString>

namespace strata {

// What `strata init` and the studio's File > New Project write: a new Strata project
// (strata.toml, versions/, a .gitignore for backups/ and .env) or, beside an existing Alembic
// project's alembic.ini (or pyproject.toml with [tool.alembic]), a strata.toml that follows it.
// Both refuse when strata.toml exists (ErrorCode::Usage) and never overwrite a file.
class ProjectInit {
public:
    struct Created {
        QString tomlPath;     // the strata.toml written (absolute, clean)
        QString followedFile; // "alembic.ini" or "pyproject.toml" for an Alembic project
    };

    // A new project in `dir` (created when missing). `firstUrl`, when not empty, becomes the
    // dev environment's URL instead of "${DATABASE_URL}".
    static Result<Created> createStrata(const QString& dir, const QString& firstUrl = {});
    // A strata.toml for the Alembic project in `dir`; `url`, when not empty, becomes the
    // default environment's URL. ErrorCode::NotFound when `dir` has no Alembic configuration.
    static Result<Created> createAlembic(const QString& dir, const QString& url = {});

    // The texts written.
    static QString strataTomlText(const QString& firstUrl = {});
    static QString alembicTomlText(const QString& alembicFile, const QString& sqlalchemyUrl,
                                   const QString& url = {});
};

} // namespace strata
