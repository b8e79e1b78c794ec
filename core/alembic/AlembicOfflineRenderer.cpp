#include "alembic/AlembicOfflineRenderer.h"

#include "alembic/AlembicBridge.h"
#include "alembic/PythonInterpreter.h"
#include "config/ProjectConfig.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace strata {

namespace {

// "file:line" at the start of a bridge reason: split into the Error's place.
void splitWhere(const QString& where, QString& file, int& line) {
    const qsizetype colon = where.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return;
    bool ok = false;
    const int l = where.mid(colon + 1).toInt(&ok);
    if (!ok)
        return;
    file = where.left(colon);
    line = l;
}

} // namespace

AlembicOfflineRenderer::Setup AlembicOfflineRenderer::setupFor(const ProjectConfig& config,
                                                               const QStringList& xArguments,
                                                               const QString& tag) {
    Setup setup;
    setup.configFile = config.alembicConfigPath();
    setup.python = PythonInterpreter::choose(config.alembicPython(),
                                             QFileInfo(setup.configFile).absolutePath());
    setup.xArguments = xArguments;
    setup.tag = tag;
    return setup;
}

Result<QList<AlembicOfflineRenderer::Rendering>>
AlembicOfflineRenderer::render(const Setup& setup, const QList<Step>& steps,
                               const std::atomic<bool>* cancelled) {
    QList<Rendering> out;
    if (steps.isEmpty())
        return out;
    STRATA_TRY(PythonInterpreter::check(setup.python));
    AlembicBridge bridge;
    AlembicBridge::Options options;
    options.python = setup.python;
    options.configFile = setup.configFile;
    options.url = setup.url;
    options.password = setup.password;
    options.xArguments = setup.xArguments;
    options.tag = setup.tag;
    STRATA_TRY(bridge.start(options, cancelled));
    for (const Step& step : steps) {
        const QString direction =
            step.upgrade ? QStringLiteral("upgrade") : QStringLiteral("downgrade");
        STRATA_TRY(bridge.send(
            QJsonObject{{QStringLiteral("cmd"), QStringLiteral("render")},
                        {QStringLiteral("revision"), step.revision},
                        {QStringLiteral("direction"), direction},
                        {QStringLiteral("heads"), QJsonArray::fromStringList(step.headsBefore)}}));
        for (;;) {
            if (cancelled && cancelled->load()) {
                bridge.kill();
                return Error(ErrorCode::Cancelled,
                             QCoreApplication::translate("strata", "rendering of %1 cancelled")
                                 .arg(step.revision));
            }
            STRATA_TRY_ASSIGN(const std::optional<QJsonObject> got, bridge.next(100));
            if (!got)
                continue;
            const QString kind = got->value(QStringLiteral("event")).toString();
            if (kind == QLatin1String("rendered")) {
                Rendering r;
                r.sql = got->value(QStringLiteral("sql")).toString();
                r.transactional = got->value(QStringLiteral("transactional")).toBool();
                out << r;
                break;
            }
            if (kind == QLatin1String("needs_connection")) {
                Rendering r;
                r.kind = Rendering::Kind::NeedsConnection;
                QString reason = got->value(QStringLiteral("reason")).toString();
                // "file:line: Error: text" -> file, line and "Error: text".
                static const QRegularExpression where(QStringLiteral("^(.+?:\\d+): (.*)$"));
                if (const QRegularExpressionMatch m = where.match(reason); m.hasMatch()) {
                    splitWhere(m.captured(1), r.file, r.line);
                    reason = m.captured(2);
                }
                r.reason = reason;
                out << r;
                break;
            }
            if (kind == QLatin1String("error")) {
                Error e(ErrorCode::Config,
                        QCoreApplication::translate("strata",
                                                    "revision %1 cannot be rendered offline "
                                                    "(%2 %1 --sql): %3")
                            .arg(step.revision, direction,
                                 got->value(QStringLiteral("message")).toString()));
                splitWhere(got->value(QStringLiteral("where")).toString(), e.file, e.line);
                e.revision = step.revision;
                return e;
            }
            // pid, statements (none offline), notices: not part of the rendering.
        }
    }
    bridge.stop();
    return out;
}

QString AlembicOfflineRenderer::functionSource(const QString& text, const QString& name,
                                               int* line) {
    const QStringList lines = text.split(QLatin1Char('\n'));
    const QRegularExpression def(
        QStringLiteral("^(async\\s+)?def\\s+%1\\s*\\(").arg(QRegularExpression::escape(name)));
    qsizetype start = -1;
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (def.match(lines.at(i)).hasMatch()) {
            start = i;
            break;
        }
    if (start < 0)
        return {};
    qsizetype first = start;
    while (first > 0 && lines.at(first - 1).startsWith(QLatin1Char('@')))
        --first;
    qsizetype end = start + 1;
    // The body: every line up to the next one that starts at column 0 with code (a blank line
    // or a comment at column 0 does not end it, unless only blanks follow).
    for (; end < lines.size(); ++end) {
        const QString& l = lines.at(end);
        if (l.trimmed().isEmpty() || l.startsWith(QLatin1Char('#')))
            continue;
        if (!l.at(0).isSpace() && !l.startsWith(QLatin1Char(')')))
            break;
    }
    while (end > start + 1 && lines.at(end - 1).trimmed().isEmpty())
        --end;
    if (line)
        *line = int(first) + 1;
    return lines.mid(first, end - first).join(QLatin1Char('\n'));
}

} // namespace strata
