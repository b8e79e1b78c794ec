#pragma once

#include "Result.h"
#include "config/Environment.h"
#include "drift/Cancellation.h"
#include "drift/ExpectedSchema.h"
#include "schema/SchemaDiff.h"
#include "schema/SnapshotReader.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace strata {

class Project;

// One member against the schema its own revisions should have produced.
struct MemberDrift {
    QString member;
    QStringList heads;
    bool ok = false; // read and compared (else `error`)
    Error error;
    QList<SchemaDifference> drift; // server differences left out
    int serverDifferences = 0;     // what the servers ship (not drift)
    int objects = 0;               // objects in the member's schema

    bool drifted() const { return ok && !drift.isEmpty(); }
};

// Drift across a group (`strata diff --group G --against expected`, the studio's group drift):
// each member's live schema read `jobs` at a time and compared with the expected schema of its
// heads, built once per distinct heads and server major (one build at a time: they share the
// scratch server). Only the differences are kept, never 200 snapshots. Blocks the calling
// thread; `cancellation` stops the reads and builds.
class GroupDrift {
public:
    static QList<MemberDrift> compare(const Project& project, const QList<Environment>& members,
                                      const SnapshotOptions& options, int jobs,
                                      const ExpectedSchema::Progress& progress = {},
                                      std::shared_ptr<Cancellation> cancellation = {});
    // "50 databases: 48 as expected, 2 drifted (tenant_007: 3 differences, tenant_042: 1
    // difference), 1 unreadable".
    static QString summary(const QList<MemberDrift>& drift);
};

} // namespace strata
