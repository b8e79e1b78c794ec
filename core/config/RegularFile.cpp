#include "RegularFile.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace strata::RegularFile {

namespace {

QString kindOf(mode_t mode) {
    if (S_ISDIR(mode))
        return QCoreApplication::translate("strata", "a directory");
    if (S_ISFIFO(mode))
        return QCoreApplication::translate("strata", "a FIFO");
    if (S_ISCHR(mode))
        return QCoreApplication::translate("strata", "a character device");
    if (S_ISBLK(mode))
        return QCoreApplication::translate("strata", "a block device");
    if (S_ISSOCK(mode))
        return QCoreApplication::translate("strata", "a socket");
    return QCoreApplication::translate("strata", "not a file");
}

Error fileError(ErrorCode code, const QString& path, const QString& message) {
    Error e(code, message);
    e.at(path);
    return e;
}

// Closes the descriptor on every path.
class Descriptor {
public:
    explicit Descriptor(int fd)
        : m_fd(fd) {}
    ~Descriptor() {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

} // namespace

QString sizeText(qint64 bytes) {
    if (bytes >= 1024 * 1024)
        return QCoreApplication::translate("strata", "%1 MB").arg(bytes / (1024 * 1024));
    if (bytes >= 1024)
        return QCoreApplication::translate("strata", "%1 KB").arg(bytes / 1024);
    return QCoreApplication::translate("strata", "%1 bytes").arg(bytes);
}

Result<QByteArray> read(const QString& path, qint64 maxBytes) {
    const QByteArray native = path.toLocal8Bit();
    // What the path is, before opening it (a socket cannot even be opened); fstat below checks
    // again what was opened.
    struct stat before {};
    if (::stat(native.constData(), &before) == 0 && !S_ISREG(before.st_mode))
        return fileError(ErrorCode::Io, path,
                         QCoreApplication::translate("strata", "not a regular file (%1)")
                             .arg(kindOf(before.st_mode)));
    // O_NONBLOCK: opening a FIFO must not wait for a writer; regular files ignore the flag.
    const Descriptor fd(::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
    if (fd.get() < 0) {
        const int err = errno;
        return fileError(err == ENOENT ? ErrorCode::NotFound : ErrorCode::Io, path,
                         QCoreApplication::translate("strata", "cannot read: %1")
                             .arg(QString::fromLocal8Bit(std::strerror(err))));
    }
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0)
        return fileError(ErrorCode::Io, path,
                         QCoreApplication::translate("strata", "cannot read: %1")
                             .arg(QString::fromLocal8Bit(std::strerror(errno))));
    if (!S_ISREG(st.st_mode))
        return fileError(ErrorCode::Io, path,
                         QCoreApplication::translate("strata", "not a regular file (%1)")
                             .arg(kindOf(st.st_mode)));
    if (st.st_size > maxBytes)
        return fileError(ErrorCode::Io, path,
                         QCoreApplication::translate("strata", "file too large (%1; at most %2)")
                             .arg(sizeText(st.st_size), sizeText(maxBytes)));
    QByteArray bytes;
    bytes.resize(qsizetype(st.st_size));
    qsizetype done = 0;
    // Read what fstat promised and no more: a file growing meanwhile stays within the limit.
    while (done < bytes.size()) {
        const ssize_t n = ::read(fd.get(), bytes.data() + done, size_t(bytes.size() - done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return fileError(ErrorCode::Io, path,
                             QCoreApplication::translate("strata", "cannot read: %1")
                                 .arg(QString::fromLocal8Bit(std::strerror(errno))));
        }
        if (n == 0)
            break;
        done += n;
    }
    bytes.resize(done);
    return bytes;
}

} // namespace strata::RegularFile
