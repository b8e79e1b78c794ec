// strata sandbox start|stop|status|url|createdb NAME|dropdb NAME [--dir DIR] [--server MAJOR |
// --pg-bin DIR] [--json]: a private PostgreSQL cluster for the demo, scratch databases and the
// tests (core/sandbox). `--server 17` without --dir uses the folder "<default>-pg17"; `status`
// without --dir and --server lists every sandbox folder it knows.
#include "CommandRegistry.h"
#include "Invocation.h"
#include "sandbox/PostgresInstallation.h"
#include "sandbox/Sandbox.h"

#include <QCoreApplication>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace strata::cli {
namespace {

void printJson(Invocation& inv, const QJsonObject& object) {
    inv.out() << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
}

QString stateName(const SandboxStatus& status) {
    return status.running       ? QStringLiteral("running")
           : status.initialised ? QStringLiteral("stopped")
                                : QStringLiteral("not initialised");
}

// The server --server or --pg-bin asks for; nullopt when neither is given.
Result<std::optional<PostgresInstallation>> requestedServer(Invocation& inv) {
    const QString major = inv.parser().value(QStringLiteral("server"));
    const QString binDir = inv.parser().value(QStringLiteral("pg-bin"));
    if (!major.isEmpty() && !binDir.isEmpty())
        return Error(ErrorCode::Usage, QCoreApplication::translate(
                                           "strata::cli", "give --server or --pg-bin, not both"));
    if (!binDir.isEmpty()) {
        STRATA_TRY_ASSIGN(auto installation, PostgresInstallation::forBinDir(binDir));
        return std::optional<PostgresInstallation>(installation);
    }
    if (major.isEmpty())
        return std::optional<PostgresInstallation>();
    bool numeric = false;
    const int number = major.toInt(&numeric);
    if (!numeric || number <= 0)
        return Error(ErrorCode::Usage,
                     QCoreApplication::translate("strata::cli",
                                                 "--server takes a major version, such as 17"));
    STRATA_TRY_ASSIGN(auto installation, PostgresInstallation::find(number));
    return std::optional<PostgresInstallation>(installation);
}

// `status` without --dir and --server: every sandbox folder known, one line each.
int listSandboxes(Invocation& inv) {
    QJsonArray all;
    QList<SandboxStatus> statuses;
    for (const QString& dir : Sandbox::knownDirectories()) {
        auto status = Sandbox(dir).status();
        if (!status)
            return inv.fail(status.error());
        statuses.append(*status);
        all.append(status->toJson());
    }
    if (inv.json()) {
        // The default sandbox's fields at the top (as `status --dir` prints them), and the list.
        QJsonObject o = statuses.constFirst().toJson();
        o[QStringLiteral("sandboxes")] = all;
        printJson(inv, o);
        return ExitOk;
    }
    // Columns as wide as their widest cell ("15.20 (Debian 15.20-0+deb12u1)" is long).
    QList<QStringList> rows{{QCoreApplication::translate("strata::cli", "VERSION"),
                             QCoreApplication::translate("strata::cli", "PORT"),
                             QCoreApplication::translate("strata::cli", "STATE"),
                             QCoreApplication::translate("strata::cli", "DIRECTORY")}};
    for (const SandboxStatus& status : statuses)
        rows.append({status.serverVersion.isEmpty() ? QStringLiteral("-") : status.serverVersion,
                     status.port > 0 ? QString::number(status.port) : QStringLiteral("-"),
                     stateName(status), status.directory});
    QList<qsizetype> widths(3, 0);
    for (const QStringList& row : rows)
        for (int c = 0; c < 3; ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    QTextStream& out = inv.out();
    for (const QStringList& row : rows) {
        for (int c = 0; c < 3; ++c)
            out << row.at(c).leftJustified(widths[c]) << "  ";
        out << row.at(3) << '\n';
    }
    out.flush();
    return ExitOk;
}

int runSandbox(Invocation& inv) {
    inv.addCommonOptions();
    inv.parser().addOption(
        {QStringLiteral("dir"),
         QCoreApplication::translate("strata::cli",
                                     "Sandbox folder (default: $STRATA_SANDBOX_DIR, else "
                                     "/var/tmp/strata-sandbox-root for root, else "
                                     "${XDG_STATE_HOME:-~/.local/state}/strata/sandbox)."),
         QStringLiteral("DIR")});
    inv.parser().addOption(
        {QStringLiteral("server"),
         QCoreApplication::translate("strata::cli",
                                     "PostgreSQL major to run, such as 17 (Debian's, else the one "
                                     "scripts/servers installed); without --dir the folder is "
                                     "<default>-pg<MAJOR>."),
         QStringLiteral("MAJOR")});
    inv.parser().addOption(
        {QStringLiteral("pg-bin"),
         QCoreApplication::translate("strata::cli",
                                     "Folder of the server programs (initdb, pg_ctl) to run."),
         QStringLiteral("DIR")});
    if (!inv.parse(
            QCoreApplication::translate(
                "strata::cli", "start|stop|status|url [DATABASE]|createdb NAME|dropdb NAME"),
            QCoreApplication::translate(
                "strata::cli", "A private PostgreSQL cluster (initdb + pg_ctl) on 127.0.0.1.")))
        return ExitUsage;
    const QStringList args = inv.positional();
    if (args.isEmpty())
        return inv.usage(QCoreApplication::translate(
            "strata::cli", "missing action: start, stop, status, url, createdb or dropdb"));
    const QString action = args.constFirst();
    const bool needsName = action == QLatin1String("createdb") || action == QLatin1String("dropdb");
    const bool optionalName = action == QLatin1String("url");
    if (args.size() != (needsName ? 2 : 1) && !(optionalName && args.size() == 2))
        return inv.usage(
            needsName
                ? QCoreApplication::translate("strata::cli", "%1 takes one database name")
                      .arg(action)
                : QCoreApplication::translate("strata::cli", "%1 takes no arguments").arg(action));
    auto server = requestedServer(inv);
    if (!server)
        return server.error().code == ErrorCode::Usage ? inv.usage(server.error().message)
                                                       : inv.fail(server.error());
    QString dir = inv.parser().value(QStringLiteral("dir"));
    if (dir.isEmpty() && server->has_value())
        dir = Sandbox::defaultDirectory((*server)->major());
    if (dir.isEmpty() && action == QLatin1String("status"))
        return listSandboxes(inv);
    Sandbox sandbox(dir);

    if (action == QLatin1String("start")) {
        const bool wasRunning = sandbox.status().ok() && sandbox.status()->running;
        if (auto r = sandbox.start(*server); !r)
            return inv.fail(r.error());
        auto status = sandbox.status();
        if (!status)
            return inv.fail(status.error());
        if (inv.json()) {
            QJsonObject o = status->toJson();
            o[QStringLiteral("alreadyRunning")] = wasRunning;
            printJson(inv, o);
        } else {
            inv.out() << (wasRunning ? "Sandbox already running: " : "Sandbox started: ")
                      << status->url << QCoreApplication::translate("strata::cli", " (PostgreSQL ")
                      << status->serverVersion << ", " << status->directory << ")" << Qt::endl;
        }
        return ExitOk;
    }
    if (action == QLatin1String("stop")) {
        const bool wasRunning = sandbox.status().ok() && sandbox.status()->running;
        if (auto r = sandbox.stop(); !r)
            return inv.fail(r.error());
        if (inv.json())
            printJson(inv, {{QStringLiteral("directory"), sandbox.directory()},
                            {QStringLiteral("stopped"), wasRunning},
                            {QStringLiteral("running"), false}});
        else
            inv.out() << (wasRunning ? "Sandbox stopped: " : "Sandbox was not running: ")
                      << sandbox.directory() << Qt::endl;
        return ExitOk;
    }
    if (action == QLatin1String("status")) {
        auto status = sandbox.status();
        if (!status)
            return inv.fail(status.error());
        if (inv.json()) {
            printJson(inv, status->toJson());
        } else {
            QTextStream& out = inv.out();
            out << QCoreApplication::translate("strata::cli", "directory:  ") << status->directory
                << '\n';
            out << QCoreApplication::translate("strata::cli", "state:      ") << stateName(*status)
                << '\n';
            if (status->running) {
                out << QCoreApplication::translate("strata::cli", "pid:        ") << status->pid
                    << '\n';
                out << QCoreApplication::translate("strata::cli", "port:       ") << status->port
                    << '\n';
                out << QCoreApplication::translate("strata::cli", "url:        ") << status->url
                    << '\n';
            }
            out << QCoreApplication::translate("strata::cli", "data:       ") << status->dataDir
                << '\n';
            if (!status->socketDir.isEmpty())
                out << QCoreApplication::translate("strata::cli", "socket:     ")
                    << status->socketDir << '\n';
            out << QCoreApplication::translate("strata::cli", "log:        ") << status->logFile
                << '\n';
            out << QCoreApplication::translate("strata::cli", "version:    ")
                << status->serverVersion << '\n';
            if (!status->binDir.isEmpty())
                out << QCoreApplication::translate("strata::cli", "server:     ") << status->binDir
                    << '\n';
            out.flush();
        }
        // status is a read command: a stopped sandbox is a state, not a failure.
        return ExitOk;
    }
    if (action == QLatin1String("url")) {
        // `url [DATABASE]`: the URL of the postgres database, or of the one named.
        auto url = args.size() > 1 ? sandbox.urlFor(args.at(1)) : sandbox.url();
        if (!url)
            return inv.fail(url.error());
        if (inv.json())
            printJson(inv, {{QStringLiteral("url"), *url}});
        else
            inv.out() << *url << Qt::endl;
        return ExitOk;
    }
    if (needsName) {
        const QString name = args.at(1);
        const bool create = action == QLatin1String("createdb");
        auto r = create ? sandbox.createDatabase(name) : sandbox.dropDatabase(name);
        if (!r)
            return inv.fail(r.error());
        auto url = sandbox.urlFor(name);
        if (inv.json())
            printJson(inv, {{QStringLiteral("database"), name},
                            {create ? QStringLiteral("created") : QStringLiteral("dropped"), true},
                            {QStringLiteral("url"), create && url ? *url : QString()}});
        else if (create)
            inv.out() << (url ? *url : name) << Qt::endl;
        else
            inv.out() << QCoreApplication::translate("strata::cli", "Dropped ") << name << Qt::endl;
        return ExitOk;
    }
    return inv.usage(QCoreApplication::translate("strata::cli", "unknown action '%1'").arg(action));
}

} // namespace
} // namespace strata::cli

STRATA_COMMAND("sandbox", "a private PostgreSQL cluster: start, stop, status, url, createdb",
               strata::cli::runSandbox)
