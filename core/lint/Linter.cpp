#include "lint/Linter.h"

#include "lint/LintRegistry.h"
#include "lint/ParseNode.h"
#include "lint/StatementLocks.h"
#include "lint/StatementObjects.h"
#include "revision/AlembicSqlForm.h"
#include "sql/RevisionChecker.h"
#include "sql/SqlGrammar.h"
#include "sql/SqlSplitter.h"
#include "sql/StatementClassifier.h"

#include <QHash>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace strata {

bool LintReport::hasErrorLevel() const {
    return std::any_of(findings.begin(), findings.end(),
                       [](const LintFinding& f) { return f.level == LintLevel::Error; });
}

namespace {

constexpr const char* kTableLockRule = "table-lock";
constexpr const char* kNewerSyntaxRule = "newer-syntax"; // sees the statements not checked

// The rule ids of `-- strata:ignore a, b` comment lines directly above offset `at` of `sql`.
QStringList ignoredAbove(QStringView sql, qsizetype at) {
    QStringList ids;
    qsizetype lineStart = sql.lastIndexOf(QLatin1Char('\n'), at > 0 ? at - 1 : 0);
    if (lineStart < 0)
        return ids;
    // Walk up over the comment lines just above the statement's first line.
    while (lineStart > 0) {
        const qsizetype prevStart = sql.lastIndexOf(QLatin1Char('\n'), lineStart - 1) + 1;
        const QStringView line = sql.mid(prevStart, lineStart - prevStart).trimmed();
        if (!line.startsWith(QLatin1String("--")))
            break;
        const QStringView body = line.mid(2).trimmed();
        static const QLatin1String marker("strata:ignore");
        if (body.startsWith(marker)) {
            QString rest = body.mid(marker.size()).toString();
            rest.replace(QLatin1Char(','), QLatin1Char(' '));
            ids << rest.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
        lineStart = prevStart - 1;
    }
    return ids;
}

void endOf(const SqlStatement& st, int* line, int* column) {
    const int breaks = int(st.text.count(QLatin1Char('\n')));
    *line = st.line + breaks;
    if (breaks == 0)
        *column = st.column + int(st.text.size()) - 1;
    else
        *column = int(st.text.size() - st.text.lastIndexOf(QLatin1Char('\n'))) - 1;
}

Result<QList<LintStatement>> statementsOf(const Revision& revision, RevisionFile::Section which,
                                          int firstIndex, int serverMajor) {
    const RevisionSection& section =
        which == RevisionFile::Section::Upgrade ? revision.upgrade : revision.downgrade;
    QList<LintStatement> out;
    if (!section.present || section.sql.trimmed().isEmpty())
        return out;
    Result<QList<SqlStatement>> split =
        SqlGrammar::mayBeNewerSyntax(serverMajor)
            ? SqlSplitter::splitAllowingNewerSyntax(section.sql, section.firstLine,
                                                    revision.filePath)
            : SqlSplitter::split(section.sql, section.firstLine, revision.filePath);
    if (!split) {
        split.error().revision = revision.id;
        return split.error();
    }
    const bool commitIdiom = RevisionChecker::isSqlFormCommitRevision(revision);
    // A statement's place: its section, index and text span.
    auto placed = [&](const SqlStatement& st) {
        LintStatement ls;
        ls.section = which;
        ls.index = firstIndex + int(out.size());
        ls.sectionIndex = int(out.size());
        ls.text = st.text;
        ls.line = st.line;
        ls.column = st.column;
        endOf(st, &ls.endLine, &ls.endColumn);
        return ls;
    };
    for (const SqlStatement& st : *split) {
        if (!st.checked) { // newer syntax: no tree, the server decides
            LintStatement ls = placed(st);
            ls.checked = false;
            ls.parseError = st.parseError;
            ls.ignored = ignoredAbove(section.sql, st.offset);
            out.append(std::move(ls));
            continue;
        }
        Result<QJsonObject> tree = StatementClassifier::parseTree(st.text);
        if (!tree) {
            Error e = tree.error();
            e.at(revision.filePath, st.line, st.column);
            e.revision = revision.id;
            return e;
        }
        const StatementClass cls = StatementClassifier::classifyTree(*tree);
        if (commitIdiom && cls.kind == StatementKind::TransactionControl &&
            AlembicSqlForm::isCommit(st.text))
            continue;
        LintStatement ls = placed(st);
        ls.type = parse::type(*tree);
        ls.node = parse::body(*tree);
        ls.tag = cls.tag;
        ls.ignored = ignoredAbove(section.sql, st.offset);
        out.append(std::move(ls));
    }
    return out;
}

LintLevel levelFor(const LintRule& rule, const LintOptions& options) {
    const QString id = rule.id();
    if (options.disabled.contains(id) || options.settings.disable.contains(id))
        return LintLevel::Off;
    if (!options.onlyRules.isEmpty() && !options.onlyRules.contains(id))
        return LintLevel::Off;
    LintLevel level = rule.defaultLevel();
    const auto it = options.settings.levels.constFind(id);
    if (it != options.settings.levels.constEnd())
        parseLintLevel(*it, &level);
    return level;
}

} // namespace

LintReport Linter::lint(const Revision& revision, const LintOptions& options) {
    LintReport report;
    report.revision = revision.id;
    report.file = revision.filePath;
    if (revision.source == Revision::Source::AlembicPython)
        return report;

    const int serverMajor = options.target.serverMajor;
    Result<QList<LintStatement>> up =
        statementsOf(revision, RevisionFile::Section::Upgrade, 0, serverMajor);
    Result<QList<LintStatement>> down =
        up ? statementsOf(revision, RevisionFile::Section::Downgrade, int(up->size()), serverMajor)
           : Result<QList<LintStatement>>(QList<LintStatement>{});
    if (!up || !down) {
        report.errors.append(!up ? up.error() : down.error());
        return report;
    }

    QList<std::pair<const LintRule*, LintLevel>> rules;
    for (const LintRule* rule : LintRegistry::all()) {
        const LintLevel level = levelFor(*rule, options);
        if (level != LintLevel::Off)
            rules.append({rule, level});
    }

    LintContext context(revision, options.target);
    for (RevisionFile::Section section :
         {RevisionFile::Section::Upgrade, RevisionFile::Section::Downgrade}) {
        QList<LintStatement> statements =
            section == RevisionFile::Section::Upgrade ? std::move(*up) : std::move(*down);
        context.beginSection(section, {});
        // Locks depend on what was created before each statement: compute them in order.
        LintObjects created;
        for (LintStatement& st : statements) {
            if (!st.checked)
                continue;
            st.locks = StatementLocks::of(st, created);
            StatementObjects::created(st, &created);
        }
        context.beginSection(section, statements);
        for (const LintStatement& st : statements) {
            for (const auto& [rule, level] : rules)
                if (st.checked || rule->id() == QLatin1String(kNewerSyntaxRule))
                    rule->check(st, context);
            context.afterStatement(st);
        }
        for (const auto& [rule, level] : rules)
            rule->finishSection(context);
        context.endSection();
        report.statements.append(statements);
    }

    QHash<QString, LintLevel> levels;
    for (const auto& [rule, level] : rules)
        levels.insert(rule->id(), level);
    for (LintFinding& f : context.takeFindings()) {
        if (f.statementIndex >= 0 &&
            report.statements.at(f.statementIndex).ignored.contains(f.rule))
            continue;
        f.level = levels.value(f.rule, f.level);
        report.findings.append(std::move(f));
    }
    // The lock note is for statements nothing else flags: another finding on the statement
    // carries the same locks (and the compiler output prints them under it).
    QSet<int> flagged;
    for (const LintFinding& f : report.findings)
        if (f.statementIndex >= 0 && f.rule != QLatin1String(kTableLockRule))
            flagged.insert(f.statementIndex);
    report.findings.removeIf([&flagged](const LintFinding& f) {
        return f.rule == QLatin1String(kTableLockRule) && flagged.contains(f.statementIndex);
    });
    if (!options.keepParseTrees)
        for (LintStatement& st : report.statements)
            st.node = QJsonObject();
    std::stable_sort(report.findings.begin(), report.findings.end(),
                     [](const LintFinding& a, const LintFinding& b) {
                         return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                     });
    return report;
}

QList<LintReport> Linter::lintAll(const QList<const Revision*>& revisions,
                                  const LintOptions& options) {
    // Rules are registered once, before the workers start (the registry is built lazily).
    (void)LintRegistry::all();
    return QtConcurrent::blockingMapped<QList<LintReport>>(
        revisions, [&options](const Revision* revision) { return lint(*revision, options); });
}

LintOptions Linter::optionsFor(const ProjectConfig& config, const Environment* environment) {
    LintOptions options;
    options.settings = config.lintSettings();
    options.target.postgresMajor = options.settings.postgresMajor;
    options.target.serverMajor = config.postgresMajor();
    if (environment) {
        options.target.lockTimeoutConfigured = environment->lockTimeoutMs > 0;
        options.target.statementTimeoutConfigured = environment->statementTimeoutMs > 0;
    }
    return options;
}

QStringList Linter::unknownRules(const QStringList& names) {
    QStringList out;
    for (const QString& name : names) {
        if (!LintRegistry::find(name))
            out << name;
    }
    return out;
}

} // namespace strata
