#include "GroupStatus.h"

#include "Project.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QThreadPool>
#include <QtConcurrent>

#include <algorithm>

namespace strata {

namespace {

QString headsText(const QStringList& heads) {
    QStringList sorted = heads;
    sorted.sort();
    return sorted.isEmpty() ? QStringLiteral("<base>") : sorted.join(QStringLiteral(", "));
}

} // namespace

GroupStatus GroupStatus::read(const Project& project, const QString& group,
                              const QList<Environment>& members, int jobs,
                              int connectTimeoutSeconds) {
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, std::min(jobs, int(members.size()))));
    GroupStatus s;
    s.group = group;
    s.members = QtConcurrent::blockingMapped<QList<EnvironmentStatus>>(
        &pool, members, [&project, connectTimeoutSeconds](const Environment& env) {
            return EnvironmentStatus::read(project, env, connectTimeoutSeconds);
        });
    s.recount();
    return s;
}

void GroupStatus::recount() {
    atHeads = behind = unreachable = dirty = unknown = changed = 0;
    byHeads.clear();
    for (const EnvironmentStatus& m : members) {
        if (!m.reachable) {
            ++unreachable;
            continue;
        }
        ++byHeads[headsText(m.heads)];
        if (m.dirty)
            ++dirty;
        if (!m.checksumMismatches.isEmpty())
            ++changed;
        if (!m.error.message.isEmpty() || !m.planError.isEmpty() || !m.unknownHeads.isEmpty())
            ++unknown;
        else if (m.pending.isEmpty())
            ++atHeads;
        else
            ++behind;
    }
}

QString GroupStatus::summary(const QStringList& projectHeads) const {
    const QString head = headsText(projectHeads);
    QStringList parts{QCoreApplication::translate("strata", "%1 at %2").arg(atHeads).arg(head)};
    if (behind > 0) {
        QStringList where;
        for (auto it = byHeads.constBegin(); it != byHeads.constEnd(); ++it)
            if (it.key() != head)
                where << QCoreApplication::translate("strata", "%1 at %2")
                             .arg(it.value())
                             .arg(it.key());
        parts << QCoreApplication::translate("strata", "%1 behind").arg(behind) +
                     (where.isEmpty() ? QString()
                                      : QStringLiteral(" (") + where.join(QStringLiteral(", ")) +
                                            QLatin1Char(')'));
    }
    if (unknown > 0)
        parts << QCoreApplication::translate("strata", "%1 unknown").arg(unknown);
    if (unreachable > 0)
        parts << QCoreApplication::translate("strata", "%1 unreachable").arg(unreachable);
    if (dirty > 0)
        parts << QCoreApplication::translate("strata", "%1 dirty").arg(dirty);
    if (changed > 0)
        parts << QCoreApplication::translate("strata", "%1 with changed revisions").arg(changed);
    return group + QStringLiteral(": ") + parts.join(QStringLiteral(", "));
}

QJsonObject GroupStatus::toJson(const QStringList& projectHeads) const {
    QJsonArray array;
    for (const EnvironmentStatus& m : members)
        array.append(m.toJson());
    QJsonObject heads;
    for (auto it = byHeads.constBegin(); it != byHeads.constEnd(); ++it)
        heads[it.key()] = it.value();
    return QJsonObject{{QStringLiteral("group"), group},
                       {QStringLiteral("databases"), int(members.size())},
                       {QStringLiteral("at_heads"), atHeads},
                       {QStringLiteral("behind"), behind},
                       {QStringLiteral("unreachable"), unreachable},
                       {QStringLiteral("dirty"), dirty},
                       {QStringLiteral("unknown"), unknown},
                       {QStringLiteral("changed"), changed},
                       {QStringLiteral("by_heads"), heads},
                       {QStringLiteral("summary"), summary(projectHeads)},
                       {QStringLiteral("members"), array}};
}

} // namespace strata
