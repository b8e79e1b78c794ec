// Benchmark helper: times SnapshotReader on one or two databases and SchemaDiff between them.
// usage: bench_schema [--runs N] [--one-connection] URL_A [URL_B]
// (--one-connection: without SnapshotOptions::helperConnection, every query on one connection)
// Prints figures only (used by tests/bench/schema_bench.sh); never asserts a time.
#include "db/Connection.h"
#include "schema/SchemaDiff.h"
#include "schema/SchemaSnapshot.h"
#include "schema/SnapshotReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QStringList>

#include <cstdio>
#include <limits>

using namespace strata;

namespace {

struct Timed {
    SchemaSnapshot snapshot;
    qint64 bestMs = std::numeric_limits<qint64>::max();
};

bool g_oneConnection = false;

bool snapshotBest(const QString& url, int runs, Timed* out) {
    auto conn = Connection::open(url);
    if (!conn) {
        std::fprintf(stderr, "bench_schema: %s\n", qPrintable(conn.error().toString()));
        return false;
    }
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        SnapshotOptions options;
        if (!g_oneConnection)
            options.helperConnection = [url] { return Connection::open(url); };
        auto snap = SnapshotReader::read(**conn, options);
        const qint64 ms = timer.elapsed();
        if (!snap) {
            std::fprintf(stderr, "bench_schema: %s\n", qPrintable(snap.error().toString()));
            return false;
        }
        out->bestMs = std::min(out->bestMs, ms);
        out->snapshot = std::move(snap.value());
    }
    return true;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int runs = 3;
    if (args.size() >= 2 && args.first() == QLatin1String("--runs")) {
        runs = std::max(1, args.at(1).toInt());
        args = args.mid(2);
    }
    if (!args.isEmpty() && args.first() == QLatin1String("--one-connection")) {
        g_oneConnection = true;
        args = args.mid(1);
    }
    if (args.isEmpty() || args.size() > 2) {
        std::fprintf(stderr, "usage: bench_schema [--runs N] [--one-connection] URL_A [URL_B]\n");
        return 2;
    }
    Timed a;
    if (!snapshotBest(args.at(0), runs, &a))
        return 1;
    std::printf("snapshot A: %d objects (%d tables, %d columns, %d constraints, %d indexes), "
                "best of %d: %lld ms\n",
                a.snapshot.size(), a.snapshot.count(ObjectKind::Table),
                a.snapshot.count(ObjectKind::Column), a.snapshot.count(ObjectKind::Constraint),
                a.snapshot.count(ObjectKind::Index), runs, a.bestMs);
    if (args.size() == 2) {
        Timed b;
        if (!snapshotBest(args.at(1), runs, &b))
            return 1;
        std::printf("snapshot B: %d objects, best of %d: %lld ms\n", b.snapshot.size(), runs,
                    b.bestMs);
        qint64 best = std::numeric_limits<qint64>::max();
        int differences = 0;
        QString summary;
        for (int i = 0; i < std::max(runs, 5); ++i) {
            QElapsedTimer timer;
            timer.start();
            const SchemaDiff diff = SchemaDiff::compare(a.snapshot, b.snapshot);
            best = std::min(best, timer.nsecsElapsed() / 1000);
            differences = diff.size();
            summary = diff.summaryText();
        }
        std::printf("diff A->B: %d differences (%s), best: %.1f ms\n", differences,
                    qPrintable(summary), static_cast<double>(best) / 1000.0);

        // The expected-schema cache: JSON text out and back.
        QElapsedTimer timer;
        timer.start();
        const QByteArray json = QJsonDocument(a.snapshot.toJson()).toJson(QJsonDocument::Compact);
        const qint64 writeMs = timer.restart();
        auto back = SchemaSnapshot::fromJson(QJsonDocument::fromJson(json).object());
        const qint64 readMs = timer.elapsed();
        std::printf("JSON cache: %lld KiB, write %lld ms, read %lld ms, round trip %s\n",
                    static_cast<long long>(json.size() / 1024), writeMs, readMs,
                    back && *back == a.snapshot ? "equal" : "DIFFERENT");
    }
    return 0;
}
