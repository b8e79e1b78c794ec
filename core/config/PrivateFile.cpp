#include "PrivateFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace strata::PrivateFile {

namespace {

QString reason() {
    return QString::fromLocal8Bit(std::strerror(errno));
}

Error ioError(const QString& path, const QString& message) {
    Error e(ErrorCode::Io, message);
    e.at(path);
    return e;
}

} // namespace

Result<void> makeDir(const QString& dir) {
    if (!QDir().mkpath(dir))
        return ioError(dir, QCoreApplication::translate("strata", "cannot create the folder"));
    if (::chmod(QFile::encodeName(dir).constData(), 0700) != 0)
        return ioError(
            dir, QCoreApplication::translate("strata", "cannot make it private: %1").arg(reason()));
    return {};
}

Result<void> write(const QString& path, const QByteArray& bytes) {
    const QFileInfo info(path);
    QByteArray temp = QFile::encodeName(info.absolutePath() + QStringLiteral("/.") +
                                        info.fileName() + QStringLiteral(".XXXXXX"));
    const int fd = ::mkstemp(temp.data()); // 0600, whatever the umask
    if (fd < 0)
        return ioError(path,
                       QCoreApplication::translate("strata", "cannot write: %1").arg(reason()));
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const QString why = reason();
            ::close(fd);
            ::unlink(temp.constData());
            return ioError(path,
                           QCoreApplication::translate("strata", "cannot write: %1").arg(why));
        }
        done += n;
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0 ||
        ::rename(temp.constData(), QFile::encodeName(path).constData()) != 0) {
        const QString why = reason();
        ::unlink(temp.constData());
        return ioError(path, QCoreApplication::translate("strata", "cannot write: %1").arg(why));
    }
    return {};
}

Result<QString> createUnique(const QString& dir, const QString& stem, const QString& ext) {
    for (int n = 1; n < 10000; ++n) {
        const QString name =
            n == 1 ? stem + ext : QStringLiteral("%1-%2%3").arg(stem).arg(n).arg(ext);
        const QString path = QDir(dir).filePath(name);
        const int fd = ::open(QFile::encodeName(path).constData(),
                              O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0) {
            ::close(fd);
            return path;
        }
        if (errno != EEXIST)
            return ioError(
                path, QCoreApplication::translate("strata", "cannot create: %1").arg(reason()));
    }
    return ioError(QDir(dir).filePath(stem + ext),
                   QCoreApplication::translate("strata", "cannot create: every name is taken"));
}

} // namespace strata::PrivateFile
