#pragma once

#include <QLabel>

namespace strata {

class EnvironmentStore;
class Project;

// The status bar's summary: the project file with its revision and problem counts, and a dot
// per environment (✓ reachable, ✗ not, … being read), "running…" during a run.
class ConnectionsLabel : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionsLabel)

public:
    ConnectionsLabel(QLabel* project, QLabel* connections, QObject* parent);
    void update(const Project* project, const EnvironmentStore& store, bool running);

private:
    QLabel* m_project;
    QLabel* m_connections;
};

} // namespace strata
