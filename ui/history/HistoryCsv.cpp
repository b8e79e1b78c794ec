#include "history/HistoryCsv.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace strata::HistoryCsv {

namespace {

QString utc(const QDateTime& time) {
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QString field(const QString& value) {
    static const QString special = QStringLiteral(",\"\r\n");
    bool quote = false;
    for (QChar c : value)
        quote |= special.contains(c);
    if (!quote)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString header() {
    return QStringLiteral("environment,id,revision,direction,status,resolution,started_at,"
                          "finished_at,duration_ms,os_user,host,db_user,tool_version,"
                          "transactional,error_sqlstate,error_message,error_line");
}

QString line(const HistoryRow& row, const QString& environment) {
    const QStringList fields{
        environment,
        QString::number(row.id),
        row.revision,
        row.direction,
        HistoryRow::statusName(row.status),
        row.resolution,
        utc(row.startedAt),
        utc(row.finishedAt),
        row.durationMs < 0 ? QString() : QString::number(row.durationMs),
        row.osUser,
        row.host,
        row.dbUser,
        row.toolVersion,
        row.transactional ? QStringLiteral("true") : QStringLiteral("false"),
        row.errorSqlstate,
        row.errorMessage,
        row.errorLine > 0 ? QString::number(row.errorLine) : QString(),
    };
    QStringList out;
    out.reserve(fields.size());
    for (const QString& f : fields)
        out << field(f);
    return out.join(QLatin1Char(','));
}

QString document(const QList<HistoryItem>& items, const QStringList& names) {
    QString text = header() + QStringLiteral("\r\n");
    for (const HistoryItem& item : items)
        text += line(item.row, names.value(item.source)) + QStringLiteral("\r\n");
    return text;
}

Result<void> write(const QString& path, const QString& text) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("strata::HistoryCsv", "cannot write %1: %2")
                         .arg(path, file.errorString()));
    file.write(text.toUtf8());
    if (!file.commit())
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("strata::HistoryCsv", "cannot write %1: %2")
                         .arg(path, file.errorString()));
    return {};
}

} // namespace strata::HistoryCsv
