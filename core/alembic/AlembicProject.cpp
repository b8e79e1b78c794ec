#include "alembic/AlembicProject.h"

#include "alembic/IniFile.h"
#include "config/RegularFile.h"
#include "config/TomlInput.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <toml++/toml.h>

namespace strata {

namespace {

QString absoluteIn(const QString& dir, const QString& path) {
    return QDir::cleanPath(QDir(dir).absoluteFilePath(path.trimmed()));
}

Error configError(const QString& file, int line, const QString& message) {
    Error e(ErrorCode::Config, message);
    e.at(file, line);
    return e;
}

// Alembic's split of version_locations for each separator setting.
Result<QStringList> splitLocations(const QString& value, const QString& separator,
                                   const QString& file, int line) {
    QStringList parts;
    const QString s = separator.trimmed();
    if (s.isEmpty()) {
        // No separator option: legacy behaviour, spaces and commas.
        static const QRegularExpression legacy(QStringLiteral(", *| +"));
        parts = value.split(legacy);
    } else if (s == QLatin1String("space")) {
        parts = value.split(QLatin1Char(' '));
    } else if (s == QLatin1String("newline")) {
        parts = value.split(QLatin1Char('\n'));
    } else if (s == QLatin1String("os") || s == QLatin1String(":")) {
        parts = value.split(QLatin1Char(':'));
    } else if (s == QLatin1String(";") || s == QLatin1String("semicolon")) {
        parts = value.split(QLatin1Char(';'));
    } else if (s == QLatin1String("colon")) {
        parts = value.split(QLatin1Char(':'));
    } else {
        return configError(
            file, line,
            QCoreApplication::translate("strata", "'%1' is not a valid path separator (expected "
                                                  "os, space, newline, ':' or ';')")
                .arg(s));
    }
    QStringList out;
    for (const QString& p : parts)
        if (!p.trimmed().isEmpty())
            out << p.trimmed();
    return out;
}

bool truthy(const QString& v) {
    const QString s = v.trimmed().toLower();
    return s == QLatin1String("true") || s == QLatin1String("1") || s == QLatin1String("yes") ||
           s == QLatin1String("on");
}

} // namespace

Result<AlembicProject> AlembicProject::fromIni(const QString& iniPath, const QString& section) {
    const QString file = QFileInfo(iniPath).absoluteFilePath();
    STRATA_TRY_ASSIGN(const IniFile ini, IniFile::load(file));
    AlembicProject p;
    p.configFile = file;
    p.here = QFileInfo(file).absolutePath();
    const QHash<QString, QString> defaults{{QStringLiteral("here"), p.here}};
    if (!ini.hasSection(section))
        return configError(file, 0,
                           QCoreApplication::translate("strata", "no [%1] section").arg(section));
    const auto get = [&](const char* key) {
        return ini.value(section, QString::fromLatin1(key), defaults);
    };

    STRATA_TRY_ASSIGN(const QString location, get("script_location"));
    if (location.trimmed().isEmpty())
        return configError(
            file, 0,
            QCoreApplication::translate("strata", "[%1] has no script_location").arg(section));
    if (location.contains(QLatin1Char(':')) && !location.contains(QLatin1Char('/')) &&
        !QFileInfo(absoluteIn(p.here, location)).exists())
        return configError(
            file, ini.line(section, QStringLiteral("script_location")),
            QCoreApplication::translate("strata", "script_location '%1' names a Python package "
                                                  "resource; Strata needs a folder path")
                .arg(location));
    p.scriptLocation = absoluteIn(p.here, location);

    STRATA_TRY_ASSIGN(const QString locations, get("version_locations"));
    if (!locations.trimmed().isEmpty()) {
        QString separator;
        int line = ini.line(section, QStringLiteral("version_locations"));
        for (const char* key : {"path_separator", "version_path_separator"}) {
            if (ini.has(section, QString::fromLatin1(key))) {
                STRATA_TRY_ASSIGN(separator, get(key));
                line = ini.line(section, QString::fromLatin1(key));
                break;
            }
        }
        STRATA_TRY_ASSIGN(const QStringList parts,
                          splitLocations(locations, separator, file, line));
        for (const QString& part : parts)
            p.versionLocations << absoluteIn(p.here, part);
    } else {
        p.versionLocations << p.scriptLocation + QStringLiteral("/versions");
    }
    STRATA_TRY_ASSIGN(const QString recursive, get("recursive_version_locations"));
    p.recursive = truthy(recursive);
    STRATA_TRY_ASSIGN(const QString fileTemplate, get("file_template"));
    if (!fileTemplate.isNull())
        p.fileTemplate = fileTemplate;
    STRATA_TRY_ASSIGN(const QString slug, get("truncate_slug_length"));
    if (!slug.trimmed().isEmpty())
        p.truncateSlugLength = slug.trimmed().toInt();
    STRATA_TRY_ASSIGN(const QString url, get("sqlalchemy.url"));
    p.sqlalchemyUrl = url.trimmed();
    p.sqlalchemyUrlLine = ini.line(section, QStringLiteral("sqlalchemy.url"));
    return p;
}

bool AlembicProject::pyprojectHasAlembic(const QString& pyprojectPath) {
    const Result<AlembicProject> p = fromPyproject(pyprojectPath);
    return p.ok() || p.error().code != ErrorCode::NotFound;
}

Result<AlembicProject> AlembicProject::fromPyproject(const QString& pyprojectPath) {
    const QString file = QFileInfo(pyprojectPath).absoluteFilePath();
    STRATA_TRY_ASSIGN(const QByteArray raw, RegularFile::read(file));
    STRATA_TRY_ASSIGN(const QByteArray bytes, TomlInput::protect(raw, file));
    toml::table root;
    try {
        root = toml::parse(std::string_view(bytes.constData(), size_t(bytes.size())),
                           std::string_view(file.toStdString()));
    } catch (const toml::parse_error& e) {
        Error err(ErrorCode::Parse, TomlInput::restore(e.description()).simplified());
        err.at(file, int(e.source().begin.line), int(e.source().begin.column));
        return err;
    }
    const toml::table* tool = root["tool"].as_table();
    const toml::table* alembic = tool ? (*tool)["alembic"].as_table() : nullptr;
    if (!alembic)
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("strata", "%1 has no [tool.alembic]").arg(file));
    AlembicProject p;
    p.configFile = file;
    p.here = QFileInfo(file).absolutePath();
    const auto text = [&](const char* key) -> QString {
        const auto* s = (*alembic)[key].as_string();
        if (!s)
            return {};
        QString v = TomlInput::restore(s->get());
        return v.replace(QLatin1String("%(here)s"), p.here);
    };
    const QString location = text("script_location");
    if (location.isEmpty())
        return configError(
            file, int(alembic->source().begin.line),
            QCoreApplication::translate("strata", "[tool.alembic] has no script_location"));
    p.scriptLocation = absoluteIn(p.here, location);
    if (const auto* list = (*alembic)["version_locations"].as_array()) {
        for (const toml::node& n : *list)
            if (const auto* s = n.as_string())
                p.versionLocations << absoluteIn(p.here, TomlInput::restore(s->get()).replace(
                                                             QLatin1String("%(here)s"), p.here));
    }
    if (p.versionLocations.isEmpty())
        p.versionLocations << p.scriptLocation + QStringLiteral("/versions");
    if (const auto* b = (*alembic)["recursive_version_locations"].as_boolean())
        p.recursive = b->get();
    if (const QString t = text("file_template"); !t.isEmpty())
        p.fileTemplate = t;
    if (const auto* n = (*alembic)["truncate_slug_length"].as_integer())
        p.truncateSlugLength = int(n->get());
    return p;
}

} // namespace strata
