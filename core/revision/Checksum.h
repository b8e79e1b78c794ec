#pragma once

#include <QString>
#include <QStringView>

namespace strata {

// The checksum of one section of a revision file, stored in the history table so that a revision
// edited after it was applied can be noticed.
//
// "v1:" + lowercase hex SHA-256 of the UTF-8 text after normalisation:
//  - CRLF becomes LF,
//  - trailing whitespace is removed from every line,
//  - trailing blank lines are removed (so the text never ends with a newline).
// Leading blank lines and indentation are kept: they are part of what was written.
QString sectionChecksum(QStringView sql);

// The normalised text that sectionChecksum() hashes (exposed for tests and diagnostics).
QString normalizedForChecksum(QStringView sql);

} // namespace strata
