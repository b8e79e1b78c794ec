#include "AlembicInit.h"

#include "ProjectInit.h"

#include <QCoreApplication>

namespace strata::cli {

int initAlembic(Invocation& inv, const QString& dirPath) {
    const Result<ProjectInit::Created> created = ProjectInit::createAlembic(dirPath);
    if (!created)
        return inv.fail(created.error());
    inv.out() << QCoreApplication::translate("strata::cli", "Created ") << created->tomlPath
              << QCoreApplication::translate("strata::cli", " following ") << created->followedFile
              << Qt::endl;
    return ExitOk;
}

} // namespace strata::cli
