// Project files are read only when they are regular files of a bounded size, and reading never
// blocks (issue 11, defect 9: a FIFO named x.sql made `check` hang, a symlink to /dev/zero
// aborted, a 200 MB file was read whole).
#include "TestSupport.h"
#include "config/RegularFile.h"
#include "revision/ScriptDirectory.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace strata;
using namespace strata::test;

namespace {

// Makes the special file `kind` at `path`; false when the system refuses.
bool makeSpecial(const QString& kind, const QString& path) {
    const QByteArray p = QFile::encodeName(path);
    if (kind == QLatin1String("fifo"))
        return ::mkfifo(p.constData(), 0600) == 0;
    if (kind == QLatin1String("zero"))
        return ::symlink("/dev/zero", p.constData()) == 0;
    if (kind == QLatin1String("directory"))
        return QDir().mkpath(path);
    if (kind == QLatin1String("dangling"))
        return ::symlink("/nonexistent/strata-target", p.constData()) == 0;
    if (kind == QLatin1String("socket")) {
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        if (size_t(p.size()) >= sizeof(addr.sun_path))
            return false;
        std::memcpy(addr.sun_path, p.constData(), size_t(p.size()));
        const bool ok = ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) == 0;
        ::close(fd);
        return ok;
    }
    return false;
}

QString revision(const QString& id, const QString& parent) {
    return QStringLiteral("-- Revision ID: %1\n-- Revises: %2\n\n-- migrate:upgrade\nSELECT 1;\n"
                          "\n-- migrate:downgrade\nSELECT 2;\n")
        .arg(id, parent);
}

} // namespace

class TestRegularFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void special_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("fifo") << "fifo"
                              << "not a regular file (a FIFO)";
        QTest::newRow("symlink to /dev/zero") << "zero"
                                              << "not a regular file (a character device)";
        QTest::newRow("directory") << "directory"
                                   << "not a regular file (a directory)";
        QTest::newRow("socket") << "socket"
                                << "not a regular file (a socket)";
        QTest::newRow("dangling symlink") << "dangling"
                                          << "cannot read: No such file or directory";
    }
    void special() {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.sql"));
        QVERIFY(makeSpecial(kind, path));
        QElapsedTimer clock;
        clock.start();
        const Result<QByteArray> r = RegularFile::read(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().file, path);
        QCOMPARE(r.error().message, message);
        QCOMPARE(r.error().toString(), path + QStringLiteral(": ") + message);
    }

    void sizeLimit_data() {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << qint64(0) << qint64(1024) << QString();
        QTest::newRow("at the limit") << qint64(4096) << qint64(4096) << QString();
        QTest::newRow("one byte over")
            << qint64(4097) << qint64(4096) << "file too large (4 KB; at most 4 KB)";
        QTest::newRow("200 MB, default limit")
            << qint64(200) * 1024 * 1024 << RegularFile::kDefaultMaxBytes
            << "file too large (200 MB; at most 16 MB)";
    }
    void sizeLimit() {
        QFETCH(qint64, size);
        QFETCH(qint64, limit);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.sql"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(size)); // sparse: no 200 MB written
        f.close();
        const Result<QByteArray> r = RegularFile::read(path, limit);
        if (error.isEmpty()) {
            QVERIFY(r.ok());
            QCOMPARE(r->size(), size);
        } else {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().message, error);
        }
    }

    // In a versions folder, each special file is one problem and the rest still loads.
    void scriptDirectory() {
        QTemporaryDir dir;
        writeFile(dir.path(), QStringLiteral("versions/0001.sql"),
                  revision(QStringLiteral("r0001"), QString()));
        writeFile(dir.path(), QStringLiteral("versions/0002.sql"),
                  revision(QStringLiteral("r0002"), QStringLiteral("r0001")));
        const QString versions = dir.filePath(QStringLiteral("versions"));
        QVERIFY(makeSpecial(QStringLiteral("fifo"), versions + QStringLiteral("/fifo.sql")));
        QVERIFY(makeSpecial(QStringLiteral("zero"), versions + QStringLiteral("/zero.py")));
        QFile big(versions + QStringLiteral("/big.sql"));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(qint64(3) * 1024 * 1024));
        big.close();

        ScriptDirectory::Options options;
        options.maxFileBytes = qint64(2) * 1024 * 1024;
        const ScriptDirectoryLoad load = ScriptDirectory::load({versions}, options);
        QCOMPARE(int(load.revisions.size()), 2);
        QStringList problems;
        for (const Error& e : load.problems)
            problems << QDir(versions).relativeFilePath(e.file) + QStringLiteral(": ") + e.message;
        problems.sort();
        QCOMPARE(problems,
                 (QStringList{QStringLiteral("big.sql: file too large (3 MB; at most 2 MB)"),
                              QStringLiteral("fifo.sql: not a regular file (a FIFO)"),
                              QStringLiteral("zero.py: not a regular file (a character "
                                             "device)")}));
    }

    // The CLI on such a folder: one line per problem, exit 3, no hang, no crash.
    void checkCommand() {
        QTemporaryDir dir;
        writeFile(dir.path(), QStringLiteral("strata.toml"), QStringLiteral("[project]\n"));
        writeFile(dir.path(), QStringLiteral("versions/0001.sql"),
                  revision(QStringLiteral("r0001"), QString()));
        QVERIFY(
            makeSpecial(QStringLiteral("fifo"), dir.filePath(QStringLiteral("versions/x.sql"))));
        QVERIFY(
            makeSpecial(QStringLiteral("zero"), dir.filePath(QStringLiteral("versions/y.sql"))));
        const CliRun check =
            runCli({QStringLiteral("check"), QStringLiteral("--project"), dir.path()}, {}, 20000);
        QCOMPARE(check.exitCode, 3);
        QVERIFY2(check.out.contains(QStringLiteral("x.sql: not a regular file (a FIFO)")) ||
                     check.err.contains(QStringLiteral("x.sql: not a regular file (a FIFO)")),
                 qPrintable(check.out + check.err));
        const CliRun history =
            runCli({QStringLiteral("history"), QStringLiteral("--project"), dir.path()}, {}, 20000);
        QCOMPARE(history.exitCode, 1);
        QVERIFY2(history.err.contains(QStringLiteral("not a regular file")),
                 qPrintable(history.err));
        QCOMPARE(history.err.trimmed().count(QLatin1Char('\n')), 0);
    }
};

QTEST_GUILESS_MAIN(TestRegularFile)
#include "tst_regularfile.moc"
