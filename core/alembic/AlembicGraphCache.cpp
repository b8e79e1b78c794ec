#include "alembic/AlembicGraphCache.h"

#include "config/PrivateFile.h"
#include "config/RegularFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace strata {

namespace {

const int kFormat = 1;

QString defaultDir() {
    QString base = qEnvironmentVariable("XDG_CACHE_HOME");
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.cache");
    return base + QStringLiteral("/strata/alembic-graph");
}

// [path, mtime in ms, size] of one file; size -1 when it does not exist.
QJsonArray stampOf(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists())
        return QJsonArray{path, 0, -1};
    return QJsonArray{path, double(info.lastModified().toMSecsSinceEpoch()), double(info.size())};
}

QJsonArray stampsOf(QStringList paths) {
    std::sort(paths.begin(), paths.end());
    paths.removeDuplicates();
    QJsonArray out;
    for (const QString& p : paths)
        out.append(stampOf(p));
    return out;
}

} // namespace

AlembicGraphCache::AlembicGraphCache(const QString& dir)
    : m_dir(dir.isEmpty() ? defaultDir() : dir) {}

QString AlembicGraphCache::pathFor(const QString& configFile) const {
    const QByteArray key = QCryptographicHash::hash(
        QFileInfo(configFile).absoluteFilePath().toUtf8(), QCryptographicHash::Sha256);
    return m_dir + QLatin1Char('/') + QString::fromLatin1(key.toHex().left(32)) +
           QStringLiteral(".json");
}

std::optional<QByteArray> AlembicGraphCache::find(const QString& configFile, const QString& python,
                                                  const QStringList& files) const {
    const Result<QByteArray> bytes = RegularFile::read(pathFor(configFile));
    if (!bytes)
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(*bytes).object();
    if (o.value(QStringLiteral("format")).toInt() != kFormat ||
        o.value(QStringLiteral("config")).toString() != QFileInfo(configFile).absoluteFilePath() ||
        o.value(QStringLiteral("python")).toString() != python)
        return std::nullopt;
    QStringList watched = files;
    watched << QFileInfo(configFile).absoluteFilePath();
    if (o.value(QStringLiteral("files")).toArray() != stampsOf(watched))
        return std::nullopt;
    const QJsonArray modules = o.value(QStringLiteral("modules")).toArray();
    for (const QJsonValue& m : modules) {
        const QJsonArray stamp = m.toArray();
        if (stamp != stampOf(stamp.at(0).toString()))
            return std::nullopt;
    }
    return o.value(QStringLiteral("payload")).toString().toUtf8();
}

Result<void> AlembicGraphCache::store(const QString& configFile, const QString& python,
                                      const QStringList& files, const QStringList& modules,
                                      const QByteArray& payload) const {
    STRATA_TRY(PrivateFile::makeDir(m_dir));
    QStringList watched = files;
    watched << QFileInfo(configFile).absoluteFilePath();
    QJsonObject o;
    o[QStringLiteral("format")] = kFormat;
    o[QStringLiteral("config")] = QFileInfo(configFile).absoluteFilePath();
    o[QStringLiteral("python")] = python;
    o[QStringLiteral("files")] = stampsOf(watched);
    o[QStringLiteral("modules")] = stampsOf(modules);
    o[QStringLiteral("payload")] = QString::fromUtf8(payload);
    return PrivateFile::write(pathFor(configFile), QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace strata
