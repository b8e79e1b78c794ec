#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringView>

namespace strata {

// How a statement may run.
enum class StatementKind {
    Normal,        // anything that runs inside a transaction block
    NoTransaction, // cannot run inside a transaction block (CREATE INDEX CONCURRENTLY, VACUUM...)
    TransactionControl, // BEGIN, COMMIT, ROLLBACK, PREPARE TRANSACTION, COMMIT/ROLLBACK PREPARED
    // Undoes what Strata's session holds (its migration lock, its lock/statement timeouts, its
    // role): DISCARD ALL, RESET ALL, SET/RESET SESSION AUTHORIZATION, pg_advisory_unlock_all()
    // anywhere in the statement. Never allowed in a revision.
    SessionReset,
};

struct StatementClass {
    StatementKind kind = StatementKind::Normal;
    QString tag;    // command-tag-like name for logs: "CREATE INDEX", "UPDATE", "DROP TABLE", "DO"
    QString reason; // why it is not Normal ("CREATE INDEX CONCURRENTLY cannot run inside a
                    // transaction block"); empty for Normal
};

// Classifies SQL with libpg_query's parse tree (pg_query_parse JSON).
//
// NoTransaction: CREATE/DROP INDEX CONCURRENTLY, REINDEX ... CONCURRENTLY, REINDEX SCHEMA/
// DATABASE/SYSTEM, ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY, CREATE/DROP DATABASE,
// ALTER DATABASE ... SET TABLESPACE, CREATE/DROP TABLESPACE, VACUUM (not a plain ANALYZE),
// ALTER SYSTEM.
// TransactionControl: BEGIN, START TRANSACTION, COMMIT, END, ROLLBACK (ABORT), PREPARE
// TRANSACTION, COMMIT PREPARED, ROLLBACK PREPARED. SAVEPOINT, RELEASE and ROLLBACK TO are Normal:
// they work inside the revision's own transaction.
// SessionReset: see StatementKind (a call inside a DO block's PL/pgSQL body is not seen).
class StatementClassifier {
public:
    // Classifies the first statement of `sql` (one statement is expected; the rest is ignored).
    // Parse errors come back as ErrorCode::Parse with libpg_query's message; empty SQL gives
    // Normal with an empty tag.
    static Result<StatementClass> classify(QStringView sql);

    // Same, from the JSON text of one statement node as pg_query_parse writes it
    // ({"IndexStmt": {...}}). For callers that already parsed.
    static StatementClass classifyNode(const QByteArray& stmtJson);
    // Same, from the statement node already read ({"IndexStmt": {...}}).
    static StatementClass classifyTree(const QJsonObject& stmt);

    // The parse tree of the first statement of `sql` ({"IndexStmt": {...}}; empty for empty
    // SQL), with the same limits as classify(): statements over 16 KB are parsed on a thread
    // with a large stack, over 4 MB or nested too deeply are ErrorCode::Parse.
    static Result<QJsonObject> parseTree(QStringView sql);
};

} // namespace strata
