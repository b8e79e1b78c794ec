#include "shell/ProjectDrop.h"

#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace strata {

QString droppedProject(const QMimeData* mime) {
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl& url : mime->urls()) {
        if (!url.isLocalFile())
            continue;
        const QFileInfo info(url.toLocalFile());
        if (info.isDir() && QFileInfo::exists(info.filePath() + QStringLiteral("/strata.toml")))
            return info.filePath();
        if (info.isFile() && info.suffix() == QLatin1String("toml"))
            return info.filePath();
    }
    return {};
}

} // namespace strata
