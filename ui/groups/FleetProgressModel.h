#pragma once

#include "fleet/FleetRun.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QList>

namespace strata {

// A fleet run, one row per database: status, the step it is on, how long it took (or has been
// running). Fed by FleetRun's state changes (queued to the GUI thread); tick() moves the running
// rows' durations on.
class FleetProgressModel : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetProgressModel)

public:
    enum Column { Database, Status, Step, Duration, ColumnCount };

    explicit FleetProgressModel(QObject* parent = nullptr);

    void setMembers(const QStringList& members, int canary);
    void update(const MemberOutcome& outcome);
    // A running member's current step ("r3 (3/10)").
    void setStep(const QString& member, const QString& step);
    void tick();
    const QList<MemberOutcome>& outcomes() const { return m_rows; }
    int rowOf(const QString& member) const;
    QString rowText(int row) const;
    static QString statusText(const MemberOutcome& outcome);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<MemberOutcome> m_rows;
    QList<QElapsedTimer> m_started;
};

} // namespace strata
