#pragma once

#include <QTableView>

namespace strata {

class EnvironmentStore;
class EnvironmentTableModel;

// The environments as a compact table (EnvironmentTableModel), with the cards' actions: a
// double-click picks the target (and asks for a password when the server wants one), the
// context menu is the environment's, a click on the drift cell opens that comparison.
class EnvironmentTable : public QTableView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentTable)

public:
    explicit EnvironmentTable(EnvironmentStore* store, QWidget* parent = nullptr);
    EnvironmentTableModel* tableModel() const { return m_model; }
    void setCurrentEnvironment(const QString& name);
    int rowOf(const QString& environment) const;

signals:
    void environmentClicked(const QString& environment);
    void passwordRequested(const QString& environment);
    void showDrift(const QString& environment);
    void environmentMenuRequested(const QString& environment, const QPoint& globalPos);

private:
    EnvironmentStore* m_store;
    EnvironmentTableModel* m_model;
};

} // namespace strata
