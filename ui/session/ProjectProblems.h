#pragma once

#include "common/Async.h"
#include "common/ProblemItem.h"

#include <QObject>

#include <memory>

namespace strata {

class Project;

// What `strata check` (ProjectCheck::run: problems and warnings, plus Project::warnings) and
// `strata lint` (Linter::lint of every revision) find in the whole project, computed off the GUI
// thread (ProjectCheck may start the project's Python for .py revisions) through
// strata::async; a new refresh() cancels the one before. Rows are sorted errors first, then by
// file and line.
class ProjectProblems : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectProblems)
public:
    explicit ProjectProblems(QObject* parent = nullptr);
    ~ProjectProblems() override;

    void refresh(std::shared_ptr<const Project> project);
    void clear();
    bool isRunning() const { return m_run.isRunning(); }
    const QList<ProblemItem>& items() const { return m_items; }

    // The same on the calling thread (the worker's body; tests).
    static QList<ProblemItem> compute(const Project& project, const CancelToken& token = {});

signals:
    void finished();

private:
    AsyncHandle m_run;
    int m_generation = 0;
    QList<ProblemItem> m_items;
};

} // namespace strata
