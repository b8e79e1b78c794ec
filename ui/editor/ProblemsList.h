#pragma once

#include "editor/Diagnostic.h"

#include <QTreeWidget>

namespace strata {

// The diagnostics of a revision as a list under the editor (syntax and transaction-mode
// problems, then lint findings as "rule-id: message"); activating a row asks to jump there, and
// a row with a quick fix offers it in its context menu.
class ProblemsList : public QTreeWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsList)
public:
    explicit ProblemsList(QWidget* parent = nullptr);

    void setDiagnostics(const QList<Diagnostic>& diagnostics);
    const QList<Diagnostic>& diagnostics() const { return m_diagnostics; }

signals:
    void jumpRequested(const strata::Diagnostic& diagnostic);
    void fixRequested(const strata::Diagnostic& diagnostic);

private:
    QList<Diagnostic> m_diagnostics;
};

} // namespace strata
