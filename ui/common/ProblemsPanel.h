#pragma once

#include "Result.h"
#include "common/ProblemItem.h"

#include <QWidget>

class QComboBox;
class QTreeWidget;

namespace strata {

// The project's problems: what `strata check` and `strata lint` find (ProjectProblems), or the
// errors of a project that did not open. Each row: the level's icon, "rule-id: message" (or the
// check's message), the revision, file:line; a filter for the level (all, errors and warnings,
// errors); columns: problem, file:line, revision. Double-clicking a row asks to open its file at
// its line (openRequested).
class ProblemsPanel : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsPanel)

public:
    enum Column { ProblemColumn, LocationColumn, RevisionColumn };
    enum Filter { AllLevels, WarningsAndErrors, ErrorsOnly };

    explicit ProblemsPanel(QWidget* parent = nullptr);
    // Errors and warnings without a lint run (the project's own, or why it did not open).
    void setProblems(const QList<Error>& problems, const QList<Error>& warnings = {});
    void setItems(const QList<ProblemItem>& items);
    const QList<ProblemItem>& items() const { return m_items; }
    // The error-level rows (what the dock's title counts).
    int count() const;
    void setFilter(Filter filter);
    Filter filter() const;
    QTreeWidget* list() const { return m_list; }
    QComboBox* filterBox() const { return m_filter; }

signals:
    void countChanged(int problems);
    // A row was double-clicked: open `file` at 1-based `line` (0 = its top).
    void openRequested(const QString& file, int line);

private:
    void rebuild();

    QComboBox* m_filter;
    QTreeWidget* m_list;
    QList<ProblemItem> m_items;
};

} // namespace strata
