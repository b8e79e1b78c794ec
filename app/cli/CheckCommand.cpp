// strata check: every problem of the project, offline. Exit 3 when it finds any.
#include "CommandRegistry.h"
#include "GroupChoice.h"
#include "Invocation.h"

#include "ProjectCheck.h"
#include "fleet/GroupStatus.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace strata::cli {
namespace {

QJsonObject problemJson(const Error& e) {
    QJsonObject o;
    o[QStringLiteral("message")] = e.message;
    if (!e.file.isEmpty())
        o[QStringLiteral("file")] = e.file;
    if (e.line > 0)
        o[QStringLiteral("line")] = e.line;
    if (e.column > 0)
        o[QStringLiteral("column")] = e.column;
    if (!e.revision.isEmpty())
        o[QStringLiteral("revision")] = e.revision;
    return o;
}

// check --group: each member's state as a problem of its own: unreachable, dirty, at
// revisions the project does not have, applied revisions changed since. Being behind is not a
// problem (that is what upgrade is for); the group's summary says how many are.
QList<Error> memberProblems(const GroupStatus& group) {
    QList<Error> out;
    auto add = [&out, &group](const EnvironmentStatus& s, const QString& message) {
        Error e(ErrorCode::Database, QCoreApplication::translate("strata::cli", "%1 %2: %3")
                                         .arg(group.group, s.environment, message));
        out << e;
    };
    for (const EnvironmentStatus& s : group.members) {
        if (!s.reachable || !s.error.message.isEmpty()) {
            add(s, QCoreApplication::translate("strata::cli", "unreachable: ") + s.error.message);
            continue;
        }
        if (s.dirty)
            add(s, QCoreApplication::translate(
                       "strata::cli", "dirty: %1 did not finish (see strata resolve --env)")
                       .arg(s.dirty->revision));
        if (!s.unknownHeads.isEmpty())
            add(s, QCoreApplication::translate("strata::cli",
                                               "at revision(s) this project does not have: %1")
                       .arg(s.unknownHeads.join(QStringLiteral(", "))));
        else if (!s.planError.isEmpty())
            add(s, s.planError);
        for (const ChecksumMismatch& m : s.checksumMismatches)
            add(s, QCoreApplication::translate("strata::cli",
                                               "revision %1 changed since it was applied (%2)")
                       .arg(m.revision, m.file));
    }
    return out;
}

int runCheck(Invocation& inv) {
    inv.addCommonOptions();
    GroupChoice::addOptions(inv);
    if (!inv.parse({}, QCoreApplication::translate(
                           "strata::cli", "Check the project: revision files, SQL, transaction "
                                          "modes, the graph, whether .py revisions import. Exit "
                                          "3 when there are problems.")))
        return ExitUsage;
    Result<Project> project = inv.loadProject(Project::Mode::Tolerant);
    if (!project)
        return inv.fail(project.error());
    const ProjectCheck::Findings findings = ProjectCheck::run(*project);
    QList<Error> problems = findings.problems;
    std::optional<GroupStatus> group;
    if (GroupChoice::requested(inv)) {
        const Result<int> jobs = GroupChoice::jobs(inv);
        if (!jobs)
            return inv.fail(jobs.error());
        Result<QList<Environment>> members = GroupChoice::members(inv, *project);
        if (!members)
            return inv.fail(members.error());
        group = GroupStatus::read(*project, inv.parser().value(QStringLiteral("group")), *members,
                                  *jobs, 10);
        problems += memberProblems(*group);
    }
    // Project::warnings() were printed on stderr when the project loaded; these are the check's.
    const QList<Error>& warnings = findings.warnings;
    const RevisionGraph& graph = project->graph();
    if (inv.json()) {
        QJsonArray array;
        for (const Error& e : problems)
            array.append(problemJson(e));
        QJsonArray warningArray;
        for (const Error& e : warnings)
            warningArray.append(problemJson(e));
        QJsonObject o;
        o[QStringLiteral("revisions")] = graph.size();
        o[QStringLiteral("problems")] = array;
        o[QStringLiteral("warnings")] = warningArray;
        if (group)
            o[QStringLiteral("group")] = group->toJson(graph.heads());
        inv.printJson(o);
    } else {
        for (const Error& e : problems)
            inv.out() << e.toString() << '\n';
        for (const Error& e : warnings)
            inv.out() << QCoreApplication::translate("strata::cli", "warning: ") << e.toString()
                      << '\n';
        if (group)
            inv.out() << group->summary(graph.heads()) << '\n';
        inv.out() << graph.size() << QCoreApplication::translate("strata::cli", " revisions, ")
                  << problems.size() << (problems.size() == 1 ? " problem" : " problems");
        if (!warnings.isEmpty())
            inv.out() << ", " << warnings.size()
                      << (warnings.size() == 1 ? " warning" : " warnings");
        inv.out() << Qt::endl;
    }
    return problems.isEmpty() ? ExitOk : ExitProblems;
}

} // namespace
} // namespace strata::cli

STRATA_COMMAND("check", "check files, SQL, transaction modes and heads (exit 3 on problems)",
               strata::cli::runCheck)
