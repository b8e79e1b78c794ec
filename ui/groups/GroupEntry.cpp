#include "groups/GroupEntry.h"

#include <QCoreApplication>

namespace strata {

QString GroupEntry::summary(const QStringList& projectHeads) const {
    if (!error.message.isEmpty())
        return group.name + QStringLiteral(": ") + error.message;
    if (!loaded)
        return group.name + QCoreApplication::translate("strata::GroupEntry", ": reading …");
    return status.summary(projectHeads);
}

const EnvironmentStatus* GroupEntry::member(const QString& name) const {
    for (const EnvironmentStatus& s : status.members)
        if (s.environment == name)
            return &s;
    return nullptr;
}

} // namespace strata
