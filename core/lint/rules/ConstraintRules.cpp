// Constraint rules: adding constraints to existing tables without a long validating lock, and
// domains, whose constraints cannot be added online.
#include "lint/LintRegistry.h"
#include "lint/rules/AlterTable.h"
#include "lint/rules/RuleBase.h"

namespace strata::lintrules {

namespace {

QLatin1StringView L(const char* s) {
    return QLatin1StringView(s);
}

using alter::addedConstraint;
using alter::contype;

// The column constraints of an `ADD COLUMN` command (empty for any other command).
QList<QJsonObject> addedColumnConstraints(const QJsonObject& cmd) {
    return alter::columnConstraints(alter::addedColumn(cmd));
}

QString addedColumnName(const QJsonObject& cmd) {
    return alter::addedColumn(cmd).value(L("colname")).toString();
}

bool notValid(const QJsonObject& constraint) {
    return constraint.value(L("skip_validation")).toBool();
}

// "constraint positive_balance" or "a CHECK constraint" for a message.
QString constraintLabel(const QJsonObject& constraint, const char* kind) {
    const QString name = constraint.value(L("conname")).toString();
    if (name.isEmpty())
        return QCoreApplication::translate("strata-lint", "a %1 constraint").arg(L(kind));
    return QCoreApplication::translate("strata-lint", "%1 constraint %2").arg(L(kind), name);
}

class ConstraintMissingNotValid final : public RuleBase {
public:
    ConstraintMissingNotValid()
        : RuleBase(
              "constraint-missing-not-valid", LintLevel::Warning,
              "ADD CONSTRAINT CHECK/FOREIGN KEY without NOT VALID checks every row of an "
              "existing table under lock",
              "add the constraint NOT VALID, then VALIDATE CONSTRAINT in a later transaction") {}

    void check(const LintStatement& st, LintContext& context) const override {
        const QString table = alter::table(st);
        if (table.isEmpty() || context.isNewRelation(table))
            return;
        for (const QJsonObject& cmd : alter::commands(st)) {
            const QJsonObject con = addedConstraint(cmd);
            const QString type = contype(con);
            if ((type == L("CONSTR_CHECK") || type == L("CONSTR_FOREIGN")) && !notValid(con)) {
                context.report(
                    st, *this,
                    tr("adding %1 to %2 checks every existing row while it holds its lock")
                        .arg(constraintLabel(con,
                                             type == L("CONSTR_CHECK") ? "CHECK" : "FOREIGN KEY"),
                             table),
                    parse::location(con));
            } else if (cmd.value(L("subtype")).toString() == L("AT_ValidateConstraint") &&
                       context.transactional()) {
                const QString name = cmd.value(L("name")).toString();
                if (addedNotValidEarlier(context, st, table, name))
                    context.report(st, *this,
                                   tr("VALIDATE CONSTRAINT %1 on %2 runs in the transaction that "
                                      "added it NOT VALID: the scan happens under that lock")
                                       .arg(name, table));
            }
        }
    }

private:
    // Whether a statement of this section before `st` added `name` to `table` NOT VALID.
    static bool addedNotValidEarlier(const LintContext& context, const LintStatement& st,
                                     const QString& table, const QString& name) {
        for (const LintStatement& earlier : context.sectionStatements()) {
            if (earlier.sectionIndex >= st.sectionIndex)
                break;
            if (!alter::sameTable(alter::table(earlier), table))
                continue;
            for (const QJsonObject& cmd : alter::commands(earlier)) {
                const QJsonObject con = addedConstraint(cmd);
                if (notValid(con) && con.value(L("conname")).toString() == name)
                    return true;
            }
        }
        return false;
    }
};

class AddingForeignKeyConstraint final : public RuleBase {
public:
    AddingForeignKeyConstraint()
        : RuleBase("adding-foreign-key-constraint", LintLevel::Warning,
                   "a foreign key added to an existing table without NOT VALID blocks writes to "
                   "both tables while it validates",
                   "ADD CONSTRAINT ... FOREIGN KEY ... NOT VALID, then VALIDATE CONSTRAINT in a "
                   "later transaction") {}

    void check(const LintStatement& st, LintContext& context) const override {
        const QString table = alter::table(st);
        if (table.isEmpty() || context.isNewRelation(table))
            return;
        for (const QJsonObject& cmd : alter::commands(st)) {
            const QJsonObject con = addedConstraint(cmd);
            if (contype(con) == L("CONSTR_FOREIGN") && !notValid(con))
                report(st, context, table, con);
            for (const QJsonObject& inner : addedColumnConstraints(cmd)) {
                if (contype(inner) == L("CONSTR_FOREIGN"))
                    report(st, context, table + QLatin1Char('.') + addedColumnName(cmd), inner);
            }
        }
    }

private:
    void report(const LintStatement& st, LintContext& context, const QString& from,
                const QJsonObject& con) const {
        const QString to = parse::relation(con.value(L("pktable")).toObject());
        context.report(st, *this,
                       tr("the foreign key from %1 to %2 is validated under SHARE ROW EXCLUSIVE "
                          "on both tables: writes to them wait for the scan")
                           .arg(from, to),
                       parse::location(con));
    }
};

class DisallowedUniqueConstraint final : public RuleBase {
public:
    DisallowedUniqueConstraint()
        : RuleBase("disallowed-unique-constraint", LintLevel::Warning,
                   "a UNIQUE constraint added to an existing table builds its index under "
                   "ACCESS EXCLUSIVE",
                   "CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... UNIQUE USING INDEX") {
    }

    void check(const LintStatement& st, LintContext& context) const override {
        const QString table = alter::table(st);
        if (table.isEmpty() || context.isNewRelation(table))
            return;
        for (const QJsonObject& cmd : alter::commands(st)) {
            const QJsonObject con = addedConstraint(cmd);
            if (contype(con) == L("CONSTR_UNIQUE") && !con.contains(L("indexname")))
                context.report(st, *this,
                               tr("adding %1 to %2 builds a unique index while reads and writes "
                                  "of the table wait")
                                   .arg(constraintLabel(con, "UNIQUE"), table),
                               parse::location(con));
            for (const QJsonObject& inner : addedColumnConstraints(cmd)) {
                if (contype(inner) == L("CONSTR_UNIQUE"))
                    context.report(st, *this,
                                   tr("the UNIQUE column %1.%2 builds a unique index while reads "
                                      "and writes of the table wait")
                                       .arg(table, addedColumnName(cmd)),
                                   parse::location(inner));
            }
        }
    }
};

class BanCreateDomainWithConstraint final : public RuleBase {
public:
    BanCreateDomainWithConstraint()
        : RuleBase("ban-create-domain-with-constraint", LintLevel::Warning,
                   "CREATE DOMAIN with a CHECK or NOT NULL constraint: domain constraints cannot "
                   "be changed online",
                   "create the domain without constraints and put CHECK constraints on the "
                   "columns") {}

    void check(const LintStatement& st, LintContext& context) const override {
        if (st.type != L("CreateDomainStmt"))
            return;
        const QString domain =
            parse::strings(parse::list(st.node, L("domainname"))).join(QLatin1Char('.'));
        for (const QJsonValue& c : parse::list(st.node, L("constraints"))) {
            const QJsonObject con = parse::as(c, L("Constraint"));
            const QString type = contype(con);
            if (type == L("CONSTR_CHECK") || type == L("CONSTR_NOTNULL")) {
                context.report(st, *this,
                               tr("domain %1 is created with a constraint: changing it later "
                                  "checks every column of the domain under lock")
                                   .arg(domain),
                               parse::location(con));
                return; // one finding per domain
            }
        }
    }
};

class BanAlterDomainWithAddConstraint final : public RuleBase {
public:
    BanAlterDomainWithAddConstraint()
        : RuleBase("ban-alter-domain-with-add-constraint", LintLevel::Warning,
                   "ALTER DOMAIN ... ADD CONSTRAINT checks every column of the domain while "
                   "writes to their tables wait",
                   "add CHECK constraints to the columns instead (NOT VALID, then VALIDATE "
                   "CONSTRAINT)") {}

    void check(const LintStatement& st, LintContext& context) const override {
        if (st.type != L("AlterDomainStmt") || st.node.value(L("subtype")).toString() != L("C"))
            return;
        const QString domain =
            parse::strings(parse::list(st.node, L("typeName"))).join(QLatin1Char('.'));
        if (context.createdEarlier().contains(QStringLiteral("domain"), domain))
            return;
        const QJsonObject con = parse::as(st.node.value(L("def")), L("Constraint"));
        context.report(st, *this,
                       tr("ALTER DOMAIN %1 ADD CONSTRAINT: checking it (now, or at VALIDATE) "
                          "blocks writes to every table with a column of the domain")
                           .arg(domain),
                       parse::location(con));
    }
};

} // namespace

void addConstraintRules(RuleList& out) {
    out.append(std::make_shared<ConstraintMissingNotValid>());
    out.append(std::make_shared<AddingForeignKeyConstraint>());
    out.append(std::make_shared<DisallowedUniqueConstraint>());
    out.append(std::make_shared<BanCreateDomainWithConstraint>());
    out.append(std::make_shared<BanAlterDomainWithAddConstraint>());
}

} // namespace strata::lintrules
