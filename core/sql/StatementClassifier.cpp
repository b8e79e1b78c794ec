#include "sql/StatementClassifier.h"

#include <pg_query.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <memory>
#include <optional>

namespace strata {

namespace {

// Frees a parse result on every path.
class ParseResult {
public:
    explicit ParseResult(const char* input)
        : m_result(pg_query_parse(input)) {}
    ~ParseResult() { pg_query_free_parse_result(m_result); }
    ParseResult(const ParseResult&) = delete;
    ParseResult& operator=(const ParseResult&) = delete;
    const PgQueryParseResult* operator->() const { return &m_result; }

private:
    PgQueryParseResult m_result;
};

// "CreateExtensionStmt" -> "CREATE EXTENSION".
QString tagFromNodeName(const QString& node) {
    QString name = node;
    if (name.endsWith(QLatin1String("Stmt")))
        name.chop(4);
    QString out;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (i > 0 && c.isUpper() && !name.at(i - 1).isUpper())
            out += QLatin1Char(' ');
        out += c.toUpper();
    }
    return out;
}

// "OBJECT_MATVIEW" -> "MATERIALIZED VIEW", "OBJECT_FOREIGN_TABLE" -> "FOREIGN TABLE".
QString objectName(const QString& objtype) {
    QString name = objtype;
    if (name.startsWith(QLatin1String("OBJECT_")))
        name = name.mid(7);
    if (name == QLatin1String("MATVIEW"))
        return QStringLiteral("MATERIALIZED VIEW");
    if (name == QLatin1String("FDW"))
        return QStringLiteral("FOREIGN DATA WRAPPER");
    return name.replace(QLatin1Char('_'), QLatin1Char(' '));
}

bool hasDefElem(const QJsonArray& list, QLatin1StringView name) {
    for (const QJsonValue& v : list) {
        if (v.toObject()
                .value(QLatin1String("DefElem"))
                .toObject()
                .value(QLatin1String("defname")) == name)
            return true;
    }
    return false;
}

StatementClass noTransaction(QString tag, const QString& what) {
    return {StatementKind::NoTransaction, std::move(tag),
            what + QLatin1String(" cannot run inside a transaction block")};
}

StatementClass transactionControl(QString tag) {
    QString reason = tag + QLatin1String(" is transaction control: Strata manages transactions");
    return {StatementKind::TransactionControl, std::move(tag), std::move(reason)};
}

StatementClass classifyTransaction(const QJsonObject& node) {
    const QString kind = node.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("TRANS_STMT_BEGIN"))
        return transactionControl(QStringLiteral("BEGIN"));
    if (kind == QLatin1String("TRANS_STMT_START"))
        return transactionControl(QStringLiteral("START TRANSACTION"));
    if (kind == QLatin1String("TRANS_STMT_COMMIT"))
        return transactionControl(QStringLiteral("COMMIT"));
    if (kind == QLatin1String("TRANS_STMT_ROLLBACK"))
        return transactionControl(QStringLiteral("ROLLBACK"));
    if (kind == QLatin1String("TRANS_STMT_PREPARE"))
        return transactionControl(QStringLiteral("PREPARE TRANSACTION"));
    if (kind == QLatin1String("TRANS_STMT_COMMIT_PREPARED"))
        return transactionControl(QStringLiteral("COMMIT PREPARED"));
    if (kind == QLatin1String("TRANS_STMT_ROLLBACK_PREPARED"))
        return transactionControl(QStringLiteral("ROLLBACK PREPARED"));
    if (kind == QLatin1String("TRANS_STMT_SAVEPOINT"))
        return {StatementKind::Normal, QStringLiteral("SAVEPOINT"), {}};
    if (kind == QLatin1String("TRANS_STMT_RELEASE"))
        return {StatementKind::Normal, QStringLiteral("RELEASE"), {}};
    if (kind == QLatin1String("TRANS_STMT_ROLLBACK_TO"))
        return {StatementKind::Normal, QStringLiteral("ROLLBACK TO SAVEPOINT"), {}};
    return {StatementKind::Normal, QStringLiteral("TRANSACTION"), {}};
}

StatementClass sessionReset(QString tag, const QString& what) {
    return {StatementKind::SessionReset, std::move(tag),
            what + QLatin1String(" would reset Strata's session (its migration lock, timeouts "
                                 "or role): not allowed in a revision")};
}

// The name of a FuncCall node's function (last part of funcname), lower case.
QString functionName(const QJsonObject& funcCall) {
    const QJsonArray parts = funcCall.value(QLatin1String("funcname")).toArray();
    if (parts.isEmpty())
        return {};
    const QJsonObject last = parts.last().toObject().value(QLatin1String("String")).toObject();
    // PostgreSQL 15+ trees say "sval", older ones "str".
    const QJsonValue name = last.contains(QLatin1String("sval")) ? last.value(QLatin1String("sval"))
                                                                 : last.value(QLatin1String("str"));
    return name.toString().toLower();
}

// True when a call of `function` appears anywhere below `value`.
bool callsFunction(const QJsonValue& value, QLatin1StringView function) {
    if (value.isArray()) {
        for (const QJsonValue& v : value.toArray())
            if (callsFunction(v, function))
                return true;
        return false;
    }
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QLatin1String("FuncCall") &&
            functionName(it.value().toObject()) == function)
            return true;
        if (callsFunction(it.value(), function))
            return true;
    }
    return false;
}

StatementClass classifyStmt(const QString& type, const QJsonObject& node) {
    const auto flag = [&](const char* key) { return node.value(QLatin1String(key)).toBool(); };
    const auto str = [&](const char* key) { return node.value(QLatin1String(key)).toString(); };

    if (type == QLatin1String("TransactionStmt"))
        return classifyTransaction(node);
    if (type == QLatin1String("DiscardStmt")) {
        if (str("target") == QLatin1String("DISCARD_ALL"))
            return sessionReset(QStringLiteral("DISCARD"), QStringLiteral("DISCARD ALL"));
        return {StatementKind::Normal, QStringLiteral("DISCARD"), {}};
    }
    if (type == QLatin1String("VariableSetStmt")) {
        const QString kind = str("kind");
        const bool reset = kind.startsWith(QLatin1String("VAR_RESET"));
        if (kind == QLatin1String("VAR_RESET_ALL"))
            return sessionReset(QStringLiteral("RESET"), QStringLiteral("RESET ALL"));
        if (str("name") == QLatin1String("session_authorization"))
            return sessionReset(reset ? QStringLiteral("RESET") : QStringLiteral("SET"),
                                reset ? QStringLiteral("RESET SESSION AUTHORIZATION")
                                      : QStringLiteral("SET SESSION AUTHORIZATION"));
        return {StatementKind::Normal, reset ? QStringLiteral("RESET") : QStringLiteral("SET"), {}};
    }
    if (callsFunction(node, QLatin1StringView("pg_advisory_unlock_all")))
        return sessionReset(tagFromNodeName(type) == QLatin1String("SELECT")
                                ? QStringLiteral("SELECT")
                                : tagFromNodeName(type),
                            QStringLiteral("pg_advisory_unlock_all()"));
    if (type == QLatin1String("IndexStmt")) {
        if (flag("concurrent"))
            return noTransaction(QStringLiteral("CREATE INDEX"),
                                 QStringLiteral("CREATE INDEX CONCURRENTLY"));
        return {StatementKind::Normal, QStringLiteral("CREATE INDEX"), {}};
    }
    if (type == QLatin1String("DropStmt")) {
        const QString tag = QLatin1String("DROP ") + objectName(str("removeType"));
        if (flag("concurrent"))
            return noTransaction(tag, tag + QLatin1String(" CONCURRENTLY"));
        return {StatementKind::Normal, tag, {}};
    }
    if (type == QLatin1String("ReindexStmt")) {
        const QString kind = str("kind"); // REINDEX_OBJECT_INDEX ...
        const QString object = kind.mid(kind.lastIndexOf(QLatin1Char('_')) + 1);
        if (hasDefElem(node.value(QLatin1String("params")).toArray(),
                       QLatin1StringView("concurrently")))
            return noTransaction(QStringLiteral("REINDEX"),
                                 QStringLiteral("REINDEX ... CONCURRENTLY"));
        if (object == QLatin1String("SCHEMA") || object == QLatin1String("DATABASE") ||
            object == QLatin1String("SYSTEM"))
            return noTransaction(QStringLiteral("REINDEX"), QLatin1String("REINDEX ") + object);
        return {StatementKind::Normal, QStringLiteral("REINDEX"), {}};
    }
    if (type == QLatin1String("AlterTableStmt")) {
        const QString tag = QLatin1String("ALTER ") + objectName(str("objtype"));
        for (const QJsonValue& c : node.value(QLatin1String("cmds")).toArray()) {
            const QJsonObject cmd = c.toObject().value(QLatin1String("AlterTableCmd")).toObject();
            if (cmd.value(QLatin1String("subtype")).toString() !=
                QLatin1String("AT_DetachPartition"))
                continue;
            const QJsonObject part = cmd.value(QLatin1String("def"))
                                         .toObject()
                                         .value(QLatin1String("PartitionCmd"))
                                         .toObject();
            if (part.value(QLatin1String("concurrent")).toBool())
                return noTransaction(tag, QStringLiteral("ALTER TABLE ... DETACH PARTITION ... "
                                                         "CONCURRENTLY"));
        }
        return {StatementKind::Normal, tag, {}};
    }
    if (type == QLatin1String("CreatedbStmt"))
        return noTransaction(QStringLiteral("CREATE DATABASE"), QStringLiteral("CREATE DATABASE"));
    if (type == QLatin1String("DropdbStmt"))
        return noTransaction(QStringLiteral("DROP DATABASE"), QStringLiteral("DROP DATABASE"));
    if (type == QLatin1String("AlterDatabaseStmt")) {
        if (hasDefElem(node.value(QLatin1String("options")).toArray(),
                       QLatin1StringView("tablespace")))
            return noTransaction(QStringLiteral("ALTER DATABASE"),
                                 QStringLiteral("ALTER DATABASE ... SET TABLESPACE"));
        return {StatementKind::Normal, QStringLiteral("ALTER DATABASE"), {}};
    }
    if (type == QLatin1String("CreateTableSpaceStmt"))
        return noTransaction(QStringLiteral("CREATE TABLESPACE"),
                             QStringLiteral("CREATE TABLESPACE"));
    if (type == QLatin1String("DropTableSpaceStmt"))
        return noTransaction(QStringLiteral("DROP TABLESPACE"), QStringLiteral("DROP TABLESPACE"));
    if (type == QLatin1String("VacuumStmt")) {
        if (flag("is_vacuumcmd"))
            return noTransaction(QStringLiteral("VACUUM"), QStringLiteral("VACUUM"));
        return {StatementKind::Normal, QStringLiteral("ANALYZE"), {}};
    }
    if (type == QLatin1String("AlterSystemStmt"))
        return noTransaction(QStringLiteral("ALTER SYSTEM"), QStringLiteral("ALTER SYSTEM"));

    // Normal statements: a readable tag.
    if (type == QLatin1String("SelectStmt"))
        return {StatementKind::Normal,
                node.contains(QLatin1String("intoClause")) ? QStringLiteral("SELECT INTO")
                                                           : QStringLiteral("SELECT"),
                {}};
    if (type == QLatin1String("CreateStmt"))
        return {StatementKind::Normal, QStringLiteral("CREATE TABLE"), {}};
    if (type == QLatin1String("CreateTableAsStmt"))
        return {StatementKind::Normal,
                str("objtype") == QLatin1String("OBJECT_MATVIEW")
                    ? QStringLiteral("CREATE MATERIALIZED VIEW")
                    : QStringLiteral("CREATE TABLE AS"),
                {}};
    if (type == QLatin1String("ViewStmt"))
        return {StatementKind::Normal, QStringLiteral("CREATE VIEW"), {}};
    if (type == QLatin1String("CreateFunctionStmt"))
        return {StatementKind::Normal,
                flag("is_procedure") ? QStringLiteral("CREATE PROCEDURE")
                                     : QStringLiteral("CREATE FUNCTION"),
                {}};
    if (type == QLatin1String("CreateTrigStmt"))
        return {StatementKind::Normal, QStringLiteral("CREATE TRIGGER"), {}};
    if (type == QLatin1String("CreateSeqStmt"))
        return {StatementKind::Normal, QStringLiteral("CREATE SEQUENCE"), {}};
    if (type == QLatin1String("AlterSeqStmt"))
        return {StatementKind::Normal, QStringLiteral("ALTER SEQUENCE"), {}};
    if (type == QLatin1String("CreateEnumStmt") || type == QLatin1String("CompositeTypeStmt") ||
        type == QLatin1String("CreateRangeStmt"))
        return {StatementKind::Normal, QStringLiteral("CREATE TYPE"), {}};
    if (type == QLatin1String("AlterEnumStmt"))
        return {StatementKind::Normal, QStringLiteral("ALTER TYPE"), {}};
    if (type == QLatin1String("RenameStmt"))
        return {StatementKind::Normal, QLatin1String("ALTER ") + objectName(str("renameType")), {}};
    if (type == QLatin1String("GrantStmt"))
        return {StatementKind::Normal,
                flag("is_grant") ? QStringLiteral("GRANT") : QStringLiteral("REVOKE"),
                {}};
    if (type == QLatin1String("CommentStmt"))
        return {StatementKind::Normal, QStringLiteral("COMMENT"), {}};
    if (type == QLatin1String("VariableShowStmt"))
        return {StatementKind::Normal, QStringLiteral("SHOW"), {}};
    if (type == QLatin1String("CreateRoleStmt"))
        return {StatementKind::Normal, QStringLiteral("CREATE ROLE"), {}};
    if (type == QLatin1String("DefineStmt"))
        return {StatementKind::Normal, QLatin1String("CREATE ") + objectName(str("kind")), {}};
    if (type == QLatin1String("CreateSchemaStmt"))
        return {StatementKind::Normal, QStringLiteral("CREATE SCHEMA"), {}};
    if (type == QLatin1String("AlterDatabaseSetStmt"))
        return {StatementKind::Normal, QStringLiteral("ALTER DATABASE"), {}};
    if (type == QLatin1String("RefreshMatViewStmt"))
        return {StatementKind::Normal, QStringLiteral("REFRESH MATERIALIZED VIEW"), {}};
    if (type == QLatin1String("CreateExtensionStmt"))
        return {StatementKind::Normal, QStringLiteral("CREATE EXTENSION"), {}};
    return {StatementKind::Normal, tagFromNodeName(type), {}};
}

} // namespace

StatementClass StatementClassifier::classifyNode(const QByteArray& stmtJson) {
    const QJsonObject stmt = QJsonDocument::fromJson(stmtJson).object();
    if (stmt.isEmpty())
        return {};
    const QString type = stmt.begin().key();
    return classifyStmt(type, stmt.begin().value().toObject());
}

namespace {

// libpg_query writes its parse tree recursively: a statement nested 100,000 levels deep
// (SELECT 1+1+...+1) overflows an ordinary thread's stack inside pg_query_parse. Statements up
// to kInlineBytes cannot nest deeper than about kInlineBytes / 2 levels, which any thread's stack
// holds; larger ones are parsed on a thread of their own with kParserStackBytes of stack (only
// the pages touched are committed), and statements over kMaxBytes are not parsed at all.
constexpr qsizetype kInlineBytes = 16 * 1024;
constexpr qsizetype kMaxBytes = 4 * 1024 * 1024;
constexpr uint kParserStackBytes = 512u * 1024u * 1024u;

Error tooDeep() {
    return Error(ErrorCode::Parse,
                 QCoreApplication::translate(
                     "strata", "statement too deeply nested to check (split it into simpler "
                               "statements)"));
}

Result<QJsonObject> parsedTree(const QByteArray& utf8) {
    const ParseResult result(utf8.constData());
    if (result->error)
        return Error(ErrorCode::Parse, QString::fromUtf8(result->error->message));
    QJsonParseError jsonError{};
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(result->parse_tree, qsizetype(qstrlen(result->parse_tree))),
        &jsonError);
    if (jsonError.error == QJsonParseError::DeepNesting)
        return tooDeep();
    const QJsonArray stmts = document.object().value(QLatin1String("stmts")).toArray();
    if (stmts.isEmpty())
        return QJsonObject{};
    return stmts.first().toObject().value(QLatin1String("stmt")).toObject();
}

} // namespace

Result<QJsonObject> StatementClassifier::parseTree(QStringView sql) {
    const QByteArray utf8 = sql.toUtf8();
    if (utf8.size() <= kInlineBytes)
        return parsedTree(utf8);
    if (utf8.size() > kMaxBytes)
        return Error(ErrorCode::Parse,
                     QCoreApplication::translate(
                         "strata", "statement too large to check (%1 MB; at most %2 MB)")
                         .arg(utf8.size() / (1024 * 1024))
                         .arg(kMaxBytes / (1024 * 1024)));
    std::optional<Result<QJsonObject>> out;
    std::unique_ptr<QThread> parser(QThread::create([&] { out.emplace(parsedTree(utf8)); }));
    parser->setStackSize(kParserStackBytes);
    parser->start();
    parser->wait();
    if (!out) // the thread could not start (no memory for its stack)
        return tooDeep();
    return std::move(*out);
}

StatementClass StatementClassifier::classifyTree(const QJsonObject& stmt) {
    if (stmt.isEmpty())
        return {};
    return classifyStmt(stmt.begin().key(), stmt.begin().value().toObject());
}

Result<StatementClass> StatementClassifier::classify(QStringView sql) {
    Result<QJsonObject> tree = parseTree(sql);
    if (!tree)
        return tree.error();
    return classifyTree(*tree);
}

} // namespace strata
