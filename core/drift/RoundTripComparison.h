#pragma once

#include "schema/SchemaDiff.h"
#include "schema/SchemaSnapshot.h"

#include <QStringList>

namespace strata {

// How a round trip's schemas are judged — the one rule set of the editor's Try it
// (RoundTripVerifier) and `strata verify` (RangeVerifier):
//  - after a downgrade, the schema must equal the one before the upgrade, except that an
//    extension the downgrade left installed is a note, not a failure (extensions are commonly
//    kept on purpose: other schemas or databases of the cluster may use them);
//  - after upgrading again, the schema must equal the one after the first upgrade.
struct RoundTripComparison {
    SchemaDiff failing;         // what fails the round trip (empty = it passed)
    QStringList keptExtensions; // extensions the downgrade left installed ("pg_trgm")

    // `before` the upgrade against `after` the downgrade.
    static RoundTripComparison afterDowngrade(const SchemaSnapshot& before,
                                              const SchemaSnapshot& after);
    // `first` upgrade against the upgrade `again`.
    static RoundTripComparison afterUpgradeAgain(const SchemaSnapshot& first,
                                                 const SchemaSnapshot& again);
};

} // namespace strata
