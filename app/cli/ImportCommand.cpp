// strata import alembic [--into DIR] [--dry-run]: an Alembic project's revisions as `.sql`
// revision files, rendered by Alembic's offline mode (core/runner/AlembicImporter).
#include "CommandRegistry.h"
#include "Invocation.h"

#include "runner/AlembicImporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace strata::cli {
namespace {

int runImport(Invocation& inv) {
    inv.addCommonOptions();
    inv.addEnvPyOptions();
    inv.parser().addOption({QStringLiteral("into"),
                            QCoreApplication::translate(
                                "strata::cli", "The new project folder (default: strata_sql beside "
                                               "alembic.ini); it must not exist or be empty."),
                            QStringLiteral("DIR")});
    inv.parser().addOption(
        {QStringLiteral("dry-run"),
         QCoreApplication::translate("strata::cli", "Render and list the files, write nothing.")});
    if (!inv.parse(QStringLiteral("alembic"),
                   QCoreApplication::translate(
                       "strata::cli", "Import an Alembic project: each revision rendered by "
                                      "Alembic's offline mode into a .sql revision file.")))
        return ExitUsage;
    const QStringList args = inv.positional();
    if (args != QStringList{QStringLiteral("alembic")})
        return inv.usage(
            QCoreApplication::translate("strata::cli", "import takes one source: alembic"));
    Result<Project> project = inv.loadProject(Project::Mode::Strict, false);
    if (!project)
        return inv.fail(project.error());
    QString into = inv.parser().value(QStringLiteral("into"));
    if (into.isEmpty())
        into = QFileInfo(project->config().alembicConfigPath()).absolutePath() +
               QStringLiteral("/strata_sql");
    into = QFileInfo(into).absoluteFilePath();
    Result<AlembicImporter::Plan> plan =
        AlembicImporter::prepare(*project, into, inv.xArguments(), inv.tag());
    if (!plan)
        return inv.fail(plan.error());
    const bool dryRun = inv.parser().isSet(QStringLiteral("dry-run"));
    if (!dryRun)
        if (Result<void> written = AlembicImporter::write(*plan, into); !written)
            return inv.fail(written.error());
    if (inv.json()) {
        QJsonArray files;
        for (const AlembicImporter::File& f : plan->files)
            files.append(QDir(into).filePath(f.path));
        QJsonArray kept;
        for (const AlembicImporter::Kept& k : plan->kept)
            kept.append(QJsonObject{{QStringLiteral("revision"), k.revision},
                                    {QStringLiteral("file"), k.file},
                                    {QStringLiteral("reason"), k.reason}});
        inv.printJson(QJsonObject{{QStringLiteral("into"), into},
                                  {QStringLiteral("dry_run"), dryRun},
                                  {QStringLiteral("files"), files},
                                  {QStringLiteral("kept_py"), kept}});
    } else {
        QTextStream& out = inv.out();
        for (const AlembicImporter::File& f : plan->files)
            out << (dryRun ? QCoreApplication::translate("strata::cli", "would write ")
                           : QCoreApplication::translate("strata::cli", "wrote "))
                << QDir(into).filePath(f.path) << '\n';
        out.flush();
    }
    QTextStream& err = inv.err();
    for (const AlembicImporter::Kept& k : plan->kept)
        err << QCoreApplication::translate("strata::cli", "strata import: %1 stays .py (%2)")
                   .arg(k.revision, k.reason)
            << '\n';
    err.flush();
    return ExitOk;
}

} // namespace
} // namespace strata::cli

STRATA_COMMAND("import", "import an Alembic project as .sql revisions (import alembic)",
               strata::cli::runImport)
