// Read-only commands over the revision graph, in Alembic's output formats:
// heads, branches, history, show.
#include "CommandRegistry.h"
#include "Invocation.h"
#include "RevisionFormat.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace strata::cli {
namespace {

const QCommandLineOption kVerbose({QStringLiteral("v"), QStringLiteral("verbose")},
                                  QCoreApplication::translate("strata::cli",
                                                              "Alembic's verbose blocks."));

int runHeads(Invocation& inv) {
    inv.addCommonOptions();
    inv.parser().addOption(kVerbose);
    inv.parser().addOption({QStringLiteral("resolve-dependencies"),
                            QCoreApplication::translate(
                                "strata::cli", "Treat depends_on as parents (effective heads).")});
    if (!inv.parse({}, QCoreApplication::translate("strata::cli",
                                                   "Show the heads of the revision graph.")))
        return ExitUsage;
    if (!inv.positional().isEmpty())
        return inv.usage(QCoreApplication::translate("strata::cli", "heads takes no arguments"));
    Result<Project> project = inv.loadProject(Project::Mode::Strict, false);
    if (!project)
        return inv.fail(project.error());
    const RevisionGraph& graph = project->graph();
    const QStringList heads = inv.parser().isSet(QStringLiteral("resolve-dependencies"))
                                  ? graph.effectiveHeads()
                                  : graph.heads();
    RevisionFormat format(graph);
    if (inv.json()) {
        QJsonArray array;
        for (const QString& id : heads)
            array.append(format.json(id));
        inv.printJson(array);
        return ExitOk;
    }
    const bool verbose = inv.parser().isSet(kVerbose);
    for (const QString& id : heads) {
        if (verbose)
            inv.out() << format.logEntry(id) << '\n';
        else
            inv.out() << format.line(id, {.includeBranches = true, .treeIndicators = false})
                      << '\n';
    }
    return ExitOk;
}

int runBranches(Invocation& inv) {
    inv.addCommonOptions();
    inv.parser().addOption(kVerbose);
    if (!inv.parse({}, QCoreApplication::translate(
                           "strata::cli", "Show the branch points of the revision graph.")))
        return ExitUsage;
    Result<Project> project = inv.loadProject(Project::Mode::Strict, false);
    if (!project)
        return inv.fail(project.error());
    const RevisionGraph& graph = project->graph();
    Result<QStringList> walk = graph.history();
    if (!walk)
        return inv.fail(walk.error());
    RevisionFormat format(graph);
    const bool verbose = inv.parser().isSet(kVerbose);
    QJsonArray array;
    for (const QString& id : *walk) {
        if (!graph.isBranchPoint(id))
            continue;
        if (inv.json()) {
            array.append(format.json(id));
            continue;
        }
        inv.out() << (verbose ? format.logEntry(id) : format.line(id, {.includeBranches = true}))
                  << '\n';
        QStringList lines;
        for (const QString& child : graph.children(id))
            lines << QString(id.size(), QLatin1Char(' ')) + QLatin1String(" -> ") +
                         format.line(child, {.includeBranches = true, .includeDoc = verbose});
        inv.out() << lines.join(QLatin1Char('\n')) << "\n\n";
    }
    if (inv.json())
        inv.printJson(array);
    return ExitOk;
}

int runHistory(Invocation& inv) {
    inv.addCommonOptions();
    inv.parser().addOption(kVerbose);
    inv.parser().addOption(
        {{QStringLiteral("r"), QStringLiteral("rev-range")},
         QCoreApplication::translate("strata::cli", "Range [start]:[end] of revisions."),
         QStringLiteral("RANGE")});
    if (!inv.parse({}, QCoreApplication::translate("strata::cli", "List revisions, newest first.")))
        return ExitUsage;
    if (!inv.positional().isEmpty())
        return inv.usage(QCoreApplication::translate(
            "strata::cli", "history takes no arguments (use -r START:END)"));
    Result<Project> project = inv.loadProject(Project::Mode::Strict, false);
    if (!project)
        return inv.fail(project.error());
    const RevisionGraph& graph = project->graph();
    Result<QStringList> walk = graph.history();
    if (inv.parser().isSet(QStringLiteral("rev-range"))) {
        const QString range = inv.parser().value(QStringLiteral("rev-range"));
        if (!range.contains(QLatin1Char(':')))
            return inv.usage(QCoreApplication::translate(
                "strata::cli", "history range requires [start]:[end], [start]:, or :[end]"));
        walk = graph.historyRange(range);
    }
    if (!walk)
        return inv.fail(walk.error());
    RevisionFormat format(graph);
    if (inv.json()) {
        QJsonArray array;
        for (const QString& id : *walk)
            array.append(format.json(id));
        inv.printJson(array);
        return ExitOk;
    }
    const bool verbose = inv.parser().isSet(kVerbose);
    QString text;
    for (const QString& id : *walk) {
        if (verbose)
            text += format.logEntry(id) + QLatin1Char('\n');
        else
            text += format.line(
                        id, {.includeBranches = true, .includeDoc = true, .includeParents = true}) +
                    QLatin1Char('\n');
    }
    inv.out() << text;
    return ExitOk;
}

int runShow(Invocation& inv) {
    inv.addCommonOptions();
    if (!inv.parse(
            QStringLiteral("REV"),
            QCoreApplication::translate("strata::cli", "Show the revision(s) a target names.")))
        return ExitUsage;
    const QStringList args = inv.positional();
    if (args.size() != 1)
        return inv.usage(QCoreApplication::translate("strata::cli", "show takes one revision"));
    Result<Project> project = inv.loadProject(Project::Mode::Strict, false);
    if (!project)
        return inv.fail(project.error());
    const RevisionGraph& graph = project->graph();
    Result<QStringList> ids = graph.resolve(args.constFirst());
    if (!ids)
        return inv.fail(ids.error());
    RevisionFormat format(graph);
    if (inv.json()) {
        QJsonArray array;
        for (const QString& id : *ids)
            array.append(format.json(id));
        inv.printJson(array);
        return ExitOk;
    }
    for (const QString& id : *ids)
        inv.out() << format.logEntry(id) << '\n';
    return ExitOk;
}

} // namespace
} // namespace strata::cli

STRATA_COMMAND("heads", "show the heads of the revision graph", strata::cli::runHeads)
STRATA_COMMAND("branches", "show the branch points", strata::cli::runBranches)
STRATA_COMMAND("history", "list revisions, newest first (-r START:END, -v)",
               strata::cli::runHistory)
STRATA_COMMAND("show", "show a revision", strata::cli::runShow)
