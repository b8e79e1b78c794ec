#include "editor/RevisionText.h"

#include "revision/AlembicScript.h"
#include "revision/RevisionFile.h"

#include <QFile>
#include <QFileInfo>
#include <QObject>

namespace strata {

namespace {

QString trimmedEnd(const QString& text) {
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    return text.left(end);
}

} // namespace

Result<QString> RevisionText::read(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, QObject::tr("Cannot read %1: %2").arg(path, f.errorString()));
    return QString::fromUtf8(f.readAll());
}

bool RevisionText::isPythonFile(const QString& path) {
    return path.endsWith(QLatin1String(".py"), Qt::CaseInsensitive);
}

bool RevisionText::isPythonRevision(const QString& text, const QString& path) {
    if (!isPythonFile(path))
        return false;
    const auto revision = AlembicScript::parse(text, path);
    return revision && revision->source == Revision::Source::AlembicPython;
}

bool RevisionText::hasWriteBits(const QFileInfo& info) {
    return info.permissions() &
           (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther);
}

QString RevisionText::sectionBody(const QString& sql, bool followed, const QString& eol) {
    const QString body = trimmedEnd(sql);
    if (body.isEmpty())
        return followed ? eol : QString();
    return body + eol + (followed ? eol : QString());
}

QString RevisionText::compose(const QString& diskText, const Revision& baseline,
                              const std::optional<Revision>& header, const QString& upgrade,
                              const QString& downgrade) {
    QString text = diskText;
    const QString eol =
        text.contains(QLatin1String("\r\n")) ? QStringLiteral("\r\n") : QStringLiteral("\n");
    if (header)
        text = RevisionFile::replaceHeader(text, *header);
    if (upgrade != baseline.upgrade.sql)
        text = RevisionFile::replaceSection(text, RevisionFile::Section::Upgrade,
                                            sectionBody(upgrade, baseline.downgrade.present, eol));
    if (downgrade != baseline.downgrade.sql &&
        (baseline.downgrade.present || !downgrade.isEmpty())) {
        if (!baseline.downgrade.present) // a new marker at the end: after a blank line
            text = trimmedEnd(text) + eol + eol;
        text = RevisionFile::replaceSection(text, RevisionFile::Section::Downgrade,
                                            sectionBody(downgrade, false, eol));
    }
    return text;
}

} // namespace strata
