#include "alembic/AlembicRevisionAuthor.h"

#include "alembic/AlembicBridge.h"
#include "alembic/PythonInterpreter.h"
#include "config/ProjectConfig.h"
#include "revision/AlembicScript.h"
#include "revision/PythonLiterals.h"
#include "sql/SqlSplitter.h"
#include "sql/StatementClassifier.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

namespace strata {

namespace {

const char* const kHelper = "strata_alembic_author.py";
constexpr int kTimeoutMs = 120000;

QString tr(const char* text) {
    return QCoreApplication::translate("strata", text);
}

// A double-quoted literal (triple when multi-line) whose value is `value`.
QString literal(const QString& value) {
    PythonStringLiteral like;
    like.quote = QLatin1Char('"');
    like.triple = value.contains(QLatin1Char('\n'));
    return PythonLiterals::render(value, like);
}

// The SQL as a section holds it: leading blank lines and trailing whitespace dropped.
QString trimmedSql(const QString& sql) {
    qsizetype begin = 0;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        if (sql.at(i) == QLatin1Char('\n'))
            begin = i + 1;
        else if (!sql.at(i).isSpace())
            break;
    }
    qsizetype end = sql.size();
    while (end > begin && sql.at(end - 1).isSpace())
        --end;
    return sql.mid(begin, end - begin);
}

QJsonArray toArray(const QStringList& list) {
    QJsonArray out;
    for (const QString& s : list)
        out.append(s);
    return out;
}

QJsonObject requestJson(const AlembicRevisionAuthor::Request& request, const QString& upgrades,
                        const QString& downgrades) {
    const NewRevision& r = request.revision;
    QJsonObject o;
    o[QStringLiteral("cmd")] = request.merge ? QStringLiteral("merge") : QStringLiteral("revision");
    o[QStringLiteral("message")] = r.message;
    if (!r.id.isEmpty())
        o[QStringLiteral("rev_id")] = r.id;
    if (!r.branchLabels.isEmpty())
        o[QStringLiteral("branch_labels")] = toArray(r.branchLabels);
    if (request.merge) {
        o[QStringLiteral("revisions")] = toArray(r.parents);
        return o;
    }
    if (r.parents.isEmpty())
        o[QStringLiteral("head")] = QStringLiteral("base");
    else if (r.parents.size() == 1)
        o[QStringLiteral("head")] = r.parents.constFirst();
    else
        o[QStringLiteral("head")] = toArray(r.parents);
    o[QStringLiteral("splice")] = request.splice;
    if (!r.dependsOn.isEmpty())
        o[QStringLiteral("depends_on")] = toArray(r.dependsOn);
    o[QStringLiteral("upgrades")] = upgrades;
    o[QStringLiteral("downgrades")] = downgrades;
    return o;
}

// The helper's answer: its last JSON line on stdout.
std::optional<QJsonObject> answerOf(const QByteArray& out) {
    const QList<QByteArray> lines = out.trimmed().split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QJsonDocument doc = QJsonDocument::fromJson(it->trimmed());
        if (doc.isObject())
            return doc.object();
    }
    return std::nullopt;
}

QString lastLine(const QByteArray& text) {
    const QStringList lines =
        QString::fromUtf8(text).trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.constLast().trimmed();
}

Result<AlembicRevisionAuthor::Written> runHelper(const AlembicRevisionAuthor::Setup& setup,
                                                 const QJsonObject& request) {
    const QString helper = AlembicBridge::resourcePath(QLatin1String(kHelper));
    if (helper.isEmpty())
        return Error(ErrorCode::Config,
                     tr("Strata's Alembic authoring helper (%1) is not installed (looked in "
                        "share/strata beside the binary and /usr/share/strata)")
                         .arg(QLatin1String(kHelper)));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(QFileInfo(setup.configFile).absolutePath());
    p.start(setup.python,
            {helper, QStringLiteral("--config"), setup.configFile, QStringLiteral("--name"),
             setup.section, QStringLiteral("--python"), setup.python});
    if (!p.waitForStarted(10000))
        return Error(ErrorCode::Config,
                     tr("Python interpreter '%1' cannot be started (%2); set [alembic] python in "
                        "strata.toml")
                         .arg(setup.python, p.errorString()));
    p.write(QJsonDocument(request).toJson(QJsonDocument::Compact));
    p.closeWriteChannel();
    if (!p.waitForFinished(kTimeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
        return Error(ErrorCode::Config, tr("Python interpreter '%1' did not write the revision "
                                           "within %2 s")
                                            .arg(setup.python)
                                            .arg(kTimeoutMs / 1000));
    }
    const QByteArray err = p.readAllStandardError();
    const std::optional<QJsonObject> answer = answerOf(p.readAllStandardOutput());
    if (!answer) {
        const QString tail = lastLine(err);
        return Error(
            ErrorCode::Config,
            tr("Python interpreter '%1' could not run Strata's authoring helper (%2)")
                .arg(setup.python, tail.isEmpty() ? tr("exit code %1").arg(p.exitCode()) : tail));
    }
    if (!answer->value(QStringLiteral("ok")).toBool())
        return Error(answer->value(QStringLiteral("kind")).toString() == QLatin1String("alembic")
                         ? ErrorCode::Usage
                         : ErrorCode::Config,
                     answer->value(QStringLiteral("message")).toString());
    return AlembicRevisionAuthor::Written{answer->value(QStringLiteral("path")).toString(),
                                          answer->value(QStringLiteral("revision")).toString()};
}

// The file Alembic wrote holds the SQL given (the template placed ${upgrades}/${downgrades}).
Result<void> verify(const QString& path, const NewRevision& r) {
    if (r.upgradeSql.trimmed().isEmpty() && r.downgradeSql.trimmed().isEmpty())
        return {};
    Result<Revision> read = AlembicScript::load(path);
    QString why;
    if (!read)
        why = read.error().message;
    else if (read->source != Revision::Source::AlembicSqlForm)
        why = tr("its upgrade()/downgrade() are not op.execute() calls");
    else if (r.transactional && (read->upgrade.sql.trimmed() != r.upgradeSql.trimmed() ||
                                 read->downgrade.sql.trimmed() != r.downgradeSql.trimmed()))
        why = tr("the SQL read back differs");
    else if (!r.transactional && r.upgradeSql.trimmed().isEmpty() != read->upgrade.sql.isEmpty())
        why = tr("the SQL read back differs");
    if (why.isEmpty())
        return {};
    QFile::remove(path);
    Error e(ErrorCode::Config,
            tr("the project's script.py.mako does not place the SQL in upgrade()/downgrade() "
               "(${upgrades} / ${downgrades}): %1; nothing written")
                .arg(why));
    e.at(path);
    return e;
}

// In one transaction, a statement that cannot run inside one (CREATE INDEX CONCURRENTLY, VACUUM)
// would make `alembic upgrade` fail: refused before anything is written. SQL that does not
// split is left to the file (it is the user's text; `strata check` reports it).
Result<void> checkTransactional(const NewRevision& r) {
    if (!r.transactional)
        return {};
    for (const QString* sql : {&r.upgradeSql, &r.downgradeSql}) {
        const Result<QList<SqlStatement>> statements = SqlSplitter::split(*sql);
        if (!statements)
            continue;
        for (const SqlStatement& s : *statements) {
            const Result<StatementClass> c = StatementClassifier::classify(s.text);
            if (c && c->kind == StatementKind::NoTransaction)
                return Error(ErrorCode::Usage,
                             tr("revision %1: %2: write it without a transaction "
                                "(--no-transaction; in the studio, uncheck \"Run in one "
                                "transaction\"), which writes Alembic's op.execute(\"COMMIT\") "
                                "idiom; nothing written")
                                 .arg(r.id.isEmpty() ? tr("(new)") : r.id, c->reason));
        }
    }
    return {};
}

} // namespace

AlembicRevisionAuthor::Setup AlembicRevisionAuthor::forConfig(const ProjectConfig& config) {
    Setup setup;
    setup.configFile = config.alembicConfigPath();
    setup.python = PythonInterpreter::choose(config.alembicPython(),
                                             QFileInfo(setup.configFile).absolutePath());
    return setup;
}

Result<QString> AlembicRevisionAuthor::body(const QString& sql, bool transactional) {
    const QString trimmed = trimmedSql(sql);
    if (trimmed.isEmpty())
        return QString();
    if (transactional)
        return QStringLiteral("op.execute(") +
               literal(QLatin1Char('\n') + trimmed + QLatin1Char('\n')) + QLatin1Char(')');
    STRATA_TRY_ASSIGN(const QList<SqlStatement> statements, SqlSplitter::split(trimmed));
    QString out = QStringLiteral("op.execute(\"COMMIT\")");
    for (const SqlStatement& s : statements) {
        const QString value = s.text.contains(QLatin1Char('\n'))
                                  ? QLatin1Char('\n') + s.text + QLatin1Char('\n')
                                  : s.text;
        out += QStringLiteral("\n    op.execute(") + literal(value) + QLatin1Char(')');
    }
    return out;
}

Result<AlembicRevisionAuthor::Written> AlembicRevisionAuthor::write(const Setup& setup,
                                                                    const Request& request) {
    const NewRevision& r = request.revision;
    STRATA_TRY(checkTransactional(r));
    STRATA_TRY_ASSIGN(const QString upgrades, body(r.upgradeSql, r.transactional));
    STRATA_TRY_ASSIGN(const QString downgrades, body(r.downgradeSql, r.transactional));
    STRATA_TRY_ASSIGN(Written written,
                      runHelper(setup, requestJson(request, upgrades, downgrades)));
    STRATA_TRY(verify(written.path, r));
    return written;
}

} // namespace strata
