#include "PreFlightPrinter.h"

#include "config/Duration.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace strata::cli {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("strata::cli", text);
}

QString destructiveKind(DestructiveStatement::Kind kind) {
    switch (kind) {
    case DestructiveStatement::Kind::DropTable:
        return QStringLiteral("drop_table");
    case DestructiveStatement::Kind::DropColumn:
        return QStringLiteral("drop_column");
    case DestructiveStatement::Kind::Truncate:
        return QStringLiteral("truncate");
    case DestructiveStatement::Kind::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

QString estimateName(DestructiveStatement::Estimate estimate) {
    switch (estimate) {
    case DestructiveStatement::Estimate::NotRead:
        return QStringLiteral("not_read");
    case DestructiveStatement::Estimate::Read:
        return QStringLiteral("read");
    case DestructiveStatement::Estimate::Missing:
        return QStringLiteral("missing");
    case DestructiveStatement::Estimate::CreatedInPlan:
        return QStringLiteral("created_in_plan");
    }
    return {};
}

} // namespace

void PreFlightPrinter::print(QTextStream& out, const PreFlightReport& report) {
    out << tr("-- pre-flight on ") << report.environment << ":\n";
    const int count = int(report.steps.size());
    for (const PreFlightStep& step : report.steps) {
        out << tr("--   step ") << step.index + 1 << '/' << count << ' ' << step.direction << ' '
            << step.revision;
        if (!step.stamp)
            out << (step.transactional ? tr(" (one transaction)")
                                       : tr(" (autocommit, statement by statement)"));
        out << ":\n";
        for (const Error& e : step.problems)
            out << tr("--     problem: ") << e.toString() << '\n';
        if (!step.linted && !step.notLinted.isEmpty())
            out << "--     " << step.notLinted << '\n';
        for (const LintFinding& f : step.findings)
            out << "--     " << lintLevelName(f.level) << '[' << f.rule << "] " << tr("line ")
                << f.line << ':' << f.column << ": " << f.message << '\n'
                << tr("--       help: ") << f.help << '\n';
        for (const StatementLockInfo& info : step.locks)
            for (const QString& text : info.describe())
                out << tr("--     lock: ") << text << tr(" (line ") << info.line << ")\n";
        for (const DestructiveStatement& d : step.destructive)
            out << tr("--     destructive: ") << d.describe() << tr(" (line ") << d.line << ")\n";
        if (step.linted && step.findings.isEmpty())
            out << tr("--     lint: no findings\n");
    }
    out << tr("--   lint: ") << report.count(LintLevel::Error) << tr(" error(s), ")
        << report.count(LintLevel::Warning) << tr(" warning(s), ") << report.count(LintLevel::Note)
        << tr(" note(s)\n");
    out << tr("--   timeouts: ") << report.timeoutsText() << '\n';
    out << tr("--   backup: ") << report.backupText() << '\n';
    if (const QString blocked = report.blockReason(); !blocked.isEmpty())
        out << tr("--   a run would be refused: ") << blocked << '\n';
}

QJsonObject PreFlightPrinter::toJson(const PreFlightReport& report) {
    QJsonArray steps;
    for (const PreFlightStep& step : report.steps) {
        QJsonArray problems;
        for (const Error& e : step.problems)
            problems.append(e.toString());
        QJsonArray findings;
        for (const LintFinding& f : step.findings)
            findings.append(QJsonObject{{QStringLiteral("rule"), f.rule},
                                        {QStringLiteral("level"), lintLevelName(f.level)},
                                        {QStringLiteral("line"), f.line},
                                        {QStringLiteral("column"), f.column},
                                        {QStringLiteral("message"), f.message},
                                        {QStringLiteral("help"), f.help}});
        QJsonArray locks;
        for (const StatementLockInfo& info : step.locks)
            for (const TableLock& lock : info.locks)
                if (lock.mode != LockMode::None)
                    locks.append(
                        QJsonObject{{QStringLiteral("line"), info.line},
                                    {QStringLiteral("statement"), info.tag},
                                    {QStringLiteral("relation"), lock.relation},
                                    {QStringLiteral("mode"), lockModeName(lock.mode)},
                                    {QStringLiteral("new_relation"), lock.newRelation},
                                    {QStringLiteral("blocks"), lockModeBlocks(lock.mode)}});
        QJsonArray destructive;
        for (const DestructiveStatement& d : step.destructive) {
            QJsonObject o{{QStringLiteral("kind"), destructiveKind(d.kind)},
                          {QStringLiteral("table"), d.qualifiedTable()},
                          {QStringLiteral("line"), d.line},
                          {QStringLiteral("estimate"), estimateName(d.estimate)},
                          {QStringLiteral("text"), d.describe()}};
            if (!d.column.isEmpty())
                o.insert(QStringLiteral("column"), d.column);
            if (d.estimate == DestructiveStatement::Estimate::Read) {
                o.insert(QStringLiteral("rows"), d.rows < 0 ? QJsonValue() : QJsonValue(d.rows));
                o.insert(QStringLiteral("bytes"), d.bytes);
            }
            destructive.append(o);
        }
        steps.append(QJsonObject{{QStringLiteral("revision"), step.revision},
                                 {QStringLiteral("direction"), step.direction},
                                 {QStringLiteral("problems"), problems},
                                 {QStringLiteral("findings"), findings},
                                 {QStringLiteral("locks"), locks},
                                 {QStringLiteral("destructive"), destructive}});
    }
    return QJsonObject{
        {QStringLiteral("steps"), steps},
        {QStringLiteral("lock_timeout_ms"), report.lockTimeoutMs},
        {QStringLiteral("statement_timeout_ms"), report.statementTimeoutMs},
        {QStringLiteral("backup"), report.backup},
        {QStringLiteral("backup_dir"), report.backup ? QJsonValue(report.backupDir) : QJsonValue()},
        {QStringLiteral("error_findings"), report.errorFindings()},
        {QStringLiteral("refused"),
         report.blockReason().isEmpty() ? QJsonValue() : QJsonValue(report.blockReason())}};
}

} // namespace strata::cli
