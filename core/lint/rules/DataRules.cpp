// Data rules: statements that rewrite or remove a table's rows in bulk.
#include "lint/LintRegistry.h"
#include "lint/rules/RuleBase.h"

#include <algorithm>

namespace strata::lintrules {

namespace {

class BanTruncateCascade final : public RuleBase {
public:
    BanTruncateCascade()
        : RuleBase("ban-truncate-cascade", LintLevel::Error,
                   "TRUNCATE ... CASCADE also empties every table with a foreign key to it",
                   "name every table to empty in the TRUNCATE and leave out CASCADE") {}

    void check(const LintStatement& st, LintContext& context) const override {
        if (st.type != L("TruncateStmt") ||
            st.node.value(L("behavior")).toString() != L("DROP_CASCADE"))
            return;
        QStringList tables;
        for (const QJsonValue& r : parse::list(st.node, L("relations")))
            tables << parse::relation(parse::as(r, L("RangeVar")));
        context.report(st, *this,
                       tr("TRUNCATE %1 CASCADE also empties every table that references it, "
                          "recursively, whichever they are at run time")
                           .arg(tables.join(QLatin1String(", "))));
    }
};

// VACUUM's FULL option, and not `FULL false` / `FULL off` / `FULL 0`.
bool fullOption(const QJsonArray& options) {
    for (const QJsonValue& v : options) {
        const QJsonObject def = parse::as(v, QLatin1StringView("DefElem"));
        if (def.value(QLatin1StringView("defname")).toString() != QLatin1StringView("full"))
            continue;
        const QJsonValue arg = def.value(QLatin1StringView("arg"));
        const QString value = parse::string(arg).toLower();
        const QJsonObject integer = parse::as(arg, QLatin1StringView("Integer"));
        if (value == QLatin1StringView("false") || value == QLatin1StringView("off") ||
            (parse::type(arg) == QLatin1StringView("Integer") &&
             integer.value(QLatin1StringView("ival")).toInt() == 0))
            return false;
        return true;
    }
    return false;
}

class PreferRepack final : public RuleBase {
public:
    PreferRepack()
        : RuleBase("prefer-repack", LintLevel::Warning,
                   "VACUUM FULL and CLUSTER hold ACCESS EXCLUSIVE on the table for the whole "
                   "rewrite",
                   "rewrite the table online with pg_repack (or pg_squeeze) outside the "
                   "migration") {}

    void check(const LintStatement& st, LintContext& context) const override {
        const QJsonObject& n = st.node;
        QString command;
        QList<QJsonObject> relations;
        if (st.type == L("VacuumStmt") && n.value(L("is_vacuumcmd")).toBool() &&
            fullOption(parse::list(n, L("options")))) {
            command = QStringLiteral("VACUUM FULL");
            for (const QJsonValue& r : parse::list(n, L("rels")))
                relations << parse::as(r, L("VacuumRelation")).value(L("relation")).toObject();
        } else if (st.type == L("ClusterStmt")) {
            command = QStringLiteral("CLUSTER");
            if (n.contains(L("relation")))
                relations << n.value(L("relation")).toObject();
        } else {
            return;
        }
        if (relations.isEmpty()) {
            context.report(st, *this,
                           tr("%1 without a table rewrites every table of the database, each "
                              "under ACCESS EXCLUSIVE")
                               .arg(command));
            return;
        }
        for (const QJsonObject& relation : relations) {
            const QString table = parse::relation(relation);
            if (context.isNewRelation(table))
                continue;
            context.report(st, *this,
                           tr("%1 %2 holds ACCESS EXCLUSIVE on %2 (no reads, no writes) for the "
                              "whole rewrite")
                               .arg(command, table),
                           parse::location(relation));
        }
    }
};

// A statement that takes a lock stronger than ROW EXCLUSIVE on an existing table: DDL (and
// LOCK TABLE) whose lock stays until the revision commits.
bool locksExistingTable(const LintStatement& st) {
    return strongestExistingLock(st.locks) > LockMode::RowExclusive;
}

// Only `col IS NULL` tests, joined by AND / OR: a condition that reaches the whole table.
bool onlyNullTests(const QJsonValue& node) {
    const QString type = parse::type(node);
    const QJsonObject body = parse::body(node);
    if (type == QLatin1StringView("NullTest"))
        return body.value(QLatin1StringView("nulltesttype")).toString() ==
               QLatin1StringView("IS_NULL");
    if (type == QLatin1StringView("BoolExpr") &&
        body.value(QLatin1StringView("boolop")).toString() != QLatin1StringView("NOT_EXPR")) {
        const QJsonArray args = parse::list(body, QLatin1StringView("args"));
        return !args.isEmpty() && std::all_of(args.begin(), args.end(),
                                              [](const QJsonValue& a) { return onlyNullTests(a); });
    }
    return false;
}

// An UPDATE or DELETE that touches every row of an existing table: no WHERE, or (UPDATE) a
// WHERE of only IS NULL tests (a backfill of a new column).
bool isBackfill(const LintStatement& st) {
    if (st.type != QLatin1StringView("UpdateStmt") && st.type != QLatin1StringView("DeleteStmt"))
        return false;
    if (strongestExistingLock(st.locks) == LockMode::None)
        return false; // a table created earlier in the section
    const QJsonValue where = st.node.value(QLatin1StringView("whereClause"));
    if (where.isUndefined() || where.isNull())
        return true;
    return st.type == QLatin1StringView("UpdateStmt") && onlyNullTests(where);
}

class BackfillWithDdl final : public RuleBase {
public:
    BackfillWithDdl()
        : RuleBase("backfill-with-ddl", LintLevel::Warning,
                   "a whole-table UPDATE/DELETE shares a transaction with DDL that locks an "
                   "existing table",
                   "move the backfill to its own 'Transactional: no' revision and run it in "
                   "batches (UPDATE ... WHERE id BETWEEN ...)") {}

    void check(const LintStatement& st, LintContext& context) const override {
        (void)st;
        (void)context;
    }

    void finishSection(LintContext& context) const override {
        if (!context.transactional())
            return;
        const QList<LintStatement>& statements = context.sectionStatements();
        const auto ddl = std::find_if(statements.begin(), statements.end(), locksExistingTable);
        if (ddl == statements.end())
            return;
        const LockMode mode = strongestExistingLock(ddl->locks);
        QString locked;
        for (const TableLock& lock : ddl->locks) {
            if (!lock.newRelation && lock.mode == mode) {
                locked = lock.relation;
                break;
            }
        }
        for (const LintStatement& st : statements) {
            if (!isBackfill(st))
                continue;
            const QString table = parse::relation(st.node.value(L("relation")).toObject());
            context.report(st, *this,
                           tr("%1 of every row of %2 runs in one transaction with %3 (line %4, "
                              "%5 on %6): the lock and the changed rows stay held until the "
                              "revision commits")
                               .arg(st.tag, table, ddl->tag)
                               .arg(ddl->line)
                               .arg(lockModeName(mode), locked));
        }
    }
};

} // namespace

void addDataRules(RuleList& out) {
    out.append(std::make_shared<BanTruncateCascade>());
    out.append(std::make_shared<PreferRepack>());
    out.append(std::make_shared<BackfillWithDdl>());
}

} // namespace strata::lintrules
