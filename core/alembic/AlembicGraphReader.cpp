#include "alembic/AlembicGraphReader.h"

#include "alembic/AlembicBridge.h"
#include "alembic/AlembicGraphCache.h"
#include "alembic/PythonInterpreter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

namespace strata {

namespace {

const char* const kScript = "strata_alembic_graph.py";

QStringList strings(const QJsonValue& v) {
    QStringList out;
    for (const QJsonValue& s : v.toArray())
        out << s.toString();
    return out;
}

QJsonArray array(const QStringList& list) {
    QJsonArray out;
    for (const QString& s : list)
        out.append(s);
    return out;
}

QString lastLine(const QByteArray& bytes) {
    const QStringList lines =
        QString::fromUtf8(bytes).trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.constLast().trimmed();
}

} // namespace

const AlembicGraphEntry* AlembicGraph::find(const QString& file) const {
    const QString path = QFileInfo(file).absoluteFilePath();
    for (const AlembicGraphEntry& e : revisions)
        if (e.file == path)
            return &e;
    return nullptr;
}

Result<AlembicGraph> AlembicGraphReader::fromJson(const QByteArray& json, const QString& python) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.trimmed(), &parseError);
    if (!doc.isObject())
        return Error(ErrorCode::Internal,
                     QCoreApplication::translate(
                         "strata", "the Alembic graph reader (%1) answered no JSON: %2")
                         .arg(python, parseError.errorString()));
    const QJsonObject o = doc.object();
    if (const QString fatal = o.value(QStringLiteral("fatal")).toString(); !fatal.isEmpty())
        return Error(ErrorCode::Config, fatal);
    AlembicGraph graph;
    graph.alembicVersion = o.value(QStringLiteral("alembic")).toString();
    for (const QJsonValue& v : o.value(QStringLiteral("revisions")).toArray()) {
        const QJsonObject r = v.toObject();
        AlembicGraphEntry e;
        e.file = r.value(QStringLiteral("file")).toString();
        e.metadata.revision = r.value(QStringLiteral("revision")).toString();
        e.metadata.downRevision = strings(r.value(QStringLiteral("down_revision")));
        e.metadata.branchLabels = strings(r.value(QStringLiteral("branch_labels")));
        e.metadata.dependsOn = strings(r.value(QStringLiteral("depends_on")));
        e.doc = r.value(QStringLiteral("doc")).toString();
        graph.revisions << e;
    }
    for (const QJsonValue& v : o.value(QStringLiteral("problems")).toArray()) {
        const QJsonObject p = v.toObject();
        Error e(ErrorCode::Config, p.value(QStringLiteral("message")).toString());
        e.at(p.value(QStringLiteral("file")).toString(), p.value(QStringLiteral("line")).toInt());
        graph.problems << e;
    }
    graph.modules = strings(o.value(QStringLiteral("modules")));
    return graph;
}

QByteArray AlembicGraphReader::toJson(const AlembicGraph& graph) {
    QJsonArray revisions;
    for (const AlembicGraphEntry& e : graph.revisions) {
        QJsonObject r;
        r[QStringLiteral("file")] = e.file;
        r[QStringLiteral("revision")] = e.metadata.revision;
        r[QStringLiteral("down_revision")] = array(e.metadata.downRevision);
        r[QStringLiteral("branch_labels")] = array(e.metadata.branchLabels);
        r[QStringLiteral("depends_on")] = array(e.metadata.dependsOn);
        r[QStringLiteral("doc")] = e.doc;
        revisions.append(r);
    }
    QJsonArray problems;
    for (const Error& e : graph.problems)
        problems.append(QJsonObject{{QStringLiteral("file"), e.file},
                                    {QStringLiteral("line"), e.line},
                                    {QStringLiteral("message"), e.message}});
    QJsonObject o;
    o[QStringLiteral("alembic")] = graph.alembicVersion;
    o[QStringLiteral("revisions")] = revisions;
    o[QStringLiteral("problems")] = problems;
    o[QStringLiteral("modules")] = array(graph.modules);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<AlembicGraph> AlembicGraphReader::read(const Options& options) {
    const QString script = AlembicBridge::resourcePath(QLatin1String(kScript));
    if (script.isEmpty())
        return Error(ErrorCode::Config,
                     QCoreApplication::translate(
                         "strata", "Strata's Alembic graph reader (%1) is not installed (looked "
                                   "in share/strata beside the binary and /usr/share/strata)")
                         .arg(QLatin1String(kScript)));
    STRATA_TRY(PythonInterpreter::check(options.python));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(QFileInfo(options.configFile).absolutePath());
    p.start(options.python,
            {script, QStringLiteral("--config"), QFileInfo(options.configFile).absoluteFilePath(),
             QStringLiteral("--name"), options.section});
    if (!p.waitForStarted(10000))
        return Error(
            ErrorCode::Config,
            QCoreApplication::translate("strata", "Python interpreter '%1' cannot be started: %2")
                .arg(options.python, p.errorString()));
    p.closeWriteChannel();
    if (!p.waitForFinished(300000)) {
        p.kill();
        p.waitForFinished(2000);
        return Error(ErrorCode::Config,
                     QCoreApplication::translate(
                         "strata", "the project's Alembic (%1) did not list its revisions "
                                   "within 5 minutes")
                         .arg(options.python));
    }
    const QByteArray out = p.readAllStandardOutput();
    Result<AlembicGraph> graph = fromJson(out, options.python);
    if (!graph && graph.error().code == ErrorCode::Internal) {
        const QString tail = lastLine(p.readAllStandardError());
        return Error(ErrorCode::Config,
                     QCoreApplication::translate(
                         "strata", "the project's Alembic (%1) could not list its revisions "
                                   "(exit code %2)%3")
                         .arg(options.python)
                         .arg(p.exitCode())
                         .arg(tail.isEmpty() ? QString() : QStringLiteral(": ") + tail));
    }
    return graph;
}

Result<AlembicGraph> AlembicGraphReader::readCached(const Options& options,
                                                    const QStringList& files,
                                                    const QString& cacheDir) {
    const AlembicGraphCache cache(cacheDir);
    const QString key = options.python + QLatin1Char('\n') + options.section;
    if (const std::optional<QByteArray> hit = cache.find(options.configFile, key, files)) {
        if (Result<AlembicGraph> graph = fromJson(*hit, options.python))
            return graph;
    }
    STRATA_TRY_ASSIGN(AlembicGraph graph, read(options));
    // A cache that cannot be written only costs the next run a Python start.
    (void)cache.store(options.configFile, key, files, graph.modules, toJson(graph));
    return graph;
}

} // namespace strata
