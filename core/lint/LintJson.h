#pragma once

#include "lint/LintResults.h"

#include <QJsonObject>

namespace strata {

// `strata lint --json`: one document for a whole run (the studio can export the same).
//   {"project": DIR,
//    "revisions": [{"id", "file", "transactional", "linted", "notLinted"?, "errors": [...],
//                   "statements": [{"section", "line", "column", "endLine", "endColumn", "tag",
//                                   "locks": [{"relation", "mode", "blocks", "new"}]}],
//                   "findings": [{"rule", "level", "message", "help", "file", "line", "column",
//                                 "endLine", "endColumn", "section", "revision", "locks"}]}],
//    "problems": [{"message", "file", "line", "column"}],   (files that did not load)
//    "summary": {"revisions", "linted", "notLinted", "unparsed", "unloaded", "withFindings",
//    "errors",
//                "warnings", "notes"}}
// Files are relative to the project folder (absolute when outside it).
namespace LintJson {

QJsonObject document(const LintResults& results);
QJsonObject revision(const LintedRevision& revision, const LintResults& results);
QJsonObject finding(const LintFinding& finding, const LintResults& results);
QJsonObject statement(const LintStatement& statement);
QJsonObject lock(const TableLock& lock);
QJsonObject summary(const LintSummary& summary);

// "upgrade" / "downgrade".
QString sectionName(RevisionFile::Section section);

} // namespace LintJson

} // namespace strata
