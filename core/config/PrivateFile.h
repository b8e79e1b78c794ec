#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace strata {

// Files Strata writes that may hold data or secrets (backups, the sandbox's state, schema
// caches, logs) are private to the user whatever the umask: folders 0700, files 0600, created
// exclusively where a name must never be reused.
namespace PrivateFile {

// Creates `dir` (and its parents, which keep the umask) and makes `dir` itself 0700.
Result<void> makeDir(const QString& dir);

// Writes `bytes` to `path` atomically (a 0600 temporary file renamed over it).
Result<void> write(const QString& path, const QByteArray& bytes);

// Creates a new, empty 0600 file "<dir>/<stem><ext>", or "<stem>-2<ext>", "<stem>-3<ext>", ...
// when the name is taken (O_CREAT | O_EXCL: an existing file is never reused or overwritten).
// Returns its path.
Result<QString> createUnique(const QString& dir, const QString& stem, const QString& ext);

} // namespace PrivateFile

} // namespace strata
