#include "DriftComparison.h"

namespace strata {

DriftComparison DriftComparison::compute(const Project& project, const QString& envA,
                                         const QString& against) {
    DriftComparison out;
    const SnapshotOptions options = DriftCheck::optionsFor(project);
    Result<const Environment*> envPtr = project.config().requireEnvironment(envA);
    if (!envPtr) {
        out.error = envPtr.error();
        return out;
    }
    Result<DriftSide> a = DriftCheck::readEnvironment(project, **envPtr, options);
    if (!a) {
        out.error = a.error();
        return out;
    }
    out.a = std::move(*a);
    Result<DriftSide> b = Error(ErrorCode::Internal, QString());
    if (against == QLatin1String("expected")) {
        b = DriftCheck::expected(project, out.a.heads, options);
    } else {
        Result<const Environment*> envB = project.config().requireEnvironment(against);
        if (!envB) {
            out.error = envB.error();
            return out;
        }
        b = DriftCheck::readEnvironment(project, **envB, options);
    }
    if (!b) {
        out.error = b.error();
        return out;
    }
    out.b = std::move(*b);
    out.diff = SchemaDiff::compare(out.a.snapshot, out.b.snapshot);
    return out;
}

} // namespace strata
