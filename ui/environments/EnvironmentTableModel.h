#pragma once

#include <QAbstractTableModel>

namespace strata {

class EnvironmentStore;
struct EnvironmentEntry;

// The environments as compact rows, for projects with many of them: name (with its colour),
// server (host:port/db), heads, pending, drift, last run. The target environment's row is
// bold on the selection colour. Everything elided has its full text in the tool tip.
class EnvironmentTableModel : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentTableModel)

public:
    enum Column { Name, Server, Heads, Pending, Drift, LastRun, ColumnCount };

    explicit EnvironmentTableModel(EnvironmentStore* store, QObject* parent = nullptr);

    void setCurrentEnvironment(const QString& name);
    QString currentEnvironment() const { return m_current; }
    QString environmentAt(int row) const;
    // A row as plain text, every column (tests).
    QString rowText(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString display(const EnvironmentEntry& e, int column) const;
    QString toolTip(const EnvironmentEntry& e, int column) const;
    QVariant foreground(const EnvironmentEntry& e, int column) const;

    EnvironmentStore* m_store;
    QString m_current;
};

} // namespace strata
