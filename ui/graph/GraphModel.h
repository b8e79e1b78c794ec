#pragma once

#include "common/ProblemItem.h"
#include "environments/EnvironmentEntry.h"
#include "revision/LaneLayout.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>

#include <memory>

namespace strata {

class Project;

// The revision graph as a table: one row per revision in lane-layout order (newest first).
// The lane layout is computed once per project; environment badges and markers come from the
// environments' states. Views only read it.
class GraphModel : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphModel)

public:
    enum Column {
        GraphColumn,
        RevisionColumn,
        EnvironmentsColumn,
        MessageColumn,
        LabelsColumn,
        DateColumn,
        ColumnCount
    };
    enum Role {
        RevisionIdRole = Qt::UserRole + 1,
        BadgesRole, // QVariantList of QVariantMap{name, color}
        MarkerRole, // Marker flags (int)
        SearchTextRole,
        ProblemsRole, // ProblemLevel of the revision's worst problem (int; NoProblem = none)
    };
    // What ProjectProblems found in a revision, for its node's badge.
    enum ProblemLevel { NoProblem = 0, NoteProblem, WarningProblem, ErrorProblem };
    struct ProblemMark {
        ProblemLevel level = NoProblem;
        int count = 0;
        QString first; // the first (worst) row's text
    };
    enum Marker {
        Head = 1,
        Base = 2,
        Merge = 4,
        BranchPoint = 8,
        Dirty = 16,
        ChecksumChanged = 32
    };

    struct Badge {
        QString name;
        QColor color;
    };

    explicit GraphModel(QObject* parent = nullptr);
    ~GraphModel() override;

    void setProject(std::shared_ptr<const Project> project);
    const Project* project() const { return m_project.get(); }
    const LaneLayout& layout() const { return m_layout; }
    // Badges and markers from the environments (in strata.toml order).
    void setEnvironments(const QList<EnvironmentEntry>& states);
    const QList<EnvironmentEntry>& environments() const { return m_states; }
    // Badges for the revisions with problems (ProjectProblems' rows; they are kept by revision
    // id across setProject until the next call).
    void setProblems(const QList<ProblemItem>& items);
    ProblemMark problemMark(int row) const;

    QString revisionAt(int row) const;
    // The graph index (RevisionGraph::indexOf / revisionAt) of the revision on `row`, -1 when
    // out of range; and back.
    int revisionIndexAt(int row) const;
    int rowOfRevision(int index) const { return m_layout.rowOfRevision(index); }
    int rowOf(const QString& id) const { return m_layout.rowOf(id); }
    const LaneRow& laneRow(int row) const { return m_layout.row(row); }
    int markers(int row) const;
    const QList<Badge>& badges(int row) const;
    // The next row at or after `from` (wrapping) whose id, message or labels contain `text`
    // (case-insensitive; an id prefix matches too), -1 when none.
    int find(const QString& text, int from) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // setEnvironments() was called (the "go to an environment's head" menu follows it).
    void environmentsChanged();

private:
    std::shared_ptr<const Project> m_project;
    LaneLayout m_layout;
    QHash<int, QList<Badge>> m_badges; // row -> environments whose heads are there
    QHash<int, int> m_extraMarkers;    // row -> Dirty / ChecksumChanged
    QList<EnvironmentEntry> m_states;
    QHash<QString, ProblemMark> m_problems; // revision id -> its problems
};

} // namespace strata
