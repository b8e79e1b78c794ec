#pragma once

#include "lint/LintResults.h"

#include <QJsonObject>

namespace strata {

// `strata lint --sarif`: the run as a SARIF 2.1.0 log for code scanning (GitHub, GitLab, IDEs).
// One run whose tool.driver is "strata" with every rule of LintRegistry (id, shortDescription =
// summary, help = the help line, helpUri = its docs/lint/<id>.md page, defaultConfiguration),
// one result per finding (ruleId, level note|warning|error, message, a physicalLocation whose
// artifactLocation is relative to the project folder through uriBaseId PROJECTROOT, and the
// statement's region), and the revisions that do not parse or were not linted (Python) as
// tool execution notifications. tests/unit/tst_sarif validates it against the OASIS schema.
namespace SarifReport {

inline constexpr const char* kSchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
inline constexpr const char* kInformationUri = "https://strata.io";
// docs/lint/<id>.md of the repository, as published.
inline constexpr const char* kRuleDocsBase = "https://strata.io/docs/lint/";
inline constexpr const char* kProjectRootId = "PROJECTROOT";

QJsonObject document(const LintResults& results);

// "none" (off), "note", "warning", "error": SARIF's level names.
QString level(LintLevel level);

} // namespace SarifReport

} // namespace strata
