// Revision rules: the revision as a whole (its downgrade) and the lock each statement takes.
#include "lint/LintRegistry.h"
#include "lint/StatementObjects.h"
#include "lint/rules/RuleBase.h"
#include "sql/SqlGrammar.h"

namespace strata::lintrules {

namespace {

class MissingDowngrade final : public RuleBase {
public:
    MissingDowngrade()
        : RuleBase("missing-downgrade", LintLevel::Note,
                   "the revision has no downgrade section: it cannot be downgraded",
                   "add '-- migrate:downgrade' with the statements that undo the upgrade (an "
                   "empty section is a no-op downgrade)") {}

    void check(const LintStatement& st, LintContext& context) const override {
        (void)st;
        (void)context;
    }

    void finishSection(LintContext& context) const override {
        if (!context.inDowngrade() || context.sectionPresent() ||
            context.revision().source == Revision::Source::AlembicPython)
            return;
        const QString id = context.revision().id;
        context.reportRevision(
            *this, context.revision().source == Revision::Source::AlembicSqlForm
                       ? tr("revision %1 has no downgrade() function: downgrading through it "
                            "stops with an error")
                             .arg(id)
                       : tr("revision %1 has no '-- migrate:downgrade' section: downgrading "
                            "through it stops with an error")
                             .arg(id));
    }
};

// One object a downgrade statement drops.
struct Dropped {
    QString kind; // LintObjects kind: "table", "column", ...
    QString name;
    QString what;          // "DROP TABLE public.items", "DROP COLUMN items.sku"
    bool ifExists = false; // DROP ... IF EXISTS
};

QList<Dropped> droppedObjects(const LintStatement& st) {
    QList<Dropped> out;
    const QJsonObject& n = st.node;
    if (st.type == QLatin1StringView("DropStmt")) {
        const QString kind =
            StatementObjects::kindOf(n.value(QLatin1StringView("removeType")).toString());
        if (kind.isEmpty())
            return out;
        for (const QString& name : StatementObjects::dropNames(n))
            out.append({kind, name, st.tag + QLatin1Char(' ') + name,
                        n.value(QLatin1StringView("missing_ok")).toBool()});
    } else if (st.type == QLatin1StringView("AlterTableStmt")) {
        const QString table = parse::relation(n.value(QLatin1StringView("relation")).toObject());
        for (const QJsonValue& c : parse::list(n, QLatin1StringView("cmds"))) {
            const QJsonObject cmd = parse::as(c, QLatin1StringView("AlterTableCmd"));
            const QString sub = cmd.value(QLatin1StringView("subtype")).toString();
            const QString name =
                table + QLatin1Char('.') + cmd.value(QLatin1StringView("name")).toString();
            const bool ifExists = cmd.value(QLatin1StringView("missing_ok")).toBool();
            if (sub == QLatin1StringView("AT_DropColumn"))
                out.append({QStringLiteral("column"), name, QLatin1String("DROP COLUMN ") + name,
                            ifExists});
            else if (sub == QLatin1StringView("AT_DropConstraint"))
                out.append({QStringLiteral("constraint"), name,
                            QLatin1String("DROP CONSTRAINT ") + name, ifExists});
        }
    }
    return out;
}

class DowngradeDropsUncreated final : public RuleBase {
public:
    DowngradeDropsUncreated()
        : RuleBase("downgrade-drops-uncreated", LintLevel::Warning,
                   "the downgrade drops an object its upgrade did not create",
                   "drop only what the upgrade created; restore what it dropped or changed "
                   "instead of dropping more") {}

    void check(const LintStatement& st, LintContext& context) const override {
        if (!context.inDowngrade())
            return;
        // An upgrade statement newer than the grammar was not parsed: what it created is not
        // known, so no drop is blamed.
        if (context.upgradeCreates().contains(QStringLiteral("unchecked"), QStringLiteral("*")))
            return;
        QStringList drops;
        // A DO block or CALL in the upgrade may have created anything: a drop written with
        // IF EXISTS for what it may have created gets the benefit of the doubt.
        const bool opaqueUpgrade =
            context.upgradeCreates().contains(QStringLiteral("code"), QStringLiteral("*"));
        for (const Dropped& d : droppedObjects(st)) {
            if (!createdByRevision(context, d.kind, d.name) && !(d.ifExists && opaqueUpgrade))
                drops << d.what;
        }
        if (drops.isEmpty())
            return;
        context.report(st, *this,
                       tr("%1: not created by the upgrade, so the downgrade destroys what "
                          "existed before the revision")
                           .arg(drops.join(QLatin1String(", "))));
    }

private:
    static bool createdByRevision(const LintContext& context, const QString& kind,
                                  const QString& name) {
        if (context.upgradeCreates().contains(kind, name) ||
            context.createdEarlier().contains(kind, name))
            return true;
        // A column or constraint of a table the upgrade created goes with that table.
        if (kind == L("column") || kind == L("constraint")) {
            const QString table = name.left(name.lastIndexOf(QLatin1Char('.')));
            return context.upgradeCreates().contains(QStringLiteral("table"), table) ||
                   context.createdEarlier().contains(QStringLiteral("table"), table);
        }
        return false;
    }
};

class TableLockNote final : public RuleBase {
public:
    TableLockNote()
        : RuleBase("table-lock", LintLevel::Note,
                   "the statement takes SHARE or a stronger lock on an existing table",
                   "run it when the table is quiet, with lock_timeout set; see the rule pages "
                   "for lighter rewrites") {}

    void check(const LintStatement& st, LintContext& context) const override {
        if (strongestExistingLock(st.locks) < LockMode::Share)
            return;
        const bool dropIndex =
            st.type == L("DropStmt") &&
            StatementObjects::kindOf(st.node.value(L("removeType")).toString()) == L("index");
        QStringList parts;
        for (TableLock lock : st.locks) {
            if (lock.newRelation || lock.mode < LockMode::Share)
                continue;
            if (dropIndex) // DROP INDEX names the index; the lock is on its table
                lock.relation = tr("the table of %1").arg(lock.relation);
            parts << lock.describe(context.transactional());
        }
        context.report(st, *this, tr("%1 takes %2").arg(st.tag, parts.join(QLatin1String("; "))));
    }
};

// A statement the build's grammar rejects in a project whose server may be newer ([project]
// postgres unknown or newer than the grammar): not linted, the server decides at run time.
class NewerSyntax final : public RuleBase {
public:
    NewerSyntax()
        : RuleBase("newer-syntax", LintLevel::Warning,
                   "a statement this build's PostgreSQL grammar rejects, in a project whose "
                   "server may be newer",
                   "check it on the target server (strata sandbox), or set [project] postgres "
                   "to the server's major") {}

    void check(const LintStatement& st, LintContext& context) const override {
        if (!st.checked)
            context.report(st, *this, SqlGrammar::notCheckedMessage(st.parseError));
    }
};

} // namespace

void addRevisionRules(RuleList& out) {
    out.append(std::make_shared<NewerSyntax>());
    out.append(std::make_shared<MissingDowngrade>());
    out.append(std::make_shared<DowngradeDropsUncreated>());
    out.append(std::make_shared<TableLockNote>());
}

} // namespace strata::lintrules
