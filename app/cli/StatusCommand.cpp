// status: every environment side by side, queried concurrently.
#include "CommandRegistry.h"
#include "Invocation.h"

#include "GroupChoice.h"

#include "fleet/GroupStatus.h"
#include "runner/EnvironmentStatus.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace strata::cli {
namespace {

QString lastRunText(const EnvironmentStatus& s) {
    if (!s.lastRun)
        return QStringLiteral("-");
    const HistoryRow& r = *s.lastRun;
    return QCoreApplication::translate("strata::cli", "%1 %2 %3 %4 by %5")
        .arg(r.startedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm'Z'")), r.direction,
             r.revision, HistoryRow::statusName(r.status),
             r.osUser.isEmpty() ? r.dbUser : r.osUser);
}

QString dirtyText(const EnvironmentStatus& s) {
    switch (s.dirtyState()) {
    case EnvironmentStatus::DirtyState::Dirty:
        return QCoreApplication::translate("strata::cli", "DIRTY (%1)").arg(s.dirty->revision);
    case EnvironmentStatus::DirtyState::Unknown:
        return QCoreApplication::translate("strata::cli", "unknown");
    case EnvironmentStatus::DirtyState::Clean:
        break;
    }
    return QStringLiteral("no");
}

int runStatus(Invocation& inv) {
    inv.addCommonOptions();
    inv.parser().addOption({QStringLiteral("timeout"),
                            QCoreApplication::translate(
                                "strata::cli", "Connect timeout per environment in seconds (5)."),
                            QStringLiteral("S"), QStringLiteral("5")});
    GroupChoice::addOptions(inv);
    if (!inv.parse(QString(), QCoreApplication::translate("strata::cli",
                                                          "Show every environment side by side.")))
        return ExitUsage;
    Result<Project> project = inv.loadProject();
    if (!project)
        return inv.fail(project.error());
    const int timeout = qMax(1, inv.parser().value(QStringLiteral("timeout")).toInt());
    QList<EnvironmentStatus> all;
    std::optional<GroupStatus> group;
    if (GroupChoice::requested(inv)) {
        const Result<int> jobs = GroupChoice::jobs(inv);
        if (!jobs)
            return inv.fail(jobs.error());
        Result<QList<Environment>> members = GroupChoice::members(inv, *project, timeout);
        if (!members)
            return inv.fail(members.error());
        group = GroupStatus::read(*project, inv.parser().value(QStringLiteral("group")), *members,
                                  *jobs, timeout);
        if (inv.json()) {
            inv.printJson(group->toJson(project->graph().heads()));
            return ExitOk;
        }
        all = group->members;
    } else {
        all = EnvironmentStatus::readAll(*project, timeout);
    }
    if (!inv.envOption().isEmpty()) {
        QList<EnvironmentStatus> one;
        for (const EnvironmentStatus& s : all)
            if (s.environment == inv.envOption())
                one << s;
        if (one.isEmpty())
            return inv.fail(project->config().requireEnvironment(inv.envOption()).error());
        all = one;
    }
    if (inv.json()) {
        QJsonArray array;
        for (const EnvironmentStatus& s : all)
            array.append(s.toJson());
        inv.printJson(array);
        return ExitOk;
    }
    const QStringList header = {QStringLiteral("ENVIRONMENT"),
                                QStringLiteral("SERVER"),
                                QStringLiteral("HEADS"),
                                QStringLiteral("PENDING"),
                                QStringLiteral("DIRTY"),
                                QStringLiteral("CHANGED"),
                                QCoreApplication::translate("strata::cli", "LAST RUN")};
    QList<QStringList> rows;
    QStringList errors;
    for (const EnvironmentStatus& s : all) {
        QString name = s.environment +
                       (s.isProtected ? QCoreApplication::translate("strata::cli", " (protected)")
                                      : QString());
        if (!s.reachable) {
            rows << QStringList{name,
                                QStringLiteral("unreachable"),
                                QStringLiteral("-"),
                                QStringLiteral("-"),
                                QStringLiteral("-"),
                                QStringLiteral("-"),
                                QStringLiteral("-")};
            errors << s.environment + QStringLiteral(": ") + s.error.toString();
            continue;
        }
        if (!s.error.message.isEmpty())
            errors << s.environment + QStringLiteral(": ") + s.error.toString();
        if (!s.planError.isEmpty())
            errors << s.environment + QStringLiteral(": ") + s.planError;
        for (const std::optional<Error>& unknown : {s.dirtyError, s.checksumError})
            if (unknown)
                errors << s.environment + QStringLiteral(": ") + unknown->toString();
        rows << QStringList{
            name,
            s.serverVersion.section(QLatin1Char(' '), 0, 0),
            s.heads.isEmpty() ? QStringLiteral("<base>") : s.heads.join(QStringLiteral(", ")),
            s.planError.isEmpty() ? QString::number(s.pending.size()) : QStringLiteral("?"),
            dirtyText(s),
            s.checksumsKnown() ? QString::number(s.checksumMismatches.size()) : QStringLiteral("?"),
            lastRunText(s)};
    }
    QList<int> widths;
    for (int c = 0; c < header.size(); ++c) {
        int w = int(header.at(c).size());
        for (const QStringList& r : rows)
            w = qMax(w, int(r.at(c).size()));
        widths << w;
    }
    auto print = [&](const QStringList& cells) {
        QString text;
        for (int c = 0; c < cells.size(); ++c)
            text +=
                c + 1 < cells.size() ? cells.at(c).leftJustified(widths.at(c) + 2) : cells.at(c);
        inv.out() << text << '\n';
    };
    print(header);
    for (const QStringList& r : rows)
        print(r);
    for (const QString& e : errors)
        inv.out() << "  " << e << '\n';
    if (group)
        inv.out() << group->summary(project->graph().heads()) << '\n';
    inv.out().flush();
    return ExitOk;
}

} // namespace
} // namespace strata::cli

STRATA_COMMAND("status", "every environment side by side: heads, pending, dirty, last run",
               strata::cli::runStatus)
