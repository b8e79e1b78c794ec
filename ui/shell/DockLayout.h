#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

class QAction;
class QActionGroup;
class QDockWidget;
class QMainWindow;
class QMenu;
class QWidget;

namespace strata {

// The main window's docks and its layouts, one per task: Graph (the environments above the
// graph, the inspector beside it, console / history / problems below), Editing (the revision
// editor gets the window: the other docks hidden until a run or "Try it" shows the console)
// and Drift (the drift view wide, the environments above it). The docks stay movable; each layout
// keeps its own arrangement (QSettings "layouts/<name>", QMainWindow::saveState with kVersion:
// a state of another version is ignored and the layout's default applies). With "switch
// automatically" on, showing an editor tab switches to Editing, the drift tab to Drift and the
// graph or matrix to Graph.
class DockLayout : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockLayout)

public:
    enum class Layout { Graph, Editing, Drift };
    // Raised whenever a default layout changes, so a state saved before does not apply.
    static constexpr int kVersion = 2;

    explicit DockLayout(QMainWindow* window);

    // Adds a dock (object name `name`) to the window in `area`.
    QDockWidget* addDock(QWidget* widget, const QString& title, const char* name,
                         Qt::DockWidgetArea area);
    QDockWidget* dock(const QString& name) const;
    QList<QDockWidget*> docks() const { return m_docks; }

    Layout current() const { return m_current; }
    // Keeps the current layout's arrangement (in memory and in QSettings), then shows `layout`
    // as it was left, or its default.
    void switchTo(Layout layout);
    // Puts every dock where `layout` has it by default (the current layout becomes `layout`).
    void applyDefault(Layout layout);
    // Grows a docked environments panel above or below the centre to show its cards whole (up
    // to 30 % of the window's height), when it is smaller; a project just opened calls it.
    void fitEnvironments();
    // Switches for the widget now in front of the central tabs (when automatic).
    void followCentral(Layout wanted);
    bool automatic() const { return m_automatic; }
    void setAutomatic(bool automatic);

    // The window's geometry, the last layout and its arrangement from QSettings (the default
    // when there is none or it is of another version); save() writes them.
    void restore();
    void save();

    // View > Layout: Graph, Editing, Drift, "Reset Layout" and "Switch Automatically".
    QMenu* createMenu(QWidget* parent);
    QAction* action(Layout layout) const { return m_actions.value(int(layout)); }

    static QString key(Layout layout);   // "graph", "editing", "drift"
    static QString title(Layout layout); // translated
    static QList<Layout> all() { return {Layout::Graph, Layout::Editing, Layout::Drift}; }

signals:
    void switched(strata::DockLayout::Layout layout);

private:
    void keepCurrent();
    void checkAction();

    QMainWindow* m_window;
    QList<QDockWidget*> m_docks;
    Layout m_current = Layout::Graph;
    bool m_automatic = true;
    QHash<int, QByteArray> m_states;
    QHash<int, QAction*> m_actions;
    QActionGroup* m_group = nullptr;
    QAction* m_automaticAction = nullptr;
};

} // namespace strata
