#include "ProjectConfig.h"

#include "ConnectionUrl.h"
#include "Duration.h"
#include "EnvironmentKeys.h"
#include "GroupReader.h"
#include "LintSettingsReader.h"
#include "NameSuggestion.h"
#include "RegularFile.h"
#include "TomlInput.h"
#include "TomlReader.h"

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

using config::absoluteUnder;
using config::lineOf;
using config::programPath;
using config::qstr;
using config::TomlReader;

const QString kFileName = QStringLiteral("strata.toml");

// PostgreSQL truncates identifiers to 63 bytes; the version table's primary key is named
// `<table>_pkc` (as Alembic names it), so the table name may have 59.
constexpr int kMaxIdentifierBytes = 63;
constexpr int kMaxVersionTableBytes = kMaxIdentifierBytes - 4;

Result<void> checkName(const TomlReader& r, const QString& key, const QString& value, int line,
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

Result<void> checkTableNames(const TomlReader& r, const QString& schema, int schemaLine,
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

    const TomlReader r(path);
    ProjectConfig config;
    config.m_filePath = path;
    config.m_projectDir = QDir::cleanPath(info.absolutePath());
    config.m_envFilePath = QDir(config.m_projectDir).filePath(QStringLiteral(".env"));
    config.m_versionDirs = {absoluteUnder(config.m_projectDir, QStringLiteral("versions"))};
    config.m_backupDir = absoluteUnder(config.m_projectDir, QStringLiteral("backups"));

    const QStringList topKeys = {QStringLiteral("project"), QStringLiteral("environments"),
                                 QStringLiteral("alembic"), QStringLiteral("lint"),
                                 QStringLiteral("groups")};
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
    const QStringList envKeys =
        QStringList{QStringLiteral("url")} + config::EnvironmentKeys::names();

    const auto ordered = [](const toml::table& t) { return config::ordered(t); };

    struct {
        int versionTable = 0;
        int schema = 0;
        int historyTable = 0;
    } nameLines;
    const toml::table* projectTable = nullptr;
    const toml::table* envsTable = nullptr;
    const toml::node* groupsNode = nullptr; // read after the environments it names
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
        } else if (name == QLatin1String("groups")) {
            groupsNode = node;
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
                } else {
                    STRATA_TRY_ASSIGN(const bool known,
                                      config::EnvironmentKeys::read(r, name, *node, what,
                                                                    config.m_projectDir, env));
                    if (!known)
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
    if (groupsNode) {
        STRATA_TRY_ASSIGN(config.m_groups,
                          config::GroupReader::read(r, *groupsNode, config.m_environments,
                                                    config.m_projectDir, config.m_envFilePath));
    }
    return config;
}

const EnvironmentGroup* ProjectConfig::group(const QString& name) const {
    for (const EnvironmentGroup& g : m_groups)
        if (g.name == name)
            return &g;
    return nullptr;
}

Result<const EnvironmentGroup*> ProjectConfig::requireGroup(const QString& name) const {
    if (const EnvironmentGroup* g = group(name))
        return g;
    QStringList known;
    for (const EnvironmentGroup& g : m_groups)
        known << g.name;
    return Error(ErrorCode::Usage,
                 known.isEmpty()
                     ? QCoreApplication::translate("strata", "unknown group '%1': %2 defines no "
                                                             "[groups.NAME]")
                           .arg(name, QDir::toNativeSeparators(m_filePath))
                     : QCoreApplication::translate("strata", "unknown group '%1' (known: %2)")
                           .arg(name, known.join(QStringLiteral(", "))));
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
