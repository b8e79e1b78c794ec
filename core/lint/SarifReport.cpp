#include "lint/SarifReport.h"

#include "lint/LintRegistry.h"
#include "strata/Version.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QUrl>

#include <algorithm>

namespace strata::SarifReport {

namespace {

QJsonObject text(const QString& s) {
    return QJsonObject{{QStringLiteral("text"), s}};
}

// The artifactLocation of `file`: relative to PROJECTROOT when inside the project.
QJsonObject artifact(const QString& file, const LintResults& results) {
    const QString relative = results.projectRelative(file);
    QJsonObject o;
    if (QDir::isAbsolutePath(relative)) {
        o[QStringLiteral("uri")] = QUrl::fromLocalFile(relative).toString(QUrl::FullyEncoded);
    } else {
        o[QStringLiteral("uri")] = QString::fromLatin1(relative.toUtf8().toPercentEncoding("/"));
        o[QStringLiteral("uriBaseId")] = QString::fromLatin1(kProjectRootId);
    }
    return o;
}

QJsonObject region(int line, int column, int endLine, int endColumn) {
    QJsonObject o;
    o[QStringLiteral("startLine")] = std::max(1, line);
    if (column > 0)
        o[QStringLiteral("startColumn")] = column;
    if (endLine >= std::max(1, line)) {
        o[QStringLiteral("endLine")] = endLine;
        // SARIF's endColumn is the column after the last character; ours is inclusive.
        if (endColumn > 0 && (endLine > line || endColumn >= column))
            o[QStringLiteral("endColumn")] = endColumn + 1;
    }
    return o;
}

QJsonArray location(const QString& file, const QJsonObject& reg, const LintResults& results) {
    QJsonObject physical;
    physical[QStringLiteral("artifactLocation")] = artifact(file, results);
    if (!reg.isEmpty())
        physical[QStringLiteral("region")] = reg;
    return QJsonArray{QJsonObject{{QStringLiteral("physicalLocation"), physical}}};
}

QJsonObject rule(const LintRule& r) {
    QJsonObject o;
    o[QStringLiteral("id")] = r.id();
    o[QStringLiteral("shortDescription")] = text(r.summary());
    o[QStringLiteral("help")] = text(r.help());
    o[QStringLiteral("helpUri")] =
        QString::fromLatin1(kRuleDocsBase) + r.id() + QStringLiteral(".md");
    o[QStringLiteral("defaultConfiguration")] =
        QJsonObject{{QStringLiteral("level"), level(r.defaultLevel())},
                    {QStringLiteral("enabled"), r.defaultLevel() != LintLevel::Off}};
    return o;
}

QJsonObject result(const LintFinding& f, int ruleIndex, const LintResults& results) {
    QJsonObject o;
    o[QStringLiteral("ruleId")] = f.rule;
    if (ruleIndex >= 0)
        o[QStringLiteral("ruleIndex")] = ruleIndex;
    o[QStringLiteral("level")] = level(f.level);
    o[QStringLiteral("message")] = text(f.message);
    o[QStringLiteral("locations")] =
        location(f.file, region(f.line, f.column, f.endLine, f.endColumn), results);
    QJsonObject properties;
    properties[QStringLiteral("revision")] = f.revision;
    properties[QStringLiteral("section")] = f.section == RevisionFile::Section::Upgrade
                                                ? QStringLiteral("upgrade")
                                                : QStringLiteral("downgrade");
    o[QStringLiteral("properties")] = properties;
    return o;
}

QJsonObject notification(const QString& levelName, const QString& message, const QString& file,
                         int line, int column, const LintResults& results) {
    QJsonObject o;
    o[QStringLiteral("level")] = levelName;
    o[QStringLiteral("message")] = text(message);
    if (!file.isEmpty())
        o[QStringLiteral("locations")] =
            location(file, line > 0 ? region(line, column, 0, 0) : QJsonObject(), results);
    return o;
}

} // namespace

QString level(LintLevel l) {
    switch (l) {
    case LintLevel::Off:
        return QStringLiteral("none");
    case LintLevel::Note:
        return QStringLiteral("note");
    case LintLevel::Warning:
        return QStringLiteral("warning");
    case LintLevel::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("none");
}

QJsonObject document(const LintResults& results) {
    QJsonArray rules;
    QHash<QString, int> ruleIndex;
    for (const LintRule* r : LintRegistry::all()) {
        ruleIndex.insert(r->id(), int(rules.size()));
        rules.append(rule(*r));
    }
    QJsonObject driver;
    driver[QStringLiteral("name")] = QStringLiteral("strata");
    driver[QStringLiteral("version")] = QString::fromLatin1(kVersion);
    driver[QStringLiteral("informationUri")] = QString::fromLatin1(kInformationUri);
    driver[QStringLiteral("rules")] = rules;

    QJsonArray resultArray;
    QJsonArray notifications;
    for (const Error& e : results.problems)
        notifications.append(
            notification(QStringLiteral("error"), e.message, e.file, e.line, e.column, results));
    for (const LintedRevision& r : results.revisions) {
        if (!r.linted)
            notifications.append(
                notification(QStringLiteral("note"),
                             QStringLiteral("%1: not linted (Python)").arg(r.report.revision),
                             r.report.file, 0, 0, results));
        for (const Error& e : r.report.errors)
            notifications.append(notification(QStringLiteral("error"), e.message,
                                              e.file.isEmpty() ? r.report.file : e.file, e.line,
                                              e.column, results));
        for (const LintFinding& f : r.report.findings)
            resultArray.append(result(f, ruleIndex.value(f.rule, -1), results));
    }

    QJsonObject invocation;
    invocation[QStringLiteral("executionSuccessful")] = !results.hasParseErrors();
    if (!notifications.isEmpty())
        invocation[QStringLiteral("toolExecutionNotifications")] = notifications;

    QJsonObject run;
    run[QStringLiteral("tool")] = QJsonObject{{QStringLiteral("driver"), driver}};
    if (!results.projectDir.isEmpty()) {
        QString root = QUrl::fromLocalFile(results.projectDir).toString(QUrl::FullyEncoded);
        if (!root.endsWith(QLatin1Char('/')))
            root += QLatin1Char('/');
        run[QStringLiteral("originalUriBaseIds")] = QJsonObject{
            {QString::fromLatin1(kProjectRootId), QJsonObject{{QStringLiteral("uri"), root}}}};
    }
    run[QStringLiteral("invocations")] = QJsonArray{invocation};
    run[QStringLiteral("results")] = resultArray;

    QJsonObject log;
    log[QStringLiteral("$schema")] = QString::fromLatin1(kSchemaUri);
    log[QStringLiteral("version")] = QStringLiteral("2.1.0");
    log[QStringLiteral("runs")] = QJsonArray{run};
    return log;
}

} // namespace strata::SarifReport
