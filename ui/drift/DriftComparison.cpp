#include "DriftComparison.h"

#include <QCoreApplication>

namespace strata {

QString DriftComparison::noScratchServerHint() {
    return QCoreApplication::translate("strata::DriftComparison",
                                       "Start the sandbox (strata sandbox start) or set "
                                       "shadow_url to compare with the expected schema.");
}

DriftComparison DriftComparison::compute(const Project& project, const QString& envA,
                                         const QString& against,
                                         std::shared_ptr<Cancellation> cancellation,
                                         Sandbox sandbox) {
    DriftComparison out;
    const bool expected = against == QLatin1String("expected");
    // This looks at the sandbox's files and process: here, on the worker thread.
    if (expected && sandbox == Sandbox::OnlyWhenRunning && !DriftCheck::canBuildExpected(project)) {
        out.error = Error(ErrorCode::Connection, noScratchServerHint());
        return out;
    }
    const SnapshotOptions options = DriftCheck::optionsFor(project);
    // Two environments are read at once (two connections); the expected schema needs A's heads.
    Result<std::pair<DriftSide, DriftSide>> sides =
        [&]() -> Result<std::pair<DriftSide, DriftSide>> {
        STRATA_TRY_ASSIGN(const Environment* env, project.config().requireEnvironment(envA));
        if (!expected) {
            STRATA_TRY_ASSIGN(const Environment* other,
                              project.config().requireEnvironment(against));
            return DriftCheck::readEnvironments(project, *env, *other, options, cancellation);
        }
        STRATA_TRY_ASSIGN(DriftSide a,
                          DriftCheck::readEnvironment(project, *env, options, cancellation));
        STRATA_TRY_ASSIGN(DriftSide b, DriftCheck::expected(project, a, options, {}, cancellation));
        return std::pair<DriftSide, DriftSide>(std::move(a), std::move(b));
    }();
    if (!sides) {
        out.error = std::move(sides).error();
        return out;
    }
    out.a = std::move(sides->first);
    out.b = std::move(sides->second);
    out.diff = SchemaDiff::compare(out.a.snapshot, out.b.snapshot);
    return out;
}

} // namespace strata
