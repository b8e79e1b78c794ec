#include "lint/StatementObjects.h"

#include "lint/ParseNode.h"

namespace strata {

namespace {

QLatin1StringView L(const char* s) {
    return QLatin1StringView(s);
}

QString joined(const QStringList& names) {
    return names.join(QLatin1Char('.'));
}

// The named constraints of a column or table definition ("CONSTRAINT c UNIQUE").
void addNamedConstraints(const QString& table, const QJsonArray& constraints, LintObjects* out) {
    for (const QJsonValue& c : constraints) {
        const QString name = parse::as(c, L("Constraint")).value(L("conname")).toString();
        if (!name.isEmpty())
            out->add(QStringLiteral("constraint"), table + QLatin1Char('.') + name);
    }
}

} // namespace

QString StatementObjects::kindOf(const QString& t) {
    if (t == L("OBJECT_TABLE") || t == L("OBJECT_VIEW") || t == L("OBJECT_MATVIEW") ||
        t == L("OBJECT_SEQUENCE") || t == L("OBJECT_FOREIGN_TABLE"))
        return QStringLiteral("table");
    if (t == L("OBJECT_INDEX"))
        return QStringLiteral("index");
    if (t == L("OBJECT_TYPE"))
        return QStringLiteral("type");
    if (t == L("OBJECT_DOMAIN"))
        return QStringLiteral("domain");
    if (t == L("OBJECT_FUNCTION") || t == L("OBJECT_PROCEDURE") || t == L("OBJECT_ROUTINE") ||
        t == L("OBJECT_AGGREGATE"))
        return QStringLiteral("function");
    if (t == L("OBJECT_SCHEMA"))
        return QStringLiteral("schema");
    if (t == L("OBJECT_EXTENSION"))
        return QStringLiteral("extension");
    if (t == L("OBJECT_TRIGGER"))
        return QStringLiteral("trigger");
    if (t == L("OBJECT_POLICY"))
        return QStringLiteral("policy");
    return {};
}

QStringList StatementObjects::dropNames(const QJsonObject& drop) {
    QStringList out;
    for (const QJsonValue& object : parse::list(drop, L("objects"))) {
        if (object.isArray()) // older trees: a bare list of names
            out << joined(parse::strings(object.toArray()));
        else if (parse::type(object) == L("List"))
            out << joined(parse::strings(parse::list(parse::body(object), L("items"))));
        else if (parse::type(object) == L("String"))
            out << parse::string(object);
        else if (parse::type(object) == L("ObjectWithArgs"))
            out << joined(parse::strings(parse::list(parse::body(object), L("objname"))));
        else if (parse::type(object) == L("TypeName"))
            out << joined(parse::strings(parse::list(parse::body(object), L("names"))));
    }
    return out;
}

void StatementObjects::created(const LintStatement& st, LintObjects* out) {
    const QJsonObject& n = st.node;
    const QString& t = st.type;
    if (!st.checked) {
        // Newer syntax than the grammar (not parsed): it may have created anything.
        out->add(QStringLiteral("unchecked"), QStringLiteral("*"));
        return;
    }
    if (t == L("CreateStmt")) {
        const QString table = parse::relation(n.value(L("relation")).toObject());
        out->add(QStringLiteral("table"), table);
        for (const QJsonValue& elt : parse::list(n, L("tableElts"))) {
            const QJsonObject col = parse::as(elt, L("ColumnDef"));
            if (!col.isEmpty()) {
                out->add(QStringLiteral("column"),
                         table + QLatin1Char('.') + col.value(L("colname")).toString());
                addNamedConstraints(table, parse::list(col, L("constraints")), out);
            } else {
                addNamedConstraints(table, QJsonArray{elt}, out);
            }
        }
    } else if (t == L("CreateTableAsStmt")) {
        const QJsonObject into = parse::as(n.value(L("into")), L("IntoClause")).isEmpty()
                                     ? n.value(L("into")).toObject()
                                     : parse::as(n.value(L("into")), L("IntoClause"));
        out->add(QStringLiteral("table"), parse::relation(into.value(L("rel")).toObject()));
    } else if (t == L("ViewStmt")) {
        out->add(QStringLiteral("table"), parse::relation(n.value(L("view")).toObject()));
    } else if (t == L("CreateSeqStmt")) {
        out->add(QStringLiteral("table"), parse::relation(n.value(L("sequence")).toObject()));
    } else if (t == L("IndexStmt")) {
        const QString table = parse::relation(n.value(L("relation")).toObject());
        QString name = n.value(L("idxname")).toString();
        const QString schema = n.value(L("relation")).toObject().value(L("schemaname")).toString();
        if (!schema.isEmpty() && !name.isEmpty())
            name = schema + QLatin1Char('.') + name;
        out->add(QStringLiteral("index"), name);
    } else if (t == L("CompositeTypeStmt")) {
        out->add(QStringLiteral("type"), parse::relation(n.value(L("typevar")).toObject()));
    } else if (t == L("CreateEnumStmt") || t == L("CreateRangeStmt")) {
        out->add(QStringLiteral("type"), joined(parse::strings(parse::list(n, L("typeName")))));
    } else if (t == L("CreateDomainStmt")) {
        const QString name = joined(parse::strings(parse::list(n, L("domainname"))));
        out->add(QStringLiteral("domain"), name);
        out->add(QStringLiteral("type"), name);
    } else if (t == L("CreateFunctionStmt")) {
        out->add(QStringLiteral("function"), joined(parse::strings(parse::list(n, L("funcname")))));
    } else if (t == L("CreateSchemaStmt")) {
        out->add(QStringLiteral("schema"), n.value(L("schemaname")).toString());
    } else if (t == L("CreateExtensionStmt")) {
        out->add(QStringLiteral("extension"), n.value(L("extname")).toString());
    } else if (t == L("CreateTrigStmt")) {
        out->add(QStringLiteral("trigger"), parse::relation(n.value(L("relation")).toObject()) +
                                                QLatin1Char('.') +
                                                n.value(L("trigname")).toString());
    } else if (t == L("CreatePolicyStmt")) {
        out->add(QStringLiteral("policy"), parse::relation(n.value(L("table")).toObject()) +
                                               QLatin1Char('.') +
                                               n.value(L("policy_name")).toString());
    } else if (t == L("AlterTableStmt")) {
        const QString table = parse::relation(n.value(L("relation")).toObject());
        for (const QJsonValue& c : parse::list(n, L("cmds"))) {
            const QJsonObject cmd = parse::as(c, L("AlterTableCmd"));
            const QString sub = cmd.value(L("subtype")).toString();
            if (sub == L("AT_AddColumn")) {
                const QJsonObject col = parse::as(cmd.value(L("def")), L("ColumnDef"));
                out->add(QStringLiteral("column"),
                         table + QLatin1Char('.') + col.value(L("colname")).toString());
                addNamedConstraints(table, parse::list(col, L("constraints")), out);
            } else if (sub == L("AT_AddConstraint")) {
                const QJsonObject con = parse::as(cmd.value(L("def")), L("Constraint"));
                out->add(QStringLiteral("constraint"),
                         table + QLatin1Char('.') + con.value(L("conname")).toString());
            }
        }
    } else if (t == L("DoStmt") || t == L("CallStmt")) {
        out->add(QStringLiteral("code"), QStringLiteral("*"));
    } else if (t == L("RenameStmt")) {
        // The new name exists from here on (a rename inside the revision).
        const QString kind = kindOf(n.value(L("renameType")).toString());
        if (kind == L("table") || kind == L("index"))
            out->add(kind, n.value(L("newname")).toString());
    }
}

void StatementObjects::dropped(const LintStatement& st, LintObjects* out) {
    const QJsonObject& n = st.node;
    if (st.type == L("DropStmt")) {
        const QString kind = kindOf(n.value(L("removeType")).toString());
        if (kind.isEmpty())
            return;
        for (const QString& name : dropNames(n))
            out->add(kind, name);
    } else if (st.type == L("AlterTableStmt")) {
        const QString table = parse::relation(n.value(L("relation")).toObject());
        for (const QJsonValue& c : parse::list(n, L("cmds"))) {
            const QJsonObject cmd = parse::as(c, L("AlterTableCmd"));
            const QString sub = cmd.value(L("subtype")).toString();
            if (sub == L("AT_DropColumn"))
                out->add(QStringLiteral("column"),
                         table + QLatin1Char('.') + cmd.value(L("name")).toString());
            else if (sub == L("AT_DropConstraint"))
                out->add(QStringLiteral("constraint"),
                         table + QLatin1Char('.') + cmd.value(L("name")).toString());
        }
    }
}

} // namespace strata
