// Drop rules: statements of the upgrade that destroy data or break the code still using it.
// In the downgrade, dropping what the upgrade created is the point; downgrade-drops-uncreated
// (RevisionRules.cpp) covers the rest.
#include "lint/LintRegistry.h"
#include "lint/StatementObjects.h"
#include "lint/rules/RuleBase.h"

namespace strata::lintrules {

namespace {

// The AlterTableCmd bodies of an ALTER TABLE with subtype `subtype`.
QList<QJsonObject> alterCommands(const LintStatement& st, QLatin1StringView subtype) {
    QList<QJsonObject> out;
    if (st.type != QLatin1StringView("AlterTableStmt"))
        return out;
    for (const QJsonValue& c : parse::list(st.node, QLatin1StringView("cmds"))) {
        const QJsonObject cmd = parse::as(c, QLatin1StringView("AlterTableCmd"));
        if (cmd.value(QLatin1StringView("subtype")).toString() == subtype)
            out.append(cmd);
    }
    return out;
}

// The columns "table.column" that `subtype` commands of an ALTER TABLE name, leaving out those
// of a table or column created earlier in the section.
QStringList existingColumns(const LintStatement& st, const LintContext& context,
                            QLatin1StringView subtype) {
    QStringList out;
    const QString table = parse::relation(st.node.value(QLatin1StringView("relation")).toObject());
    if (context.isNewRelation(table))
        return out;
    for (const QJsonObject& cmd : alterCommands(st, subtype)) {
        const QString column =
            table + QLatin1Char('.') + cmd.value(QLatin1StringView("name")).toString();
        if (!context.createdEarlier().contains(QStringLiteral("column"), column))
            out << column;
    }
    return out;
}

class BanDropColumn final : public RuleBase {
public:
    BanDropColumn()
        : RuleBase("ban-drop-column", LintLevel::Warning,
                   "DROP COLUMN destroys the column's data and breaks code that still uses it",
                   "stop using the column in the application first, deploy, then drop it in a "
                   "later revision (or keep it)") {}

    void check(const LintStatement& st, LintContext& context) const override {
        if (context.inDowngrade())
            return;
        const QStringList columns = existingColumns(st, context, L("AT_DropColumn"));
        if (columns.isEmpty())
            return;
        context.report(st, *this,
                       tr("DROP COLUMN %1 deletes its data and breaks every query that still "
                          "uses it")
                           .arg(columns.join(QLatin1String(", "))));
    }
};

class BanDropTable final : public RuleBase {
public:
    BanDropTable()
        : RuleBase("ban-drop-table", LintLevel::Warning,
                   "DROP TABLE destroys the table's data and breaks code that still uses it",
                   "stop using the table in the application first, deploy, then drop it in a "
                   "later revision (or rename it and drop it later)") {}

    void check(const LintStatement& st, LintContext& context) const override {
        if (context.inDowngrade() || st.type != L("DropStmt") ||
            st.node.value(L("removeType")).toString() != L("OBJECT_TABLE"))
            return;
        QStringList tables;
        for (const QString& table : StatementObjects::dropNames(st.node)) {
            if (!context.isNewRelation(table))
                tables << table;
        }
        if (tables.isEmpty())
            return;
        context.report(st, *this,
                       tr("DROP TABLE %1 deletes its rows and breaks every query that still "
                          "uses it")
                           .arg(tables.join(QLatin1String(", "))));
    }
};

class BanDropDatabase final : public RuleBase {
public:
    BanDropDatabase()
        : RuleBase("ban-drop-database", LintLevel::Error,
                   "DROP DATABASE in a revision deletes a whole database",
                   "drop databases by hand, never from a migration") {}

    void check(const LintStatement& st, LintContext& context) const override {
        if (st.type != L("DropdbStmt"))
            return;
        context.report(st, *this,
                       tr("DROP DATABASE %1 deletes the whole database")
                           .arg(st.node.value(L("dbname")).toString()));
    }
};

class BanDropNotNull final : public RuleBase {
public:
    BanDropNotNull()
        : RuleBase("ban-drop-not-null", LintLevel::Warning,
                   "DROP NOT NULL lets NULLs into a column that readers assume is never NULL",
                   "make sure every reader handles NULL before dropping the constraint") {}

    void check(const LintStatement& st, LintContext& context) const override {
        if (context.inDowngrade())
            return;
        const QStringList columns = existingColumns(st, context, L("AT_DropNotNull"));
        if (columns.isEmpty())
            return;
        context.report(st, *this,
                       tr("DROP NOT NULL on %1 lets NULLs in where code may assume there are "
                          "none")
                           .arg(columns.join(QLatin1String(", "))));
    }
};

} // namespace

void addDropRules(RuleList& out) {
    out.append(std::make_shared<BanDropColumn>());
    out.append(std::make_shared<BanDropTable>());
    out.append(std::make_shared<BanDropDatabase>());
    out.append(std::make_shared<BanDropNotNull>());
}

} // namespace strata::lintrules
