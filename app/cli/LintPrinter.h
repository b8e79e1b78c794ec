#pragma once

#include "lint/LintResults.h"

#include <QTextStream>

namespace strata::cli {

// `strata lint`'s compiler-style output:
//   versions/0003_x.sql:7:1: warning[require-concurrent-index-creation]: CREATE INDEX on ...
//     = help: use CREATE INDEX CONCURRENTLY in a revision with 'Transactional: no'
//     = lock: SHARE on chunks: blocks writes (reads continue) until the revision commits
// a revision that does not parse as `strata check` prints it, a note for each Python revision,
// and the summary line ("3 warnings, 1 error in 2 of 14 revisions"). Files are relative to the
// current folder when inside it.
class LintPrinter {
public:
    explicit LintPrinter(QTextStream& out)
        : m_out(out) {}

    void print(const LintResults& results);

    // `file` relative to the current folder when inside it, else absolute.
    static QString displayPath(const QString& file);

private:
    static QString shownPath(const QString& file);
    void printFinding(const LintFinding& finding, bool transactional);

    QTextStream& m_out;
};

} // namespace strata::cli
