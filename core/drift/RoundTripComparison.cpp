#include "drift/RoundTripComparison.h"

namespace strata {

RoundTripComparison RoundTripComparison::afterDowngrade(const SchemaSnapshot& before,
                                                        const SchemaSnapshot& after) {
    RoundTripComparison out;
    const SchemaDiff diff = SchemaDiff::compare(before, after);
    QList<SchemaDifference> failing;
    for (const SchemaDifference& d : diff.differences()) {
        if (d.kind == ObjectKind::Extension && d.change == SchemaDifference::Change::Added)
            out.keptExtensions << d.name;
        else
            failing << d;
    }
    out.failing = SchemaDiff::fromDifferences(std::move(failing));
    return out;
}

RoundTripComparison RoundTripComparison::afterUpgradeAgain(const SchemaSnapshot& first,
                                                           const SchemaSnapshot& again) {
    RoundTripComparison out;
    out.failing = SchemaDiff::compare(first, again);
    return out;
}

} // namespace strata
