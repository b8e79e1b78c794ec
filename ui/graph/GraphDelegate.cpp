#include "graph/GraphDelegate.h"

#include "graph/GraphModel.h"
#include "graph/GraphRows.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace strata {

GraphDelegate::GraphDelegate(const GraphRows* rows, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_rows(rows)
    , m_model(rows->graph()) {}

QColor GraphDelegate::laneColor(int lane, bool dark) {
    static const QColor light[] = {QColor(0x15, 0x65, 0xc0), QColor(0x8e, 0x24, 0xaa),
                                   QColor(0x00, 0x83, 0x8f), QColor(0xef, 0x6c, 0x00),
                                   QColor(0x55, 0x8b, 0x2f), QColor(0xad, 0x14, 0x57)};
    static const QColor darkColors[] = {QColor(0x64, 0xb5, 0xf6), QColor(0xce, 0x93, 0xd8),
                                        QColor(0x4d, 0xd0, 0xe1), QColor(0xff, 0xb7, 0x4d),
                                        QColor(0xae, 0xd5, 0x81), QColor(0xf4, 0x8f, 0xb1)};
    const int i = lane % 6;
    return dark ? darkColors[i] : light[i];
}

int GraphDelegate::badgesWidth(const QFontMetrics& metrics, const QStringList& names) {
    int width = 4;
    for (const QString& name : names)
        width += metrics.horizontalAdvance(name) + 14 + 4;
    return width;
}

void GraphDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const {
    const bool fold = m_rows->foldCount(index.row()) > 0;
    if (index.column() != GraphModel::GraphColumn &&
        index.column() != GraphModel::EnvironmentsColumn) {
        QStyleOptionViewItem opt = option;
        opt.font.setItalic(fold);
        QStyledItemDelegate::paint(painter, opt, index);
        return;
    }
    // Background and selection as usual, without text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (fold) {
        if (index.column() == GraphModel::GraphColumn)
            paintFold(painter, option, index.row());
        return;
    }
    const int row = m_rows->sourceRow(index.row());
    if (row < 0)
        return;
    if (index.column() == GraphModel::GraphColumn)
        paintLanes(painter, option, index.row());
    else
        paintBadges(painter, option, row);
}

void GraphDelegate::paintFold(QPainter* painter, const QStyleOptionViewItem& option,
                              int viewRow) const {
    ++s_painted;
    // The fold's first row: its lane and the lines passing beside the run.
    const LaneRow& lanes = m_model->laneRow(m_rows->foldStart(viewRow));
    const QRect r = option.rect;
    const bool dark = option.palette.color(QPalette::Base).lightness() < 128;
    auto x = [&](int lane) { return r.left() + 4 + lane * kLaneWidth + kLaneWidth / 2.0; };
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(r);
    for (int lane : lanes.passing) {
        painter->setPen(QPen(laneColor(lane, dark), 2.0));
        painter->drawLine(QPointF(x(lane), r.top()), QPointF(x(lane), r.bottom() + 1));
    }
    QPen dotted(laneColor(lanes.lane, dark), 2.0, Qt::DotLine);
    painter->setPen(dotted);
    painter->drawLine(QPointF(x(lanes.lane), r.top()), QPointF(x(lanes.lane), r.bottom() + 1));
    painter->restore();
}

void GraphDelegate::paintLanes(QPainter* painter, const QStyleOptionViewItem& option,
                               int viewRow) const {
    ++s_painted;
    const int row = m_rows->sourceRow(viewRow);
    LaneRow filtered;
    if (m_rows->isFiltered()) { // the rows around are not its parents and children
        filtered.lane = m_model->laneRow(row).lane;
    }
    const LaneRow& lanes = m_rows->isFiltered() ? filtered : m_model->laneRow(row);
    const QRect r = option.rect;
    const bool dark = option.palette.color(QPalette::Base).lightness() < 128;
    const qreal top = r.top();
    const qreal bottom = r.bottom() + 1;
    const qreal cy = r.center().y() + 0.5;
    auto x = [&](int lane) { return r.left() + 4 + lane * kLaneWidth + kLaneWidth / 2.0; };

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(r);
    auto pen = [&](int lane) {
        QPen p(laneColor(lane, dark), 2.0);
        p.setCapStyle(Qt::FlatCap);
        return p;
    };
    for (int lane : lanes.passing) {
        painter->setPen(pen(lane));
        painter->drawLine(QPointF(x(lane), top), QPointF(x(lane), bottom));
    }
    const qreal nodeX = x(lanes.lane);
    for (int lane : lanes.incoming) {
        painter->setPen(pen(lane));
        if (lane == lanes.lane) {
            painter->drawLine(QPointF(nodeX, top), QPointF(nodeX, cy));
        } else { // a child's line converging into the node
            QPainterPath path(QPointF(x(lane), top));
            path.cubicTo(QPointF(x(lane), cy), QPointF(x(lane), cy), QPointF(nodeX, cy));
            painter->drawPath(path);
        }
    }
    for (int lane : lanes.outgoing) {
        if (lane == lanes.lane) {
            painter->setPen(pen(lane));
            painter->drawLine(QPointF(nodeX, cy), QPointF(nodeX, bottom));
        } else { // a merge's second parent, or a branch opening a lane
            painter->setPen(pen(lane));
            QPainterPath path(QPointF(nodeX, cy));
            path.cubicTo(QPointF(x(lane), cy), QPointF(x(lane), cy), QPointF(x(lane), bottom));
            painter->drawPath(path);
        }
    }

    // The node: a circle; a hollow ring for a head, a square for a base, a diamond for a merge.
    const int flags = m_model->markers(row);
    const QColor color = laneColor(lanes.lane, dark);
    const qreal radius = 4.5;
    painter->setPen(QPen(color, 2.0));
    painter->setBrush(flags & GraphModel::Head ? option.palette.color(QPalette::Base) : color);
    if (flags & GraphModel::Merge) {
        QPolygonF diamond;
        diamond << QPointF(nodeX, cy - radius - 1) << QPointF(nodeX + radius + 1, cy)
                << QPointF(nodeX, cy + radius + 1) << QPointF(nodeX - radius - 1, cy);
        painter->drawPolygon(diamond);
    } else if (flags & GraphModel::Base) {
        painter->drawRect(QRectF(nodeX - radius, cy - radius, 2 * radius, 2 * radius));
    } else {
        painter->drawEllipse(QPointF(nodeX, cy), radius, radius);
    }
    if (flags & (GraphModel::Dirty | GraphModel::ChecksumChanged)) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xd3, 0x2f, 0x2f));
        painter->drawEllipse(QPointF(nodeX + radius + 1, cy - radius - 1), 2.5, 2.5);
    }
    // Problems (check or lint): a badge below right of the node, red for an error, amber for a
    // warning, grey for notes.
    const GraphModel::ProblemLevel problem = m_model->problemMark(row).level;
    if (problem != GraphModel::NoProblem) {
        const QColor badge = problem == GraphModel::ErrorProblem     ? QColor(0xd3, 0x2f, 0x2f)
                             : problem == GraphModel::WarningProblem ? QColor(0xf5, 0x9e, 0x0b)
                                                                     : QColor(0x90, 0x90, 0x90);
        painter->setPen(QPen(option.palette.color(QPalette::Base), 1.0));
        painter->setBrush(badge);
        painter->drawEllipse(QPointF(nodeX + radius + 1.5, cy + radius), 3.5, 3.5);
    }
    painter->restore();
}

void GraphDelegate::paintBadges(QPainter* painter, const QStyleOptionViewItem& option,
                                int row) const {
    const auto& badges = m_model->badges(row);
    if (badges.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = option.font;
    font.setBold(true);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    const QRect r = option.rect;
    const int height = std::min(r.height() - 4, metrics.height() + 4);
    int left = r.left() + 4;
    for (const auto& badge : badges) {
        const int width = metrics.horizontalAdvance(badge.name) + 14;
        const QRectF pill(left, r.top() + (r.height() - height) / 2.0, width, height);
        painter->setPen(Qt::NoPen);
        painter->setBrush(badge.color);
        painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
        const bool lightBackground = badge.color.lightnessF() > 0.6;
        painter->setPen(lightBackground ? QColor(0x21, 0x21, 0x21) : QColor(Qt::white));
        painter->drawText(pill, Qt::AlignCenter, badge.name);
        left += width + 4;
        if (left > r.right())
            break;
    }
    painter->restore();
}

QSize GraphDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const int row = m_rows->sourceRow(index.row());
    if (index.column() == GraphModel::GraphColumn && row >= 0)
        size.setWidth(graphWidth(m_model->laneRow(row).width));
    return size;
}

} // namespace strata
