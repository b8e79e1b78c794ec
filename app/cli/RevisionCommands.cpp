// strata revision / strata merge: write a new revision file: in an Alembic project a `.py`
// file rendered by the project's own Alembic (RevisionAuthor), else a `.sql` file.
// `strata revision --from-diff --env ENV [--against expected|ENV2]` writes what was changed by
// hand in ENV as a revision on the heads (DriftRevision).
#include "CommandRegistry.h"
#include "EnvironmentChoice.h"
#include "Invocation.h"
#include "RevisionChecks.h"

#include "alembic/RevisionAuthor.h"
#include "drift/DriftRevision.h"
#include "revision/RevisionIdRule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTextStream>

namespace strata::cli {
namespace {

QStringList commaList(const QStringList& values) {
    QStringList out;
    for (const QString& v : values)
        for (const QString& part : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << part.trimmed();
    return out;
}

void addWriterOptions(Invocation& inv) {
    inv.parser().addOption({{QStringLiteral("m"), QStringLiteral("message")},
                            QCoreApplication::translate("strata::cli", "The revision's message."),
                            QStringLiteral("MSG")});
    inv.parser().addOption(
        {QStringLiteral("rev-id"),
         QCoreApplication::translate("strata::cli",
                                     "The revision id (default: 12 random hex characters)."),
         QStringLiteral("ID")});
    inv.parser().addOption(
        {QStringLiteral("branch-label"),
         QCoreApplication::translate("strata::cli", "A branch label for the new revision."),
         QStringLiteral("LABEL")});
    inv.parser().addOption(
        {QStringLiteral("format"),
         QCoreApplication::translate("strata::cli",
                                     "py or sql (default: py, run by Alembic, in an Alembic "
                                     "project; sql otherwise)."),
         QStringLiteral("FORMAT")});
}

Result<RevisionAuthor::Format> formatOption(Invocation& inv) {
    if (!inv.parser().isSet(QStringLiteral("format")))
        return RevisionAuthor::Format::Auto;
    const QString value = inv.parser().value(QStringLiteral("format")).toLower();
    if (value == QLatin1String("sql"))
        return RevisionAuthor::Format::Sql;
    if (value == QLatin1String("py") || value == QLatin1String("python"))
        return RevisionAuthor::Format::Python;
    return Error(ErrorCode::Usage,
                 QCoreApplication::translate("strata::cli", "--format is py or sql, not '%1'")
                     .arg(inv.parser().value(QStringLiteral("format"))));
}

Result<QString> readSqlFile(const QString& path) {
    QFile file;
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly))
            return Error(ErrorCode::Io,
                         QCoreApplication::translate("strata::cli", "cannot read stdin"));
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            Error e(ErrorCode::Io, QCoreApplication::translate("strata::cli", "cannot read: %1")
                                       .arg(file.errorString()));
            e.at(path);
            return e;
        }
    }
    return QString::fromUtf8(file.readAll());
}

// --sql-file F (the text after "-- migrate:upgrade" / "-- migrate:downgrade" when it has those
// markers, else all of it the upgrade; "-" = stdin) or --upgrade-sql / --downgrade-sql.
Result<void> readSql(Invocation& inv, NewRevision& rev) {
    const bool file = inv.parser().isSet(QStringLiteral("sql-file"));
    if (file && (inv.parser().isSet(QStringLiteral("upgrade-sql")) ||
                 inv.parser().isSet(QStringLiteral("downgrade-sql"))))
        return Error(
            ErrorCode::Usage,
            QCoreApplication::translate(
                "strata::cli", "give --sql-file or --upgrade-sql/--downgrade-sql, not both"));
    if (!file) {
        rev.upgradeSql = inv.parser().value(QStringLiteral("upgrade-sql"));
        rev.downgradeSql = inv.parser().value(QStringLiteral("downgrade-sql"));
        return {};
    }
    STRATA_TRY_ASSIGN(const QString text,
                      readSqlFile(inv.parser().value(QStringLiteral("sql-file"))));
    const QLatin1String up("-- migrate:upgrade");
    const QLatin1String down("-- migrate:downgrade");
    const qsizetype u = text.indexOf(up);
    if (u < 0 && text.indexOf(down) < 0) {
        rev.upgradeSql = text;
        return {};
    }
    const qsizetype d = text.indexOf(down);
    const qsizetype upBegin = u < 0 ? -1 : u + up.size();
    if (upBegin >= 0)
        rev.upgradeSql = text.mid(upBegin, d > u ? d - upBegin : -1);
    if (d >= 0)
        rev.downgradeSql = text.mid(d + down.size(), u > d ? u - d - down.size() : -1);
    return {};
}

// `environment` (--from-diff) is named in every error; `extra` goes into the JSON answer.
int writeRevision(Invocation& inv, const Project& project, NewRevision rev, bool merge = false,
                  bool splice = false, const QString& environment = {},
                  const QJsonObject& extra = {}) {
    auto fail = [&inv, &environment](Error e) {
        if (!environment.isEmpty())
            e.message = QCoreApplication::translate("strata::cli", "environment '%1': %2")
                            .arg(environment, e.message);
        return inv.fail(e);
    };
    rev.message = inv.parser().value(QStringLiteral("message"));
    rev.id = inv.parser().value(QStringLiteral("rev-id"));
    if (rev.id.isEmpty()) // the project's naming: id_format, else the existing ids' pattern
        rev.id =
            RevisionIdRule::forProject(project.config(), project.graph().ids()).next(rev.message);
    rev.branchLabels = commaList(inv.parser().values(QStringLiteral("branch-label")));
    if (!rev.id.isEmpty() && project.graph().contains(rev.id))
        return fail(
            Error(ErrorCode::Usage,
                  QCoreApplication::translate("strata::cli", "revision id '%1' already exists (%2)")
                      .arg(rev.id, project.graph().revision(rev.id)->filePath)));
    for (const QString& label : rev.branchLabels)
        if (!project.graph().revisionForLabel(label).isEmpty() || project.graph().contains(label))
            return fail(Error(
                ErrorCode::Usage,
                QCoreApplication::translate("strata::cli", "branch label '%1' is already used")
                    .arg(label)));
    const Result<RevisionAuthor::Format> format = formatOption(inv);
    if (!format)
        return fail(format.error());
    AlembicRevisionAuthor::Request request;
    request.revision = rev;
    request.merge = merge;
    request.splice = splice;
    const bool python = RevisionAuthor::writesPython(project.config(), *format);
    Result<RevisionAuthor::Written> written =
        RevisionAuthor::write(project.config(), project.primaryVersionsDir(), request, *format);
    if (!written) {
        Error e = std::move(written).error();
        if (python && e.code == ErrorCode::Config)
            e.message += QCoreApplication::translate(
                "strata::cli", "; nothing written (--format sql writes a .sql revision, which "
                               "Alembic cannot run)");
        return fail(e);
    }
    if (!written->warning.isEmpty())
        inv.err() << QCoreApplication::translate("strata::cli", "warning: ") << written->warning
                  << Qt::endl;
    if (inv.json()) {
        QJsonObject o = extra;
        o[QStringLiteral("path")] = written->path;
        o[QStringLiteral("revision")] = written->revision;
        inv.printJson(o);
    } else {
        inv.out() << QCoreApplication::translate("strata::cli", "Generating ") << written->path
                  << QCoreApplication::translate("strata::cli", " ...  done") << Qt::endl;
    }
    return ExitOk;
}

// --from-diff: the drift of --env against --against (default expected) as a new revision on
// the heads. Nothing to capture: one line, exit 0. Every error names the environment and
// nothing is written.
int runFromDiff(Invocation& inv, const Project& project) {
    for (const char* option : {"head", "splice", "sql-file", "upgrade-sql", "downgrade-sql"})
        if (inv.parser().isSet(QLatin1String(option)))
            return inv.usage(QCoreApplication::translate(
                                 "strata::cli", "--from-diff writes the SQL itself on the heads: "
                                                "--%1 does not go with it")
                                 .arg(QLatin1String(option)));
    Result<const Environment*> env = chooseEnvironment(inv, project);
    if (!env)
        return inv.fail(env.error());
    const QString name = (*env)->name;
    auto fail = [&inv, &name](Error e) {
        if (!e.message.contains(QStringLiteral("environment '%1'").arg(name)))
            e.message = QCoreApplication::translate("strata::cli", "environment '%1': %2")
                            .arg(name, e.message);
        return inv.fail(e);
    };
    if (inv.parser().isSet(QStringLiteral("rev-id"))) {
        const QString id = inv.parser().value(QStringLiteral("rev-id"));
        if (project.graph().contains(id))
            return fail(Error(
                ErrorCode::Usage,
                QCoreApplication::translate("strata::cli", "revision id '%1' already exists (%2)")
                    .arg(id, project.graph().revision(id)->filePath)));
        if (Result<void> ok = RevisionChecks::checkIdWidth(inv, project, id); !ok)
            return fail(ok.error());
    }
    if (Result<RevisionAuthor::Format> format = formatOption(inv); !format)
        return fail(format.error());
    const QString against = inv.parser().isSet(QStringLiteral("against"))
                                ? inv.parser().value(QStringLiteral("against"))
                                : QStringLiteral("expected");
    if (against == name)
        return fail(Error(
            ErrorCode::Usage,
            QCoreApplication::translate("strata::cli", "--against names the environment itself")));
    ExpectedSchema::Progress progress;
    if (!inv.json())
        progress = [&inv](const QString& m) { inv.err() << m << Qt::endl; };
    Result<DriftRevision> captured = DriftRevision::read(project, name, against, progress);
    if (!captured)
        return fail(captured.error());
    if (captured->isEmpty()) {
        if (inv.json()) {
            QJsonObject o;
            o[QStringLiteral("differences")] = 0;
            o[QStringLiteral("path")] = QJsonValue();
            o[QStringLiteral("revision")] = QJsonValue();
            inv.printJson(o);
        } else {
            inv.out() << captured->nothingToCapture() << Qt::endl;
        }
        return ExitOk;
    }
    NewRevision rev;
    for (const QString& dep : commaList(inv.parser().values(QStringLiteral("depends-on")))) {
        Result<QString> resolved = project.graph().resolveOne(dep);
        if (!resolved)
            return fail(resolved.error());
        rev.dependsOn << (resolved->isEmpty() ? dep : *resolved);
    }
    rev.transactional = !inv.parser().isSet(QStringLiteral("no-transaction"));
    Result<NewRevision> full = captured->revision(project.graph(), rev);
    if (!full)
        return fail(full.error());
    const int destructive = captured->destructiveCount();
    if (destructive > 0)
        inv.err() << QCoreApplication::translate(
                         "strata::cli", "warning: environment '%1': %2 destructive statement(s) "
                                        "of the upgrade are commented out (-- DESTRUCTIVE:); "
                                        "review them")
                         .arg(name)
                         .arg(destructive)
                  << Qt::endl;
    QJsonObject extra;
    extra[QStringLiteral("differences")] = captured->diff().size();
    extra[QStringLiteral("destructive")] = destructive;
    return writeRevision(inv, project, *full, false, false, name, extra);
}

int runRevision(Invocation& inv) {
    inv.addCommonOptions();
    addWriterOptions(inv);
    inv.parser().addOption(
        {QStringLiteral("head"),
         QCoreApplication::translate("strata::cli", "The revision to build on (default: the single "
                                                    "head; 'base' starts a new root)."),
         QStringLiteral("REV")});
    inv.parser().addOption({QStringLiteral("depends-on"),
                            QCoreApplication::translate(
                                "strata::cli", "Revisions this one depends on (comma separated)."),
                            QStringLiteral("REV")});
    inv.parser().addOption(
        {QStringLiteral("no-transaction"),
         QCoreApplication::translate("strata::cli",
                                     "Write 'Transactional: no' (for CONCURRENTLY, VACUUM).")});
    inv.parser().addOption(
        {QStringLiteral("splice"),
         QCoreApplication::translate("strata::cli", "Allow --head to name a revision that is not a "
                                                    "head (a new branch from it).")});
    inv.parser().addOption(
        {QStringLiteral("sql-file"),
         QCoreApplication::translate("strata::cli",
                                     "The SQL: a file ('-' = stdin) with '-- migrate:upgrade' and "
                                     "'-- migrate:downgrade' sections, or all of it the upgrade."),
         QStringLiteral("FILE")});
    inv.parser().addOption({QStringLiteral("upgrade-sql"),
                            QCoreApplication::translate("strata::cli", "The upgrade's SQL."),
                            QStringLiteral("SQL")});
    inv.parser().addOption({QStringLiteral("downgrade-sql"),
                            QCoreApplication::translate("strata::cli", "The downgrade's SQL."),
                            QStringLiteral("SQL")});
    inv.parser().addOption(
        {QStringLiteral("from-diff"),
         QCoreApplication::translate("strata::cli",
                                     "Capture what was changed by hand in --env (against "
                                     "--against) as the new revision's SQL, on the heads.")});
    inv.parser().addOption(
        {QStringLiteral("against"),
         QCoreApplication::translate("strata::cli",
                                     "With --from-diff: 'expected' (default: the schema the "
                                     "revisions up to --env's heads produce) or an environment."),
         QStringLiteral("ENV|expected")});
    if (!inv.parse({}, QCoreApplication::translate("strata::cli", "Create a new revision file.")))
        return ExitUsage;
    if (!inv.positional().isEmpty())
        return inv.usage(QCoreApplication::translate(
            "strata::cli", "revision takes no arguments (the message goes in -m)"));
    if (!inv.parser().isSet(QStringLiteral("message")))
        return inv.usage(
            QCoreApplication::translate("strata::cli", "a message is required: -m MSG"));
    const bool fromDiff = inv.parser().isSet(QStringLiteral("from-diff"));
    if (!fromDiff && inv.parser().isSet(QStringLiteral("against")))
        return inv.usage(
            QCoreApplication::translate("strata::cli", "--against goes with --from-diff"));
    Result<Project> project = inv.loadProject();
    if (!project)
        return inv.fail(project.error());
    if (fromDiff)
        return runFromDiff(inv, *project);
    const RevisionGraph& graph = project->graph();

    NewRevision rev;
    const QString head = inv.parser().isSet(QStringLiteral("head"))
                             ? inv.parser().value(QStringLiteral("head"))
                             : QStringLiteral("head");
    if (head == QLatin1String("head") && graph.heads().size() > 1)
        return inv.fail(Error(ErrorCode::Usage,
                              QCoreApplication::translate(
                                  "strata::cli", "multiple heads are present (%1); please specify "
                                                 "--head, or merge them with 'strata merge heads'")
                                  .arg(graph.heads().join(QLatin1String(", ")))));
    if (head != QLatin1String("base")) {
        Result<QStringList> parents = graph.resolve(head);
        if (!parents)
            return inv.fail(parents.error());
        if (parents->size() > 1)
            return inv.fail(
                Error(ErrorCode::Usage,
                      QCoreApplication::translate(
                          "strata::cli", "--head %1 names several revisions (%2); name one")
                          .arg(head, parents->join(QLatin1String(", ")))));
        rev.parents = *parents;
    }
    if (Result<void> ok = RevisionChecks::checkSplice(graph, rev.parents,
                                                      inv.parser().isSet(QStringLiteral("splice")));
        !ok)
        return inv.fail(ok.error());
    if (inv.parser().isSet(QStringLiteral("rev-id")))
        if (Result<void> ok = RevisionChecks::checkIdWidth(
                inv, *project, inv.parser().value(QStringLiteral("rev-id")));
            !ok)
            return inv.fail(ok.error());
    for (const QString& dep : commaList(inv.parser().values(QStringLiteral("depends-on")))) {
        Result<QString> resolved = graph.resolveOne(dep);
        if (!resolved)
            return inv.fail(resolved.error());
        rev.dependsOn << (resolved->isEmpty() ? dep : *resolved);
    }
    rev.transactional = !inv.parser().isSet(QStringLiteral("no-transaction"));
    if (Result<void> ok = readSql(inv, rev); !ok)
        return inv.fail(ok.error());
    return writeRevision(inv, *project, rev, false, inv.parser().isSet(QStringLiteral("splice")));
}

int runMerge(Invocation& inv) {
    inv.addCommonOptions();
    addWriterOptions(inv);
    if (!inv.parse(QStringLiteral("REV..."),
                   QCoreApplication::translate("strata::cli", "Merge heads into a new revision.")))
        return ExitUsage;
    const QStringList args = inv.positional();
    if (args.isEmpty())
        return inv.usage(QCoreApplication::translate(
            "strata::cli", "merge needs the revisions to merge (or 'heads')"));
    Result<Project> project = inv.loadProject();
    if (!project)
        return inv.fail(project.error());
    NewRevision rev;
    for (const QString& arg : args) {
        Result<QStringList> ids = project->graph().resolve(arg);
        if (!ids)
            return inv.fail(ids.error());
        for (const QString& id : *ids)
            if (!rev.parents.contains(id))
                rev.parents << id;
    }
    if (rev.parents.size() < 2)
        return inv.fail(Error(ErrorCode::Usage,
                              QCoreApplication::translate(
                                  "strata::cli", "nothing to merge: %1 names a single revision")
                                  .arg(args.join(QLatin1Char(' ')))));
    return writeRevision(inv, *project, rev, true);
}

} // namespace
} // namespace strata::cli

STRATA_COMMAND("revision", "write a new revision file (-m MSG)", strata::cli::runRevision)
STRATA_COMMAND("merge", "write a revision that merges heads (merge heads -m MSG)",
               strata::cli::runMerge)
