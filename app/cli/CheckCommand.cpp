// strata check: every problem of the project, offline. Exit 3 when it finds any.
#include "CommandRegistry.h"
#include "Invocation.h"

#include "ProjectCheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

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

int runCheck(Invocation& inv) {
    inv.addCommonOptions();
    if (!inv.parse({}, QCoreApplication::translate(
                           "strata::cli", "Check the project: revision files, SQL, transaction "
                                          "modes, the graph, whether .py revisions import. Exit "
                                          "3 when there are problems.")))
        return ExitUsage;
    Result<Project> project = inv.loadProject(Project::Mode::Tolerant);
    if (!project)
        return inv.fail(project.error());
    const ProjectCheck::Findings findings = ProjectCheck::run(*project);
    const QList<Error>& problems = findings.problems;
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
        inv.printJson(o);
    } else {
        for (const Error& e : problems)
            inv.out() << e.toString() << '\n';
        for (const Error& e : warnings)
            inv.out() << QCoreApplication::translate("strata::cli", "warning: ") << e.toString()
                      << '\n';
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
