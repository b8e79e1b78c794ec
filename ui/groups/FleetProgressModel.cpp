#include "groups/FleetProgressModel.h"

#include <QBrush>
#include <QColor>

namespace strata {

namespace {

QString durationText(qint64 ms) {
    return ms < 1000 ? QStringLiteral("%1 ms").arg(ms)
                     : QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
}

} // namespace

FleetProgressModel::FleetProgressModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void FleetProgressModel::setMembers(const QStringList& members, int canary) {
    beginResetModel();
    m_rows.clear();
    m_started.clear();
    for (qsizetype i = 0; i < members.size(); ++i) {
        MemberOutcome o;
        o.member = members.at(i);
        o.canary = i < canary;
        m_rows << o;
        m_started << QElapsedTimer();
    }
    endResetModel();
}

int FleetProgressModel::rowOf(const QString& member) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].member == member)
            return i;
    return -1;
}

void FleetProgressModel::update(const MemberOutcome& outcome) {
    const int row = rowOf(outcome.member);
    if (row < 0)
        return;
    const QString step = m_rows[row].step;
    m_rows[row] = outcome;
    if (m_rows[row].step.isEmpty())
        m_rows[row].step = step;
    if (outcome.state == MemberOutcome::State::Running)
        m_started[row].start();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void FleetProgressModel::setStep(const QString& member, const QString& step) {
    const int row = rowOf(member);
    if (row < 0)
        return;
    m_rows[row].step = step;
    emit dataChanged(index(row, Step), index(row, Step));
}

void FleetProgressModel::tick() {
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].state == MemberOutcome::State::Running && m_started[row].isValid()) {
            m_rows[row].durationMs = m_started[row].elapsed();
            emit dataChanged(index(row, Duration), index(row, Duration));
        }
}

QString FleetProgressModel::statusText(const MemberOutcome& o) {
    using S = MemberOutcome::State;
    switch (o.state) {
    case S::Pending:
        return o.canary ? tr("waiting (canary)") : tr("waiting");
    case S::Running:
        return o.canary ? tr("running (canary)") : tr("running");
    case S::Done:
        return tr("done: %1").arg(o.summary.headsAfter.join(QStringLiteral(", ")));
    case S::AlreadyThere:
        return tr("already at the target");
    case S::Failed:
        return tr("failed: %1").arg(o.error.message);
    case S::Unreachable:
        return tr("unreachable: %1").arg(o.error.message);
    case S::Cancelled:
        return tr("cancelled");
    case S::Skipped:
        return tr("not started");
    }
    return {};
}

QString FleetProgressModel::rowText(int row) const {
    QStringList cells;
    for (int c = 0; c < ColumnCount; ++c)
        cells << data(index(row, c)).toString();
    return cells.join(QStringLiteral(" | "));
}

int FleetProgressModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FleetProgressModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FleetProgressModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const MemberOutcome& o = m_rows[index.row()];
    using S = MemberOutcome::State;
    if (role == Qt::ForegroundRole && index.column() == Status) {
        if (o.state == S::Failed || o.state == S::Unreachable)
            return QBrush(QColor(198, 40, 40));
        if (o.state == S::Done || o.state == S::AlreadyThere)
            return QBrush(QColor(46, 125, 50));
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Status)
        return o.error.message.isEmpty() ? QVariant() : QVariant(o.error.toString());
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Database:
        return o.member;
    case Status:
        return statusText(o);
    case Step:
        return o.state == S::Pending || o.state == S::Skipped ? QString() : o.step;
    case Duration:
        return o.state == S::Pending || o.state == S::Skipped ? QString()
                                                              : durationText(o.durationMs);
    default:
        return {};
    }
}

QVariant FleetProgressModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Database:
        return tr("Database");
    case Status:
        return tr("Status");
    case Step:
        return tr("Step");
    case Duration:
        return tr("Duration");
    default:
        return {};
    }
}

} // namespace strata
