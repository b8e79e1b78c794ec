// strata sandbox start|stop|status|url|createdb NAME|dropdb NAME [--dir DIR] [--json]:
// a private PostgreSQL cluster for the demo, scratch databases and the tests (core/sandbox).
#include "CommandRegistry.h"
#include "Invocation.h"
#include "sandbox/Sandbox.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace strata::cli {
namespace {

void printJson(Invocation& inv, const QJsonObject& object) {
    inv.out() << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
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
    Sandbox sandbox(inv.parser().value(QStringLiteral("dir")));

    if (action == QLatin1String("start")) {
        const bool wasRunning = sandbox.status().ok() && sandbox.status()->running;
        if (auto r = sandbox.start(); !r)
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
            out << QCoreApplication::translate("strata::cli", "state:      ")
                << (status->running       ? "running"
                    : status->initialised ? "stopped"
                                          : "not initialised")
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
                << status->serverVersion << Qt::endl;
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
