#include "environments/EnvironmentTableModel.h"

#include "environments/DriftBadge.h"
#include "environments/EnvironmentStore.h"
#include "history/HistoryFormat.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QPalette>
#include <QPixmap>
#include <QRegularExpression>

namespace strata {

namespace {

// "host:port/db" of a URL ("postgresql://app@db.example.com:5432/app?x" -> "db.example.com:
// 5432/app"); other connection strings as written.
QString server(const QString& url) {
    static const QRegularExpression uri(
        QStringLiteral("^[A-Za-z][A-Za-z0-9+.\\-]*://(?:[^@/?]*@)?([^/?]*)(/[^?]*)?"));
    const QRegularExpressionMatch m = uri.match(url);
    if (!m.hasMatch() || m.captured(1).isEmpty())
        return url;
    return m.captured(1) + m.captured(2);
}

} // namespace

EnvironmentTableModel::EnvironmentTableModel(EnvironmentStore* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store) {
    connect(store, &EnvironmentStore::entriesReset, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(store, &EnvironmentStore::entryChanged, this, [this](int row) {
        if (row >= 0 && row < rowCount())
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
}

void EnvironmentTableModel::setCurrentEnvironment(const QString& name) {
    if (name == m_current)
        return;
    m_current = name;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString EnvironmentTableModel::environmentAt(int row) const {
    return row >= 0 && row < rowCount() ? m_store->entries()[row].name : QString();
}

int EnvironmentTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_store->entries().size());
}

int EnvironmentTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString EnvironmentTableModel::display(const EnvironmentEntry& e, int column) const {
    const EnvironmentStatus& s = e.status;
    switch (column) {
    case Name:
        return e.name;
    case Server:
        return server(s.displayUrl);
    case Heads:
        if (!e.loaded || !s.reachable)
            return tr("—");
        return s.heads.isEmpty() ? tr("none (empty)") : s.heads.join(QLatin1String(", "));
    case Pending:
        if (!e.loaded)
            return tr("reading…");
        if (!s.reachable)
            return s.needsPassword()
                       ? tr("Error: %1 (double-click to enter the password)").arg(s.error.message)
                       : tr("Error: %1").arg(s.error.message);
        if (!s.planError.isEmpty())
            return s.planError;
        return s.pending.isEmpty() ? tr("up to date")
                                   : tr("%n pending", nullptr, int(s.pending.size()));
    case Drift:
        return e.loaded && s.reachable ? DriftBadge::textFor(e) : tr("—");
    case LastRun:
        return e.loaded && s.lastRun ? HistoryFormat::lastRun(*s.lastRun) : tr("—");
    default:
        return {};
    }
}

QString EnvironmentTableModel::toolTip(const EnvironmentEntry& e, int column) const {
    switch (column) {
    case Name:
        return e.status.isProtected ? tr("%1 (protected)").arg(e.name) : e.name;
    case Server:
        return e.status.displayUrl;
    case Drift:
        return e.loaded && e.status.reachable ? DriftBadge::toolTipFor(e) : QString();
    default:
        return display(e, column);
    }
}

QVariant EnvironmentTableModel::foreground(const EnvironmentEntry& e, int column) const {
    const EnvironmentStatus& s = e.status;
    if (column == Pending && e.loaded) {
        if (!s.reachable || !s.planError.isEmpty())
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return QBrush(s.pending.isEmpty() ? QColor(0x2e, 0x7d, 0x32) : QColor(0xef, 0x6c, 0x00));
    }
    if (column == Drift && e.loaded && s.reachable)
        return QBrush(QColor(DriftBadge::colorFor(e.driftState())));
    return {};
}

QVariant EnvironmentTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const EnvironmentEntry& e = m_store->entries()[index.row()];
    const bool current = e.name == m_current;
    switch (role) {
    case Qt::DisplayRole:
        return display(e, index.column());
    case Qt::ToolTipRole:
        return toolTip(e, index.column());
    case Qt::ForegroundRole:
        return foreground(e, index.column());
    case Qt::DecorationRole:
        if (index.column() == Name) {
            QPixmap swatch(12, 12);
            swatch.fill(QColor(e.color));
            return QIcon(swatch);
        }
        return {};
    case Qt::FontRole: {
        QFont f = QApplication::font();
        f.setBold(current || (index.column() == Drift &&
                              e.driftState() == EnvironmentEntry::DriftState::Drifted));
        return f;
    }
    case Qt::BackgroundRole:
        if (current) {
            QColor c = QApplication::palette().color(QPalette::Highlight);
            c.setAlpha(60);
            return QBrush(c);
        }
        return {};
    case Qt::UserRole:
        return e.name;
    default:
        return {};
    }
}

QVariant EnvironmentTableModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Environment");
    case Server:
        return tr("Server");
    case Heads:
        return tr("Heads");
    case Pending:
        return tr("Pending");
    case Drift:
        return tr("Drift");
    case LastRun:
        return tr("Last run");
    default:
        return {};
    }
}

QString EnvironmentTableModel::rowText(int row) const {
    if (row < 0 || row >= rowCount())
        return {};
    const EnvironmentEntry& e = m_store->entries()[row];
    QStringList parts;
    for (int c = 0; c < ColumnCount; ++c)
        parts << display(e, c);
    return parts.join(QStringLiteral(" | "));
}

} // namespace strata
