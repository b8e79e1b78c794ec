#include "editor/EditorLint.h"

#include "editor/LintQuickFix.h"
#include "editor/RevisionEditor.h"

namespace strata {

EditorLint::EditorLint(QObject* parent)
    : QObject(parent) {}

EditorLint::~EditorLint() {
    m_run.cancel();
}

EditorLintResult EditorLint::lintText(const QString& fileText, const QString& filePath,
                                      const LintOptions& options) {
    EditorLintResult result;
    const Result<Revision> revision = RevisionEditor::parseRevision(fileText, filePath);
    if (!revision)
        return result;
    result.parsed = true;
    result.upgradeFirstLine = revision->upgrade.firstLine;
    result.downgradeFirstLine = revision->downgrade.firstLine;
    result.report = Linter::lint(*revision, options);
    return result;
}

void EditorLint::start(const QString& fileText, const QString& filePath) {
    m_run.cancel();
    const int generation = ++m_generation;
    m_run = async(
        this,
        [fileText, filePath, options = m_options](const CancelToken&) {
            return lintText(fileText, filePath, options);
        },
        [this, generation](const EditorLintResult& result) {
            if (generation == m_generation)
                emit finished(result);
        });
}

void EditorLint::cancel() {
    ++m_generation;
    m_run.cancel();
}

QList<Diagnostic> EditorLint::diagnostics(const EditorLintResult& result) {
    QList<Diagnostic> out;
    for (const LintFinding& f : result.report.findings) {
        if (f.rule == QLatin1String("newer-syntax"))
            continue; // DiagnosticsAnalyzer's warning, same text
        Diagnostic d;
        d.section = f.section;
        d.rule = f.rule;
        d.help = f.help;
        d.message = f.message;
        d.fileLine = f.line;
        d.statementIndex = f.statementIndex;
        switch (f.level) {
        case LintLevel::Error:
            d.severity = Diagnostic::Severity::Error;
            break;
        case LintLevel::Warning:
            d.severity = Diagnostic::Severity::Warning;
            break;
        default:
            d.severity = Diagnostic::Severity::Info;
            break;
        }
        const int first = f.section == RevisionFile::Section::Upgrade ? result.upgradeFirstLine
                                                                      : result.downgradeFirstLine;
        if (f.statementIndex >= 0 && f.statementIndex < result.report.statements.size() &&
            first > 0) {
            d.line = f.line - first + 1;
            d.column = f.column;
            d.endLine = f.endLine - first + 1;
            d.endColumn = f.endColumn;
            if (const auto fix =
                    LintQuickFix::forFinding(f, result.report.statements.at(f.statementIndex)))
                d.fixTitle = fix->title;
        }
        out.append(d);
    }
    return out;
}

} // namespace strata
