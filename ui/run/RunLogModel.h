#pragma once

#include "run/RunEntry.h"
#include "runner/RunEvent.h"

#include <QAbstractItemModel>
#include <QStringList>

#include <memory>
#include <vector>

namespace strata {

// The run console's rows as a tree: one top-level entry per run (or "Try it": its header row
// has the start time, the environment, the action, the total time and the result), the run's
// steps, statements, notices and errors under it. Columns keep the duration and the status in
// view whatever the length of the statement; a running statement's duration is live (tick()).
class RunLogModel : public QAbstractItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunLogModel)

public:
    enum Column {
        TimeColumn,
        RevisionColumn,
        LineColumn,
        StatementColumn,
        DurationColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        RevisionRole = Qt::UserRole + 1, // the revision a row opens (with LineRole)
        LineRole,                        // its 1-based line in the revision's file
        SpannedRole,                     // the row's text runs across all columns
        FailedRole,                      // the row of the run's error
        RunningRole,                     // a statement (or run) under way
    };

    explicit RunLogModel(QObject* parent = nullptr);
    ~RunLogModel() override;

    // A new entry for a run; its events follow through addEvent() until runEnded().
    void runStarted(const QString& action, const QString& environment);
    void addEvent(const RunEvent& event);
    void runEnded(bool succeeded);
    // A finished entry of its own for a report from elsewhere (the editor's Try it).
    void addReport(const QString& heading, const QString& environment, const QStringList& lines,
                   bool succeeded);
    // Removes every entry but the run under way.
    void clear();
    // The live durations changed: the running statement's and the running entry's.
    void tick();
    bool hasRunningStatement() const;

    int entryCount() const { return int(m_entries.size()); }
    const RunEntry& entry(int row) const { return *m_entries[size_t(row)]; }
    QModelIndex entryIndex(int row, int column = 0) const { return index(row, column); }
    // The header's one-line result: "Finished. 2/2 revisions", "Failed at 0003", "Cancelled".
    QString result(const RunEntry& entry) const;
    // A row as one line of text (Copy, Save log); lines(): every entry's rows in order.
    QString plainText(const QModelIndex& index) const;
    // The row at `index`, or nullptr for an entry's header.
    const RunLine* lineAt(const QModelIndex& index) const;
    QStringList lines() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // A new entry at `row` (the newest: the console expands it and collapses the others).
    void entryAdded(int row);

private:
    RunEntry& current();
    void append(RunEntry& entry, RunLine line);
    void changed(int entryRow, int lineRow);
    void headerChanged(int entryRow);
    int rowOf(const RunEntry& entry) const;
    QVariant headerData(const RunEntry& entry, int column, int role) const;
    QVariant lineData(const RunEntry& entry, const RunLine& line, int column, int role) const;
    QString headerText(const RunEntry& entry) const;
    QString lineText(const RunLine& line) const;
    QString seconds(qint64 ms) const;
    QString durationText(const RunEntry& entry, const RunLine& line) const;

    std::vector<std::unique_ptr<RunEntry>> m_entries;
    int m_current = -1;            // the entry of the run under way
    RunEntry* m_running = nullptr; // the same, while addReport() adds an entry
};

} // namespace strata
