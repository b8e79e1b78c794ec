// strata lint [TARGET|RANGE|FILE] [--json | --sarif] [--rule R]... [--disable R]... [--env ENV]
// [--postgres N]: the lint rules (core/lint) over the revisions of a range in plan order
// (default every revision), or one revision file. Exit 0 without an error-level finding, 3 with
// one, 1 when a revision does not parse (the others are still linted), 2 on a usage error.
// Reads only: nothing is written, no database is opened.
#include "CommandRegistry.h"
#include "Invocation.h"
#include "LintPrinter.h"

#include "drift/RangeVerifier.h"
#include "lint/LintJson.h"
#include "lint/LintSettingsCheck.h"
#include "lint/Linter.h"
#include "lint/SarifReport.h"
#include "revision/RevisionFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace strata::cli {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("strata::cli", text);
}

// Repeatable options that also take comma-separated lists: --rule a,b --rule c.
QStringList listOption(Invocation& inv, const QString& name) {
    QStringList out;
    for (const QString& value : inv.parser().values(name))
        for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << part.trimmed();
    return out;
}

// The revisions `target` names: a revision file (of the project, or a `.sql` file anywhere),
// or a range as `strata verify` takes it (empty = every revision of the project in plan order).
Result<std::vector<Revision>> revisionsOf(const Project& project, const QString& target) {
    std::vector<Revision> out;
    const QFileInfo file(target);
    if (!target.isEmpty() && file.isFile()) {
        const QString path = QDir::cleanPath(file.absoluteFilePath());
        for (const Revision& rev : project.graph().revisions()) {
            if (QDir::cleanPath(rev.filePath) == path) {
                out.push_back(rev);
                return out;
            }
        }
        if (file.suffix() != QLatin1String("sql"))
            return Error(ErrorCode::Usage, tr("%1 is not a revision of the project in %2")
                                               .arg(path, project.config().projectDir()));
        STRATA_TRY_ASSIGN(Revision rev, RevisionFile::load(path));
        out.push_back(std::move(rev));
        return out;
    }
    STRATA_TRY_ASSIGN(const QStringList order, RangeVerifier::planOrder(project, target));
    for (const QString& id : order)
        if (const Revision* rev = project.graph().revision(id))
            out.push_back(*rev);
    return out;
}

int runLint(Invocation& inv) {
    inv.addCommonOptions();
    inv.parser().addOption(
        {QStringLiteral("sarif"), tr("SARIF 2.1.0 output, for code scanning (instead of text).")});
    inv.parser().addOption({QStringLiteral("rule"),
                            tr("Run only this rule (repeatable, or comma-separated)."),
                            QStringLiteral("RULE")});
    inv.parser().addOption(
        {QStringLiteral("disable"),
         tr("Do not run this rule (repeatable, or comma-separated); adds to [lint] disable."),
         QStringLiteral("RULE")});
    inv.parser().addOption(
        {QStringLiteral("postgres"),
         tr("The oldest PostgreSQL major version the project runs on (default: [lint] postgres "
            "of strata.toml, else 13)."),
         QStringLiteral("N")});
    if (!inv.parse(QStringLiteral("[TARGET|RANGE|FILE]"),
                   tr("Lint revisions: locks, rewrites, missing CONCURRENTLY, risky changes "
                      "(docs/lint/). RANGE: every revision in plan order (default), START:END, "
                      "one revision, or a revision file. --env ENV: that environment's "
                      "lock_timeout and statement_timeout count as set. Exit 3 on an "
                      "error-level finding, 1 when a revision does not parse.")))
        return ExitUsage;
    const QStringList args = inv.positional();
    if (args.size() > 1)
        return inv.usage(tr("lint takes at most one TARGET, RANGE or FILE"));
    const bool sarif = inv.parser().isSet(QStringLiteral("sarif"));
    if (sarif && inv.json())
        return inv.usage(tr("choose one of --json and --sarif"));

    LintOptions options;
    options.keepParseTrees = false; // only the locks are printed
    options.onlyRules = listOption(inv, QStringLiteral("rule"));
    options.disabled = listOption(inv, QStringLiteral("disable"));
    const QStringList unknown = Linter::unknownRules(options.onlyRules + options.disabled);
    if (!unknown.isEmpty()) {
        QStringList messages;
        for (const QString& id : unknown)
            if (!messages.contains(LintSettingsCheck::unknownRuleMessage(id)))
                messages << LintSettingsCheck::unknownRuleMessage(id);
        return inv.usage(messages.join(QStringLiteral("; ")));
    }
    int postgres = 0;
    if (inv.parser().isSet(QStringLiteral("postgres"))) {
        bool ok = false;
        postgres = inv.parser().value(QStringLiteral("postgres")).toInt(&ok);
        if (!ok || postgres < 9 || postgres > 99)
            return inv.usage(tr("--postgres must be a PostgreSQL major version like 13, not '%1'")
                                 .arg(inv.parser().value(QStringLiteral("postgres"))));
    }

    // Tolerant: a broken revision file is reported and the others are still linted.
    Result<Project> project = inv.loadProject(Project::Mode::Tolerant, false);
    if (!project)
        return inv.fail(project.error());
    const ProjectConfig& config = project->config();
    const QList<Error> settingsErrors = LintSettingsCheck::check(config.lintSettings());
    if (!settingsErrors.isEmpty()) {
        for (const Error& e : settingsErrors)
            inv.fail(e);
        return ExitFailed;
    }
    options.settings = config.lintSettings();
    options.target.postgresMajor = postgres > 0 ? postgres : options.settings.postgresMajor;
    if (!inv.envOption().isEmpty()) {
        Result<const Environment*> env = config.requireEnvironment(inv.envOption());
        if (!env)
            return inv.fail(env.error());
        options.target.lockTimeoutConfigured = (*env)->lockTimeoutMs > 0;
        options.target.statementTimeoutConfigured = (*env)->statementTimeoutMs > 0;
    }

    Result<std::vector<Revision>> revisions =
        revisionsOf(*project, args.isEmpty() ? QString() : args.constFirst());
    if (!revisions)
        return inv.fail(revisions.error());

    LintResults results;
    results.projectDir = config.projectDir();
    QList<const Revision*> order;
    order.reserve(qsizetype(revisions->size()));
    for (const Revision& rev : *revisions)
        order.append(&rev);
    QList<LintReport> reports = Linter::lintAll(order, options); // on all cores
    for (qsizetype i = 0; i < order.size(); ++i) {
        LintedRevision linted;
        linted.report = std::move(reports[i]);
        linted.linted = order.at(i)->source != Revision::Source::AlembicPython;
        linted.transactional = order.at(i)->transactional;
        results.revisions.append(std::move(linted));
    }

    results.problems = project->problems(); // files that did not load at all

    if (inv.json())
        inv.printJson(LintJson::document(results));
    else if (sarif)
        inv.printJson(SarifReport::document(results));
    else
        LintPrinter(inv.out()).print(results);

    if (results.hasParseErrors())
        return ExitFailed;
    return results.hasErrorLevel() ? ExitProblems : ExitOk;
}

} // namespace
} // namespace strata::cli

STRATA_COMMAND("lint",
               "lint revisions: locks, rewrites, risky changes (exit 3 on an error-level finding)",
               strata::cli::runLint)
