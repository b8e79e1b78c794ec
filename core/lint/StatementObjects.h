#pragma once

#include "lint/LintObjects.h"
#include "lint/LintStatement.h"

namespace strata {

// What one statement creates and drops, by LintObjects kind and name (CREATE TABLE items ->
// table "items"; ALTER TABLE items ADD COLUMN x -> column "items.x"; DROP INDEX i -> index "i").
class StatementObjects {
public:
    static void created(const LintStatement& statement, LintObjects* out);
    static void dropped(const LintStatement& statement, LintObjects* out);
    // DropStmt's removeType ("OBJECT_TABLE") as a LintObjects kind ("table"); empty if none.
    static QString kindOf(const QString& objectType);
    // The names a DropStmt's `objects` list names (qualified as written).
    static QStringList dropNames(const QJsonObject& dropStmt);
};

} // namespace strata
