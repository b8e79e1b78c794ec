#include "EnvironmentChoice.h"

#include <QCoreApplication>

namespace strata::cli {

Result<const Environment*> chooseEnvironment(const Invocation& inv, const Project& project) {
    const ProjectConfig& config = project.config();
    const QString name = inv.envOption();
    if (!name.isEmpty())
        return config.requireEnvironment(name);
    if (config.environments().isEmpty())
        return Error(
            ErrorCode::Usage,
            QCoreApplication::translate(
                "strata::cli", "%1 defines no environment: add an [environments.NAME] table")
                .arg(config.filePath()));
    if (config.environments().size() > 1)
        return Error(ErrorCode::Usage,
                     QCoreApplication::translate(
                         "strata::cli", "several environments (%1): choose one with --env NAME")
                         .arg(config.environmentNames().join(QStringLiteral(", "))));
    return &config.environments().constFirst();
}

} // namespace strata::cli
