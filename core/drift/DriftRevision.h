#pragma once

#include "Project.h"
#include "Result.h"
#include "drift/Cancellation.h"
#include "drift/DriftCheck.h"
#include "drift/ExpectedSchema.h"
#include "revision/RevisionWriter.h"
#include "schema/SchemaDiff.h"

#include <memory>

namespace strata {

// A drift captured as a revision (`strata revision --from-diff`, the drift view's "New
// revision from these differences"): what someone changed by hand in an environment (`actual`)
// against `base` (its expected schema, or another environment). The upgrade brings base to
// actual, the downgrade actual back to base; both in dependency order, destructive statements
// of the upgrade commented out behind "-- DESTRUCTIVE:" (DriftSql), and the downgrade's
// re-creation of what they keep commented out with them.
class DriftRevision {
public:
    static DriftRevision capture(const DriftSide& base, const DriftSide& actual);

    // Reads `environment` and `against` ("expected": the schema the revisions up to its heads
    // produce; or another environment) and captures. Blocking: the CLI, or a worker thread.
    // Every error is one line naming the environment; a side that is not at the project's heads
    // (see revision()) fails before the expected schema is built.
    static Result<DriftRevision> read(const Project& project, const QString& environment,
                                      const QString& against = QStringLiteral("expected"),
                                      ExpectedSchema::Progress progress = {},
                                      std::shared_ptr<Cancellation> cancellation = {});

    bool isEmpty() const { return m_diff.isEmpty(); }
    const SchemaDiff& diff() const { return m_diff; } // base -> actual
    const DriftSide& base() const { return m_base; }
    const DriftSide& actual() const { return m_actual; }
    const QString& upgradeSql() const { return m_upgrade; }
    const QString& downgradeSql() const { return m_downgrade; }
    // How many statements the upgrade holds commented out as destructive.
    int destructiveCount() const;

    // `revision` (message, id, labels, depends on as given) on the project's heads with the
    // captured SQL. Both sides must be at those heads (the revision goes on top of them, and a
    // side behind or ahead would bring other revisions' changes into it): otherwise an error
    // naming the environment.
    Result<NewRevision> revision(const RevisionGraph& graph, NewRevision revision) const;

    // "environment 'prod' matches the expected schema: nothing to capture" (one line).
    QString nothingToCapture() const;

private:
    DriftSide m_base;
    DriftSide m_actual;
    SchemaDiff m_diff;
    QString m_upgrade;
    QString m_downgrade;
};

} // namespace strata
