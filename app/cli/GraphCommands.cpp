// Read-only commands over the revision graph, in Alembic's output formats:
// heads, branches, history, show.
#include "CommandRegistry.h"
#include "CurrentRevisions.h"
#include "Invocation.h"
#include "RevisionFormat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

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
    inv.parser().addOption(
        {{QStringLiteral("i"), QStringLiteral("indicate-current")},
         QCoreApplication::translate("strata::cli",
                                     "Mark the environment's current revision(s) (current).")});
    if (!inv.parse({}, QCoreApplication::translate("strata::cli", "List revisions, newest first.")))
        return ExitUsage;
    if (!inv.positional().isEmpty())
        return inv.usage(QCoreApplication::translate(
            "strata::cli", "history takes no arguments (use -r START:END)"));
    Result<Project> project = inv.loadProject(Project::Mode::Strict, false);
    if (!project)
        return inv.fail(project.error());
    const RevisionGraph& graph = project->graph();
    QString lower;
    QString upper;
    if (inv.parser().isSet(QStringLiteral("rev-range"))) {
        const QString range = inv.parser().value(QStringLiteral("rev-range")).trimmed();
        const qsizetype colon = range.indexOf(QLatin1Char(':'));
        if (colon < 0)
            return inv.usage(QCoreApplication::translate(
                "strata::cli", "history range requires [start]:[end], [start]:, or :[end]"));
        if (range.indexOf(QLatin1Char(':'), colon + 1) >= 0)
            return inv.usage(
                QCoreApplication::translate("strata::cli", "range %1 has more than one ':'")
                    .arg(range));
        lower = range.left(colon);
        upper = range.mid(colon + 1);
    }
    const bool indicate = inv.parser().isSet(QStringLiteral("indicate-current"));
    QStringList currents;
    if (indicate || lower == QLatin1String("current") || upper == QLatin1String("current")) {
        Result<QStringList> read = currentRevisions(inv, *project);
        if (!read)
            return inv.fail(read.error());
        currents = *read;
    }
    Result<QStringList> walk = historyWithCurrent(graph, lower, upper, currents);
    if (!walk)
        return inv.fail(walk.error());
    RevisionFormat format(graph);
    if (inv.json()) {
        QJsonArray array;
        for (const QString& id : *walk) {
            QJsonObject o = format.json(id);
            if (indicate)
                o[QStringLiteral("is_current")] = currents.contains(id);
            array.append(o);
        }
        inv.printJson(array);
        return ExitOk;
    }
    const bool verbose = inv.parser().isSet(kVerbose);
    QString text;
    for (const QString& id : *walk) {
        const bool current = indicate && currents.contains(id);
        if (verbose)
            text += format.logEntry(id, current) + QLatin1Char('\n');
        else
            text += format.line(
                        id, {.includeBranches = true, .includeDoc = true, .includeParents = true},
                        current) +
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
    // `show current`: the environment's rows, as Alembic's show_current (no "(current)" mark).
    Result<QStringList> ids = args.constFirst() == QLatin1String("current")
                                  ? currentRevisions(inv, *project)
                                  : graph.resolve(args.constFirst());
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
    for (const QString& id : *ids) {
        if (!graph.contains(id))
            return inv.fail(Error(ErrorCode::Target,
                                  QCoreApplication::translate(
                                      "strata::cli", "Can't locate revision identified by '%1'")
                                      .arg(id)));
        inv.out() << format.logEntry(id) << '\n';
    }
    return ExitOk;
}

} // namespace
} // namespace strata::cli

STRATA_COMMAND("heads", "show the heads of the revision graph", strata::cli::runHeads)
STRATA_COMMAND("branches", "show the branch points", strata::cli::runBranches)
STRATA_COMMAND("history", "list revisions, newest first (-r START:END, -v, -i)",
               strata::cli::runHistory)
STRATA_COMMAND("show", "show a revision", strata::cli::runShow)
