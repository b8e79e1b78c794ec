// strata init [DIR]: a new project: strata.toml, versions/ and a .gitignore for backups/.
#include "AlembicInit.h"
#include "CommandRegistry.h"
#include "Invocation.h"
#include "ProjectInit.h"

#include <QCoreApplication>
#include <QDir>

namespace strata::cli {
namespace {

int runInit(Invocation& inv) {
    inv.addCommonOptions();
    inv.parser().addOption(
        {QStringLiteral("alembic"),
         QCoreApplication::translate("strata::cli",
                                     "Write only a strata.toml that follows the existing Alembic "
                                     "project in DIR (alembic.ini).")});
    if (!inv.parse(QCoreApplication::translate("strata::cli", "[DIR]"),
                   QCoreApplication::translate("strata::cli", "Create a new Strata project.")))
        return ExitUsage;
    const QStringList args = inv.positional();
    if (args.size() > 1)
        return inv.usage(
            QCoreApplication::translate("strata::cli", "init takes at most one folder"));
    QString dirPath = args.isEmpty() ? inv.projectOption() : args.constFirst();
    if (dirPath.isEmpty())
        dirPath = QDir::currentPath();
    if (inv.parser().isSet(QStringLiteral("alembic")))
        return initAlembic(inv, dirPath);
    const Result<ProjectInit::Created> created = ProjectInit::createStrata(dirPath);
    if (!created)
        return inv.fail(created.error());
    const QDir dir(dirPath);
    inv.out() << QCoreApplication::translate("strata::cli", "Created ")
              << QDir::cleanPath(dir.absolutePath())
              << QCoreApplication::translate("strata::cli", "/strata.toml and versions/")
              << Qt::endl;
    inv.out()
        << QCoreApplication::translate(
               "strata::cli",
               "Next: set DATABASE_URL (or edit strata.toml), then 'strata revision -m \"first\"'.")
        << Qt::endl;
    return ExitOk;
}

} // namespace
} // namespace strata::cli

STRATA_COMMAND("init",
               "create a project: strata.toml and versions/ (--alembic: follow alembic.ini)",
               strata::cli::runInit)
