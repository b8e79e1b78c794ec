// strata revision / strata merge: write a new revision file from the template.
#include "CommandRegistry.h"
#include "Invocation.h"
#include "RevisionChecks.h"

#include "revision/RevisionWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

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
}

int writeRevision(Invocation& inv, const Project& project, NewRevision rev) {
    rev.message = inv.parser().value(QStringLiteral("message"));
    rev.id = inv.parser().value(QStringLiteral("rev-id"));
    rev.branchLabels = commaList(inv.parser().values(QStringLiteral("branch-label")));
    if (!rev.id.isEmpty() && project.graph().contains(rev.id))
        return inv.fail(
            Error(ErrorCode::Usage,
                  QCoreApplication::translate("strata::cli", "revision id '%1' already exists (%2)")
                      .arg(rev.id, project.graph().revision(rev.id)->filePath)));
    for (const QString& label : rev.branchLabels)
        if (!project.graph().revisionForLabel(label).isEmpty() || project.graph().contains(label))
            return inv.fail(Error(
                ErrorCode::Usage,
                QCoreApplication::translate("strata::cli", "branch label '%1' is already used")
                    .arg(label)));
    Result<QString> path = RevisionWriter::write(project.primaryVersionsDir(), rev);
    if (!path)
        return inv.fail(path.error());
    if (inv.json()) {
        QJsonObject o;
        o[QStringLiteral("path")] = *path;
        o[QStringLiteral("revision")] = QFileInfo(*path).completeBaseName();
        inv.printJson(o);
    } else {
        inv.out() << QCoreApplication::translate("strata::cli", "Generating ") << *path
                  << QCoreApplication::translate("strata::cli", " ...  done") << Qt::endl;
    }
    return ExitOk;
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
    if (!inv.parse({}, QCoreApplication::translate("strata::cli", "Create a new revision file.")))
        return ExitUsage;
    if (!inv.positional().isEmpty())
        return inv.usage(QCoreApplication::translate(
            "strata::cli", "revision takes no arguments (the message goes in -m)"));
    if (!inv.parser().isSet(QStringLiteral("message")))
        return inv.usage(
            QCoreApplication::translate("strata::cli", "a message is required: -m MSG"));
    Result<Project> project = inv.loadProject();
    if (!project)
        return inv.fail(project.error());
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
    return writeRevision(inv, *project, rev);
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
    return writeRevision(inv, *project, rev);
}

} // namespace
} // namespace strata::cli

STRATA_COMMAND("revision", "write a new revision file (-m MSG)", strata::cli::runRevision)
STRATA_COMMAND("merge", "write a revision that merges heads (merge heads -m MSG)",
               strata::cli::runMerge)
