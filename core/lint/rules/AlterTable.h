#pragma once

#include "lint/LintObjects.h"
#include "lint/LintStatement.h"
#include "lint/ParseNode.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// Readers over ALTER TABLE (and column definitions) shared by the schema-change rules.
namespace strata::lintrules::alter {

inline QLatin1StringView l1(const char* s) {
    return QLatin1StringView(s);
}

// The table an ALTER TABLE statement alters: empty for ALTER INDEX / VIEW / SEQUENCE (which
// parse as AlterTableStmt too) and for every other statement.
inline QString table(const LintStatement& st) {
    if (st.type != l1("AlterTableStmt") ||
        st.node.value(l1("objtype")).toString() != l1("OBJECT_TABLE"))
        return {};
    return parse::relation(st.node.value(l1("relation")).toObject());
}

// The AlterTableCmd bodies of an ALTER TABLE statement, in order.
inline QList<QJsonObject> commands(const LintStatement& st) {
    QList<QJsonObject> out;
    for (const QJsonValue& c : parse::list(st.node, l1("cmds")))
        out.append(parse::as(c, l1("AlterTableCmd")));
    return out;
}

inline bool is(const QJsonObject& cmd, const char* subtype) {
    return cmd.value(l1("subtype")).toString() == l1(subtype);
}

// The Constraint of `ADD [CONSTRAINT name] ...` (empty for any other command).
inline QJsonObject addedConstraint(const QJsonObject& cmd) {
    return is(cmd, "AT_AddConstraint") ? parse::as(cmd.value(l1("def")), l1("Constraint"))
                                       : QJsonObject();
}

// The ColumnDef of `ADD COLUMN` (empty for any other command).
inline QJsonObject addedColumn(const QJsonObject& cmd) {
    return is(cmd, "AT_AddColumn") ? parse::as(cmd.value(l1("def")), l1("ColumnDef"))
                                   : QJsonObject();
}

// The Constraint bodies of a ColumnDef (DEFAULT, NOT NULL, REFERENCES, PRIMARY KEY, ...).
inline QList<QJsonObject> columnConstraints(const QJsonObject& columnDef) {
    QList<QJsonObject> out;
    for (const QJsonValue& c : parse::list(columnDef, l1("constraints")))
        out.append(parse::as(c, l1("Constraint")));
    return out;
}

// "CONSTR_CHECK", "CONSTR_FOREIGN", "CONSTR_DEFAULT", ...
inline QString contype(const QJsonObject& constraint) {
    return constraint.value(l1("contype")).toString();
}

// Whether `a` and `b` name the same table (one of them possibly schema-qualified).
inline bool sameTable(const QString& a, const QString& b) {
    if (a.isEmpty() || b.isEmpty())
        return false;
    LintObjects one;
    one.add(QStringLiteral("table"), b);
    return one.contains(QStringLiteral("table"), a);
}

} // namespace strata::lintrules::alter
