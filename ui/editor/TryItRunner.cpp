#include "editor/TryItRunner.h"

#include "Project.h"
#include "drift/RoundTripVerifier.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace strata {

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
    Result<RoundTripReport> verified = verifier.verify(request.revision);
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
