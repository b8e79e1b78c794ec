#pragma once

#include "Result.h"

#include <QWidget>

class QTreeWidget;

namespace strata {

// The project's problems (parse errors, graph inconsistencies, config errors) with file:line;
// double-click opens the file with the desktop's handler.
class ProblemsPanel : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsPanel)

public:
    explicit ProblemsPanel(QWidget* parent = nullptr);
    void setProblems(const QList<Error>& problems, const QList<Error>& warnings = {});
    int count() const;
    QTreeWidget* list() const { return m_list; }

signals:
    void countChanged(int problems);

private:
    QTreeWidget* m_list;
};

} // namespace strata
