#include "preflight/DestructiveEstimate.h"

#include "db/Connection.h"
#include "db/EnvironmentConnector.h"

#include <QCoreApplication>
#include <QHash>

namespace strata {

namespace {

struct TableSize {
    DestructiveStatement::Estimate estimate = DestructiveStatement::Estimate::NotRead;
    qint64 rows = -1;
    qint64 bytes = -1;
    QString error;
};

TableSize sizeOf(Connection& connection, const DestructiveStatement& d) {
    const QString name = d.schema.isEmpty()
                             ? connection.quoteIdentifier(d.table)
                             : connection.quoteIdentifier(d.schema) + QLatin1Char('.') +
                                   connection.quoteIdentifier(d.table);
    const Result<QueryResult> result = connection.execParams(
        QStringLiteral("SELECT c.reltuples::bigint, c.relpages, pg_total_relation_size(c.oid) "
                       "FROM pg_catalog.pg_class c WHERE c.oid = to_regclass($1)"),
        {name});
    TableSize size;
    if (!result) {
        size.error = result.error().message;
        return size;
    }
    if (result->rowCount() == 0) {
        size.estimate = DestructiveStatement::Estimate::Missing;
        return size;
    }
    size.estimate = DestructiveStatement::Estimate::Read;
    size.rows = result->value(0, 0).toLongLong();
    size.bytes = result->value(0, 2).toLongLong();
    // Before PostgreSQL 14 a table never analyzed nor vacuumed has reltuples 0 and relpages 0.
    if (connection.serverVersion() < 140000 && size.rows == 0 &&
        result->value(0, 1).toLongLong() == 0)
        size.rows = -1;
    if (size.rows < -1)
        size.rows = -1;
    return size;
}

} // namespace

PreFlightReport DestructiveEstimate::read(const Environment& environment, PreFlightReport report,
                                          const std::atomic<bool>* cancelled) {
    bool wanted = false;
    for (const PreFlightStep& step : report.steps)
        for (const DestructiveStatement& d : step.destructive)
            wanted = wanted || d.estimate == DestructiveStatement::Estimate::NotRead;
    if (!wanted) {
        report.estimatesRead = true;
        return report;
    }
    Result<std::unique_ptr<Connection>> connection =
        EnvironmentConnector::open(environment, ConnectionPurpose::Catalog);
    if (!connection) {
        report.estimateError = connection.error().message;
        for (PreFlightStep& step : report.steps)
            for (DestructiveStatement& d : step.destructive)
                if (d.estimate == DestructiveStatement::Estimate::NotRead)
                    d.error =
                        QCoreApplication::translate("strata::PreFlight", "%1 cannot be reached")
                            .arg(environment.name);
        return report;
    }
    QHash<QString, TableSize> sizes; // a table named by several statements is read once
    for (PreFlightStep& step : report.steps) {
        for (DestructiveStatement& d : step.destructive) {
            if (d.estimate != DestructiveStatement::Estimate::NotRead)
                continue;
            if (cancelled && cancelled->load())
                return report;
            const QString key = d.schema + QLatin1Char('\x1f') + d.table;
            auto it = sizes.find(key);
            if (it == sizes.end())
                it = sizes.insert(key, sizeOf(**connection, d));
            d.estimate = it->estimate;
            d.rows = it->rows;
            d.bytes = it->bytes;
            d.error = it->error;
        }
    }
    report.estimatesRead = true;
    return report;
}

} // namespace strata
