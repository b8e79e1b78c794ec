#include "preflight/DestructiveStatements.h"

#include "lint/ParseNode.h"

namespace strata {

namespace {

QLatin1StringView L(const char* s) {
    return QLatin1StringView(s);
}

DestructiveStatement on(DestructiveStatement::Kind kind, const QJsonObject& rangeVar, int line) {
    DestructiveStatement d;
    d.kind = kind;
    d.schema = rangeVar.value(L("schemaname")).toString();
    d.table = rangeVar.value(L("relname")).toString();
    d.line = line;
    return d;
}

bool cascades(const QJsonObject& node) {
    return node.value(L("behavior")).toString() == L("DROP_CASCADE");
}

} // namespace

QList<DestructiveStatement> DestructiveStatements::of(const LintStatement& st) {
    QList<DestructiveStatement> out;
    if (st.type == L("DropStmt") &&
        st.node.value(L("removeType")).toString() == L("OBJECT_TABLE")) {
        for (const QJsonValue& object : parse::list(st.node, L("objects"))) {
            const QStringList names = parse::strings(parse::list(parse::body(object), L("items")));
            if (names.isEmpty())
                continue;
            DestructiveStatement d;
            d.kind = DestructiveStatement::Kind::DropTable;
            d.table = names.constLast();
            d.schema = names.size() > 1 ? names.at(names.size() - 2) : QString();
            d.cascade = cascades(st.node);
            d.line = st.line;
            out << d;
        }
    } else if (st.type == L("AlterTableStmt") &&
               st.node.value(L("objtype")).toString() == L("OBJECT_TABLE")) {
        const QJsonObject relation = st.node.value(L("relation")).toObject();
        for (const QJsonValue& cmd : parse::list(st.node, L("cmds"))) {
            const QJsonObject c = parse::as(cmd, L("AlterTableCmd"));
            if (c.value(L("subtype")).toString() != L("AT_DropColumn"))
                continue;
            DestructiveStatement d = on(DestructiveStatement::Kind::DropColumn, relation, st.line);
            d.column = c.value(L("name")).toString();
            d.cascade = cascades(c);
            out << d;
        }
    } else if (st.type == L("TruncateStmt")) {
        for (const QJsonValue& rel : parse::list(st.node, L("relations"))) {
            DestructiveStatement d =
                on(DestructiveStatement::Kind::Truncate, parse::body(rel), st.line);
            d.cascade = cascades(st.node);
            out << d;
        }
    } else if (st.type == L("DeleteStmt")) {
        DestructiveStatement d = on(DestructiveStatement::Kind::Delete,
                                    st.node.value(L("relation")).toObject(), st.line);
        d.whole = !st.node.contains(L("whereClause"));
        out << d;
    }
    return out;
}

} // namespace strata
