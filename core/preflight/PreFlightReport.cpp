#include "preflight/PreFlightReport.h"

#include "config/Duration.h"

#include <QCoreApplication>

#include <algorithm>

namespace strata {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("strata::PreFlight", text);
}

} // namespace

QString formatCount(qint64 n) {
    QString digits = QString::number(n < 0 ? -n : n);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return n < 0 ? QLatin1Char('-') + digits : digits;
}

QString formatBytes(qint64 bytes) {
    // As pg_size_pretty: base 1024, whole bytes and kB, one decimal from MB on below 100.
    if (bytes < 1024)
        return QStringLiteral("%1 bytes").arg(bytes);
    if (bytes < 1024 * 1024)
        return QStringLiteral("%1 kB").arg((bytes + 512) / 1024);
    static const char* const units[] = {"MB", "GB", "TB", "PB"};
    double value = double(bytes) / (1024.0 * 1024.0);
    int unit = 0;
    while (value >= 1024.0 && unit < 3) {
        value /= 1024.0;
        ++unit;
    }
    return QStringLiteral("%1 %2").arg(QString::number(value, 'f', value < 100.0 ? 1 : 0),
                                       QLatin1String(units[unit]));
}

QString DestructiveStatement::qualifiedTable() const {
    return schema.isEmpty() ? table : schema + QLatin1Char('.') + table;
}

QString DestructiveStatement::what() const {
    const QString t = qualifiedTable();
    QString text;
    switch (kind) {
    case Kind::DropTable:
        text = QStringLiteral("DROP TABLE ") + t;
        break;
    case Kind::DropColumn:
        text = QStringLiteral("DROP COLUMN ") + t + QLatin1Char('.') + column;
        break;
    case Kind::Truncate:
        text = QStringLiteral("TRUNCATE ") + t;
        break;
    case Kind::Delete:
        text = QStringLiteral("DELETE FROM ") + t +
               (whole ? tr(" (no WHERE: every row)") : tr(" (with WHERE)"));
        break;
    }
    if (cascade)
        text += tr(" CASCADE (and what depends on it)");
    return text;
}

QString DestructiveStatement::estimateText() const {
    switch (estimate) {
    case Estimate::NotRead:
        return error.isEmpty() ? tr("rows and size not read") : tr("not read: %1").arg(error);
    case Estimate::Missing:
        return tr("the table does not exist on the target");
    case Estimate::CreatedInPlan:
        return tr("created earlier in this plan: nothing on the target yet");
    case Estimate::Read:
        break;
    }
    const QString size = bytes >= 0 ? formatBytes(bytes) : tr("size unknown");
    if (rows < 0)
        return tr("rows unknown, never analyzed; %1").arg(size);
    return tr("≈ %1 rows (estimate), %2").arg(formatCount(rows), size);
}

QString DestructiveStatement::describe() const {
    return what() + QStringLiteral(": ") + estimateText();
}

QStringList StatementLockInfo::describe() const {
    QStringList out;
    for (const TableLock& lock : locks) {
        if (lock.mode == LockMode::None)
            continue;
        QString text =
            tag + tr(" on ") + lock.relation + QStringLiteral(": ") + lockModeName(lock.mode);
        if (lock.newRelation)
            text += tr(" (created in this revision: blocks nobody)");
        else
            text += QStringLiteral(" — ") + lockModeBlocks(lock.mode);
        out << text;
    }
    return out;
}

int PreFlightStep::count(LintLevel level) const {
    return int(std::count_if(findings.begin(), findings.end(),
                             [level](const LintFinding& f) { return f.level == level; }));
}

int PreFlightReport::count(LintLevel level) const {
    int n = 0;
    for (const PreFlightStep& step : steps)
        n += step.count(level);
    return n;
}

int PreFlightReport::errorFindings() const {
    return count(LintLevel::Error);
}

bool PreFlightReport::hasDestructive() const {
    return std::any_of(steps.begin(), steps.end(),
                       [](const PreFlightStep& s) { return !s.destructive.isEmpty(); });
}

QList<const PreFlightStep*> PreFlightReport::brokenSteps() const {
    QList<const PreFlightStep*> out;
    for (const PreFlightStep& step : steps)
        if (step.broken())
            out << &step;
    return out;
}

QString PreFlightReport::blockReason() const {
    const QList<const PreFlightStep*> broken = brokenSteps();
    if (broken.isEmpty())
        return {};
    const PreFlightStep& step = *broken.constFirst();
    return tr("step %1 (%2 %3) cannot run: %4")
        .arg(step.index + 1)
        .arg(step.direction, step.revision, step.problems.constFirst().toString());
}

QString PreFlightReport::timeoutsText() const {
    const auto one = [](qint64 ms) { return ms > 0 ? formatDurationMs(ms) : tr("none"); };
    return tr("lock_timeout %1, statement_timeout %2")
        .arg(one(lockTimeoutMs), one(statementTimeoutMs));
}

QString PreFlightReport::backupText() const {
    return backup ? tr("pg_dump -Fc into %1 before the run").arg(backupDir)
                  : tr("none (backup is off for %1)").arg(environment);
}

} // namespace strata
