#pragma once

#include <QStyledItemDelegate>

namespace strata {

class GraphModel;
class GraphRows;

// Paints the lanes of the graph column (lines, branch and merge curves, node markers) and the
// environment badges; other columns are painted as usual. Only visible rows are ever painted.
// Rows are GraphRows' (filtered: nodes only, no lines; a fold: its lane as a dotted line).
class GraphDelegate : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphDelegate)

public:
    explicit GraphDelegate(const GraphRows* rows, QObject* parent = nullptr);

    static constexpr int kLaneWidth = 16;
    static int graphWidth(int lanes) { return lanes * kLaneWidth + 8; }
    static int badgesWidth(const QFontMetrics& metrics, const QStringList& names);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    static QColor laneColor(int lane, bool dark);
    // Graph cells painted since the start (benchmark: only visible rows are painted).
    static qint64 paintedGraphCells() { return s_painted; }

private:
    void paintLanes(QPainter* painter, const QStyleOptionViewItem& option, int viewRow) const;
    void paintFold(QPainter* painter, const QStyleOptionViewItem& option, int viewRow) const;
    void paintBadges(QPainter* painter, const QStyleOptionViewItem& option, int row) const;

    const GraphRows* m_rows;
    const GraphModel* m_model;
    static inline qint64 s_painted = 0;
};

} // namespace strata
