#include "alembic/AlembicBridge.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>

namespace strata {

namespace {

const char* const kScript = "strata_alembic_bridge.py";

} // namespace

AlembicBridge::AlembicBridge() = default;

AlembicBridge::~AlembicBridge() {
    stop();
}

QString AlembicBridge::scriptPath() {
    const QString forced =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("STRATA_ALEMBIC_BRIDGE"));
    if (!forced.isEmpty())
        return QFileInfo::exists(forced) ? forced : QString();
    return resourcePath(QLatin1String(kScript));
}

QString AlembicBridge::resourcePath(const QString& fileName) {
    const QString kScriptName = fileName;
    QStringList candidates;
    const QString appDir =
        QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QString();
    if (!appDir.isEmpty())
        candidates << QDir(appDir).filePath(QStringLiteral("../share/strata/") + kScriptName);
    candidates << QStringLiteral("/usr/share/strata/") + kScriptName;
    // A build inside the source tree (build/ci/app/cli/strata): resources/bridge above it.
    QDir up(appDir);
    for (int i = 0; !appDir.isEmpty() && i < 6 && up.cdUp(); ++i)
        candidates << up.filePath(QStringLiteral("resources/bridge/") + kScriptName);
    for (const QString& c : candidates)
        if (QFileInfo::exists(c))
            return QFileInfo(c).canonicalFilePath();
    return QString();
}

Result<void> AlembicBridge::start(const Options& options, const std::atomic<bool>* cancelled) {
    stop();
    const QString script = scriptPath();
    if (script.isEmpty())
        return Error(ErrorCode::Config,
                     QCoreApplication::translate(
                         "strata", "Strata's Alembic bridge (%1) is not installed (looked in "
                                   "share/strata beside the binary and /usr/share/strata)")
                         .arg(QLatin1String(kScript)));
    m_python = options.python;
    m_buffer.clear();
    m_stderr.clear();
    m_process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!options.password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), options.password);
    env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
    env.insert(QStringLiteral("STRATA_BRIDGE_URL"), options.url); // never on argv
    m_process->setProcessEnvironment(env);
    m_process->setWorkingDirectory(QFileInfo(options.configFile).absolutePath());
    QStringList arguments{
        script,          QStringLiteral("--config"),  options.configFile, QStringLiteral("--name"),
        options.section, QStringLiteral("--url-env"), options.urlVariable};
    for (const QString& x : options.xArguments)
        arguments << QStringLiteral("-x") << x;
    if (!options.tag.isEmpty())
        arguments << QStringLiteral("--tag") << options.tag;
    m_process->start(options.python, arguments);
    if (!m_process->waitForStarted(10000))
        return Error(
            ErrorCode::Config,
            QCoreApplication::translate("strata", "Python interpreter '%1' cannot be started: %2")
                .arg(options.python, m_process->errorString()));
    std::optional<QJsonObject> first;
    QElapsedTimer waited;
    waited.start();
    while (!first && waited.elapsed() < 60000) {
        if (cancelled && cancelled->load()) {
            kill();
            return Error(ErrorCode::Cancelled,
                         QCoreApplication::translate("strata", "the Alembic bridge was stopped "
                                                               "before it was ready"));
        }
        STRATA_TRY_ASSIGN(first, next(100));
    }
    if (!first) {
        kill();
        return Error(ErrorCode::Connection,
                     QCoreApplication::translate("strata", "the Alembic bridge did not start "
                                                           "within 60 s (%1)")
                         .arg(options.python));
    }
    if (first->value(QStringLiteral("event")).toString() != QLatin1String("ready")) {
        const QString message = first->value(QStringLiteral("message")).toString();
        stop();
        return Error(ErrorCode::Config, message);
    }
    return {};
}

bool AlembicBridge::isRunning() const {
    return m_process && m_process->state() != QProcess::NotRunning;
}

Result<void> AlembicBridge::send(const QJsonObject& command) {
    if (!isRunning())
        return exitedError();
    m_process->write(QJsonDocument(command).toJson(QJsonDocument::Compact) + '\n');
    m_process->waitForBytesWritten(5000);
    return {};
}

Result<std::optional<QJsonObject>> AlembicBridge::next(int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        const qsizetype newline = m_buffer.indexOf('\n');
        if (newline >= 0) {
            const QByteArray line = m_buffer.left(newline);
            m_buffer.remove(0, newline + 1);
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
            if (doc.isObject())
                return std::optional<QJsonObject>(doc.object());
            continue; // not ours (a stray print before the bridge took stdout)
        }
        if (!m_process)
            return exitedError();
        if (m_process->state() == QProcess::NotRunning) {
            m_buffer += m_process->readAllStandardOutput();
            if (m_buffer.contains('\n'))
                continue;
            return exitedError();
        }
        const int left = timeoutMs - int(timer.elapsed());
        if (left <= 0)
            return std::optional<QJsonObject>();
        m_process->waitForReadyRead(qMin(left, 100));
        m_buffer += m_process->readAllStandardOutput();
        m_stderr += m_process->readAllStandardError();
        if (m_stderr.size() > 65536)
            m_stderr = m_stderr.right(32768);
    }
}

QString AlembicBridge::stderrTail() const {
    if (m_process)
        m_stderr += m_process->readAllStandardError();
    const QStringList lines =
        QString::fromUtf8(m_stderr).trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.constLast().trimmed();
}

Error AlembicBridge::exitedError() const {
    QString how;
    if (!m_process)
        how = QStringLiteral("not started");
    else if (m_process->exitStatus() == QProcess::CrashExit)
        how = QCoreApplication::translate("strata", "killed");
    else
        how = QCoreApplication::translate("strata", "exit code %1").arg(m_process->exitCode());
    const QString tail = stderrTail();
    return Error(ErrorCode::Connection,
                 QCoreApplication::translate("strata", "the Alembic bridge (%1) ended (%2)%3")
                     .arg(m_python, how, tail.isEmpty() ? QString() : QStringLiteral(": ") + tail));
}

void AlembicBridge::stop() {
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->write("{\"cmd\":\"quit\"}\n");
        m_process->closeWriteChannel();
        if (!m_process->waitForFinished(5000)) {
            m_process->terminate();
            if (!m_process->waitForFinished(2000)) {
                m_process->kill();
                m_process->waitForFinished(2000);
            }
        }
    }
}

void AlembicBridge::kill() {
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(2000)) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
    }
}

} // namespace strata
