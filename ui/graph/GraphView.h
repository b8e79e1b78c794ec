#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QToolButton;

namespace strata {

class GraphDelegate;
class GraphHeadsMenu;
class GraphModel;
class GraphRows;

// The revision graph: a search box (jump to matches, or show only them) over a table of
// GraphRows (long linear runs folded) whose graph column is painted by GraphDelegate (uniform
// row heights, so only visible rows are painted). Zoom (Ctrl+= / Ctrl+- / Ctrl+0, Ctrl+wheel)
// scales the font and the row height; Home/End go to the first/last row.
class GraphView : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphView)

public:
    explicit GraphView(GraphModel* model, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QLineEdit* searchBox() const { return m_search; }
    GraphRows* rows() const { return m_rows; }
    QToolButton* filterButton() const { return m_filterButton; }
    QToolButton* collapseButton() const { return m_collapseButton; }
    QLabel* filterStatus() const { return m_filterStatus; }
    // Go to an environment's head (per environment, Ctrl+Alt+1…9).
    QMenu* headsMenu() const;
    QString currentRevision() const;
    // Selects the revision's row (expanding its fold; clearing a filter that hides it) and
    // scrolls to it; false when it is not in the graph.
    bool selectRevision(const QString& id);
    // Selects the (first) head of `environment`; false when it has none in the graph.
    bool goToEnvironmentHead(const QString& environment);
    // Jumps to the next row matching the search text; false when none matches.
    bool findNext();
    // Shows only the revisions matching `text` (the search box's text; empty: all of them).
    void setFilterText(const QString& text);
    // Folds runs of more than `threshold` plain revisions (0: none folded).
    void setCollapsed(bool collapsed);
    // Sizes the graph column to the widest lane row (after the model was reset).
    void fitGraphColumn();

    // Zoom steps from the default (0), -4…+8: one point of font per step.
    int zoom() const { return m_zoom; }
    void setZoom(int steps);
    int rowHeight() const;
    QAction* zoomInAction() const { return m_zoomIn; }
    QAction* zoomOutAction() const { return m_zoomOut; }
    QAction* zoomResetAction() const { return m_zoomReset; }

signals:
    void revisionSelected(const QString& id);
    void contextMenuRequested(const QString& id, const QPoint& globalPos);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createToolRow();
    void updateFilterStatus();
    void selectViewRow(int row);
    void applyFilter();

    GraphModel* m_model;
    GraphRows* m_rows;
    GraphDelegate* m_delegate;
    QLineEdit* m_search;
    QToolButton* m_filterButton;
    QToolButton* m_collapseButton;
    QLabel* m_filterStatus;
    QTableView* m_table;
    GraphHeadsMenu* m_headsMenu;
    QAction* m_zoomIn;
    QAction* m_zoomOut;
    QAction* m_zoomReset;
    int m_zoom = 0;
    int m_basePointSize = 0;
};

} // namespace strata
