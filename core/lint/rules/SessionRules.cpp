// Session rules: timeouts, transaction control and what a revision's transaction mode allows.
#include "lint/LintRegistry.h"
#include "lint/StatementObjects.h"
#include "lint/rules/RuleBase.h"

namespace strata::lintrules {

namespace {

// The first statement of a section that takes a lock stronger than ROW EXCLUSIVE on a table that
// existed before the revision, without `timeoutSet`: report once per section, there.
class RequireTimeout : public RuleBase {
public:
    using RuleBase::RuleBase;

    void check(const LintStatement& st, LintContext& context) const override {
        const LockMode lock = strongestExistingLock(st.locks);
        if (lock <= LockMode::RowExclusive || timeoutSet(context) ||
            context.reportedInSection(*this))
            return;
        context.report(st, *this, message(st, lock));
    }

protected:
    virtual bool timeoutSet(const LintContext& context) const = 0;
    virtual QString message(const LintStatement& st, LockMode lock) const = 0;

    // The table `lock` is on ("the table of items_sku_idx" for DROP INDEX, which names the
    // index).
    static QString lockedTable(const LintStatement& st, LockMode lock) {
        const bool dropIndex = st.type == L("DropStmt") &&
                               st.node.value(L("removeType")).toString() == L("OBJECT_INDEX");
        for (const TableLock& l : st.locks) {
            if (!l.newRelation && l.mode == lock)
                return dropIndex ? tr("the table of %1").arg(l.relation) : l.relation;
        }
        return {};
    }
};

class RequireLockTimeout final : public RequireTimeout {
public:
    RequireLockTimeout()
        : RequireTimeout("require-lock-timeout", LintLevel::Warning,
                         "a statement that locks an existing table runs without lock_timeout",
                         "SET lock_timeout = '5s' at the top of the section (or configure "
                         "lock_timeout for the environment in strata.toml)") {}

protected:
    bool timeoutSet(const LintContext& context) const override { return context.lockTimeoutSet(); }
    QString message(const LintStatement& st, LockMode lock) const override {
        return tr("%1 needs %2 on %3 and has no lock_timeout: while it waits for the lock, it "
                  "already %4 on %3")
            .arg(st.tag, lockModeName(lock), lockedTable(st, lock), lockModeBlocks(lock));
    }
};

class RequireStatementTimeout final : public RequireTimeout {
public:
    RequireStatementTimeout()
        : RequireTimeout("require-statement-timeout", LintLevel::Warning,
                         "a statement that locks an existing table runs without "
                         "statement_timeout",
                         "SET statement_timeout = '5min' at the top of the section (or configure "
                         "statement_timeout for the environment in strata.toml)") {}

protected:
    bool timeoutSet(const LintContext& context) const override {
        return context.statementTimeoutSet();
    }
    QString message(const LintStatement& st, LockMode lock) const override {
        return tr("%1 holds %2 on %3 with no statement_timeout: nothing bounds how long it "
                  "blocks %3")
            .arg(st.tag, lockModeName(lock), lockedTable(st, lock));
    }
};

class TransactionNesting final : public RuleBase {
public:
    TransactionNesting()
        : RuleBase("transaction-nesting", LintLevel::Error,
                   "BEGIN, COMMIT or ROLLBACK in a revision: Strata manages the transaction",
                   "remove it; use 'Transactional: no' in the header for statements that cannot "
                   "run in a transaction") {}

    void check(const LintStatement& st, LintContext& context) const override {
        if (st.type != L("TransactionStmt"))
            return;
        const QString kind = st.node.value(L("kind")).toString();
        if (kind == L("TRANS_STMT_BEGIN") || kind == L("TRANS_STMT_START")) {
            context.report(st, *this,
                           context.transactional()
                               ? tr("%1 inside the revision's transaction: Strata already "
                                    "opened one (PostgreSQL only warns and goes on)")
                                     .arg(st.tag)
                               : tr("%1 in a 'Transactional: no' revision opens a transaction "
                                    "Strata does not know about")
                                     .arg(st.tag));
        } else if (kind == L("TRANS_STMT_COMMIT") || kind == L("TRANS_STMT_ROLLBACK") ||
                   kind == L("TRANS_STMT_PREPARE")) {
            context.report(st, *this,
                           context.transactional()
                               ? tr("%1 ends the revision's transaction midway: the statements "
                                    "after it and the version-table update run outside it")
                                     .arg(st.tag)
                               : tr("%1 in a 'Transactional: no' revision ends a transaction "
                                    "Strata did not open")
                                     .arg(st.tag));
        }
    }
};

class BanConcurrentIndexCreationInTransaction final : public RuleBase {
public:
    BanConcurrentIndexCreationInTransaction()
        : RuleBase("ban-concurrent-index-creation-in-transaction", LintLevel::Error,
                   "CONCURRENTLY cannot run inside the transaction of a 'Transactional: yes' "
                   "revision",
                   "put the statement in its own revision with 'Transactional: no' in the "
                   "header") {}

    void check(const LintStatement& st, LintContext& context) const override {
        if (!context.transactional())
            return;
        const QString what = concurrentOperation(st);
        if (what.isEmpty())
            return;
        context.report(st, *this,
                       tr("%1 cannot run inside a transaction block: the revision fails here "
                          "(set 'Transactional: no')")
                           .arg(what));
    }

private:
    // "CREATE INDEX CONCURRENTLY items_sku_idx", ... for a statement that cannot run in a
    // transaction block because of CONCURRENTLY; empty for anything else.
    static QString concurrentOperation(const LintStatement& st) {
        const QJsonObject& n = st.node;
        if (st.type == L("IndexStmt") && n.value(L("concurrent")).toBool()) {
            const QString name = n.value(L("idxname")).toString();
            return QStringLiteral("CREATE INDEX CONCURRENTLY ") +
                   (name.isEmpty() ? QString() : name + QLatin1Char(' ')) + QLatin1String("on ") +
                   parse::relation(n.value(L("relation")).toObject());
        }
        if (st.type == L("DropStmt") && n.value(L("concurrent")).toBool())
            return QStringLiteral("DROP INDEX CONCURRENTLY ") +
                   StatementObjects::dropNames(n).join(QLatin1String(", "));
        if (st.type == L("ReindexStmt") &&
            parse::hasDefElem(parse::list(n, L("params")), L("concurrently")))
            return QStringLiteral("REINDEX CONCURRENTLY ") +
                   (n.contains(L("relation")) ? parse::relation(n.value(L("relation")).toObject())
                                              : n.value(L("name")).toString());
        if (st.type == L("AlterTableStmt")) {
            for (const QJsonValue& c : parse::list(n, L("cmds"))) {
                const QJsonObject cmd = parse::as(c, L("AlterTableCmd"));
                const QJsonObject part = parse::as(cmd.value(L("def")), L("PartitionCmd"));
                if (cmd.value(L("subtype")).toString() == L("AT_DetachPartition") &&
                    part.value(L("concurrent")).toBool())
                    return QStringLiteral("DETACH PARTITION CONCURRENTLY %1")
                        .arg(parse::relation(part.value(L("name")).toObject()));
            }
        }
        return {};
    }
};

// In a `Transactional: no` revision each statement commits on its own: after a failure midway,
// the retry runs the statements that already succeeded again.
class PreferRobustStmts final : public RuleBase {
public:
    PreferRobustStmts()
        : RuleBase("prefer-robust-stmts", LintLevel::Warning,
                   "a statement of a 'Transactional: no' revision fails when the revision is "
                   "run again after a failure midway",
                   "add IF NOT EXISTS / IF EXISTS; for ADD CONSTRAINT, drop it first with DROP "
                   "CONSTRAINT IF EXISTS or wrap it in a DO block") {}

    void check(const LintStatement& st, LintContext& context) const override {
        if (context.transactional())
            return;
        int location = -1;
        const QString problem = fragile(st, context, &location);
        if (!problem.isEmpty())
            context.report(st, *this, problem, location);
    }

private:
    // What fails on a re-run ("CREATE TABLE items without IF NOT EXISTS ..."); empty if nothing.
    static QString fragile(const LintStatement& st, const LintContext& context, int* location) {
        const QJsonObject& n = st.node;
        const bool ifNotExists = n.value(L("if_not_exists")).toBool();
        const auto create = [](const QString& what) {
            return tr("%1 without IF NOT EXISTS fails when the revision runs again after a "
                      "later statement failed")
                .arg(what);
        };
        if (st.type == L("CreateStmt") && !ifNotExists)
            return create(QStringLiteral("CREATE TABLE ") +
                          parse::relation(n.value(L("relation")).toObject()));
        if (st.type == L("IndexStmt") && !ifNotExists) {
            const QString name = n.value(L("idxname")).toString();
            return name.isEmpty()
                       ? tr("CREATE INDEX on %1 without a name creates a second index when the "
                            "revision runs again after a later statement failed")
                             .arg(parse::relation(n.value(L("relation")).toObject()))
                       : create(QStringLiteral("CREATE INDEX ") + name);
        }
        if (st.type == L("CreateSeqStmt") && !ifNotExists)
            return create(QStringLiteral("CREATE SEQUENCE ") +
                          parse::relation(n.value(L("sequence")).toObject()));
        if (st.type == L("CreateSchemaStmt") && !ifNotExists)
            return create(QStringLiteral("CREATE SCHEMA ") + n.value(L("schemaname")).toString());
        if (st.type == L("CreateExtensionStmt") && !ifNotExists)
            return create(QStringLiteral("CREATE EXTENSION ") + n.value(L("extname")).toString());
        if (st.type == L("DropStmt") && !n.value(L("missing_ok")).toBool())
            return tr("%1 %2 without IF EXISTS fails when the revision runs again after a later "
                      "statement failed")
                .arg(st.tag, StatementObjects::dropNames(n).join(QLatin1String(", ")));
        if (st.type == L("AlterTableStmt"))
            return fragileAlter(st, context, location);
        return {};
    }

    static QString fragileAlter(const LintStatement& st, const LintContext& context,
                                int* location) {
        const QString table = parse::relation(st.node.value(L("relation")).toObject());
        const QJsonArray cmds = parse::list(st.node, L("cmds"));
        for (qsizetype i = 0; i < cmds.size(); ++i) {
            const QJsonObject cmd = parse::as(cmds.at(i), L("AlterTableCmd"));
            const QString sub = cmd.value(L("subtype")).toString();
            const bool missingOk = cmd.value(L("missing_ok")).toBool();
            const QString name = cmd.value(L("name")).toString();
            if (sub == L("AT_AddColumn") && !missingOk) {
                const QJsonObject col = parse::as(cmd.value(L("def")), L("ColumnDef"));
                *location = parse::location(col);
                return tr("ADD COLUMN %1.%2 without IF NOT EXISTS fails when the revision runs "
                          "again after a later statement failed")
                    .arg(table, col.value(L("colname")).toString());
            }
            if ((sub == L("AT_DropColumn") || sub == L("AT_DropConstraint")) && !missingOk)
                return tr("%1 %2.%3 without IF EXISTS fails when the revision runs again after a "
                          "later statement failed")
                    .arg(sub == L("AT_DropColumn") ? QStringLiteral("DROP COLUMN")
                                                   : QStringLiteral("DROP CONSTRAINT"),
                         table, name);
            if (sub == L("AT_AddConstraint")) {
                const QJsonObject con = parse::as(cmd.value(L("def")), L("Constraint"));
                const QString conname = con.value(L("conname")).toString();
                if (!conname.isEmpty() && droppedFirst(st, context, table, conname, cmds, i))
                    continue;
                *location = parse::location(con);
                return conname.isEmpty()
                           ? tr("ADD CONSTRAINT on %1 without a name adds a second constraint "
                                "when the revision runs again after a later statement failed")
                                 .arg(table)
                           : tr("ADD CONSTRAINT %1 on %2 fails when the revision runs again "
                                "after a later statement failed (there is no IF NOT EXISTS)")
                                 .arg(conname, table);
            }
        }
        return {};
    }

    static bool dropsIfExists(const QJsonValue& c, const QString& conname) {
        const QJsonObject cmd = parse::as(c, L("AlterTableCmd"));
        return cmd.value(L("subtype")).toString() == L("AT_DropConstraint") &&
               cmd.value(L("missing_ok")).toBool() && cmd.value(L("name")).toString() == conname;
    }

    // Whether `DROP CONSTRAINT IF EXISTS conname` on `table` comes before command `index` of
    // the same ALTER TABLE or in an earlier statement of the section.
    static bool droppedFirst(const LintStatement& st, const LintContext& context,
                             const QString& table, const QString& conname, const QJsonArray& cmds,
                             qsizetype index) {
        for (qsizetype i = 0; i < index; ++i) {
            if (dropsIfExists(cmds.at(i), conname))
                return true;
        }
        for (const LintStatement& earlier : context.sectionStatements()) {
            if (earlier.sectionIndex >= st.sectionIndex)
                break;
            if (earlier.type != L("AlterTableStmt") ||
                parse::relation(earlier.node.value(L("relation")).toObject()) != table)
                continue;
            for (const QJsonValue& c : parse::list(earlier.node, L("cmds"))) {
                if (dropsIfExists(c, conname))
                    return true;
            }
        }
        return false;
    }
};

} // namespace

void addSessionRules(RuleList& out) {
    out.append(std::make_shared<RequireLockTimeout>());
    out.append(std::make_shared<RequireStatementTimeout>());
    out.append(std::make_shared<TransactionNesting>());
    out.append(std::make_shared<BanConcurrentIndexCreationInTransaction>());
    out.append(std::make_shared<PreferRobustStmts>());
}

} // namespace strata::lintrules
