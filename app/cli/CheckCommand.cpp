// strata check: every problem of the project, offline. Exit 3 when it finds any.
#include "CommandRegistry.h"
#include "Invocation.h"

#include "sql/RevisionChecker.h"

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
                                          "modes, the graph. Exit 3 when there are problems.")))
        return ExitUsage;
    Result<Project> project = inv.loadProject(Project::Mode::Tolerant);
    if (!project)
        return inv.fail(project.error());
    QList<Error> problems = project->problems();
    const RevisionGraph& graph = project->graph();
    for (const Revision& rev : graph.revisions())
        problems += RevisionChecker::check(rev);
    const QStringList heads = graph.heads();
    if (heads.size() > 1) {
        Error e(ErrorCode::Graph,
                QCoreApplication::translate(
                    "strata::cli", "%1 heads (%2): merge them with 'strata merge heads -m MSG' "
                                   "unless the branches are meant to stay apart")
                    .arg(heads.size())
                    .arg(heads.join(QLatin1String(", "))));
        problems << e;
    }
    if (inv.json()) {
        QJsonArray array;
        for (const Error& e : problems)
            array.append(problemJson(e));
        QJsonObject o;
        o[QStringLiteral("revisions")] = graph.size();
        o[QStringLiteral("problems")] = array;
        inv.printJson(o);
    } else {
        for (const Error& e : problems)
            inv.out() << e.toString() << '\n';
        inv.out() << graph.size() << QCoreApplication::translate("strata::cli", " revisions, ")
                  << problems.size() << (problems.size() == 1 ? " problem" : " problems")
                  << Qt::endl;
    }
    return problems.isEmpty() ? ExitOk : ExitProblems;
}

} // namespace
} // namespace strata::cli

STRATA_COMMAND("check", "check files, SQL, transaction modes and heads (exit 3 on problems)",
               strata::cli::runCheck)
