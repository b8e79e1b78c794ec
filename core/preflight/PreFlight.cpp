#include "preflight/PreFlight.h"

#include "Project.h"
#include "lint/LintObjects.h"
#include "lint/StatementObjects.h"
#include "preflight/DestructiveStatements.h"
#include "sql/RevisionChecker.h"

#include <QCoreApplication>
#include <QHash>

namespace strata {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("strata::PreFlight", text);
}

QString directionOf(const PlanStep& step) {
    return step.stamp         ? QStringLiteral("stamp")
           : step.isUpgrade() ? QStringLiteral("upgrade")
                              : QStringLiteral("downgrade");
}

// The problems that keep `revision` from running in `step`'s direction.
QList<Error> problemsOf(const Project& project, const Revision& revision, const PlanStep& step) {
    QList<Error> out;
    for (const Error& e : project.problems())
        if (e.revision == revision.id || (!e.file.isEmpty() && e.file == revision.filePath))
            out << e;
    out += RevisionChecker::check(revision, project.config().postgresMajor());
    if (!step.isUpgrade() && !revision.reversible()) {
        Error e(ErrorCode::Target,
                tr("revision %1 is irreversible (no '-- migrate:downgrade' section): cannot "
                   "downgrade through it")
                    .arg(revision.id));
        e.at(revision.filePath, revision.headerLine);
        e.revision = revision.id;
        out << e;
    }
    return out;
}

} // namespace

LintOptions PreFlight::lintOptions(const Project& project, const Environment& environment) {
    return Linter::optionsFor(project.config(), &environment);
}

PreFlightReport PreFlight::gather(const Project& project, const Environment& environment,
                                  const StepPlan& plan) {
    return gather(project, environment, plan, lintOptions(project, environment));
}

PreFlightReport PreFlight::gather(const Project& project, const Environment& environment,
                                  const StepPlan& plan, const LintOptions& options) {
    PreFlightReport report;
    report.environment = environment.name;
    report.lockTimeoutMs = environment.lockTimeoutMs;
    report.statementTimeoutMs = environment.statementTimeoutMs;
    report.backup = environment.backup;
    report.backupDir = project.config().backupDir();

    QHash<QString, LintReport> lints; // a revision is linted once per plan
    LintObjects createdInPlan;        // what the sections that run before a statement create
    int index = 0;
    for (const PlanStep& planStep : plan.steps) {
        PreFlightStep step;
        step.index = index++;
        step.revision = planStep.revision;
        step.direction = directionOf(planStep);
        step.stamp = planStep.stamp;
        const Revision* revision = project.graph().revision(planStep.revision);
        if (!revision) {
            step.problems << Error(ErrorCode::NotFound,
                                   tr("revision %1 is not in the project").arg(planStep.revision));
            report.steps << step;
            continue;
        }
        step.transactional = revision->transactional;
        if (planStep.stamp) {
            step.notLinted = tr("stamp: only the version table changes, no SQL runs");
            report.steps << step;
            continue;
        }
        step.problems = problemsOf(project, *revision, planStep);
        if (revision->source == Revision::Source::AlembicPython) {
            step.notLinted = tr("an Alembic Python revision: its SQL is Alembic's, locks and "
                                "findings are known only for SQL revisions");
            report.steps << step;
            continue;
        }
        auto it = lints.find(revision->id);
        if (it == lints.end())
            it = lints.insert(revision->id, Linter::lint(*revision, options));
        const LintReport& lint = *it;
        if (!lint.errors.isEmpty()) {
            step.notLinted = tr("not linted: %1").arg(lint.errors.constFirst().message);
            report.steps << step;
            continue;
        }
        step.linted = true;
        const RevisionFile::Section section = planStep.isUpgrade()
                                                  ? RevisionFile::Section::Upgrade
                                                  : RevisionFile::Section::Downgrade;
        for (const LintFinding& finding : lint.findings)
            if (finding.section == section)
                step.findings << finding;
        for (const LintStatement& st : lint.statements) {
            if (st.section != section)
                continue;
            StatementLockInfo info;
            info.line = st.line;
            info.tag = st.tag;
            info.locks = st.locks;
            step.locks << info;
            for (DestructiveStatement d : DestructiveStatements::of(st)) {
                if (createdInPlan.contains(QStringLiteral("table"), d.qualifiedTable()))
                    d.estimate = DestructiveStatement::Estimate::CreatedInPlan;
                step.destructive << d;
            }
            StatementObjects::created(st, &createdInPlan);
        }
        report.steps << step;
    }
    return report;
}

} // namespace strata
