#include "OfflineScript.h"

#include "sql/RevisionChecker.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentMap>

#include <numeric>

namespace strata {

OfflineScript::OfflineScript(const RevisionGraph& graph, VersionTableSql versionTable)
    : m_graph(graph)
    , m_versionTable(std::move(versionTable)) {}

void OfflineScript::setPythonSql(PythonStepSql::Entries entries, bool preview) {
    m_python = std::move(entries);
    m_preview = preview;
}

bool OfflineScript::transactional(const PlanStep& step, int index) const {
    const Revision* rev = m_graph.revision(step.revision);
    if (step.stamp || !rev)
        return true;
    if (rev->source == Revision::Source::AlembicPython) {
        const auto it = m_python.constFind(index);
        return it != m_python.constEnd() && it->kind == PythonStepSql::Entry::Kind::Sql &&
               it->transactional;
    }
    return rev->transactional;
}

Result<QString> OfflineScript::stepSql(const PlanStep& step, int index) const {
    QString out;
    if (step.stamp)
        return out;
    const Revision* rev = m_graph.revision(step.revision);
    if (!rev)
        return Error(
            ErrorCode::Internal,
            QCoreApplication::translate("strata", "unknown revision %1").arg(step.revision));
    if (rev->source == Revision::Source::AlembicPython) {
        const auto it = m_python.constFind(index);
        if (it != m_python.constEnd() && (it->kind == PythonStepSql::Entry::Kind::Sql || m_preview))
            return PythonStepSql::previewText(*it);
        Error e(ErrorCode::Usage,
                QCoreApplication::translate(
                    "strata", "revision %1 is an Alembic Python revision whose SQL was not "
                              "rendered (Alembic's offline mode through the bridge)")
                    .arg(rev->id));
        e.at(rev->filePath, rev->headerLine);
        e.revision = rev->id;
        return e;
    }
    if (!step.isUpgrade() && !rev->downgrade.present) {
        Error e(ErrorCode::Usage,
                QCoreApplication::translate(
                    "strata", "revision %1 is irreversible (no '-- migrate:downgrade' section): "
                              "cannot downgrade through it")
                    .arg(rev->id));
        e.at(rev->filePath, rev->headerLine);
        e.revision = rev->id;
        return e;
    }
    // The revisions a real run refuses are refused here too (the same checks, the same plan).
    STRATA_TRY(RevisionChecker::runnable(*rev, m_targetMajor));
    Result<QList<SqlStatement>> statements = RevisionChecker::statementsFor(
        *rev, step.isUpgrade() ? RevisionFile::Section::Upgrade : RevisionFile::Section::Downgrade,
        m_targetMajor);
    if (!statements)
        return statements.error();
    for (const SqlStatement& s : *statements) {
        // A statement may end in a line comment ("... WHERE id > 0 -- keep the others"): its
        // terminator then goes on a line of its own, or psql would read it as comment text and
        // run the next statement into this one. A new line before ';' is valid in every case,
        // so any "--" on the last line (in a string too) is reason enough.
        const QStringView lastLine =
            QStringView(s.text).mid(s.text.lastIndexOf(QLatin1Char('\n')) + 1);
        out += s.text;
        out += lastLine.contains(QLatin1String("--")) ? QLatin1String("\n;\n\n")
                                                      : QLatin1String(";\n\n");
    }
    return out;
}

Result<QString> OfflineScript::render(const StepPlan& plan, RunRequest::Kind kind) const {
    QString out;
    bool createTable = plan.initialHeads.isEmpty() || plan.purge;
    if (plan.steps.isEmpty() && createTable && kind != RunRequest::Kind::Downgrade) {
        out += QLatin1String("BEGIN;\n\n") + m_versionTable.createTable() +
               QLatin1String("\n\nCOMMIT;\n\n");
        return out;
    }
    // Splitting each section with libpg_query is the expensive part: do it on all cores. The
    // first error in plan order wins, as it would sequentially.
    QList<int> indexes(plan.steps.size());
    std::iota(indexes.begin(), indexes.end(), 0);
    const QList<Result<QString>> bodies = QtConcurrent::blockingMapped(
        indexes, [this, &plan](int i) { return stepSql(plan.steps.at(i), i); });
    for (qsizetype i = 0; i < plan.steps.size(); ++i) {
        const PlanStep& step = plan.steps.at(i);
        const bool transactional = this->transactional(step, int(i));
        const Result<QString>& body = bodies.at(i);
        if (!body)
            return body.error();
        if (transactional)
            out += QLatin1String("BEGIN;\n\n");
        if (createTable) {
            out += m_versionTable.createTable() + QLatin1String("\n\n");
            createTable = false;
        }
        const QString verb = step.stamp         ? QStringLiteral("stamp_revision")
                             : step.isUpgrade() ? QStringLiteral("upgrade")
                                                : QStringLiteral("downgrade");
        out += QLatin1String("-- Running ") + verb + QLatin1Char(' ') +
               step.fromRevisions.join(QLatin1String(", ")) + QLatin1String(" -> ") +
               step.toRevisions.join(QLatin1String(", ")) + QLatin1String("\n\n");
        out += *body;
        for (const VersionRowOp& op : step.rows) {
            switch (op.kind) {
            case VersionRowOp::Kind::Insert:
                out += m_versionTable.insert(op.to);
                break;
            case VersionRowOp::Kind::Delete:
                out += m_versionTable.remove(op.from);
                break;
            case VersionRowOp::Kind::Update:
                out += m_versionTable.update(op.from, op.to);
                break;
            }
            out += QLatin1String("\n\n");
        }
        if (transactional)
            out += QLatin1String("COMMIT;\n\n");
    }
    if (kind == RunRequest::Kind::Downgrade && plan.resultingHeads.isEmpty() &&
        !plan.steps.isEmpty())
        out += m_versionTable.dropTable() + QLatin1String("\n\n");
    return out;
}

} // namespace strata
