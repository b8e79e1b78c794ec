#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace strata {

// Small readers over libpg_query's JSON parse tree (pg_query_parse: every node is an object
// with one key, its type: {"ColumnDef": {...}}). Missing fields read as empty, never throw.
namespace parse {

// The type of a node ({"IndexStmt": {...}} -> "IndexStmt"), empty for anything else.
QString type(const QJsonValue& node);
// The fields of a node ({"IndexStmt": {...}} -> {...}).
QJsonObject body(const QJsonValue& node);
// body(node) when node is of `type`, else an empty object.
QJsonObject as(const QJsonValue& node, QLatin1StringView type);
// The items of a List-valued field, each a typed node.
QJsonArray list(const QJsonObject& body, QLatin1StringView field);
// A String node's text ({"String": {"sval": "x"}} -> "x"; older trees used "str").
QString string(const QJsonValue& node);
// The names of a list of String nodes (a qualified name, a type name): ["pg_catalog", "int4"].
QStringList strings(const QJsonArray& items);
// A RangeVar as written: "items" or "public.items" (lower-case as the parser folded it).
QString relation(const QJsonObject& rangeVar);
// The last name of a TypeName without pg_catalog ("int4", "varchar", "timestamp").
QString typeName(const QJsonObject& typeNameBody);
// The `location` field (a byte offset into the statement's UTF-8 text), -1 when absent.
int location(const QJsonObject& body);
// Whether `node` is a function call, anywhere below it (a volatile-looking default: now(),
// gen_random_uuid(), nextval(...)); `names` receives each function's last name.
bool containsCall(const QJsonValue& node, QStringList* names = nullptr);
// A DefElem list holds `name` (CONCURRENTLY in REINDEX's params, ...).
bool hasDefElem(const QJsonArray& items, QLatin1StringView name);

} // namespace parse
} // namespace strata
