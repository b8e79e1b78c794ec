#include "FleetCommand.h"

#include "GroupChoice.h"
#include "InterruptCanceller.h"
#include "OnlineRun.h"
#include "RunPrinter.h"

#include "config/EnvironmentGroup.h"
#include "fleet/FleetRun.h"
#include "fleet/GroupMembers.h"
#include "runner/Runner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThreadPool>
#include <QtConcurrent>

#include <map>
#include <memory>

namespace strata::cli {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("strata::cli", text);
}

QString headsText(const QStringList& heads) {
    return heads.isEmpty() ? QStringLiteral("<base>") : heads.join(QStringLiteral(", "));
}

QString seconds(qint64 ms) {
    return ms < 1000 ? QStringLiteral("%1 ms").arg(ms)
                     : QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'f', 2);
}

// One member's log file: what `strata upgrade --env MEMBER` would have printed.
struct MemberLog {
    explicit MemberLog(const QString& path)
        : file(path) {
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
            stream.setDevice(&file);
    }
    QFile file;
    QTextStream stream;
    RunPrinter printer{stream, stream, false, false};
};

QString outcomeText(const MemberOutcome& o, RunRequest::Kind kind) {
    using S = MemberOutcome::State;
    switch (o.state) {
    case S::Done:
        return QStringLiteral("%1 %2 -> %3 (%4, %5)")
            .arg(kind == RunRequest::Kind::Upgrade     ? tr("upgraded")
                 : kind == RunRequest::Kind::Downgrade ? tr("downgraded")
                                                       : tr("stamped"),
                 headsText(o.summary.headsBefore), headsText(o.summary.headsAfter),
                 tr("%1 steps").arg(o.summary.stepsDone), seconds(o.durationMs));
    case S::AlreadyThere:
        return tr("already at %1").arg(headsText(o.summary.headsAfter));
    case S::Failed:
        return tr("FAILED: ") + o.error.toString();
    case S::Unreachable:
        return tr("unreachable: ") + o.error.message;
    case S::Cancelled:
        return tr("cancelled: ") + o.error.message;
    case S::Skipped:
        return tr("not started");
    case S::Pending:
    case S::Running:
        break;
    }
    return MemberOutcome::stateName(o.state);
}

int runDry(Invocation& inv, const Project& project, const QList<Environment>& members,
           const RunRequest& request, int jobs) {
    QThreadPool pool;
    pool.setMaxThreadCount(jobs);
    struct Planned {
        QString member;
        Result<StepPlan> plan = Error(ErrorCode::Internal, QString());
    };
    const QList<Planned> plans = QtConcurrent::blockingMapped<QList<Planned>>(
        &pool, members, [&project, &request](const Environment& env) {
            Runner runner(project, env);
            RunRequest mine = request;
            mine.environment = env.name;
            return Planned{env.name, runner.plan(mine)};
        });
    bool ok = true;
    QJsonArray array;
    for (const Planned& p : plans) {
        if (!p.plan) {
            ok = false;
            if (inv.json())
                array.append(QJsonObject{{QStringLiteral("database"), p.member},
                                         {QStringLiteral("error"), p.plan.error().toString()}});
            else
                inv.out() << p.member << "  " << tr("cannot plan: ") << p.plan.error().toString()
                          << '\n';
            continue;
        }
        QStringList revisions;
        for (const PlanStep& s : p.plan->steps)
            revisions << s.revision;
        if (inv.json())
            array.append(QJsonObject{
                {QStringLiteral("database"), p.member},
                {QStringLiteral("heads"), QJsonArray::fromStringList(p.plan->initialHeads)},
                {QStringLiteral("steps"), QJsonArray::fromStringList(revisions)},
                {QStringLiteral("resulting_heads"),
                 QJsonArray::fromStringList(p.plan->resultingHeads)}});
        else
            inv.out() << p.member << "  " << tr("at ") << headsText(p.plan->initialHeads) << "  "
                      << (revisions.isEmpty() ? tr("nothing to do")
                                              : tr("%1 steps: %2")
                                                    .arg(revisions.size())
                                                    .arg(revisions.join(QStringLiteral(", "))))
                      << '\n';
    }
    if (inv.json())
        inv.printJson(array);
    inv.out().flush();
    return ok ? ExitOk : ExitFailed;
}

} // namespace

void FleetCommand::addOptions(Invocation& inv) {
    GroupChoice::addOptions(inv, 4);
    QCommandLineParser& p = inv.parser();
    p.addOption({QStringLiteral("canary"),
                 tr("Fleet: run K databases first and stop the fleet if one of them fails."),
                 QStringLiteral("K"), QStringLiteral("0")});
    p.addOption({QStringLiteral("continue-on-error"),
                 tr("Fleet: start the remaining databases after one fails.")});
    p.addOption({QStringLiteral("stop-on-error"),
                 tr("Fleet: start no further database after one fails (the default).")});
    p.addOption({QStringLiteral("log-dir"),
                 tr("Fleet: the folder for one log per database (default: "
                    "PROJECT/logs/fleet/GROUP-TIME)."),
                 QStringLiteral("DIR")});
}

bool FleetCommand::requested(Invocation& inv) {
    return GroupChoice::requested(inv);
}

int FleetCommand::run(Invocation& inv, const Project& project, RunRequest request) {
    QCommandLineParser& p = inv.parser();
    if (!inv.envOption().isEmpty())
        return inv.usage(tr("--env and --group exclude each other"));
    if (p.isSet(QStringLiteral("continue-on-error")) && p.isSet(QStringLiteral("stop-on-error")))
        return inv.usage(tr("--continue-on-error and --stop-on-error exclude each other"));
    bool ok = false;
    FleetOptions options;
    const Result<int> jobs = GroupChoice::jobs(inv);
    if (!jobs)
        return inv.usage(jobs.error().message);
    options.jobs = *jobs;
    options.canary = p.value(QStringLiteral("canary")).toInt(&ok);
    if (!ok || options.canary < 0)
        return inv.usage(tr("--canary must be a number of databases (0 or more)"));
    options.stopOnError = !p.isSet(QStringLiteral("continue-on-error"));

    Result<const EnvironmentGroup*> group =
        project.config().requireGroup(p.value(QStringLiteral("group")));
    if (!group)
        return inv.fail(group.error());
    const EnvironmentGroup& g = **group;
    Result<GroupMembers> resolved =
        GroupMembers::resolve(project.config(), g, request.connectTimeoutSeconds);
    if (!resolved)
        return inv.fail(resolved.error());
    for (const QString& w : resolved->warnings)
        inv.err() << tr("warning: ") << w << '\n';
    const QList<Environment>& members = resolved->members;

    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    if (dryRun)
        return runDry(inv, project, members, request, options.jobs);

    bool anyProtected = g.defaults.isProtected;
    for (const Environment& m : members)
        anyProtected = anyProtected || m.isProtected;
    const QString confirm = p.value(QStringLiteral("confirm"));
    if (anyProtected && confirm != g.name)
        return inv.fail(Error(
            ErrorCode::Usage,
            confirm.isEmpty()
                ? tr("group '%1' is protected: add --confirm %1 to run %2 on its %3 databases")
                      .arg(g.name, inv.command())
                      .arg(members.size())
                : tr("--confirm %1 does not match the protected group '%2'").arg(confirm, g.name)));

    QString logDir = p.value(QStringLiteral("log-dir"));
    if (logDir.isEmpty())
        logDir = QDir(project.config().projectDir())
                     .filePath(QStringLiteral("logs/fleet/%1-%2")
                                   .arg(g.name, QDateTime::currentDateTimeUtc().toString(
                                                    QStringLiteral("yyyyMMdd-HHmmss"))));
    logDir = QDir::cleanPath(QDir::current().absoluteFilePath(logDir));
    if (!QDir().mkpath(logDir))
        return inv.fail(
            Error(ErrorCode::Io,
                  tr("cannot create the log folder %1").arg(QDir::toNativeSeparators(logDir))));

    FleetRun fleet(project, members, options);
    std::map<QString, std::unique_ptr<MemberLog>> logs; // touched only inside the handlers
    const bool json = inv.json();
    const QString groupName = g.name;
    int finished = 0;
    const qsizetype total = members.size();
    fleet.setEventHandler([&](const RunEvent& e) {
        auto it = logs.find(e.environment);
        if (it != logs.end())
            it->second->printer.print(e);
        if (json) {
            QJsonObject o = e.toJson();
            o[QStringLiteral("database")] = e.environment;
            o[QStringLiteral("group")] = groupName;
            inv.out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
            inv.out().flush();
        }
    });
    fleet.setStateHandler([&](const MemberOutcome& o) {
        if (o.state == MemberOutcome::State::Running) {
            logs[o.member] = std::make_unique<MemberLog>(
                QDir(logDir).filePath(o.member + QStringLiteral(".log")));
            return;
        }
        if (o.state == MemberOutcome::State::Skipped && !json)
            return; // counted in the summary
        ++finished;
        if (auto it = logs.find(o.member); it != logs.end()) {
            if (o.state == MemberOutcome::State::Failed ||
                o.state == MemberOutcome::State::Cancelled ||
                o.state == MemberOutcome::State::Unreachable)
                it->second->stream << "strata " << inv.command() << ": " << o.error.toString()
                                   << '\n';
            it->second->stream.flush();
            logs.erase(it);
        }
        if (json) {
            QJsonObject j{{QStringLiteral("event"), QStringLiteral("database_finished")},
                          {QStringLiteral("database"), o.member},
                          {QStringLiteral("group"), groupName},
                          {QStringLiteral("state"), MemberOutcome::stateName(o.state)},
                          {QStringLiteral("duration_ms"), o.durationMs}};
            if (!o.ok() && o.state != MemberOutcome::State::Skipped)
                j[QStringLiteral("error")] = o.error.toString();
            if (o.ok())
                j[QStringLiteral("heads")] = QJsonArray::fromStringList(o.summary.headsAfter);
            inv.out() << QJsonDocument(j).toJson(QJsonDocument::Compact) << '\n';
        } else {
            inv.out() << QStringLiteral("[%1/%2] ")
                             .arg(finished, int(QString::number(total).size()))
                             .arg(total)
                      << o.member << (o.canary ? tr(" (canary)") : QString()) << "  "
                      << outcomeText(o, request.kind) << '\n';
        }
        inv.out().flush();
    });

    if (!json) {
        inv.out() << tr("strata: %1 on group %2: %3 databases, %4 at a time")
                         .arg(request.text(), g.name)
                         .arg(total)
                         .arg(std::min<qsizetype>(options.jobs, total));
        if (options.canary > 0)
            inv.out() << tr(", canary first: %1").arg(std::min<qsizetype>(options.canary, total));
        inv.out() << tr(", %1").arg(options.stopOnError ? tr("stop on error")
                                                        : tr("continue on error"))
                  << '\n';
        inv.out().flush();
    }
    InterruptCanceller interrupt([&fleet] { fleet.cancel(); });
    const QList<MemberOutcome> outcomes = fleet.run(request);
    const QString summary = FleetRun::summaryLine(outcomes, request.kind);
    if (json) {
        QJsonObject counts;
        for (const MemberOutcome& o : outcomes) {
            const QString k = MemberOutcome::stateName(o.state);
            counts[k] = counts.value(k).toInt() + 1;
        }
        inv.out() << QJsonDocument(
                         QJsonObject{{QStringLiteral("event"), QStringLiteral("fleet_finished")},
                                     {QStringLiteral("group"), groupName},
                                     {QStringLiteral("databases"), int(total)},
                                     {QStringLiteral("counts"), counts},
                                     {QStringLiteral("summary"), summary},
                                     {QStringLiteral("log_dir"), logDir}})
                         .toJson(QJsonDocument::Compact)
                  << '\n';
    } else {
        inv.out() << summary << '\n' << tr("logs: ") << QDir::toNativeSeparators(logDir) << '\n';
    }
    inv.out().flush();
    return FleetRun::allOk(outcomes) ? ExitOk : ExitFailed;
}

} // namespace strata::cli
