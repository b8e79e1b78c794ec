#include "LintPrinter.h"

#include <QCoreApplication>
#include <QDir>

namespace strata::cli {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("strata::cli", text);
}

} // namespace

QString LintPrinter::displayPath(const QString& file) {
    if (file.isEmpty())
        return file;
    // Findings come in runs of the same file: QDir is slow per finding.
    thread_local QString lastFile, lastShown;
    if (file == lastFile)
        return lastShown;
    lastFile = file;
    lastShown = shownPath(file);
    return lastShown;
}

QString LintPrinter::shownPath(const QString& file) {
    const QString relative = QDir::current().relativeFilePath(file);
    if (relative.startsWith(QLatin1String("../")) || QDir::isAbsolutePath(relative))
        return QDir::fromNativeSeparators(file);
    return relative;
}

void LintPrinter::printFinding(const LintFinding& f, bool transactional) {
    m_out << displayPath(f.file) << ':' << f.line << ':' << f.column << ": "
          << lintLevelName(f.level) << '[' << f.rule << "]: " << f.message << '\n';
    if (!f.help.isEmpty())
        m_out << "  = " << tr("help: ") << f.help << '\n';
    for (const TableLock& lock : f.locks) {
        // table-lock's own message is the lock.
        if (!lock.newRelation && lock.mode != LockMode::None &&
            f.rule != QLatin1String("table-lock"))
            m_out << "  = " << tr("lock: ") << lock.describe(transactional) << '\n';
    }
}

void LintPrinter::print(const LintResults& results) {
    for (const Error& e : results.problems) // as `strata check` prints them
        m_out << e.toString() << '\n';
    for (const LintedRevision& r : results.revisions) {
        if (!r.linted) {
            m_out << displayPath(r.report.file) << ": " << tr("note: ")
                  << tr("%1 not linted (Python)").arg(r.report.revision) << '\n';
            continue;
        }
        for (const Error& e : r.report.errors)
            m_out << e.toString() << '\n';
        for (const LintFinding& f : r.report.findings)
            printFinding(f, r.transactional);
    }
    m_out << results.summary().line() << Qt::endl;
}

} // namespace strata::cli
