#include "history/HistoryFormat.h"

#include "runner/HistoryTable.h"

#include <QCoreApplication>

namespace strata::HistoryFormat {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("strata::HistoryFormat", text);
}
} // namespace

QString when(const QDateTime& time) {
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                          : QString();
}

QString duration(qint64 ms) {
    if (ms < 0)
        return {};
    return ms < 1000 ? tr("%1 ms").arg(ms) : tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
}

QString who(const HistoryRow& row) {
    QString text = row.osUser;
    if (!row.host.isEmpty())
        text += QLatin1Char('@') + row.host;
    if (text.isEmpty())
        text = row.dbUser;
    return text;
}

QString error(const HistoryRow& row) {
    QString text = row.errorMessage;
    if (!row.errorSqlstate.isEmpty())
        text += QStringLiteral(" [%1]").arg(row.errorSqlstate);
    if (!row.resolution.isEmpty())
        text += tr(" (resolved: %1)").arg(row.resolution);
    return text;
}

QString status(const HistoryRow& row) {
    switch (row.status) {
    case HistoryRow::Status::Running:
        return tr("running");
    case HistoryRow::Status::Succeeded:
        return tr("succeeded");
    case HistoryRow::Status::Failed:
        return tr("failed");
    case HistoryRow::Status::Cancelled:
        return tr("cancelled");
    }
    return HistoryRow::statusName(row.status);
}

QString direction(const QString& direction) {
    if (direction == QLatin1String("upgrade"))
        return tr("upgrade");
    if (direction == QLatin1String("downgrade"))
        return tr("downgrade");
    if (direction == QLatin1String("stamp"))
        return tr("stamp");
    return direction;
}

QString lastRun(const HistoryRow& row) {
    return tr("%1 %2 %3, %4 by %5")
        .arg(status(row), direction(row.direction), row.revision, when(row.startedAt).left(16),
             who(row));
}

QString dirty(const HistoryRow& row) {
    return tr("%1 %2 %3 at %4 (resolve it first)")
        .arg(direction(row.direction), row.revision, status(row), when(row.startedAt));
}

} // namespace strata::HistoryFormat
