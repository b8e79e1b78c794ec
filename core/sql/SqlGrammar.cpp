#include "sql/SqlGrammar.h"

#include "strata/Version.h"

#include <QCoreApplication>
#include <pg_query.h>

namespace strata {

// CMake reads the major from the same pg_query.h (cmake/FindPgQuery.cmake).
static_assert(PG_VERSION_NUM / 10000 == kSqlGrammarMajor,
              "Version.h names another grammar than the pg_query.h compiled against");

int SqlGrammar::major() {
    return kSqlGrammarMajor;
}

QString SqlGrammar::version() {
    return QString::fromLatin1(kSqlGrammarVersion);
}

bool SqlGrammar::mayBeNewerSyntax(int targetMajor) {
    return targetMajor <= 0 || targetMajor > major();
}

QString SqlGrammar::notCheckedMessage(const QString& parseError) {
    QString message = QCoreApplication::translate(
                          "strata", "not checked: newer syntax than this build's PostgreSQL %1 "
                                    "grammar")
                          .arg(major());
    if (!parseError.isEmpty())
        message += QStringLiteral(" (%1)").arg(parseError);
    return message;
}

} // namespace strata
