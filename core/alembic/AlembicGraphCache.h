#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace strata {

// The last answer of the project's Alembic about its revision graph (AlembicGraphReader),
// kept in a private file (PrivateFile) under $XDG_CACHE_HOME/strata/alembic-graph (else
// ~/.cache/strata/alembic-graph), one file per project keyed by the path of its alembic.ini.
//
// It is valid while the interpreter is the same and every watched file has the mtime and size
// it had: alembic.ini, each revision file (one added or removed invalidates it too) and the
// project modules the revisions imported. Anything unreadable counts as no cache.
class AlembicGraphCache {
public:
    // `dir` empty = the default folder.
    explicit AlembicGraphCache(const QString& dir = QString());

    QString dir() const { return m_dir; }
    // The cache file of the project whose configuration is `configFile`.
    QString pathFor(const QString& configFile) const;

    // The stored payload when still valid for `files` (the revision files) and `python`.
    std::optional<QByteArray> find(const QString& configFile, const QString& python,
                                   const QStringList& files) const;
    // Stores `payload`, watching `files`, alembic.ini and `modules`.
    Result<void> store(const QString& configFile, const QString& python, const QStringList& files,
                       const QStringList& modules, const QByteArray& payload) const;

private:
    QString m_dir;
};

} // namespace strata
