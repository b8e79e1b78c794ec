#include "GroupChoice.h"

#include "fleet/GroupMembers.h"

#include <QCoreApplication>

namespace strata::cli {

void GroupChoice::addOptions(Invocation& inv, int defaultJobs) {
    inv.parser().addOption(
        {QStringLiteral("group"),
         QCoreApplication::translate("strata::cli",
                                     "Every database of [groups.NAME] in strata.toml (a fleet)."),
         QStringLiteral("NAME")});
    inv.parser().addOption(
        {QStringLiteral("jobs"),
         QCoreApplication::translate("strata::cli", "Fleet: at most N databases at once (%1).")
             .arg(defaultJobs),
         QStringLiteral("N"), QString::number(defaultJobs)});
}

bool GroupChoice::requested(Invocation& inv) {
    return inv.parser().isSet(QStringLiteral("group"));
}

Result<int> GroupChoice::jobs(Invocation& inv) {
    bool ok = false;
    const int n = inv.parser().value(QStringLiteral("jobs")).toInt(&ok);
    if (!ok || n < 1 || n > 64)
        return Error(ErrorCode::Usage, QCoreApplication::translate(
                                           "strata::cli", "--jobs must be a number from 1 to 64"));
    return n;
}

Result<QList<Environment>> GroupChoice::members(Invocation& inv, const Project& project,
                                                int connectTimeoutSeconds) {
    if (!inv.envOption().isEmpty())
        return Error(ErrorCode::Usage, QCoreApplication::translate(
                                           "strata::cli", "--env and --group exclude each other"));
    STRATA_TRY_ASSIGN(const EnvironmentGroup* group,
                      project.config().requireGroup(inv.parser().value(QStringLiteral("group"))));
    STRATA_TRY_ASSIGN(GroupMembers resolved,
                      GroupMembers::resolve(project.config(), *group, connectTimeoutSeconds));
    for (const QString& w : resolved.warnings)
        inv.err() << QCoreApplication::translate("strata::cli", "warning: ") << w << '\n';
    inv.err().flush();
    return resolved.members;
}

} // namespace strata::cli
