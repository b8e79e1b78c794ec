#pragma once

#include <QWidget>

class QLineEdit;
class QTableView;

namespace strata {

class GraphModel;
class GraphDelegate;

// The revision graph: a search box over a table of the GraphModel whose graph column is
// painted by GraphDelegate (uniform row heights, so only visible rows are painted).
class GraphView : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphView)

public:
    explicit GraphView(GraphModel* model, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QLineEdit* searchBox() const { return m_search; }
    QString currentRevision() const;
    // Selects the revision's row and scrolls to it; false when it is not in the graph.
    bool selectRevision(const QString& id);
    // Jumps to the next row matching the search text; false when none matches.
    bool findNext();
    // Sizes the graph column to the widest lane row (after the model was reset).
    void fitGraphColumn();

signals:
    void revisionSelected(const QString& id);
    void contextMenuRequested(const QString& id, const QPoint& globalPos);

private:
    GraphModel* m_model;
    GraphDelegate* m_delegate;
    QLineEdit* m_search;
    QTableView* m_table;
};

} // namespace strata
