#pragma once

#include <QString>

namespace strata {

// The PostgreSQL grammar this build parses SQL with (the libpg_query linked: 17 from the
// download cache, 15 from Debian) against the server major a project targets ([project]
// postgres; 0 = unknown).
class SqlGrammar {
public:
    static int major();       // 17
    static QString version(); // "17.4"

    // Whether a statement the grammar rejects may still be valid where the project runs: the
    // target is unknown (0) or newer than the grammar. Then the statement is "not checked" (a
    // warning) and the server decides at run time; otherwise the rejection is an error.
    static bool mayBeNewerSyntax(int targetMajor);

    // The warning for such a statement, the same in `strata check`, `strata lint` and the
    // editor: "not checked: newer syntax than this build's PostgreSQL 17 grammar", then the
    // grammar's own message in parentheses when there is one.
    static QString notCheckedMessage(const QString& parseError = {});
};

} // namespace strata
