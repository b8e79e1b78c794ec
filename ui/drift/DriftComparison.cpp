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
    auto read = [&](const QString& name) -> Result<DriftSide> {
        STRATA_TRY_ASSIGN(const Environment* env, project.config().requireEnvironment(name));
        return DriftCheck::readEnvironment(project, *env, options, cancellation);
    };
    Result<DriftSide> a = read(envA);
    if (!a) {
        out.error = std::move(a).error();
        return out;
    }
    out.a = std::move(*a);
    Result<DriftSide> b =
        expected ? DriftCheck::expected(project, out.a, options, {}, cancellation) : read(against);
    if (!b) {
        out.error = std::move(b).error();
        return out;
    }
    out.b = std::move(*b);
    out.diff = SchemaDiff::compare(out.a.snapshot, out.b.snapshot);
    return out;
}

} // namespace strata
