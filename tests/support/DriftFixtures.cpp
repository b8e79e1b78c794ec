#include "DriftFixtures.h"

#include "SandboxDatabase.h"
#include "TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace strata::test {

QString writeTwoEnvironmentProject(const QString& dir, const QString& urlA, const QString& urlB) {
    return copySampleProject(
        dir, QStringLiteral("[environments.a]\nurl = \"%1\"\n\n[environments.b]\nurl = \"%2\"\n")
                 .arg(urlA, urlB));
}

int sandboxCount(const QString& sql) {
    auto conn = testSandbox().connect();
    if (!conn)
        return -1;
    auto r = (*conn)->exec(sql);
    return r && r->rowCount() == 1 ? r->value(0, 0).toInt() : -1;
}

QString copyAlembicProject(const QString& dir, const QString& url, const QStringList& extras,
                           const QString& python, const QString& environment) {
    const QString fixture = QStringLiteral(STRATA_FIXTURES_DIR "/alembic_project");
    QDirIterator it(fixture, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString rel = QDir(fixture).relativeFilePath(from);
        if (rel.startsWith(QLatin1String("extra/")) || rel.contains(QLatin1String("__pycache__")))
            continue;
        writeFile(dir, rel, readFile(from));
    }
    for (const QString& extra : extras)
        writeFile(dir, QStringLiteral("migrations/versions/") + extra,
                  readFile(fixture + QStringLiteral("/extra/") + extra));
    writeFile(dir, QStringLiteral("strata.toml"),
              QStringLiteral("[project]\nalembic = \"alembic.ini\"\n\n[environments.%3]\nurl = "
                             "\"%1\"\n\n[alembic]\npython = \"%2\"\n")
                  .arg(url, python, environment));
    return dir;
}

QString addSqlRevision(const QString& dir) {
    const QString upgrade = QStringLiteral(
        "CREATE TABLE notes_sql (id bigint PRIMARY KEY, item_id int REFERENCES items (id));\n");
    writeFile(
        dir, QStringLiteral("migrations/versions/g7000001_notes.sql"),
        QStringLiteral("-- Revision ID: g7000001\n-- Revises: e5000001\n\n-- migrate:upgrade\n") +
            upgrade + QStringLiteral("\n-- migrate:downgrade\nDROP TABLE notes_sql;\n"));
    return upgrade;
}

namespace {

// The parent of process `pid` (/proc/PID/stat: "pid (comm) state ppid ..."); 0 when unknown.
qint64 parentOf(qint64 pid) {
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return 0;
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() : 0;
}

// Whether `pid` descends from this test process (other tests, and other checkouts' tests on
// the same machine, run bridges of their own).
bool ours(qint64 pid) {
    const qint64 self = QCoreApplication::applicationPid();
    for (int depth = 0; depth < 8 && pid > 1; ++depth) {
        pid = parentOf(pid);
        if (pid == self)
            return true;
    }
    return false;
}

} // namespace

QList<qint64> bridgeProcesses(const QString& needle) {
    QList<qint64> found;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString& pid : pids) {
        bool number = false;
        const qint64 id = pid.toLongLong(&number);
        if (!number)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        QFile environ(QStringLiteral("/proc/%1/environ").arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly) || !environ.open(QIODevice::ReadOnly))
            continue;
        if (cmdline.readAll().contains("strata_alembic_bridge.py") &&
            environ.readAll().contains(needle.toUtf8()) && ours(id))
            found << id;
    }
    return found;
}

} // namespace strata::test
