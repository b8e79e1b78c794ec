#include "revision/ScriptDirectory.h"

#include "revision/AlembicScript.h"
#include "revision/RevisionFile.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace strata {

ScriptDirectoryLoad ScriptDirectory::load(const QStringList& versionDirs) {
    ScriptDirectoryLoad out;
    QStringList files;
    for (const QString& dir : versionDirs) {
        const QFileInfo info(dir);
        if (!info.isDir()) {
            Error e(ErrorCode::NotFound,
                    QStringLiteral("versions folder '%1' does not exist").arg(dir));
            e.at(info.absoluteFilePath());
            out.problems.append(e);
            continue;
        }
        QDirIterator it(info.absoluteFilePath(), {QStringLiteral("*.sql"), QStringLiteral("*.py")},
                        QDir::Files | QDir::Readable | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QFileInfo fi = it.fileInfo();
            if (fi.fileName() == QLatin1String("__init__.py"))
                continue;
            if (path.contains(QLatin1String("/__pycache__/")))
                continue;
            files.append(fi.absoluteFilePath());
        }
    }
    files.removeDuplicates();
    out.revisions.reserve(size_t(files.size()));
    for (const QString& path : files) {
        Result<Revision> rev = path.endsWith(QLatin1String(".py"))
                                   ? AlembicScript::load(path)
                                   : RevisionFile::load(path, &out.warnings);
        if (rev)
            out.revisions.push_back(std::move(*rev));
        else
            out.problems.append(rev.error());
    }
    std::sort(out.revisions.begin(), out.revisions.end(), [](const Revision& a, const Revision& b) {
        if (a.fileName != b.fileName)
            return a.fileName < b.fileName;
        return a.filePath < b.filePath;
    });
    std::sort(out.problems.begin(), out.problems.end(),
              [](const Error& a, const Error& b) { return a.file < b.file; });
    return out;
}

} // namespace strata
