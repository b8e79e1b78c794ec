#include "ProjectConfig.h"

#include "ConnectionUrl.h"
#include "Duration.h"
#include "LintSettingsReader.h"
#include "NameSuggestion.h"
#include "RegularFile.h"
#include "TomlInput.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <toml++/toml.h>

#include <algorithm>
#include <climits>
#include <string>
#include <string_view>
#include <vector>

namespace strata {

namespace {

const QString kFileName = QStringLiteral("strata.toml");

int lineOf(const toml::node& node) {
    return int(node.source().begin.line);
}
int lineOf(const toml::key& key) {
    return int(key.source().begin.line);
}

// Every string toml++ returns comes through here (TomlInput undoes its shift).
QString qstr(std::string_view s) {
    return TomlInput::restore(s);
}

// Checks one table of strata.toml against its schema; collects errors with file:line.
class Reader {
public:
    explicit Reader(QString path)
        : m_path(std::move(path)) {}

    Error error(ErrorCode code, int line, const QString& message) const {
        Error e(code, message);
        e.at(m_path, line);
        return e;
    }

    Error unknownKey(const QString& prefix, const toml::key& key, const QStringList& known) const {
        const QString name = qstr(key.str());
        QString message =
            QCoreApplication::translate("strata", "unknown key '%1%2'").arg(prefix, name);
        const QString best = closestName(name, known);
        if (!best.isEmpty())
            message += QCoreApplication::translate("strata", " (did you mean '%1'?)").arg(best);
        else
            message += QCoreApplication::translate("strata", " (known: %1)")
                           .arg(known.join(QStringLiteral(", ")));
        return error(ErrorCode::Config, lineOf(key), message);
    }

    // [project] postgres: a server major, "18" or 18 (9 to 99).
    Result<int> major(const toml::node& node, const QString& what) const {
        bool ok = node.is_integer();
        const qint64 v = ok ? node.as_integer()->get()
                            : (node.is_string() ? qstr(node.as_string()->get()).toInt(&ok) : 0);
        if (ok && v >= 9 && v <= 99)
            return int(v);
        return error(ErrorCode::Config, lineOf(node),
                     QCoreApplication::translate(
                         "strata", "%1 must be a PostgreSQL major version like \"17\"")
                         .arg(what));
    }

    Result<QString> string(const toml::node& node, const QString& what) const {
        if (const auto* s = node.as_string())
            return qstr(s->get());
        return error(ErrorCode::Config, lineOf(node),
                     QCoreApplication::translate("strata", "%1 must be a string").arg(what));
    }

    Result<QString> nonEmptyString(const toml::node& node, const QString& what) const {
        Result<QString> s = string(node, what);
        if (s && s->trimmed().isEmpty())
            return error(ErrorCode::Config, lineOf(node),
                         QCoreApplication::translate("strata", "%1 must not be empty").arg(what));
        return s;
    }

    Result<bool> boolean(const toml::node& node, const QString& what) const {
        if (const auto* b = node.as_boolean())
            return b->get();
        return error(ErrorCode::Config, lineOf(node),
                     QCoreApplication::translate("strata", "%1 must be a boolean").arg(what));
    }

    Result<qint64> duration(const toml::node& node, const QString& what) const {
        if (const auto* i = node.as_integer()) {
            if (i->get() < 0 || i->get() > INT_MAX)
                return error(ErrorCode::Config, lineOf(node),
                             QCoreApplication::translate("strata",
                                                         "%1 must be between 0 and %2 milliseconds")
                                 .arg(what)
                                 .arg(INT_MAX));
            return qint64(i->get());
        }
        const auto* s = node.as_string();
        if (!s)
            return error(
                ErrorCode::Config, lineOf(node),
                QCoreApplication::translate("strata", "%1 must be a duration string like \"5s\"")
                    .arg(what));
        Result<qint64> ms = parseDurationMs(qstr(s->get()));
        if (!ms)
            return error(
                ErrorCode::Config, lineOf(node),
                QCoreApplication::translate("strata", "%1: %2").arg(what, ms.error().message));
        return ms;
    }

    Result<QString> url(const toml::node& node, const QString& what) const {
        Result<QString> s = string(node, what);
        if (!s)
            return s;
        const Result<void> syntax = checkVariableSyntax(*s);
        if (!syntax)
            return error(
                ErrorCode::Config, lineOf(node),
                QCoreApplication::translate("strata", "%1: %2").arg(what, syntax.error().message));
        return s;
    }

    // A size: an integer number of bytes, or a string like "16MB", "512 KB", "1GB".
    Result<qint64> size(const toml::node& node, const QString& what) const {
        const QString format =
            QCoreApplication::translate("strata", "%1 must be a size like \"16MB\" (KB, MB, GB)")
                .arg(what);
        qint64 bytes = -1;
        if (const auto* i = node.as_integer()) {
            bytes = i->get();
        } else if (const auto* s = node.as_string()) {
            static const QRegularExpression re(
                QStringLiteral("^\\s*(\\d{1,12})\\s*(B|KB|MB|GB)?\\s*$"),
                QRegularExpression::CaseInsensitiveOption);
            const QRegularExpressionMatch m = re.match(qstr(s->get()));
            if (!m.hasMatch())
                return error(ErrorCode::Config, lineOf(node), format);
            const QString unit = m.captured(2).toUpper();
            const qint64 scale = unit == QLatin1String("GB")   ? qint64(1) << 30
                                 : unit == QLatin1String("MB") ? qint64(1) << 20
                                 : unit == QLatin1String("KB") ? qint64(1) << 10
                                                               : 1;
            bytes = m.captured(1).toLongLong() * scale;
        } else {
            return error(ErrorCode::Config, lineOf(node), format);
        }
        if (bytes < 1024 || bytes > (qint64(1) << 32))
            return error(ErrorCode::Config, lineOf(node),
                         QCoreApplication::translate("strata", "%1 must be between 1 KB and 4 GB")
                             .arg(what));
        return bytes;
    }

    QString path() const { return m_path; }

private:
    QString m_path;
};

// PostgreSQL truncates identifiers to 63 bytes; the version table's primary key is named
// `<table>_pkc` (as Alembic names it), so the table name may have 59.
constexpr int kMaxIdentifierBytes = 63;
constexpr int kMaxVersionTableBytes = kMaxIdentifierBytes - 4;

Result<void> checkName(const Reader& r, const QString& key, const QString& value, int line,
                       int maxBytes) {
    for (const QChar c : value)
        if (c.category() == QChar::Other_Control)
            return r.error(ErrorCode::Config, line,
                           QCoreApplication::translate(
                               "strata", "project.%1 must not contain control characters")
                               .arg(key));
    const qsizetype bytes = value.toUtf8().size();
    if (bytes > maxBytes)
        return r.error(ErrorCode::Config, line,
                       QCoreApplication::translate(
                           "strata", "project.%1 is %2 bytes long; PostgreSQL keeps %3 bytes of a "
                                     "name%4")
                           .arg(key)
                           .arg(bytes)
                           .arg(maxBytes)
                           .arg(maxBytes < kMaxIdentifierBytes
                                    ? QCoreApplication::translate(
                                          "strata", " here (its primary key adds '_pkc')")
                                    : QString()));
    return {};
}

Result<void> checkTableNames(const Reader& r, const QString& schema, int schemaLine,
                             const QString& versionTable, int versionLine,
                             const QString& historyTable, int historyLine) {
    STRATA_TRY(checkName(r, QStringLiteral("version_table_schema"), schema, schemaLine,
                         kMaxIdentifierBytes));
    STRATA_TRY(checkName(r, QStringLiteral("version_table"), versionTable, versionLine,
                         kMaxVersionTableBytes));
    STRATA_TRY(checkName(r, QStringLiteral("history_table"), historyTable, historyLine,
                         kMaxIdentifierBytes));
    if (versionTable == historyTable)
        return r.error(ErrorCode::Config, historyLine ? historyLine : versionLine,
                       QCoreApplication::translate(
                           "strata", "project.history_table and project.version_table are both "
                                     "'%1': they must be different tables")
                           .arg(versionTable));
    return {};
}

QString absoluteUnder(const QString& dir, const QString& relative) {
    return QDir::cleanPath(QDir(dir).absoluteFilePath(QDir::fromNativeSeparators(relative)));
}

// A program setting: a bare name stays (looked up on the PATH), a path is relative to strata.toml.
QString programPath(const QString& dir, const QString& value) {
    return value.contains(QLatin1Char('/')) ? absoluteUnder(dir, value) : value;
}

// A pyproject.toml with a [tool.alembic] table (any error: no).
bool hasToolAlembic(const QString& path) {
    const Result<QByteArray> raw = RegularFile::read(path);
    if (!raw)
        return false;
    const Result<QByteArray> bytes = TomlInput::protect(*raw, path);
    if (!bytes)
        return false;
    try {
        const toml::table root =
            toml::parse(std::string_view(bytes->constData(), size_t(bytes->size())));
        const toml::table* tool = root["tool"].as_table();
        return tool && (*tool)["alembic"].as_table();
    } catch (const toml::parse_error&) {
        return false;
    }
}

} // namespace

ProjectConfig ProjectConfig::forAlembic(const QString& configFile, const QStringList& versionDirs,
                                        bool recursive, const QString& url, int urlLine) {
    ProjectConfig config;
    const QFileInfo info(configFile);
    config.m_filePath = QDir::cleanPath(info.absoluteFilePath());
    config.m_projectDir = QDir::cleanPath(info.absolutePath());
    config.m_envFilePath = QDir(config.m_projectDir).filePath(QStringLiteral(".env"));
    config.m_backupDir = absoluteUnder(config.m_projectDir, QStringLiteral("backups"));
    config.m_versionDirs = versionDirs;
    config.m_recursiveVersions = recursive;
    config.m_alembicConfig = config.m_filePath;
    Environment env;
    env.name = QStringLiteral("default");
    env.url = url;
    env.file = config.m_filePath;
    env.line = urlLine;
    env.envFilePath = config.m_envFilePath;
    env.color = Environment::defaultColor(0);
    config.m_environments.append(env);
    return config;
}

void ProjectConfig::adoptAlembicDefaultEnvironment(const QString& url, int urlLine) {
    if (!m_environments.isEmpty())
        return;
    Environment env;
    env.name = QStringLiteral("default");
    env.url = url;
    env.file = m_alembicConfig;
    env.line = urlLine;
    env.envFilePath = m_envFilePath;
    env.color = Environment::defaultColor(0);
    m_environments.append(env);
}

void ProjectConfig::adoptAlembicVersions(const QStringList& versionDirs, bool recursive) {
    if (!m_versionsWritten)
        m_versionDirs = versionDirs;
    m_recursiveVersions = recursive;
}

Result<QString> ProjectConfig::findProjectFile(const QString& start) {
    const QString startPath = start.isEmpty() ? QDir::currentPath() : start;
    const QFileInfo info(startPath);
    if (!info.exists())
        return Error(ErrorCode::NotFound, QCoreApplication::translate("strata", "%1 does not exist")
                                              .arg(QDir::cleanPath(info.absoluteFilePath())));
    QString dir;
    if (info.isFile()) {
        if (info.fileName() == kFileName ||
            info.suffix().compare(QLatin1String("toml"), Qt::CaseInsensitive) == 0 ||
            info.suffix().compare(QLatin1String("ini"), Qt::CaseInsensitive) == 0)
            return QDir::cleanPath(info.absoluteFilePath());
        dir = info.absolutePath();
    } else {
        dir = info.absoluteFilePath();
    }
    dir = QDir::cleanPath(dir);
    QDir d(dir);
    while (true) {
        for (const QString& name : {kFileName, QStringLiteral("alembic.ini")}) {
            const QFileInfo candidate(d.filePath(name));
            if (candidate.isFile())
                return QDir::cleanPath(candidate.absoluteFilePath());
        }
        const QFileInfo pyproject(d.filePath(QStringLiteral("pyproject.toml")));
        if (pyproject.isFile() && hasToolAlembic(pyproject.absoluteFilePath()))
            return QDir::cleanPath(pyproject.absoluteFilePath());
        if (!d.cdUp())
            break;
    }
    return Error(
        ErrorCode::NotFound,
        QCoreApplication::translate("strata", "no strata.toml or alembic.ini in %1 or any parent")
            .arg(QDir::toNativeSeparators(dir)));
}

Result<ProjectConfig> ProjectConfig::load(const QString& tomlPath) {
    QFileInfo info(tomlPath);
    if (info.isDir())
        info = QFileInfo(QDir(info.absoluteFilePath()).filePath(kFileName));
    const QString path = QDir::cleanPath(info.absoluteFilePath());
    if (!info.exists())
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("strata", "%1 does not exist").arg(path));
    Result<QByteArray> read = RegularFile::read(path);
    if (!read)
        return std::move(read).error();
    return fromText(*read, path);
}

Result<ProjectConfig> ProjectConfig::fromText(const QByteArray& input, const QString& path) {
    const QFileInfo info(path);
    STRATA_TRY_ASSIGN(const QByteArray bytes, TomlInput::protect(input, path));
    const std::string_view doc(bytes.constData(), size_t(bytes.size()));
    const std::string sourcePath = path.toStdString();

    toml::table root;
    auto parseFailed = [&](const toml::parse_error& e) {
        Error err(ErrorCode::Parse, qstr(e.description()).simplified());
        err.at(path, int(e.source().begin.line), int(e.source().begin.column));
        return err;
    };
#if TOML_EXCEPTIONS
    try {
        root = toml::parse(doc, std::string_view(sourcePath));
    } catch (const toml::parse_error& e) {
        return parseFailed(e);
    }
#else
    toml::parse_result parsed = toml::parse(doc, std::string_view(sourcePath));
    if (!parsed)
        return parseFailed(parsed.error());
    root = std::move(parsed).table();
#endif

    const Reader r(path);
    ProjectConfig config;
    config.m_filePath = path;
    config.m_projectDir = QDir::cleanPath(info.absolutePath());
    config.m_envFilePath = QDir(config.m_projectDir).filePath(QStringLiteral(".env"));
    config.m_versionDirs = {absoluteUnder(config.m_projectDir, QStringLiteral("versions"))};
    config.m_backupDir = absoluteUnder(config.m_projectDir, QStringLiteral("backups"));

    const QStringList topKeys = {QStringLiteral("project"), QStringLiteral("environments"),
                                 QStringLiteral("alembic"), QStringLiteral("lint")};
    const QStringList projectKeys = {QStringLiteral("versions"),
                                     QStringLiteral("version_table"),
                                     QStringLiteral("version_table_schema"),
                                     QStringLiteral("history_table"),
                                     QStringLiteral("shadow_url"),
                                     QStringLiteral("backup_dir"),
                                     QStringLiteral("pg_dump"),
                                     QStringLiteral("create_schema"),
                                     QStringLiteral("max_file_size"),
                                     QStringLiteral("id_format"),
                                     QStringLiteral("alembic"),
                                     QStringLiteral("postgres")};
    const QStringList envKeys = {QStringLiteral("url"),
                                 QStringLiteral("color"),
                                 QStringLiteral("protected"),
                                 QStringLiteral("lock_timeout"),
                                 QStringLiteral("statement_timeout"),
                                 QStringLiteral("backup"),
                                 QStringLiteral("pg_dump"),
                                 QStringLiteral("description")};

    // Keys in file order: toml++ tables are sorted maps.
    auto ordered = [](const toml::table& t) {
        std::vector<std::pair<const toml::key*, const toml::node*>> items;
        for (auto&& [k, v] : t)
            items.emplace_back(&k, &v);
        std::stable_sort(items.begin(), items.end(), [](const auto& a, const auto& b) {
            const auto& sa = a.first->source().begin;
            const auto& sb = b.first->source().begin;
            return sa.line != sb.line ? sa.line < sb.line : sa.column < sb.column;
        });
        return items;
    };

    struct {
        int versionTable = 0;
        int schema = 0;
        int historyTable = 0;
    } nameLines;
    const toml::table* projectTable = nullptr;
    const toml::table* envsTable = nullptr;
    for (const auto& [key, node] : ordered(root)) {
        const QString name = qstr(key->str());
        if (name == QLatin1String("project")) {
            projectTable = node->as_table();
            if (!projectTable)
                return r.error(
                    ErrorCode::Config, lineOf(*node),
                    QCoreApplication::translate("strata", "project must be a table ([project])"));
        } else if (name == QLatin1String("environments")) {
            envsTable = node->as_table();
            if (!envsTable)
                return r.error(ErrorCode::Config, lineOf(*node),
                               QCoreApplication::translate(
                                   "strata", "environments must be a table ([environments.NAME])"));
        } else if (name == QLatin1String("alembic")) {
            // [alembic]: how `.py` revisions run: `python`, `url_env`.
            const toml::table* alembic = node->as_table();
            if (!alembic)
                return r.error(
                    ErrorCode::Config, lineOf(*node),
                    QCoreApplication::translate("strata", "alembic must be a table ([alembic])"));
            for (const auto& [akey, anode] : ordered(*alembic)) {
                const QString akeyName = qstr(akey->str());
                if (akeyName == QLatin1String("url_env")) {
                    STRATA_TRY_ASSIGN(const QString variable,
                                      r.nonEmptyString(*anode, QStringLiteral("alembic.url_env")));
                    static const QRegularExpression nameRe(
                        QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
                    if (!nameRe.match(variable).hasMatch())
                        return r.error(ErrorCode::Config, lineOf(*anode),
                                       QCoreApplication::translate(
                                           "strata", "alembic.url_env '%1' is not an environment "
                                                     "variable name (letters, digits and '_', "
                                                     "not starting with a digit)")
                                           .arg(variable));
                    config.m_alembicUrlVariable = variable;
                    continue;
                }
                if (akeyName != QLatin1String("python"))
                    return r.unknownKey(QStringLiteral("alembic."), *akey,
                                        {QStringLiteral("python"), QStringLiteral("url_env")});
                STRATA_TRY_ASSIGN(const QString python,
                                  r.nonEmptyString(*anode, QStringLiteral("alembic.python")));
                config.m_alembicPython = python.contains(QLatin1Char('/'))
                                             ? absoluteUnder(config.m_projectDir, python)
                                             : python;
            }
        } else if (name == QLatin1String("lint")) {
            STRATA_TRY_ASSIGN(config.m_lintSettings, LintSettingsReader::read(*node, path));
        } else {
            return r.unknownKey(QString(), *key, topKeys);
        }
    }

    if (projectTable) {
        for (const auto& [key, node] : ordered(*projectTable)) {
            const QString name = qstr(key->str());
            const QString what = QStringLiteral("project.") + name;
            if (name == QLatin1String("versions")) {
                QStringList dirs;
                const QString typeError =
                    QStringLiteral("%1 must be a string or an array of strings").arg(what);
                if (const auto* s = node->as_string()) {
                    dirs.append(qstr(s->get()));
                } else if (const auto* arr = node->as_array()) {
                    for (const toml::node& el : *arr) {
                        const auto* es = el.as_string();
                        if (!es)
                            return r.error(ErrorCode::Config, lineOf(el), typeError);
                        dirs.append(qstr(es->get()));
                    }
                    if (dirs.isEmpty())
                        return r.error(ErrorCode::Config, lineOf(*node),
                                       QCoreApplication::translate("strata", "%1 must not be empty")
                                           .arg(what));
                } else {
                    return r.error(ErrorCode::Config, lineOf(*node), typeError);
                }
                config.m_versionDirs.clear();
                config.m_versionsWritten = true;
                for (const QString& d : dirs) {
                    if (d.trimmed().isEmpty())
                        return r.error(ErrorCode::Config, lineOf(*node),
                                       QCoreApplication::translate(
                                           "strata", "%1 must not contain an empty path")
                                           .arg(what));
                    const QString abs = absoluteUnder(config.m_projectDir, d);
                    if (!config.m_versionDirs.contains(abs))
                        config.m_versionDirs.append(abs);
                }
            } else if (name == QLatin1String("version_table")) {
                Result<QString> v = r.nonEmptyString(*node, what);
                if (!v)
                    return v.error();
                config.m_versionTable = *v;
                nameLines.versionTable = lineOf(*node);
            } else if (name == QLatin1String("version_table_schema")) {
                Result<QString> v = r.nonEmptyString(*node, what);
                if (!v)
                    return v.error();
                config.m_versionTableSchema = *v;
                nameLines.schema = lineOf(*node);
            } else if (name == QLatin1String("history_table")) {
                Result<QString> v = r.nonEmptyString(*node, what);
                if (!v)
                    return v.error();
                config.m_historyTable = *v;
                nameLines.historyTable = lineOf(*node);
            } else if (name == QLatin1String("shadow_url")) {
                Result<QString> v = r.url(*node, what);
                if (!v)
                    return v.error();
                config.m_shadowUrl = *v;
                config.m_shadowUrlLine = lineOf(*node);
            } else if (name == QLatin1String("alembic")) {
                Result<QString> v = r.nonEmptyString(*node, what);
                if (!v)
                    return v.error();
                config.m_alembicConfig = absoluteUnder(config.m_projectDir, *v);
                config.m_alembicConfigLine = lineOf(*node);
            } else if (name == QLatin1String("create_schema")) {
                Result<bool> v = r.boolean(*node, what);
                if (!v)
                    return v.error();
                config.m_createSchema = *v;
            } else if (name == QLatin1String("max_file_size")) {
                Result<qint64> v = r.size(*node, what);
                if (!v)
                    return v.error();
                config.m_maxFileBytes = *v;
            } else if (name == QLatin1String("id_format")) {
                STRATA_TRY_ASSIGN(const QString v, r.string(*node, what));
                Result<IdFormat> format = IdFormat::parse(v);
                if (!format)
                    return r.error(ErrorCode::Config, lineOf(*node), format.error().message);
                config.m_idFormat = *format;
            } else if (name == QLatin1String("postgres")) {
                STRATA_TRY_ASSIGN(config.m_postgresMajor, r.major(*node, what));
            } else if (name == QLatin1String("backup_dir")) {
                Result<QString> v = r.nonEmptyString(*node, what);
                if (!v)
                    return v.error();
                config.m_backupDir = absoluteUnder(config.m_projectDir, *v);
            } else if (name == QLatin1String("pg_dump")) {
                STRATA_TRY_ASSIGN(const QString v, r.nonEmptyString(*node, what));
                config.m_pgDump = programPath(config.m_projectDir, v);
            } else {
                return r.unknownKey(QStringLiteral("project."), *key, projectKeys);
            }
        }
    }

    if (Result<void> names =
            checkTableNames(r, config.m_versionTableSchema, nameLines.schema, config.m_versionTable,
                            nameLines.versionTable, config.m_historyTable, nameLines.historyTable);
        !names)
        return names.error();

    if (envsTable) {
        static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.\\-]*$"));
        static const QRegularExpression colorRe(
            QStringLiteral("^(#([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6}|[0-9A-Fa-f]{8})|[A-Za-z]+)$"));
        for (const auto& [envKey, envNode] : ordered(*envsTable)) {
            Environment env;
            env.name = qstr(envKey->str());
            env.file = path;
            env.line = lineOf(*envKey);
            env.envFilePath = config.m_envFilePath;
            env.index = int(config.m_environments.size());
            const QString prefix = QStringLiteral("environments.") + env.name;
            if (!nameRe.match(env.name).hasMatch())
                return r.error(ErrorCode::Config, env.line,
                               QCoreApplication::translate(
                                   "strata", "environment name '%1' is not valid (use letters, "
                                             "digits, '_', '-' and '.')")
                                   .arg(env.name));
            const toml::table* t = envNode->as_table();
            if (!t)
                return r.error(
                    ErrorCode::Config, lineOf(*envNode),
                    QCoreApplication::translate("strata", "%1 must be a table ([%1])").arg(prefix));
            bool hasUrl = false;
            for (const auto& [key, node] : ordered(*t)) {
                const QString name = qstr(key->str());
                const QString what = prefix + QLatin1Char('.') + name;
                if (name == QLatin1String("url")) {
                    Result<QString> v = r.url(*node, what);
                    if (!v)
                        return v.error();
                    env.url = *v;
                    hasUrl = true;
                } else if (name == QLatin1String("color")) {
                    Result<QString> v = r.string(*node, what);
                    if (!v)
                        return v.error();
                    if (!colorRe.match(*v).hasMatch())
                        return r.error(ErrorCode::Config, lineOf(*node),
                                       QCoreApplication::translate(
                                           "strata", "%1 must be a colour like \"#2e7d32\", not "
                                                     "\"%2\"")
                                           .arg(what, *v));
                    env.color = *v;
                } else if (name == QLatin1String("protected")) {
                    Result<bool> v = r.boolean(*node, what);
                    if (!v)
                        return v.error();
                    env.isProtected = *v;
                } else if (name == QLatin1String("backup")) {
                    Result<bool> v = r.boolean(*node, what);
                    if (!v)
                        return v.error();
                    env.backup = *v;
                } else if (name == QLatin1String("pg_dump")) {
                    STRATA_TRY_ASSIGN(const QString v, r.nonEmptyString(*node, what));
                    env.pgDump = programPath(config.m_projectDir, v);
                } else if (name == QLatin1String("lock_timeout")) {
                    Result<qint64> v = r.duration(*node, what);
                    if (!v)
                        return v.error();
                    env.lockTimeoutMs = *v;
                } else if (name == QLatin1String("statement_timeout")) {
                    Result<qint64> v = r.duration(*node, what);
                    if (!v)
                        return v.error();
                    env.statementTimeoutMs = *v;
                } else if (name == QLatin1String("description")) {
                    Result<QString> v = r.string(*node, what);
                    if (!v)
                        return v.error();
                    env.description = *v;
                } else {
                    return r.unknownKey(prefix + QLatin1Char('.'), *key, envKeys);
                }
            }
            if (!hasUrl)
                return r.error(
                    ErrorCode::Config, env.line,
                    QCoreApplication::translate("strata", "%1.url is missing").arg(prefix));
            if (env.color.isEmpty())
                env.color = Environment::defaultColor(env.index);
            config.m_environments.append(env);
        }
    }
    return config;
}

Result<QString> ProjectConfig::shadowConninfo() const {
    if (m_shadowUrl.isEmpty())
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("strata", "no shadow_url in %1").arg(m_filePath));
    Result<QString> expanded = expandVariables(m_shadowUrl, m_envFilePath);
    if (!expanded) {
        Error e = expanded.error();
        if (e.file.isEmpty()) {
            e.message = QCoreApplication::translate("strata", "project.shadow_url: ") + e.message;
            e.at(m_filePath, m_shadowUrlLine);
        }
        return e;
    }
    return ConnectionUrl::normalise(*expanded);
}

QStringList ProjectConfig::environmentNames() const {
    QStringList names;
    for (const Environment& e : m_environments)
        names.append(e.name);
    return names;
}

const Environment* ProjectConfig::environment(const QString& name) const {
    for (const Environment& e : m_environments) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

Result<const Environment*> ProjectConfig::requireEnvironment(const QString& name) const {
    if (const Environment* e = environment(name))
        return e;
    Error err(ErrorCode::Usage,
              m_environments.isEmpty()
                  ? QCoreApplication::translate(
                        "strata", "unknown environment '%1': %2 defines no environments")
                        .arg(name, m_filePath)
                  : QCoreApplication::translate("strata", "unknown environment '%1' (known: %2)")
                        .arg(name, environmentNames().join(QStringLiteral(", "))));
    return err;
}

} // namespace strata
