#pragma once

#include <QMainWindow>

namespace strata {

// The studio's main window: hosts the graph, the environments panel, the console and the
// editor tabs as they arrive.
class MainWindow : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void openProject(const QString& path);

private:
    void createActions();
};

} // namespace strata
