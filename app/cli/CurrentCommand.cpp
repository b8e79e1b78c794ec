// current: the revision(s) an environment is at, in Alembic's format.
#include "CommandRegistry.h"
#include "EnvironmentChoice.h"
#include "GroupChoice.h"
#include "Invocation.h"
#include "RevisionFormat.h"

#include "fleet/GroupStatus.h"
#include "runner/EnvironmentStatus.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace strata::cli {
namespace {

// current --group: one line per member ("tenant_001  r3"), then the group's summary; with
// --check-heads, exit 1 unless every member is at the head(s).
int currentOfGroup(Invocation& inv, const Project& project) {
    const Result<int> jobs = GroupChoice::jobs(inv);
    if (!jobs)
        return inv.fail(jobs.error());
    Result<QList<Environment>> members = GroupChoice::members(inv, project);
    if (!members)
        return inv.fail(members.error());
    const GroupStatus group = GroupStatus::read(
        project, inv.parser().value(QStringLiteral("group")), *members, *jobs, 10);
    const QStringList heads = project.graph().heads();
    bool all = true;
    QJsonArray array;
    for (const EnvironmentStatus& s : group.members) {
        all = all && s.atHeads() && s.error.message.isEmpty();
        if (inv.json()) {
            QJsonObject o{{QStringLiteral("environment"), s.environment},
                          {QStringLiteral("reachable"), s.reachable},
                          {QStringLiteral("heads"), QJsonArray::fromStringList(s.heads)},
                          {QStringLiteral("at_heads"), s.atHeads()}};
            if (!s.error.message.isEmpty())
                o[QStringLiteral("error")] = s.error.toString();
            array.append(o);
            continue;
        }
        inv.out() << s.environment << "  ";
        if (!s.reachable || !s.error.message.isEmpty())
            inv.out() << QCoreApplication::translate("strata::cli", "unreachable: ")
                      << s.error.message;
        else
            inv.out() << (s.heads.isEmpty() ? QStringLiteral("<base>")
                                            : s.heads.join(QStringLiteral(", ")))
                      << (s.dirty ? QCoreApplication::translate("strata::cli", " (dirty)")
                                  : QString());
        inv.out() << '\n';
    }
    if (inv.json())
        inv.printJson(array);
    else
        inv.out() << group.summary(heads) << '\n';
    inv.out().flush();
    if (inv.parser().isSet(QStringLiteral("check-heads")) && !all)
        return ExitFailed;
    return ExitOk;
}

int runCurrent(Invocation& inv) {
    inv.addCommonOptions();
    inv.parser().addOption({QStringLiteral("check-heads"),
                            QCoreApplication::translate(
                                "strata::cli", "Exit 1 unless the database is at the head(s).")});
    inv.parser().addOption({{QStringLiteral("v"), QStringLiteral("verbose")},
                            QCoreApplication::translate("strata::cli", "Verbose output.")});
    GroupChoice::addOptions(inv);
    if (!inv.parse(QString(),
                   QCoreApplication::translate("strata::cli",
                                               "Show the current revision(s) of an environment.")))
        return ExitUsage;
    if (!inv.positional().isEmpty())
        return inv.usage(QCoreApplication::translate("strata::cli", "current takes no arguments"));
    Result<Project> project = inv.loadProject();
    if (!project)
        return inv.fail(project.error());
    if (GroupChoice::requested(inv))
        return currentOfGroup(inv, *project);
    Result<const Environment*> env = chooseEnvironment(inv, *project);
    if (!env)
        return inv.fail(env.error());
    const EnvironmentStatus status = EnvironmentStatus::read(*project, **env, 10);
    if (!status.reachable || !status.error.message.isEmpty())
        return inv.fail(status.error);
    const RevisionGraph& graph = project->graph();
    QStringList heads = status.heads;
    QStringList scriptHeads = graph.heads();
    heads.sort();
    scriptHeads.sort();
    const bool atHeads = heads == scriptHeads;
    const bool verbose = inv.parser().isSet(QStringLiteral("verbose"));
    if (inv.json()) {
        QJsonArray revisions;
        RevisionFormat format(graph);
        for (const QString& h : status.heads)
            revisions.append(graph.contains(h) ? QJsonValue(format.json(h)) : QJsonValue(h));
        inv.printJson(
            QJsonObject{{QStringLiteral("environment"), status.environment},
                        {QStringLiteral("heads"), QJsonArray::fromStringList(status.heads)},
                        {QStringLiteral("revisions"), revisions},
                        {QStringLiteral("at_heads"), atHeads},
                        {QStringLiteral("dirty"),
                         status.dirtyError ? QJsonValue() : QJsonValue(status.dirty.has_value())}});
    } else {
        if (verbose)
            inv.out() << QCoreApplication::translate("strata::cli", "Current revision(s) for ")
                      << status.displayUrl << ":\n";
        RevisionFormat format(graph);
        for (const QString& h : status.heads) {
            if (!graph.contains(h))
                inv.out() << h
                          << QCoreApplication::translate("strata::cli",
                                                         " (unknown to this project)\n");
            else if (verbose)
                inv.out() << format.logEntry(h) << '\n';
            else
                inv.out() << format.line(h, RevisionFormat::Flags{}) << '\n';
        }
        inv.out().flush();
        if (status.dirty)
            inv.err() << QCoreApplication::translate("strata::cli", "warning: environment '")
                      << status.environment
                      << QCoreApplication::translate("strata::cli",
                                                     "' is dirty (non-transactional revision ")
                      << status.dirty->revision
                      << QCoreApplication::translate("strata::cli",
                                                     " did not finish); see strata resolve")
                      << Qt::endl;
        else if (status.dirtyError)
            inv.err() << QCoreApplication::translate("strata::cli", "warning: the dirty state of '")
                      << status.environment
                      << QCoreApplication::translate("strata::cli", "' is unknown: ")
                      << status.dirtyError->toString() << Qt::endl;
    }
    if (inv.parser().isSet(QStringLiteral("check-heads")) && !atHeads)
        return inv.fail(
            Error(ErrorCode::Target,
                  QCoreApplication::translate("strata::cli",
                                              "current revision(s) for %1 are not at the head(s)")
                      .arg(status.displayUrl)));
    return ExitOk;
}

} // namespace
} // namespace strata::cli

STRATA_COMMAND("current", "show the revision(s) an environment is at (--check-heads)",
               strata::cli::runCurrent)
