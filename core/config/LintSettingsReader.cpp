#include "LintSettingsReader.h"

#include "NameSuggestion.h"
#include "TomlInput.h"
#include "TomlReader.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace strata::LintSettingsReader {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("strata", text);
}

using config::lineOf;
using config::qstr;

const QStringList& levelNames() {
    static const QStringList names = {QStringLiteral("off"), QStringLiteral("note"),
                                      QStringLiteral("warning"), QStringLiteral("error")};
    return names;
}

using config::ordered; // keys in file order (toml++ tables are sorted maps)

class Reader {
public:
    explicit Reader(const QString& path)
        : m_path(path) {}

    Error error(int line, const QString& message) const {
        Error e(ErrorCode::Config, message);
        e.at(m_path, line);
        return e;
    }

    Result<void> read(const toml::table& table, LintSettings& out) const {
        static const QStringList keys = {QStringLiteral("postgres"), QStringLiteral("disable"),
                                         QStringLiteral("levels")};
        for (const auto& [key, node] : ordered(table)) {
            const QString name = qstr(key->str());
            if (name == QLatin1String("postgres")) {
                STRATA_TRY(postgres(*node, out));
            } else if (name == QLatin1String("disable")) {
                STRATA_TRY(disable(*node, out));
            } else if (name == QLatin1String("levels")) {
                STRATA_TRY(levels(*node, out));
            } else {
                const QString best = closestName(name, keys);
                return error(lineOf(*key),
                             tr("unknown key 'lint.%1'").arg(name) +
                                 (best.isEmpty()
                                      ? tr(" (known: %1)").arg(keys.join(QStringLiteral(", ")))
                                      : tr(" (did you mean '%1'?)").arg(best)));
            }
        }
        return {};
    }

private:
    Result<void> postgres(const toml::node& node, LintSettings& out) const {
        const auto* i = node.as_integer();
        if (!i || i->get() < kOldestPostgres || i->get() > kNewestPostgres)
            return error(lineOf(node),
                         tr("lint.postgres must be a PostgreSQL major version like 13 "
                            "(an integer from %1 to %2)")
                             .arg(kOldestPostgres)
                             .arg(kNewestPostgres));
        out.postgresMajor = int(i->get());
        out.postgresLine = lineOf(node);
        return {};
    }

    Result<void> disable(const toml::node& node, LintSettings& out) const {
        const QString typeError = tr("lint.disable must be an array of rule ids");
        const auto* array = node.as_array();
        if (!array)
            return error(lineOf(node), typeError);
        for (const toml::node& element : *array) {
            const auto* s = element.as_string();
            if (!s)
                return error(lineOf(element), typeError);
            const QString id = qstr(s->get()).trimmed();
            if (id.isEmpty())
                return error(lineOf(element), tr("lint.disable must not contain an empty rule id"));
            out.disable << id;
            out.disableLines << lineOf(element);
        }
        return {};
    }

    Result<void> levels(const toml::node& node, LintSettings& out) const {
        const auto* table = node.as_table();
        if (!table)
            return error(lineOf(node), tr("lint.levels must be a table ([lint.levels])"));
        const QString allowed = QStringLiteral("\"off\", \"note\", \"warning\" or \"error\"");
        for (const auto& [key, value] : ordered(*table)) {
            const QString id = qstr(key->str());
            const QString what = QStringLiteral("lint.levels.") + id;
            const auto* s = value->as_string();
            if (!s)
                return error(lineOf(*value), tr("%1 must be a string: %2").arg(what, allowed));
            const QString level = qstr(s->get());
            if (!levelNames().contains(level.toLower()))
                return error(lineOf(*value),
                             tr("%1 must be %2, not \"%3\"").arg(what, allowed, level));
            out.levels.insert(id, level.toLower());
            out.levelLines.insert(id, lineOf(*key));
        }
        return {};
    }

    QString m_path;
};

} // namespace

Result<LintSettings> read(const toml::node& lint, const QString& path) {
    const Reader reader(path);
    const toml::table* table = lint.as_table();
    if (!table)
        return reader.error(lineOf(lint), tr("lint must be a table ([lint])"));
    LintSettings settings;
    settings.file = path;
    STRATA_TRY(reader.read(*table, settings));
    return settings;
}

} // namespace strata::LintSettingsReader
