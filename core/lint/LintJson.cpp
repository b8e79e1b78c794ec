#include "lint/LintJson.h"

#include <QJsonArray>

namespace strata::LintJson {

namespace {

QJsonArray locksOf(const QList<TableLock>& locks) {
    QJsonArray out;
    for (const TableLock& l : locks)
        out.append(lock(l));
    return out;
}

QJsonObject errorJson(const Error& e, const LintResults& results) {
    QJsonObject o;
    o[QStringLiteral("message")] = e.message;
    if (!e.file.isEmpty())
        o[QStringLiteral("file")] = results.projectRelative(e.file);
    if (e.line > 0)
        o[QStringLiteral("line")] = e.line;
    if (e.column > 0)
        o[QStringLiteral("column")] = e.column;
    return o;
}

} // namespace

QString sectionName(RevisionFile::Section section) {
    return section == RevisionFile::Section::Upgrade ? QStringLiteral("upgrade")
                                                     : QStringLiteral("downgrade");
}

QJsonObject lock(const TableLock& l) {
    QJsonObject o;
    o[QStringLiteral("relation")] = l.relation;
    o[QStringLiteral("mode")] = lockModeName(l.mode);
    o[QStringLiteral("blocks")] = lockModeBlocks(l.mode);
    o[QStringLiteral("new")] = l.newRelation;
    return o;
}

QJsonObject statement(const LintStatement& st) {
    QJsonObject o;
    o[QStringLiteral("section")] = sectionName(st.section);
    o[QStringLiteral("line")] = st.line;
    o[QStringLiteral("column")] = st.column;
    o[QStringLiteral("endLine")] = st.endLine;
    o[QStringLiteral("endColumn")] = st.endColumn;
    o[QStringLiteral("tag")] = st.tag;
    o[QStringLiteral("locks")] = locksOf(st.locks);
    return o;
}

QJsonObject finding(const LintFinding& f, const LintResults& results) {
    QJsonObject o;
    o[QStringLiteral("rule")] = f.rule;
    o[QStringLiteral("level")] = lintLevelName(f.level);
    o[QStringLiteral("message")] = f.message;
    o[QStringLiteral("help")] = f.help;
    o[QStringLiteral("file")] = results.projectRelative(f.file);
    o[QStringLiteral("line")] = f.line;
    o[QStringLiteral("column")] = f.column;
    o[QStringLiteral("endLine")] = f.endLine;
    o[QStringLiteral("endColumn")] = f.endColumn;
    o[QStringLiteral("section")] = sectionName(f.section);
    o[QStringLiteral("revision")] = f.revision;
    o[QStringLiteral("locks")] = locksOf(f.locks);
    return o;
}

QJsonObject revision(const LintedRevision& r, const LintResults& results) {
    QJsonObject o;
    o[QStringLiteral("id")] = r.report.revision;
    o[QStringLiteral("file")] = results.projectRelative(r.report.file);
    o[QStringLiteral("transactional")] = r.transactional;
    o[QStringLiteral("linted")] = r.linted && r.report.errors.isEmpty();
    if (!r.linted)
        o[QStringLiteral("notLinted")] = QStringLiteral("python");
    QJsonArray errors;
    for (const Error& e : r.report.errors)
        errors.append(errorJson(e, results));
    o[QStringLiteral("errors")] = errors;
    QJsonArray statements;
    for (const LintStatement& st : r.report.statements)
        statements.append(statement(st));
    o[QStringLiteral("statements")] = statements;
    QJsonArray findings;
    for (const LintFinding& f : r.report.findings)
        findings.append(finding(f, results));
    o[QStringLiteral("findings")] = findings;
    return o;
}

QJsonObject summary(const LintSummary& s) {
    QJsonObject o;
    o[QStringLiteral("revisions")] = s.revisions;
    o[QStringLiteral("linted")] = s.linted;
    o[QStringLiteral("notLinted")] = s.notLinted;
    o[QStringLiteral("unparsed")] = s.unparsed;
    o[QStringLiteral("unloaded")] = s.unloaded;
    o[QStringLiteral("withFindings")] = s.withFindings;
    o[QStringLiteral("errors")] = s.errors;
    o[QStringLiteral("warnings")] = s.warnings;
    o[QStringLiteral("notes")] = s.notes;
    return o;
}

QJsonObject document(const LintResults& results) {
    QJsonArray revisions;
    for (const LintedRevision& r : results.revisions)
        revisions.append(revision(r, results));
    QJsonArray problems;
    for (const Error& e : results.problems)
        problems.append(errorJson(e, results));
    QJsonObject o;
    o[QStringLiteral("project")] = results.projectDir;
    o[QStringLiteral("revisions")] = revisions;
    o[QStringLiteral("problems")] = problems;
    o[QStringLiteral("summary")] = summary(results.summary());
    return o;
}

} // namespace strata::LintJson
