// Index rules: building and dropping indexes without blocking writes.
#include "lint/LintRegistry.h"
#include "lint/StatementObjects.h"
#include "lint/rules/RuleBase.h"

namespace strata::lintrules {

namespace {

class RequireConcurrentIndexCreation final : public RuleBase {
public:
    RequireConcurrentIndexCreation()
        : RuleBase("require-concurrent-index-creation", LintLevel::Warning,
                   "CREATE INDEX without CONCURRENTLY on an existing table blocks its writes",
                   "use CREATE INDEX CONCURRENTLY in a revision with 'Transactional: no'") {}

    void check(const LintStatement& st, LintContext& context) const override {
        if (st.type != L("IndexStmt") || st.node.value(L("concurrent")).toBool())
            return;
        const QString table = parse::relation(st.node.value(L("relation")).toObject());
        if (context.isNewRelation(table))
            return;
        context.report(st, *this,
                       tr("CREATE INDEX on %1 without CONCURRENTLY blocks writes to it while the "
                          "index builds")
                           .arg(table));
    }
};

class RequireConcurrentIndexDeletion final : public RuleBase {
public:
    RequireConcurrentIndexDeletion()
        : RuleBase("require-concurrent-index-deletion", LintLevel::Warning,
                   "DROP INDEX without CONCURRENTLY blocks reads and writes of its table",
                   "use DROP INDEX CONCURRENTLY in a revision with 'Transactional: no'") {}

    void check(const LintStatement& st, LintContext& context) const override {
        if (st.type != L("DropStmt") ||
            st.node.value(L("removeType")).toString() != L("OBJECT_INDEX") ||
            st.node.value(L("concurrent")).toBool())
            return;
        const QStringList indexes = StatementObjects::dropNames(st.node);
        for (const QString& index : indexes) {
            if (context.createdEarlier().contains(QStringLiteral("index"), index))
                return;
        }
        context.report(st, *this,
                       tr("DROP INDEX %1 without CONCURRENTLY takes ACCESS EXCLUSIVE on its table")
                           .arg(indexes.join(QLatin1String(", "))));
    }
};

} // namespace

void addIndexRules(RuleList& out) {
    out.append(std::make_shared<RequireConcurrentIndexCreation>());
    out.append(std::make_shared<RequireConcurrentIndexDeletion>());
}

} // namespace strata::lintrules
