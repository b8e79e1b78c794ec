#include "SandboxDatabase.h"

#include <QCoreApplication>
#include <QMap>
#include <QMutex>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <atomic>

namespace strata::test {

Sandbox& testSandbox() {
    static Sandbox* sandbox = [] {
        const QString dir = qEnvironmentVariable("STRATA_TEST_SANDBOX");
        if (dir.isEmpty())
            qFatal("STRATA_TEST_SANDBOX is not set: run the integration tests through ctest, whose "
                   "'sandbox' fixture starts the sandbox (or: strata sandbox start --dir DIR; "
                   "STRATA_TEST_SANDBOX=DIR)");
        auto* s = new Sandbox(dir);
        auto status = s->status();
        if (!status || !status->running)
            qFatal("the test sandbox in %s is not running: start it with 'strata sandbox start "
                   "--dir %s' (ctest does it through the 'sandbox' fixture)",
                   qPrintable(dir), qPrintable(dir));
        return s;
    }();
    return *sandbox;
}

Sandbox& testSandboxOn(int major) {
    static QMap<int, Sandbox*> sandboxes;
    static QMutex mutex;
    QMutexLocker locker(&mutex);
    if (Sandbox* known = sandboxes.value(major))
        return *known;
    const QByteArray variable =
        QByteArrayLiteral("STRATA_TEST_SANDBOX_") + QByteArray::number(major);
    const QString dir = qEnvironmentVariable(variable.constData());
    if (dir.isEmpty())
        qFatal("%s is not set: register the test with strata_server_test(<test> MAJORS %d) "
               "(tests/ServerMatrix.cmake) and run it through ctest",
               variable.constData(), major);
    auto* s = new Sandbox(dir);
    auto status = s->status();
    if (!status || !status->running)
        qFatal("the PostgreSQL %d test sandbox in %s is not running: start it with 'strata "
               "sandbox start --server %d --dir %s' (ctest does it through the 'sandbox_%d' "
               "fixture)",
               major, qPrintable(dir), major, qPrintable(dir), major);
    sandboxes.insert(major, s);
    return *s;
}

QList<int> testServerMajors() {
    QList<int> majors;
    static const QRegularExpression name(QStringLiteral("^STRATA_TEST_SANDBOX_(\\d+)="));
    for (const QString& entry : QProcessEnvironment::systemEnvironment().toStringList())
        if (const auto m = name.match(entry); m.hasMatch())
            majors.append(m.captured(1).toInt());
    std::sort(majors.begin(), majors.end());
    return majors;
}

SandboxDatabase::SandboxDatabase(const QString& prefix)
    : SandboxDatabase(testSandbox(), prefix) {}

SandboxDatabase::SandboxDatabase(Sandbox& sandbox, const QString& prefix)
    : m_sandbox(&sandbox) {
    static std::atomic<int> counter{0};
    QString clean;
    for (const QChar c : prefix.toLower())
        clean += c.isLetterOrNumber() && c.unicode() < 128 ? c : QLatin1Char('_');
    m_name = QStringLiteral("%1_%2_%3_%4")
                 .arg(clean.left(30))
                 .arg(QCoreApplication::applicationPid())
                 .arg(++counter)
                 .arg(QRandomGenerator::global()->bounded(100000));
    auto created = sandbox.createDatabase(m_name);
    if (!created)
        qFatal("cannot create the test database %s in the sandbox: %s", qPrintable(m_name),
               qPrintable(created.error().toString()));
    auto url = sandbox.urlFor(m_name);
    if (!url)
        qFatal("%s", qPrintable(url.error().toString()));
    m_url = *url;
}

SandboxDatabase::~SandboxDatabase() {
    auto dropped = m_sandbox->dropDatabase(m_name);
    if (!dropped)
        qWarning("cannot drop the test database %s: %s", qPrintable(m_name),
                 qPrintable(dropped.error().toString()));
}

int SandboxDatabase::port() const {
    return QUrl(m_url).port();
}

Result<std::unique_ptr<Connection>>
SandboxDatabase::connect(const ConnectionOptions& options) const {
    return Connection::open(m_url, options);
}

QString SandboxDatabase::scalar(const QString& sql) const {
    auto c = connect();
    if (!c)
        return QStringLiteral("<no connection>");
    auto r = (*c)->exec(sql);
    return r ? r->scalar() : QStringLiteral("<error: %1>").arg(r.error().message);
}

QString SandboxDatabase::versionRows(const QString& whenMissing) const {
    if (scalar(QStringLiteral("SELECT to_regclass('alembic_version') IS NULL")) ==
        QLatin1String("t"))
        return whenMissing;
    return scalar(QStringLiteral("SELECT coalesce(string_agg(version_num, ',' ORDER BY "
                                 "version_num), '') FROM alembic_version"));
}

} // namespace strata::test
