// Column rules: adding, changing and renaming columns (and tables) of existing tables.
#include "lint/LintRegistry.h"
#include "lint/rules/AlterTable.h"
#include "lint/rules/RuleBase.h"

#include <QSet>

namespace strata::lintrules {

namespace {

using alter::columnConstraints;
using alter::contype;

QLatin1StringView L(const char* s) {
    return QLatin1StringView(s);
}

bool isSerial(const QJsonObject& columnDef) {
    static const QSet<QString> serials = {
        QStringLiteral("serial"),  QStringLiteral("serial2"),     QStringLiteral("serial4"),
        QStringLiteral("serial8"), QStringLiteral("smallserial"), QStringLiteral("bigserial")};
    const QJsonObject type = columnDef.value(L("typeName")).toObject();
    return parse::strings(parse::list(type, L("names"))).size() == 1 &&
           serials.contains(parse::typeName(type));
}

// Built-in functions without arguments that are not VOLATILE (pg_proc.provolatile <> 'v'): as a
// column default they are evaluated once, so ADD COLUMN stores the value in the catalog instead
// of rewriting the table (PostgreSQL 11+).
bool nonVolatileWithoutArguments(const QString& name) {
    static const QSet<QString> names = {
        QStringLiteral("now"),
        QStringLiteral("transaction_timestamp"),
        QStringLiteral("statement_timestamp"),
        QStringLiteral("current_database"),
        QStringLiteral("current_schema"),
        QStringLiteral("current_schemas"),
        QStringLiteral("current_user"),
        QStringLiteral("session_user"),
        QStringLiteral("current_role"),
        QStringLiteral("user"),
        QStringLiteral("pi"),
        QStringLiteral("version"),
        QStringLiteral("pg_backend_pid"),
        QStringLiteral("pg_postmaster_start_time"),
        QStringLiteral("pg_conf_load_time"),
        QStringLiteral("pg_my_temp_schema"),
        QStringLiteral("inet_client_addr"),
        QStringLiteral("inet_client_port"),
        QStringLiteral("inet_server_addr"),
        QStringLiteral("inet_server_port"),
    };
    return names.contains(name);
}

// The first call in `node` that may be volatile (a user function, a built-in outside the list
// above, or any call with arguments): its name and location. Constants, casts, operators over
// constants and CURRENT_TIMESTAMP-like keywords are not volatile.
bool findVolatileCall(const QJsonValue& node, QString* name, int* location) {
    if (node.isArray()) {
        for (const QJsonValue& v : node.toArray()) {
            if (findVolatileCall(v, name, location))
                return true;
        }
        return false;
    }
    if (!node.isObject())
        return false;
    const QJsonObject object = node.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == L("FuncCall") || it.key() == L("SubLink")) {
            const QJsonObject call = it.value().toObject();
            const QStringList qualified = parse::strings(parse::list(call, L("funcname")));
            const QString last = qualified.isEmpty() ? QString() : qualified.constLast();
            const bool builtin =
                qualified.size() == 1 ||
                (qualified.size() == 2 && qualified.constFirst() == L("pg_catalog"));
            if (it.key() == L("SubLink") || !builtin || !nonVolatileWithoutArguments(last) ||
                !parse::list(call, L("args")).isEmpty()) {
                *name = it.key() == L("SubLink") ? QStringLiteral("(subquery)")
                                                 : qualified.join(QLatin1Char('.')) + L("()");
                *location = parse::location(call);
                return true;
            }
        }
        if ((it.value().isObject() || it.value().isArray()) &&
            findVolatileCall(it.value(), name, location))
            return true;
    }
    return false;
}

bool isNullConstant(const QJsonValue& expr) {
    return parse::as(expr, L("A_Const")).value(L("isnull")).toBool();
}

QString columnOf(const QString& table, const QJsonObject& columnDef) {
    return table + QLatin1Char('.') + columnDef.value(L("colname")).toString();
}

class AddingFieldWithDefault final : public RuleBase {
public:
    AddingFieldWithDefault()
        : RuleBase("adding-field-with-default", LintLevel::Warning,
                   "ADD COLUMN with a volatile default (or any default before PostgreSQL 11) "
                   "rewrites the table under ACCESS EXCLUSIVE",
                   "add the column without the default, SET DEFAULT, then backfill existing rows "
                   "in batches") {}

    void check(const LintStatement& st, LintContext& context) const override {
        const QString table = alter::table(st);
        if (table.isEmpty() || context.isNewRelation(table))
            return;
        const int major = context.target().postgresMajor;
        for (const QJsonObject& cmd : alter::commands(st)) {
            const QJsonObject col = alter::addedColumn(cmd);
            if (col.isEmpty())
                continue;
            const QString column = columnOf(table, col);
            if (isSerial(col)) {
                context.report(st, *this,
                               tr("ADD COLUMN %1 of a serial type fills every row from its "
                                  "sequence: the table is rewritten under ACCESS EXCLUSIVE")
                                   .arg(column),
                               parse::location(col.value(L("typeName")).toObject()));
                continue;
            }
            for (const QJsonObject& con : columnConstraints(col))
                checkConstraint(st, context, column, con, major);
        }
    }

private:
    void checkConstraint(const LintStatement& st, LintContext& context, const QString& column,
                         const QJsonObject& con, int major) const {
        const QString type = contype(con);
        if (type == L("CONSTR_GENERATED") || type == L("CONSTR_IDENTITY")) {
            context.report(st, *this,
                           tr("ADD COLUMN %1 %2 computes a value for every row: the table is "
                              "rewritten under ACCESS EXCLUSIVE")
                               .arg(column, type == L("CONSTR_IDENTITY")
                                                ? QStringLiteral("GENERATED ... AS IDENTITY")
                                                : QStringLiteral("GENERATED ... STORED")),
                           parse::location(con));
            return;
        }
        if (type != L("CONSTR_DEFAULT"))
            return;
        const QJsonValue expr = con.value(L("raw_expr"));
        if (isNullConstant(expr))
            return;
        if (major < 11) {
            context.report(st, *this,
                           tr("ADD COLUMN %1 with a DEFAULT rewrites the table under ACCESS "
                              "EXCLUSIVE before PostgreSQL 11 (the project targets %2)")
                               .arg(column)
                               .arg(major),
                           parse::location(con));
            return;
        }
        QString call;
        int location = -1;
        if (findVolatileCall(expr, &call, &location))
            context.report(st, *this,
                           tr("ADD COLUMN %1 with the volatile default %2 rewrites the table "
                              "under ACCESS EXCLUSIVE")
                               .arg(column, call),
                           location);
    }
};

// Whether `expr` is `column IS NOT NULL`.
bool isNotNullCheckOf(const QJsonValue& expr, const QString& column) {
    const QJsonObject test = parse::as(expr, L("NullTest"));
    if (test.value(L("nulltesttype")).toString() != L("IS_NOT_NULL"))
        return false;
    const QStringList fields =
        parse::strings(parse::list(parse::as(test.value(L("arg")), L("ColumnRef")), L("fields")));
    return !fields.isEmpty() && fields.constLast() == column;
}

class AddingNotNullableField final : public RuleBase {
public:
    AddingNotNullableField()
        : RuleBase("adding-not-nullable-field", LintLevel::Warning,
                   "ALTER COLUMN ... SET NOT NULL scans an existing table under ACCESS EXCLUSIVE",
                   "ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT c, "
                   "then SET NOT NULL (PostgreSQL 12+ skips the scan) and DROP CONSTRAINT c") {}

    void check(const LintStatement& st, LintContext& context) const override {
        const QString table = alter::table(st);
        if (table.isEmpty() || context.isNewRelation(table))
            return;
        for (const QJsonObject& cmd : alter::commands(st)) {
            if (!alter::is(cmd, "AT_SetNotNull"))
                continue;
            const QString column = cmd.value(L("name")).toString();
            if (context.target().postgresMajor >= 12 &&
                validatedCheckEarlier(context, st, table, column))
                continue;
            context.report(st, *this,
                           tr("SET NOT NULL on %1.%2 reads the whole table while reads and "
                              "writes of it wait")
                               .arg(table, column));
        }
    }

private:
    // Whether the section, before `st`, added a validated CHECK (column IS NOT NULL) to `table`
    // (added without NOT VALID, or added NOT VALID and then validated): PostgreSQL 12+ then
    // sets NOT NULL from the constraint without scanning.
    static bool validatedCheckEarlier(const LintContext& context, const LintStatement& st,
                                      const QString& table, const QString& column) {
        QSet<QString> notValid;
        for (const LintStatement& earlier : context.sectionStatements()) {
            if (earlier.sectionIndex >= st.sectionIndex)
                break;
            if (!alter::sameTable(alter::table(earlier), table))
                continue;
            for (const QJsonObject& cmd : alter::commands(earlier)) {
                const QJsonObject con = alter::addedConstraint(cmd);
                if (contype(con) == L("CONSTR_CHECK") &&
                    isNotNullCheckOf(con.value(L("raw_expr")), column)) {
                    if (!con.value(L("skip_validation")).toBool())
                        return true;
                    notValid.insert(con.value(L("conname")).toString());
                }
                if (alter::is(cmd, "AT_ValidateConstraint") &&
                    notValid.contains(cmd.value(L("name")).toString()))
                    return true;
            }
        }
        return false;
    }
};

class AddingRequiredField final : public RuleBase {
public:
    AddingRequiredField()
        : RuleBase("adding-required-field", LintLevel::Error,
                   "ADD COLUMN ... NOT NULL without a DEFAULT fails on a table that has rows",
                   "add the column nullable (or with a non-volatile DEFAULT), backfill, then "
                   "SET NOT NULL") {}

    void check(const LintStatement& st, LintContext& context) const override {
        const QString table = alter::table(st);
        if (table.isEmpty() || context.isNewRelation(table))
            return;
        for (const QJsonObject& cmd : alter::commands(st)) {
            const QJsonObject col = alter::addedColumn(cmd);
            if (col.isEmpty() || isSerial(col))
                continue;
            bool required = false;
            bool filled = false;
            for (const QJsonObject& con : columnConstraints(col)) {
                const QString type = contype(con);
                required = required || type == L("CONSTR_NOTNULL") || type == L("CONSTR_PRIMARY");
                filled = filled || type == L("CONSTR_DEFAULT") || type == L("CONSTR_GENERATED") ||
                         type == L("CONSTR_IDENTITY");
            }
            if (required && !filled)
                context.report(st, *this,
                               tr("ADD COLUMN %1 is NOT NULL without a DEFAULT: it fails as soon "
                                  "as %2 has a row")
                                   .arg(columnOf(table, col), table),
                               parse::location(col));
        }
    }
};

class AddingSerialPrimaryKeyField final : public RuleBase {
public:
    AddingSerialPrimaryKeyField()
        : RuleBase("adding-serial-primary-key-field", LintLevel::Warning,
                   "a PRIMARY KEY added to an existing table builds its index under ACCESS "
                   "EXCLUSIVE",
                   "CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... PRIMARY KEY USING "
                   "INDEX") {}

    void check(const LintStatement& st, LintContext& context) const override {
        const QString table = alter::table(st);
        if (table.isEmpty() || context.isNewRelation(table))
            return;
        for (const QJsonObject& cmd : alter::commands(st)) {
            const QJsonObject con = alter::addedConstraint(cmd);
            if (contype(con) == L("CONSTR_PRIMARY") && !con.contains(L("indexname")))
                context.report(st, *this,
                               tr("ADD PRIMARY KEY on %1 builds its index while reads and writes "
                                  "of the table wait")
                                   .arg(table),
                               parse::location(con));
            const QJsonObject col = alter::addedColumn(cmd);
            for (const QJsonObject& inner : columnConstraints(col)) {
                if (contype(inner) == L("CONSTR_PRIMARY"))
                    context.report(st, *this,
                                   tr("ADD COLUMN %1 PRIMARY KEY builds its index while reads "
                                      "and writes of the table wait")
                                       .arg(columnOf(table, col)),
                                   parse::location(inner));
            }
        }
    }
};

class ChangingColumnType final : public RuleBase {
public:
    ChangingColumnType()
        : RuleBase("changing-column-type", LintLevel::Warning,
                   "ALTER COLUMN ... TYPE rewrites an existing table (and its indexes) under "
                   "ACCESS EXCLUSIVE",
                   "add a column of the new type, backfill it in batches, switch the code over, "
                   "then drop the old column") {}

    void check(const LintStatement& st, LintContext& context) const override {
        const QString table = alter::table(st);
        if (table.isEmpty() || context.isNewRelation(table))
            return;
        for (const QJsonObject& cmd : alter::commands(st)) {
            if (!alter::is(cmd, "AT_AlterColumnType"))
                continue;
            const QJsonObject def = parse::as(cmd.value(L("def")), L("ColumnDef"));
            context.report(st, *this,
                           tr("changing the type of %1.%2 rewrites the table while reads and "
                              "writes of it wait, and may break code reading the column")
                               .arg(table, cmd.value(L("name")).toString()),
                           parse::location(def));
        }
    }
};

// A RenameStmt's renamed relation and kind.
bool renames(const LintStatement& st, const char* renameType) {
    return st.type == L("RenameStmt") && st.node.value(L("renameType")).toString() == L(renameType);
}

class RenamingColumn final : public RuleBase {
public:
    RenamingColumn()
        : RuleBase("renaming-column", LintLevel::Warning,
                   "RENAME COLUMN breaks the code still using the old name while it runs",
                   "add the new column, write both, backfill, move readers over, then drop the "
                   "old one (or expose the new name through a view)") {}

    void check(const LintStatement& st, LintContext& context) const override {
        if (!renames(st, "OBJECT_COLUMN") ||
            st.node.value(L("relationType")).toString() != L("OBJECT_TABLE"))
            return;
        const QString table = parse::relation(st.node.value(L("relation")).toObject());
        const QString column = st.node.value(L("subname")).toString();
        if (context.isNewRelation(table) ||
            context.createdEarlier().contains(QStringLiteral("column"),
                                              table + QLatin1Char('.') + column))
            return;
        context.report(st, *this,
                       tr("renaming %1.%2 to %3 breaks every running query and deployed client "
                          "that still uses %2")
                           .arg(table, column, st.node.value(L("newname")).toString()));
    }
};

class RenamingTable final : public RuleBase {
public:
    RenamingTable()
        : RuleBase("renaming-table", LintLevel::Warning,
                   "ALTER TABLE ... RENAME TO breaks the code still using the old name while it "
                   "runs",
                   "rename in steps: create a view with the new name, move the code over, then "
                   "swap (or keep the old name)") {}

    void check(const LintStatement& st, LintContext& context) const override {
        if (!renames(st, "OBJECT_TABLE"))
            return;
        const QString table = parse::relation(st.node.value(L("relation")).toObject());
        if (context.isNewRelation(table))
            return;
        context.report(st, *this,
                       tr("renaming %1 to %2 breaks every running query and deployed client "
                          "that still uses %1")
                           .arg(table, st.node.value(L("newname")).toString()));
    }
};

} // namespace

void addColumnRules(RuleList& out) {
    out.append(std::make_shared<AddingFieldWithDefault>());
    out.append(std::make_shared<AddingNotNullableField>());
    out.append(std::make_shared<AddingRequiredField>());
    out.append(std::make_shared<AddingSerialPrimaryKeyField>());
    out.append(std::make_shared<ChangingColumnType>());
    out.append(std::make_shared<RenamingColumn>());
    out.append(std::make_shared<RenamingTable>());
}

} // namespace strata::lintrules
