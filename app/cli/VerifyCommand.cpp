// strata verify [--scratch | --url URL | --env ENV] [RANGE] [--json]: every revision of RANGE
// (default base:heads) upgraded, downgraded (the schema must come back) and upgraded again on
// an empty database, then the whole range down and up again (core/drift/RangeVerifier). Exit 0
// when all pass, 3 at the first failure, 1 when the database cannot be used.
#include "CommandRegistry.h"
#include "InterruptCanceller.h"
#include "Invocation.h"

#include "drift/ExpectedSchema.h"
#include "drift/RangeVerifier.h"
#include "drift/VerifyDatabase.h"

#include <QCoreApplication>

#include <algorithm>

namespace strata::cli {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("strata::cli", text);
}

// The database of --scratch, --url or --env.
Result<std::unique_ptr<VerifyDatabase>> openDatabase(Invocation& inv, const Project& project) {
    const QString url = inv.parser().value(QStringLiteral("url"));
    const QString envName = inv.envOption();
    if (!url.isEmpty()) {
        Environment given;
        given.name = QStringLiteral("url");
        given.url = url;
        Result<std::unique_ptr<VerifyDatabase>> db = VerifyDatabase::existing(given);
        if (!db) {
            Error e = std::move(db).error();
            if (!e.message.contains(given.displayUrl()))
                e.message = given.displayUrl() + QStringLiteral(": ") + e.message;
            return e;
        }
        return db;
    }
    if (!envName.isEmpty()) {
        const ProjectConfig& config = project.config();
        STRATA_TRY_ASSIGN(const Environment* env, config.requireEnvironment(envName));
        // A scratch database on the project's shadow_url server leaves the environment alone.
        if (config.hasShadowUrl())
            return VerifyDatabase::onServer(ExpectedSchema::shadowEnvironment(config));
        if (env->isProtected)
            return Error(ErrorCode::Config,
                         tr("environment '%1' is protected: verify runs only on an empty, "
                            "unprotected database (set [project] shadow_url, or use --scratch)")
                             .arg(env->name));
        return VerifyDatabase::existing(*env);
    }
    return VerifyDatabase::onSandbox({});
}

int runVerify(Invocation& inv) {
    inv.addCommonOptions();
    inv.parser().addOption(
        {QStringLiteral("scratch"),
         tr("Run on a new scratch database of the sandbox, dropped afterwards (the default).")});
    inv.parser().addOption(
        {QStringLiteral("url"),
         tr("Run on this database, which must be empty; it is emptied back afterwards."),
         QStringLiteral("URL")});
    if (!inv.parse(QStringLiteral("[RANGE]"),
                   tr("Verify revisions: each one upgraded, downgraded (the schema must come "
                      "back as it was) and upgraded again, in plan order; then the whole range "
                      "down and up again. RANGE: base:heads (default), START:END or one "
                      "revision. Exit 3 at the first failure.")))
        return ExitUsage;
    const QStringList args = inv.positional();
    if (args.size() > 1)
        return inv.usage(tr("verify takes at most one RANGE"));
    const int targets = int(inv.parser().isSet(QStringLiteral("scratch"))) +
                        int(inv.parser().isSet(QStringLiteral("url"))) +
                        int(!inv.envOption().isEmpty());
    if (targets > 1)
        return inv.usage(tr("choose one of --scratch, --url and --env"));
    Result<Project> project = inv.loadProject(Project::Mode::Strict, false);
    if (!project)
        return inv.fail(project.error());
    Result<QStringList> order =
        RangeVerifier::planOrder(*project, args.isEmpty() ? QString() : args.constFirst());
    if (!order)
        return inv.fail(order.error());

    Result<std::unique_ptr<VerifyDatabase>> db = openDatabase(inv, *project);
    if (!db)
        return inv.fail(db.error());
    std::shared_ptr<Cancellation> cancellation = Cancellation::create();
    RangeVerifier verifier(*project, (*db)->environment());
    verifier.setCancellation(cancellation);
    if (!inv.json())
        verifier.setProgress([&inv](const RevisionVerification& done) {
            if (done.ok)
                inv.out() << tr("ok %1 (%2 ms)").arg(done.revision).arg(done.durationMs) << '\n';
            inv.out().flush();
        });
    Result<RangeVerification> report = [&] {
        InterruptCanceller interrupt([cancellation] { cancellation->cancel(); });
        return verifier.verify(*order);
    }();
    const Result<void> released = (*db)->release();
    if (!report)
        return inv.fail(report.error());
    report->database = (*db)->description();
    if (inv.json()) {
        QJsonObject o = report->toJson();
        if (!released)
            o.insert(QStringLiteral("cleanup_error"), released.error().toString());
        inv.printJson(o);
    } else {
        // The revisions that passed were printed as they finished.
        QStringList lines = report->lines();
        const qsizetype passed = std::count_if(report->verified.cbegin(), report->verified.cend(),
                                               [](const RevisionVerification& v) { return v.ok; });
        lines.erase(lines.begin(), lines.begin() + passed);
        for (const QString& line : lines)
            inv.out() << line << '\n';
        inv.out().flush();
    }
    if (!released) {
        inv.err() << "strata verify: " << (*db)->description() << ": "
                  << released.error().toString() << Qt::endl;
        return ExitFailed;
    }
    return report->ok() ? ExitOk : ExitProblems;
}

} // namespace
} // namespace strata::cli

STRATA_COMMAND("verify",
               "upgrade, downgrade and upgrade again each revision of a range on an empty database",
               strata::cli::runVerify)
