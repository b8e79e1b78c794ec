#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>

namespace strata {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent) {
    setWindowTitle(tr("Strata Studio"));
    setWindowIcon(QIcon(QStringLiteral(":/strata/icons/strata.svg")));
    auto* placeholder = new QLabel(tr("Open a project (a folder with strata.toml)."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    createActions();
    statusBar()->showMessage(tr("No project"));
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open Project…"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Project"));
        if (!dir.isEmpty())
            openProject(dir);
    });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);
}

void MainWindow::openProject(const QString& path) {
    statusBar()->showMessage(tr("Project: %1").arg(path));
}

} // namespace strata
