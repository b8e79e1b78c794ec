#include "editor/TryItRunner.h"

#include "Project.h"
#include "drift/RoundTripVerifier.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace strata {

namespace {

// What runs for the revision the editor shows: an Alembic Python revision (read-only in the
// editor) is the project's file as saved, through the bridge; an SQL-form `.py` revision is the
// edited SQL, with the COMMIT idiom as the file has it; a `.sql` revision is the edited one.
Revision asRun(const Project& project, const Revision& edited) {
    if (!edited.filePath.endsWith(QLatin1String(".py")))
        return edited;
    const QString path = QFileInfo(edited.filePath).absoluteFilePath();
    for (const Revision& known : project.graph().revisions()) {
        if (QFileInfo(known.filePath).absoluteFilePath() != path)
            continue;
        if (known.source == Revision::Source::AlembicPython)
            return known;
        Revision sqlForm = edited;
        sqlForm.source = Revision::Source::AlembicSqlForm;
        sqlForm.transactional = known.transactional;
        return sqlForm;
    }
    return edited;
}

} // namespace

TryItReport TryItRunner::run(const TryItRequest& request,
                             std::shared_ptr<Cancellation> cancellation) {
    TryItReport report;
    auto project =
        Project::open(QFileInfo(request.revision.filePath).absolutePath(), Project::Mode::Tolerant);
    if (!project) {
        report.lines << QCoreApplication::translate("strata::TryItRunner",
                                                    "FAILED: cannot open the project: %1")
                            .arg(project.error().message);
        return report;
    }
    RoundTripVerifier verifier(*project, request.sandboxDir);
    verifier.setCancellation(std::move(cancellation));
    Result<RoundTripReport> verified = verifier.verify(asRun(*project, request.revision));
    if (!verified) {
        report.lines << QCoreApplication::translate("strata::TryItRunner", "FAILED: %1")
                            .arg(verified.error().message);
        return report;
    }
    report.ok = verified->ok();
    report.lines = verified->lines();
    return report;
}

} // namespace strata
