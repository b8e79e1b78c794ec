#include "LintFixtures.h"

#include "revision/RevisionFile.h"

namespace strata::test {

Revision lintRevision(const QString& upgrade, const QString& downgrade, bool transactional) {
    QString text = QStringLiteral("-- Revision ID: r1\n-- Revises: r0\n-- Transactional: %1\n\n"
                                  "-- migrate:upgrade\n")
                       .arg(transactional ? QStringLiteral("yes") : QStringLiteral("no"));
    text += upgrade;
    if (!text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    if (!downgrade.isNull())
        text += QStringLiteral("-- migrate:downgrade\n") + downgrade + QLatin1Char('\n');
    Result<Revision> rev = RevisionFile::parse(text, QStringLiteral("versions/r1.sql"));
    if (!rev)
        qFatal("lint fixture does not parse: %s", qPrintable(rev.error().toString()));
    return *rev;
}

namespace {

QStringList findingsWith(const Revision& revision, const QString& rule,
                         const LintOptions& options) {
    const LintReport report = Linter::lint(revision, options);
    QStringList out;
    for (const Error& e : report.errors)
        out << QStringLiteral("error: ") + e.toString();
    for (const LintFinding& f : report.findings) {
        if (rule.isEmpty() || f.rule == rule)
            out << QStringLiteral("%1:%2 %3").arg(f.line).arg(f.column).arg(f.rule);
    }
    return out;
}

} // namespace

QStringList lintFindings(const Revision& revision, const QString& rule, const LintTarget& target) {
    LintOptions options;
    options.target = target;
    return findingsWith(revision, rule, options);
}

QStringList lintFindingsAlone(const Revision& revision, const QString& rule,
                              const LintTarget& target) {
    LintOptions options;
    options.target = target;
    options.onlyRules = {rule};
    return findingsWith(revision, rule, options);
}

QStringList lintMessagesAlone(const Revision& revision, const QString& rule) {
    LintOptions options;
    options.onlyRules = {rule};
    QStringList out;
    for (const LintFinding& f : Linter::lint(revision, options).findings)
        out << f.message;
    return out;
}

} // namespace strata::test
