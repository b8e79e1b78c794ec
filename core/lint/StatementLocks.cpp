#include "lint/StatementLocks.h"

#include "lint/ParseNode.h"
#include "lint/StatementObjects.h"

namespace strata {

namespace {

QLatin1StringView L(const char* s) {
    return QLatin1StringView(s);
}

LockMode alterTableCmdLock(const QJsonObject& cmd) {
    const QString sub = cmd.value(L("subtype")).toString();
    if (sub == L("AT_SetStatistics") || sub == L("AT_SetRelOptions") ||
        sub == L("AT_ResetRelOptions") || sub == L("AT_ValidateConstraint") ||
        sub == L("AT_ClusterOn") || sub == L("AT_DropCluster") || sub == L("AT_AttachPartition") ||
        sub == L("AT_DetachPartitionFinalize"))
        return LockMode::ShareUpdateExclusive;
    if (sub == L("AT_DetachPartition"))
        return cmd.value(L("def"))
                       .toObject()
                       .value(L("PartitionCmd"))
                       .toObject()
                       .value(L("concurrent"))
                       .toBool()
                   ? LockMode::ShareUpdateExclusive
                   : LockMode::AccessExclusive;
    if (sub == L("AT_EnableTrig") || sub == L("AT_DisableTrig") ||
        sub == L("AT_EnableAlwaysTrig") || sub == L("AT_EnableReplicaTrig") ||
        sub == L("AT_EnableTrigAll") || sub == L("AT_DisableTrigAll") ||
        sub == L("AT_EnableTrigUser") || sub == L("AT_DisableTrigUser"))
        return LockMode::ShareRowExclusive;
    if (sub == L("AT_AddConstraint")) {
        const QJsonObject con = parse::as(cmd.value(L("def")), L("Constraint"));
        if (con.value(L("contype")).toString() == L("CONSTR_FOREIGN"))
            return LockMode::ShareRowExclusive;
    }
    return LockMode::AccessExclusive;
}

void add(QList<TableLock>& out, const QString& relation, LockMode mode,
         const LintObjects& created) {
    if (relation.isEmpty() || mode == LockMode::None)
        return;
    for (TableLock& lock : out) {
        if (lock.relation == relation) {
            lock.mode = std::max(lock.mode, mode);
            return;
        }
    }
    out.append({relation, mode, created.contains(QStringLiteral("table"), relation)});
}

QString rel(const QJsonObject& body, QLatin1StringView field) {
    return parse::relation(body.value(field).toObject());
}

} // namespace

QList<TableLock> StatementLocks::of(const LintStatement& st, const LintObjects& created) {
    QList<TableLock> out;
    const QJsonObject& n = st.node;
    const QString& t = st.type;
    if (t == L("IndexStmt")) {
        add(out, rel(n, L("relation")),
            n.value(L("concurrent")).toBool() ? LockMode::ShareUpdateExclusive : LockMode::Share,
            created);
    } else if (t == L("AlterTableStmt")) {
        const QString table = rel(n, L("relation"));
        LockMode mode = LockMode::None;
        for (const QJsonValue& c : parse::list(n, L("cmds"))) {
            const QJsonObject cmd = parse::as(c, L("AlterTableCmd"));
            mode = std::max(mode, alterTableCmdLock(cmd));
            const QJsonObject con = parse::as(cmd.value(L("def")), L("Constraint"));
            if (con.value(L("contype")).toString() == L("CONSTR_FOREIGN"))
                add(out, rel(con, L("pktable")), LockMode::ShareRowExclusive, created);
            const QJsonObject col = parse::as(cmd.value(L("def")), L("ColumnDef"));
            for (const QJsonValue& cc : parse::list(col, L("constraints"))) {
                const QJsonObject inner = parse::as(cc, L("Constraint"));
                if (inner.value(L("contype")).toString() == L("CONSTR_FOREIGN"))
                    add(out, rel(inner, L("pktable")), LockMode::ShareRowExclusive, created);
            }
        }
        add(out, table, mode, created);
    } else if (t == L("CreateStmt")) {
        // A new table: its referenced tables get SHARE ROW EXCLUSIVE for the foreign keys.
        const QString table = rel(n, L("relation"));
        LintObjects withSelf = created;
        withSelf.add(QStringLiteral("table"), table);
        add(out, table, LockMode::AccessExclusive, withSelf);
        for (const QJsonValue& elt : parse::list(n, L("tableElts"))) {
            QJsonArray constraints;
            if (parse::type(elt) == L("ColumnDef"))
                constraints = parse::list(parse::body(elt), L("constraints"));
            else
                constraints.append(elt);
            for (const QJsonValue& cv : constraints) {
                const QJsonObject con = parse::as(cv, L("Constraint"));
                if (con.value(L("contype")).toString() == L("CONSTR_FOREIGN"))
                    add(out, rel(con, L("pktable")), LockMode::ShareRowExclusive, withSelf);
            }
        }
        for (const QJsonValue& parent : parse::list(n, L("inhRelations")))
            add(out, parse::relation(parse::as(parent, L("RangeVar"))),
                n.contains(L("partbound")) ? LockMode::AccessExclusive
                                           : LockMode::ShareUpdateExclusive,
                withSelf);
    } else if (t == L("DropStmt")) {
        const QString kind = StatementObjects::kindOf(n.value(L("removeType")).toString());
        if (kind == L("table"))
            for (const QString& name : StatementObjects::dropNames(n))
                add(out, name, LockMode::AccessExclusive, created);
        // DROP INDEX locks the index's table, which the statement does not name: the index
        // itself is named instead.
        if (kind == L("index"))
            for (const QString& name : StatementObjects::dropNames(n))
                add(out, name,
                    n.value(L("concurrent")).toBool() ? LockMode::ShareUpdateExclusive
                                                      : LockMode::AccessExclusive,
                    created);
    } else if (t == L("TruncateStmt")) {
        for (const QJsonValue& r : parse::list(n, L("relations")))
            add(out, parse::relation(parse::as(r, L("RangeVar"))), LockMode::AccessExclusive,
                created);
    } else if (t == L("RenameStmt") || t == L("AlterObjectSchemaStmt")) {
        const QString kind = StatementObjects::kindOf(
            n.value(t == L("RenameStmt") ? L("renameType") : L("objectType")).toString());
        if (kind == L("table") || kind == L("index") || n.contains(L("relation")))
            add(out, rel(n, L("relation")), LockMode::AccessExclusive, created);
    } else if (t == L("UpdateStmt") || t == L("DeleteStmt") || t == L("InsertStmt") ||
               t == L("MergeStmt")) {
        add(out, rel(n, L("relation")), LockMode::RowExclusive, created);
    } else if (t == L("VacuumStmt")) {
        const QJsonArray options = parse::list(n, L("options"));
        const bool full = parse::hasDefElem(options, L("full"));
        const bool vacuum = n.value(L("is_vacuumcmd")).toBool();
        for (const QJsonValue& r : parse::list(n, L("rels"))) {
            const QJsonObject vr = parse::as(r, L("VacuumRelation"));
            add(out, rel(vr, L("relation")),
                vacuum && full ? LockMode::AccessExclusive : LockMode::ShareUpdateExclusive,
                created);
        }
    } else if (t == L("ClusterStmt")) {
        add(out, rel(n, L("relation")), LockMode::AccessExclusive, created);
    } else if (t == L("ReindexStmt")) {
        const bool concurrent = parse::hasDefElem(parse::list(n, L("params")), L("concurrently"));
        add(out, rel(n, L("relation")),
            concurrent ? LockMode::ShareUpdateExclusive : LockMode::Share, created);
    } else if (t == L("RefreshMatViewStmt")) {
        add(out, rel(n, L("relation")),
            n.value(L("concurrent")).toBool() ? LockMode::Exclusive : LockMode::AccessExclusive,
            created);
    } else if (t == L("CreateTrigStmt")) {
        add(out, rel(n, L("relation")), LockMode::ShareRowExclusive, created);
    } else if (t == L("CreatePolicyStmt") || t == L("AlterPolicyStmt")) {
        add(out, rel(n, L("table")), LockMode::AccessExclusive, created);
    } else if (t == L("CommentStmt")) {
        const QString kind = StatementObjects::kindOf(n.value(L("objtype")).toString());
        if (kind == L("table"))
            add(out,
                parse::strings(parse::list(parse::as(n.value(L("object")), L("List")), L("items")))
                    .join(QLatin1Char('.')),
                LockMode::ShareUpdateExclusive, created);
    } else if (t == L("LockStmt")) {
        // LOCK TABLE's mode: 1 = ACCESS SHARE ... 8 = ACCESS EXCLUSIVE (lockdefs.h).
        const int mode = n.value(L("mode")).toInt();
        for (const QJsonValue& r : parse::list(n, L("relations")))
            add(out, parse::relation(parse::as(r, L("RangeVar"))),
                mode >= 1 && mode <= 8 ? LockMode(mode) : LockMode::AccessExclusive, created);
    }
    return out;
}

} // namespace strata
