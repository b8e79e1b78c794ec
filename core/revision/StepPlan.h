#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace strata {

// One change to the version table (alembic_version) caused by a step.
struct VersionRowOp {
    enum class Kind { Insert, Delete, Update };

    Kind kind = Kind::Update;
    QString from; // Delete, Update: the row that goes away / is rewritten
    QString to;   // Insert, Update: the row that appears / the new value

    static VersionRowOp insert(const QString& rev) { return {Kind::Insert, QString(), rev}; }
    static VersionRowOp remove(const QString& rev) { return {Kind::Delete, rev, QString()}; }
    static VersionRowOp update(const QString& f, const QString& t) { return {Kind::Update, f, t}; }

    // "INSERT x", "DELETE x", "UPDATE a->b".
    QString toString() const {
        switch (kind) {
        case Kind::Insert:
            return QLatin1String("INSERT ") + to;
        case Kind::Delete:
            return QLatin1String("DELETE ") + from;
        case Kind::Update:
            break;
        }
        return QLatin1String("UPDATE ") + from + QLatin1String("->") + to;
    }
    bool operator==(const VersionRowOp&) const = default;
};

enum class StepDirection { Upgrade, Downgrade };

// One step of a plan: a revision's upgrade or downgrade section (or, for a stamp, only the
// version-table change), with the rows it changes and the heads afterwards.
struct PlanStep {
    QString revision; // the revision whose SQL runs (stamp: first "to", else first "from")
    StepDirection direction = StepDirection::Upgrade;
    bool stamp = false;        // true: no SQL runs, only the version table changes
    QStringList fromRevisions; // Alembic's from_revisions_no_deps (what the step starts from)
    QStringList toRevisions;   // Alembic's to_revisions_no_deps (what the step leads to)
    QList<VersionRowOp> rows;  // version-table operations, in execution order
    QStringList headsAfter;    // the version table's rows after this step, in table order
                               // (RevisionGraph fills it for every step of every plan;
                               // always equal to StepPlan::headsAfter(i))

    bool isUpgrade() const { return direction == StepDirection::Upgrade; }
    // "INSERT a; UPDATE a->b" (for logs and tests).
    QString rowsText() const {
        QStringList parts;
        for (const VersionRowOp& op : rows)
            parts << op.toString();
        return parts.join(QLatin1String("; "));
    }
};

// The ordered steps of an upgrade, downgrade or stamp, computed without touching a database.
struct StepPlan {
    QStringList initialHeads; // version table rows before the first step
    bool purge = false;       // stamp --purge: every row is deleted before the first step
    QList<PlanStep> steps;
    QStringList resultingHeads; // version table rows after the last step

    bool isEmpty() const { return steps.isEmpty(); }
    // The version table's rows after step `index` (replaying the rows; -1 = before the first).
    QStringList headsAfter(qsizetype index) const {
        QStringList heads = purge ? QStringList() : initialHeads;
        for (qsizetype i = 0; i <= index && i < steps.size(); ++i)
            for (const VersionRowOp& op : steps[i].rows) {
                switch (op.kind) {
                case VersionRowOp::Kind::Insert:
                    heads << op.to;
                    break;
                case VersionRowOp::Kind::Delete:
                    heads.removeAll(op.from);
                    break;
                case VersionRowOp::Kind::Update:
                    heads.replace(heads.indexOf(op.from), op.to);
                    break;
                }
            }
        return heads;
    }
    // The revision ids of the steps, in order.
    QStringList revisions() const {
        QStringList out;
        out.reserve(steps.size());
        for (const PlanStep& s : steps)
            out << s.revision;
        return out;
    }
    // Every row operation of every step, in order, as text.
    QStringList rowsText() const {
        QStringList out;
        for (const PlanStep& s : steps)
            for (const VersionRowOp& op : s.rows)
                out << op.toString();
        return out;
    }
};

} // namespace strata
