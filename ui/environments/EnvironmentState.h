#pragma once

#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringList>

namespace strata {

class RevisionGraph;

// What the studio knows about one environment: plain data filled by a StatusSource on a worker
// thread and handed to the GUI by a queued signal. Never holds a password.
struct EnvironmentState {
    QString name;
    QString color;
    QString displayUrl; // password redacted
    bool isProtected = false;

    bool loaded = false; // a read has completed at least once
    bool reachable = false;
    QString error; // one line: why the environment is unreachable or a query failed
    QString serverVersion;

    bool versionTableExists = false;
    QStringList heads;
    QStringList unknownHeads;
    QStringList pending; // what `upgrade heads` would run, in order
    QString planError;
    bool dirty = false;
    QString dirtyText;
    QStringList checksumMismatches; // revision ids whose file changed since it was applied
    QString drift;        // "in sync", "3 differences" (DriftBadges); empty = not computed
    QString driftToolTip; // what was compared, or why it could not be
    QString lastRun;      // "upgrade 0004 succeeded, 2026-11-24 10:00 by alice (1.2 s)"

    // The history table as read (newest first): column names and rows of text.
    QStringList historyColumns;
    QList<QStringList> historyRows;

    // The revisions applied here: the heads and all their ancestors.
    QSet<QString> appliedSet(const RevisionGraph& graph) const;
};

} // namespace strata

Q_DECLARE_METATYPE(strata::EnvironmentState)
