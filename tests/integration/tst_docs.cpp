// Every `strata …` command shown in a fenced code block of README.md runs, from the repository
// root, and does what the README says it does: the docs cannot drift from the program. The
// expectations are derived from the sample project (migrations/) and the databases themselves,
// so adding a revision does not break this test.
#include "Project.h"
#include "SandboxDatabase.h"
#include "TestSupport.h"
#include "db/Connection.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace strata;
using namespace strata::test;

namespace {

QString optionValue(const QStringList& args, const QString& option) {
    const qsizetype i = args.indexOf(option);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
}

// The command word: the first argument that is neither an option nor an option's value.
QString commandOf(const QStringList& args) {
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--project") || a == QLatin1String("--env")) {
            ++i;
            continue;
        }
        if (!a.startsWith(QLatin1Char('-')))
            return a;
    }
    return {};
}

// The positional argument after the command (a target such as heads, 0002 or -1), if any.
QString targetOf(const QStringList& args, const QString& command) {
    static const QRegularExpression relative(QStringLiteral("^-\\d+$"));
    const qsizetype i = args.indexOf(command);
    if (i < 0 || i + 1 >= args.size())
        return {};
    const QString& next = args.at(i + 1);
    return !next.startsWith(QLatin1Char('-')) || relative.match(next).hasMatch() ? next : QString();
}

QStringList sorted(QStringList list) {
    list.sort();
    return list;
}

} // namespace

class TestDocs : public QObject {
    Q_OBJECT

private:
    // The sample project's dev and test environments read their URLs from these variables.
    std::unique_ptr<SandboxDatabase> m_dev;
    std::unique_ptr<SandboxDatabase> m_test;
    std::optional<Project> m_project;
    QTemporaryDir m_cache;

    const SandboxDatabase* database(const QString& env) const {
        return env == QLatin1String("dev")    ? m_dev.get()
               : env == QLatin1String("test") ? m_test.get()
                                              : nullptr;
    }

    // The version table's rows of an environment ({"<no table>"} before the first run).
    QStringList versionRows(const QString& env) const {
        const SandboxDatabase* db = database(env);
        if (!db)
            return {};
        auto c = db->connect();
        if (!c)
            qFatal("cannot connect to %s: %s", qPrintable(env), describe(c).constData());
        auto exists = (*c)->exec(QStringLiteral("SELECT to_regclass('public.alembic_version')"));
        if (!exists || exists->scalar().isEmpty())
            return {QStringLiteral("<no table>")};
        auto r = (*c)->exec(QStringLiteral("SELECT version_num FROM alembic_version ORDER BY 1"));
        QStringList out;
        for (int i = 0; r && i < r->rowCount(); ++i)
            out << r->value(i, 0);
        return out;
    }

    const RevisionGraph& graph() const { return m_project->graph(); }

    QString resolved(const QString& target) const {
        auto id = graph().resolveOne(target);
        return id ? *id : QString();
    }

    // `id` and the revisions it descends from.
    QSet<QString> withAncestors(const QString& id) const {
        QSet<QString> seen;
        QStringList todo{id};
        while (!todo.isEmpty()) {
            const QString r = todo.takeLast();
            if (r.isEmpty() || seen.contains(r))
                continue;
            seen.insert(r);
            if (const Revision* rev = graph().revision(r))
                todo << rev->parents;
        }
        return seen;
    }

private Q_SLOTS:
    void initTestCase() {
        m_dev = std::make_unique<SandboxDatabase>(QStringLiteral("docs_dev"));
        m_test = std::make_unique<SandboxDatabase>(QStringLiteral("docs_test"));
        qputenv("STRATA_DEV_URL", m_dev->url().toUtf8());
        qputenv("STRATA_TEST_URL", m_test->url().toUtf8());
        qputenv("STRATA_SANDBOX_DIR", qgetenv("STRATA_TEST_SANDBOX"));
        qputenv("XDG_CACHE_HOME", m_cache.path().toUtf8());
        auto project = Project::open(sampleProjectDir());
        QVERIFY2(project, describe(project).constData());
        m_project.emplace(std::move(project).value());
        QCOMPARE(graph().heads().size(), 1); // the README's `upgrade heads` shows one head
    }

    void readmeCommands_data() {
        QTest::addColumn<QStringList>("args");
        QFile readme(QStringLiteral(STRATA_SOURCE_DIR "/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(readme.readAll()).split(QLatin1Char('\n'));
        bool inFence = false;
        int count = 0;
        for (int i = 0; i < lines.size(); ++i) {
            const QString line = lines.at(i).trimmed();
            if (line.startsWith(QLatin1String("```"))) {
                inFence = !inFence;
                continue;
            }
            if (!inFence || !line.startsWith(QLatin1String("strata ")))
                continue;
            QStringList args = QProcess::splitCommand(line);
            args.removeFirst();
            QTest::newRow(qPrintable(QStringLiteral("README.md:%1 %2").arg(i + 1).arg(line)))
                << args;
            ++count;
        }
        QVERIFY2(count >= 5, "README.md shows fewer strata commands than expected");
    }

    void readmeCommands() {
        QFETCH(QStringList, args);
        const QString command = commandOf(args);
        const QString env = optionValue(args, QStringLiteral("--env"));
        const QString target = targetOf(args, command);
        const bool offline = args.contains(QStringLiteral("--sql"));
        const bool dryRun = args.contains(QStringLiteral("--dry-run"));
        const QStringList before = versionRows(env);

        const CliRun run = runCli(args, QStringLiteral(STRATA_SOURCE_DIR), 180000);
        const QStringList after = versionRows(env);
        const QString& out = run.out;
        if (command == QLatin1String("diff")) {
            // Drift is reported with exit 3 (documented); either way a report is printed.
            QVERIFY2(run.exitCode == 0 || run.exitCode == 3, qPrintable(run.err));
            QVERIFY2(!out.trimmed().isEmpty(), "diff printed nothing");
            if (args.contains(QStringLiteral("dev")) && args.contains(QStringLiteral("test"))) {
                // test is behind dev here: the environments differ.
                QCOMPARE(run.exitCode, 3);
            }
            return;
        }
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        if (command == QLatin1String("heads")) {
            for (const QString& head : graph().heads())
                QVERIFY2(out.contains(head + QLatin1String(" (head)")), qPrintable(out));
        } else if (command == QLatin1String("history")) {
            for (const QString& id : graph().ids())
                QVERIFY2(out.contains(id), qPrintable(id));
        } else if (command == QLatin1String("show")) {
            const Revision* rev = graph().revision(resolved(target));
            QVERIFY(rev);
            QVERIFY2(out.contains(rev->id) && out.contains(rev->message), qPrintable(out));
        } else if (command == QLatin1String("check")) {
            QVERIFY2(out.contains(QStringLiteral("%1 revisions, 0 problems").arg(graph().size())),
                     qPrintable(out));
        } else if (offline && command == QLatin1String("upgrade")) {
            QVERIFY(out.contains(QLatin1String("CREATE TABLE alembic_version")));
            QCOMPARE(int(out.count(QLatin1String("-- Running upgrade "))), graph().size());
            for (const QString& id : graph().ids())
                QVERIFY2(out.contains(QStringLiteral("VALUES ('%1')").arg(id)) ||
                             out.contains(QStringLiteral("version_num='%1'").arg(id)),
                         qPrintable(id));
        } else if (offline && command == QLatin1String("downgrade")) {
            // heads:X goes down through every revision that is not X or below it.
            const QSet<QString> kept = withAncestors(resolved(target.section(u':', 1)));
            int down = 0;
            for (const QString& id : graph().ids()) {
                const bool through =
                    out.contains(QLatin1String("-- Running downgrade ") + id + QLatin1Char(' '));
                QCOMPARE(through, !kept.contains(id));
                down += through ? 1 : 0;
            }
            QCOMPARE(int(out.count(QLatin1String("-- Running downgrade "))), down);
            QVERIFY(down > 0);
        } else if (dryRun) {
            QCOMPARE(after, before); // nothing executed
            QVERIFY2(out.contains(QLatin1String("dry run")), qPrintable(out));
            QVERIFY2(out.contains(resolved(target)), qPrintable(out));
        } else if (command == QLatin1String("upgrade") || command == QLatin1String("stamp")) {
            const QStringList expected =
                target == QLatin1String("heads") ? graph().heads() : QStringList{resolved(target)};
            QCOMPARE(sorted(after), sorted(expected));
        } else if (command == QLatin1String("downgrade")) {
            QVERIFY(before.size() == 1 && target == QLatin1String("-1"));
            QCOMPARE(sorted(after), sorted(graph().revision(before.constFirst())->parents));
        } else if (command == QLatin1String("current")) {
            QVERIFY(!after.isEmpty());
            for (const QString& head : after)
                QVERIFY2(out.contains(head), qPrintable(out));
        } else if (command == QLatin1String("status")) {
            for (const QString& e : {QStringLiteral("dev"), QStringLiteral("test")}) {
                QVERIFY2(out.contains(e), qPrintable(out));
                for (const QString& head : versionRows(e))
                    QVERIFY2(out.contains(head), qPrintable(out));
            }
        } else if (command == QLatin1String("log")) {
            // Every revision dev went through has a succeeded upgrade row.
            const QStringList lines = out.split(QLatin1Char('\n'));
            for (const QString& id : graph().ids()) {
                const QStringList rows =
                    lines.filter(QRegularExpression(QStringLiteral("upgrade\\s+%1\\s+succeeded")
                                                        .arg(QRegularExpression::escape(id))));
                QVERIFY2(!rows.isEmpty(), qPrintable(id + QLatin1String(":\n") + out));
            }
        } else {
            QFAIL(
                qPrintable(QStringLiteral("README shows `%1`, which this test does not check yet: "
                                          "add what it must do")
                               .arg(command)));
        }
    }
};

QTEST_GUILESS_MAIN(TestDocs)
#include "tst_docs.moc"
