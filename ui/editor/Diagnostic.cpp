#include "editor/Diagnostic.h"

#include "sql/RevisionChecker.h"

#include <QCoreApplication>

namespace strata {

namespace {

QString trd(const char* text) {
    return QCoreApplication::translate("strata::DiagnosticsAnalyzer", text);
}

// The first line of a statement (its underline: a whole multi-line statement would be noise).
int firstLineLength(const QString& text) {
    const qsizetype nl = text.indexOf(QLatin1Char('\n'));
    return int(nl < 0 ? text.size() : nl);
}

// One section of the edited text as a revision of its own (section lines = editor lines).
Revision sectionRevision(const QString& sql, RevisionFile::Section section, bool transactional,
                         Revision::Source source) {
    Revision revision;
    revision.source = source;
    revision.id = QStringLiteral("editor"); // a valid id: the header form checks the real one
    revision.transactional = transactional;
    RevisionSection& target =
        section == RevisionFile::Section::Upgrade ? revision.upgrade : revision.downgrade;
    target.present = true;
    target.sql = sql;
    target.firstLine = 1;
    return revision;
}

Diagnostic make(RevisionFile::Section section, int firstFileLine, int line, int column, int length,
                const QString& message, Diagnostic::Severity severity) {
    Diagnostic d;
    d.section = section;
    d.line = line;
    d.column = column;
    d.length = length;
    d.fileLine = firstFileLine > 0 ? firstFileLine + line - 1 : 0;
    d.message = message;
    d.severity = severity;
    return d;
}

// The classified statements of a section (empty when it does not parse).
QList<SqlStatement> statementsOf(const QString& sql, RevisionFile::Section section,
                                 bool transactional, Revision::Source source, int targetMajor) {
    Result<QList<SqlStatement>> statements = RevisionChecker::statementsFor(
        sectionRevision(sql, section, transactional, source), section, targetMajor);
    return statements ? *statements : QList<SqlStatement>();
}

} // namespace

QString Diagnostic::sectionName() const {
    return section == RevisionFile::Section::Upgrade
               ? trd(QT_TRANSLATE_NOOP("strata::DiagnosticsAnalyzer", "upgrade"))
               : trd(QT_TRANSLATE_NOOP("strata::DiagnosticsAnalyzer", "downgrade"));
}

QString Diagnostic::severityName() const {
    switch (severity) {
    case Severity::Error:
        return trd(QT_TRANSLATE_NOOP("strata::DiagnosticsAnalyzer", "error"));
    case Severity::Warning:
        return trd(QT_TRANSLATE_NOOP("strata::DiagnosticsAnalyzer", "warning"));
    case Severity::Info:
        return trd(QT_TRANSLATE_NOOP("strata::DiagnosticsAnalyzer", "hint"));
    }
    return {};
}

QString Diagnostic::toolTip() const {
    if (rule.isEmpty())
        return QStringLiteral("%1: %2").arg(severityName(), message);
    QString text = QStringLiteral("%1: %2").arg(rule, message);
    if (!help.isEmpty())
        text += QLatin1Char('\n') + help;
    return text;
}

QList<Diagnostic> DiagnosticsAnalyzer::analyzeSection(const QString& sql,
                                                      RevisionFile::Section section,
                                                      bool transactional, int firstFileLine,
                                                      Revision::Source source, int targetMajor) {
    QList<Diagnostic> out;
    const Revision revision = sectionRevision(sql, section, transactional, source);
    const RevisionChecker::Review review = RevisionChecker::review(revision, targetMajor);
    // Newer syntax than the grammar: a warning on the statement's first line.
    for (const Error& e : review.warnings)
        out.append(make(section, firstFileLine, e.line, e.column, firstLineLength(e.statement),
                        e.message, Diagnostic::Severity::Warning));
    const QList<Error>& problems = review.problems;
    if (problems.isEmpty())
        return out;
    const QList<SqlStatement> statements =
        statementsOf(sql, section, transactional, source, targetMajor);
    for (const Error& e : problems) {
        if (e.statement.isEmpty()) { // the section does not parse: the error's own position
            out.append(make(section, firstFileLine, qMax(1, e.line), qMax(1, e.column), 0,
                            e.message, Diagnostic::Severity::Error));
            continue;
        }
        // A statement the transaction mode cannot run: underline its first line.
        int column = 1;
        for (const SqlStatement& st : statements) {
            if (st.line == e.line && st.text == e.statement) {
                column = st.column;
                break;
            }
        }
        out.append(make(section, firstFileLine, e.line, column, firstLineLength(e.statement),
                        e.message, Diagnostic::Severity::Error));
    }
    return out;
}

QList<Diagnostic> DiagnosticsAnalyzer::analyze(const QString& upgradeSql, int upgradeFirstLine,
                                               const QString& downgradeSql, int downgradeFirstLine,
                                               bool transactional, Revision::Source source,
                                               int targetMajor) {
    QList<Diagnostic> out = analyzeSection(upgradeSql, RevisionFile::Section::Upgrade,
                                           transactional, upgradeFirstLine, source, targetMajor);
    out += analyzeSection(downgradeSql, RevisionFile::Section::Downgrade, transactional,
                          downgradeFirstLine, source, targetMajor);
    // A .py revision is non-transactional through its op.execute("COMMIT") calls, not a
    // header line: the hint below would not apply.
    if (transactional || source == Revision::Source::AlembicSqlForm)
        return out;

    // The reverse hint: nothing here needs to run outside a transaction (StatementKind from
    // core's classification).
    const Result<QList<SqlStatement>> upgradeSplit = RevisionChecker::statementsFor(
        sectionRevision(upgradeSql, RevisionFile::Section::Upgrade, transactional, source),
        RevisionFile::Section::Upgrade, targetMajor);
    const Result<QList<SqlStatement>> downgradeSplit = RevisionChecker::statementsFor(
        sectionRevision(downgradeSql, RevisionFile::Section::Downgrade, transactional, source),
        RevisionFile::Section::Downgrade, targetMajor);
    if (!upgradeSplit || !downgradeSplit)
        return out; // a syntax error is reported already
    const QList<SqlStatement>& upgrade = *upgradeSplit;
    const QList<SqlStatement>& downgrade = *downgradeSplit;
    for (const auto* list : {&upgrade, &downgrade})
        for (const SqlStatement& st : *list)
            if (st.kind == StatementKind::NoTransaction)
                return out;
    const bool inUpgrade = !upgrade.isEmpty();
    if (!inUpgrade && downgrade.isEmpty())
        return out;
    const SqlStatement& first = inUpgrade ? upgrade.first() : downgrade.first();
    out.append(make(inUpgrade ? RevisionFile::Section::Upgrade : RevisionFile::Section::Downgrade,
                    inUpgrade ? upgradeFirstLine : downgradeFirstLine, first.line, first.column,
                    firstLineLength(first.text),
                    trd(QT_TRANSLATE_NOOP(
                        "strata::DiagnosticsAnalyzer",
                        "'Transactional: no' but no statement needs it: if a statement fails, "
                        "the ones before it stay applied; consider 'Transactional: yes'")),
                    Diagnostic::Severity::Info));
    return out;
}

} // namespace strata
