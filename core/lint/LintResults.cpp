#include "lint/LintResults.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>

namespace strata {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("strata", text);
}

// "1 warning", "3 warnings" (the CLI loads no translations, so no %n plural forms).
QString count(int n, const char* one, const char* many) {
    return tr(n == 1 ? one : many).arg(n);
}

} // namespace

QString LintSummary::line() const {
    QStringList counts;
    if (warnings > 0)
        counts << count(warnings, "%1 warning", "%1 warnings");
    if (errors > 0)
        counts << count(errors, "%1 error", "%1 errors");
    if (notes > 0)
        counts << count(notes, "%1 note", "%1 notes");
    QString text = counts.isEmpty()
                       ? tr("no findings in ") + count(revisions, "%1 revision", "%1 revisions")
                       : counts.join(QStringLiteral(", ")) + tr(" in %1 of ").arg(withFindings) +
                             count(revisions, "%1 revision", "%1 revisions");
    if (notLinted > 0)
        text += tr(" (%1 not linted: Python)").arg(notLinted);
    if (unparsed > 0)
        text += QStringLiteral(", ") +
                count(unparsed, "%1 revision does not parse", "%1 revisions do not parse");
    if (unloaded > 0)
        text +=
            QStringLiteral(", ") + count(unloaded, "%1 file does not load", "%1 files do not load");
    return text;
}

LintSummary LintResults::summary() const {
    LintSummary s;
    s.revisions = int(revisions.size());
    s.unloaded = int(problems.size());
    for (const LintedRevision& r : revisions) {
        if (!r.linted) {
            ++s.notLinted;
            continue;
        }
        if (!r.report.errors.isEmpty()) {
            ++s.unparsed;
            continue;
        }
        ++s.linted;
        if (!r.report.findings.isEmpty())
            ++s.withFindings;
        for (const LintFinding& f : r.report.findings) {
            if (f.level == LintLevel::Error)
                ++s.errors;
            else if (f.level == LintLevel::Warning)
                ++s.warnings;
            else if (f.level == LintLevel::Note)
                ++s.notes;
        }
    }
    return s;
}

bool LintResults::hasErrorLevel() const {
    return std::any_of(revisions.begin(), revisions.end(),
                       [](const LintedRevision& r) { return r.report.hasErrorLevel(); });
}

bool LintResults::hasParseErrors() const {
    return !problems.isEmpty() ||
           std::any_of(revisions.begin(), revisions.end(),
                       [](const LintedRevision& r) { return !r.report.errors.isEmpty(); });
}

QString LintResults::projectRelative(const QString& file) const {
    if (projectDir.isEmpty() || file.isEmpty())
        return QDir::fromNativeSeparators(file);
    // The common case without QDir (which is slow per finding): a clean path inside the folder.
    if (file.size() > projectDir.size() + 1 && file.startsWith(projectDir) &&
        file.at(projectDir.size()) == QLatin1Char('/') && !file.contains(QLatin1String("/..")) &&
        !file.contains(QLatin1String("/./")))
        return file.mid(projectDir.size() + 1);
    const QString relative = QDir(projectDir).relativeFilePath(file);
    if (relative.startsWith(QLatin1String("../")) || QDir::isAbsolutePath(relative))
        return QDir::fromNativeSeparators(file);
    return relative;
}

} // namespace strata
