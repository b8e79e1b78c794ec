#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace strata {

// Reads project files (strata.toml, .env, revision files) safely: only regular files (a FIFO,
// a device such as a symlink to /dev/zero, a socket or a directory is an error, and opening one
// never blocks), at most `maxBytes` (a larger file is an error, never read whole).
namespace RegularFile {

// The default limit for one file: 16 MB ([project] max_file_size in strata.toml).
constexpr qint64 kDefaultMaxBytes = qint64(16) * 1024 * 1024;

// The file's bytes. Errors, naming the file (Error::file): ErrorCode::NotFound (missing),
// ErrorCode::Io ("not a regular file (a FIFO)", "file too large (200 MB; at most 16 MB)",
// "cannot read: <reason>").
Result<QByteArray> read(const QString& path, qint64 maxBytes = kDefaultMaxBytes);

// "16 MB", "512 KB", "300 bytes".
QString sizeText(qint64 bytes);

} // namespace RegularFile

} // namespace strata
