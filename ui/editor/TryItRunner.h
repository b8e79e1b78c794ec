#pragma once

#include "drift/Cancellation.h"
#include "revision/Revision.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace strata {

// What "Try it" runs: the revision as edited (possibly unsaved: header form and both sections,
// section lines counted from 1 as the editors show them) in the project of its file.
struct TryItRequest {
    QString sandboxDir; // the sandbox folder (Sandbox(dir)); it must be running
    Revision revision;  // filePath: the revision's file; its project gives the ancestors
};

struct TryItReport {
    bool ok = false;
    QStringList lines; // RoundTripReport::lines(): one per step, statement and difference
};

// The editor's adapter on core's RoundTripVerifier (core/drift): opens the project of the
// revision's file and verifies the edited revision there. A `.py` revision runs as the project
// has it: an Alembic Python one (read-only in the editor) from its saved file through the
// project's Alembic (the bridge), an SQL-form one as the edited SQL with the file's COMMIT
// idiom. Blocking: RevisionEditor runs it through strata::async(); `cancellation` stops it
// (a `.py` step is cancelled on the server, then its bridge child is stopped).
class TryItRunner {
public:
    static TryItReport run(const TryItRequest& request,
                           std::shared_ptr<Cancellation> cancellation = {});
};

} // namespace strata
