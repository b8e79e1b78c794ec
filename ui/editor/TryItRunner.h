#pragma once

#include <QString>
#include <QStringList>

namespace strata {

// What "Try it" runs: the current (possibly unsaved) sections of a revision, on a scratch
// database of the sandbox first brought to the revision's parents.
struct TryItRequest {
    QString sandboxDir;   // the sandbox folder (Sandbox(dir)); it must be running
    QString revisionFile; // the revision's file: its project gives the ancestors
    QStringList parents;  // as in the header form
    QString upgradeSql;
    QString downgradeSql;
    bool transactional = true;
};

struct TryItReport {
    bool ok = false;
    QStringList lines; // one line per step and statement: "ok ..." / "FAILED ..."
};

// Blocking: creates a scratch database, applies the ancestors' upgrades (in dependency
// order), then the upgrade, the downgrade and the upgrade again, reporting each statement, and
// drops the database. Call it on a worker thread (RevisionEditor::tryIt uses QtConcurrent).
// Until the drift snapshot exists, it reports statement success or failure only (no schema
// comparison after the downgrade).
class TryItRunner {
public:
    static TryItReport run(const TryItRequest& request);
};

} // namespace strata
