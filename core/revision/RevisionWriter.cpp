#include "revision/RevisionWriter.h"

#include "revision/Revision.h"
#include "revision/RevisionFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QUuid>

namespace strata {

namespace {

Revision toRevision(const NewRevision& r) {
    Revision rev;
    rev.id = r.id;
    rev.parents = r.parents;
    rev.message = r.message;
    rev.branchLabels = r.branchLabels;
    rev.dependsOn = r.dependsOn;
    rev.transactional = r.transactional;
    rev.createDate = r.createDate;
    return rev;
}

Result<void> validateAll(const QStringList& names, const char* what) {
    for (const QString& name : names) {
        if (Result<QString> ok = RevisionFile::validateId(name, RevisionFile::kMaxReadIdLength);
            !ok)
            return Error(ErrorCode::Usage, QCoreApplication::translate("strata", "%1: %2")
                                               .arg(QLatin1String(what), ok.error().message));
    }
    return {};
}

} // namespace

QString RevisionWriter::generateId() {
    return QUuid::createUuid().toString(QUuid::Id128).right(12).toLower();
}

Result<QString> RevisionWriter::validateId(const QString& id) {
    return RevisionFile::validateId(id);
}

QString RevisionWriter::nowCreateDate() {
    const QDateTime now = QDateTime::currentDateTime();
    const int offset = now.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return now.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
           (offset < 0 ? QLatin1Char('-') : QLatin1Char('+')) +
           QStringLiteral("%1:%2")
               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString RevisionWriter::render(const NewRevision& revision) {
    const auto section = [](const QString& sql) {
        const QString trimmed = sql.trimmed();
        return trimmed.isEmpty() ? QString() : trimmed + QStringLiteral("\n");
    };
    return RevisionFile::renderHeader(toRevision(revision)) +
           QStringLiteral("\n-- migrate:upgrade\n") + section(revision.upgradeSql) +
           QStringLiteral("\n-- migrate:downgrade\n") + section(revision.downgradeSql);
}

Result<QString> RevisionWriter::write(const QString& versionsDir, const NewRevision& revision) {
    NewRevision r = revision;
    if (r.id.isEmpty())
        r.id = generateId();
    if (r.createDate.isEmpty())
        r.createDate = nowCreateDate();
    // The caller checks the id against the environment's version_num width (RevisionChecks).
    if (Result<QString> ok = RevisionFile::validateId(r.id, RevisionFile::kMaxReadIdLength); !ok)
        return Error(ErrorCode::Usage, ok.error().message);
    for (auto [names, what] :
         {std::pair{&r.parents, "Revises"}, std::pair{&r.branchLabels, "Branch Labels"},
          std::pair{&r.dependsOn, "Depends On"}}) {
        if (Result<void> ok = validateAll(*names, what); !ok)
            return ok.error();
    }
    if (r.parents.contains(r.id))
        return Error(
            ErrorCode::Usage,
            QCoreApplication::translate("strata", "revision '%1' cannot revise itself").arg(r.id));

    const QString path =
        QFileInfo(QDir(versionsDir).filePath(r.id + QLatin1String(".sql"))).absoluteFilePath();
    if (QFileInfo::exists(path)) {
        Error e(ErrorCode::Io,
                QCoreApplication::translate("strata", "refusing to overwrite an existing file"));
        e.at(path);
        return e;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        Error e(ErrorCode::Io,
                QCoreApplication::translate("strata", "cannot create the versions folder"));
        e.at(QFileInfo(path).absolutePath());
        return e;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        Error e(ErrorCode::Io,
                QCoreApplication::translate("strata", "cannot write: %1").arg(file.errorString()));
        e.at(path);
        return e;
    }
    file.write(render(r).toUtf8());
    if (!file.commit()) {
        Error e(ErrorCode::Io,
                QCoreApplication::translate("strata", "cannot write: %1").arg(file.errorString()));
        e.at(path);
        return e;
    }
    return path;
}

} // namespace strata
