#include "GroupReader.h"

#include "EnvironmentKeys.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace strata::config {

namespace {

QStringList namesOf(const QList<Environment>& environments) {
    QStringList names;
    for (const Environment& e : environments)
        names << e.name;
    return names;
}

Result<QStringList> members(const TomlReader& r, const toml::node& node, const QString& what,
                            const QList<Environment>& environments) {
    const toml::array* array = node.as_array();
    if (!array || array->empty())
        return r.error(ErrorCode::Config, lineOf(node),
                       QCoreApplication::translate(
                           "strata", "%1 must be a non-empty array of environment names")
                           .arg(what));
    const QStringList known = namesOf(environments);
    QStringList out;
    for (const toml::node& item : *array) {
        STRATA_TRY_ASSIGN(const QString name, r.nonEmptyString(item, what));
        const bool pattern = name.contains(QLatin1Char('*')) || name.contains(QLatin1Char('?')) ||
                             name.contains(QLatin1Char('['));
        if (!pattern && !known.contains(name)) {
            const QString best = closestName(name, known);
            return r.error(
                ErrorCode::Config, lineOf(item),
                QCoreApplication::translate("strata", "%1: unknown environment '%2'%3")
                    .arg(what, name,
                         !best.isEmpty()
                             ? QCoreApplication::translate("strata", " (did you mean '%1'?)")
                                   .arg(best)
                             : QCoreApplication::translate("strata", " (known: %1)")
                                   .arg(known.isEmpty() ? QStringLiteral("none")
                                                        : known.join(QStringLiteral(", ")))));
        }
        out << name;
    }
    return out;
}

Result<EnvironmentGroup> readGroup(const TomlReader& r, const toml::key& key,
                                   const toml::node& node, const QList<Environment>& environments,
                                   const QString& projectDir, const QString& envFilePath) {
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.\\-]*$"));
    EnvironmentGroup g;
    g.name = qstr(key.str());
    g.file = r.path();
    g.line = lineOf(key);
    g.defaults.envFilePath = envFilePath;
    g.defaults.file = r.path();
    g.defaults.line = g.line;
    const QString prefix = QStringLiteral("groups.") + g.name;
    if (!nameRe.match(g.name).hasMatch())
        return r.error(ErrorCode::Config, g.line,
                       QCoreApplication::translate("strata",
                                                   "group name '%1' is not valid (use letters, "
                                                   "digits, '_', '-' and '.')")
                           .arg(g.name));
    if (namesOf(environments).contains(g.name))
        return r.error(ErrorCode::Config, g.line,
                       QCoreApplication::translate(
                           "strata", "group '%1' has the name of an environment: rename one")
                           .arg(g.name));
    const toml::table* t = node.as_table();
    if (!t)
        return r.error(
            ErrorCode::Config, lineOf(node),
            QCoreApplication::translate("strata", "%1 must be a table ([%1])").arg(prefix));
    const QStringList keys = QStringList{QStringLiteral("environments"), QStringLiteral("discover"),
                                         QStringLiteral("from"), QStringLiteral("url")} +
                             EnvironmentKeys::names();
    int environmentsLine = 0;
    int fromLine = 0;
    for (const auto& [k, v] : ordered(*t)) {
        const QString name = qstr(k->str());
        const QString what = prefix + QLatin1Char('.') + name;
        if (name == QLatin1String("environments")) {
            STRATA_TRY_ASSIGN(g.environments, members(r, *v, what, environments));
            environmentsLine = lineOf(*k);
        } else if (name == QLatin1String("discover")) {
            STRATA_TRY_ASSIGN(g.discover, r.nonEmptyString(*v, what));
            g.discoverLine = lineOf(*k);
        } else if (name == QLatin1String("from")) {
            STRATA_TRY_ASSIGN(g.from, r.nonEmptyString(*v, what));
            fromLine = lineOf(*k);
        } else if (name == QLatin1String("url")) {
            STRATA_TRY_ASSIGN(g.url, r.url(*v, what));
            g.urlLine = lineOf(*k);
            const Result<QStringList> used = EnvironmentGroup::placeholders(g.url);
            if (!used)
                return r.error(ErrorCode::Config, g.urlLine,
                               QStringLiteral("%1: %2").arg(what, used.error().message));
        } else {
            STRATA_TRY_ASSIGN(const bool known,
                              EnvironmentKeys::read(r, name, *v, what, projectDir, g.defaults));
            if (!known)
                return r.unknownKey(prefix + QLatin1Char('.'), *k, keys);
        }
    }
    if (!g.environments.isEmpty() && (g.isDiscovered() || !g.url.isEmpty() || !g.from.isEmpty()))
        return r.error(ErrorCode::Config, environmentsLine,
                       QCoreApplication::translate(
                           "strata", "%1: a group lists environments or discovers them "
                                     "(discover, from, url), not both")
                           .arg(prefix));
    if (g.environments.isEmpty() && !g.isDiscovered())
        return r.error(ErrorCode::Config, g.line,
                       QCoreApplication::translate(
                           "strata", "%1 needs environments = [...] or discover = \"SELECT ...\"")
                           .arg(prefix));
    if (g.isDiscovered()) {
        if (g.from.isEmpty())
            return r.error(ErrorCode::Config, g.discoverLine,
                           QCoreApplication::translate(
                               "strata", "%1.from is missing: the environment discover runs on")
                               .arg(prefix));
        if (!namesOf(environments).contains(g.from))
            return r.error(ErrorCode::Config, fromLine,
                           QCoreApplication::translate(
                               "strata", "%1.from: unknown environment '%2' (known: %3)")
                               .arg(prefix, g.from,
                                    environments.isEmpty()
                                        ? QStringLiteral("none")
                                        : namesOf(environments).join(QStringLiteral(", "))));
        if (g.url.isEmpty())
            return r.error(ErrorCode::Config, g.discoverLine,
                           QCoreApplication::translate(
                               "strata", "%1.url is missing: the members' URL, with {column} "
                                         "filled from each row of discover")
                               .arg(prefix));
    }
    return g;
}

} // namespace

Result<QList<EnvironmentGroup>> GroupReader::read(const TomlReader& r, const toml::node& groups,
                                                  const QList<Environment>& environments,
                                                  const QString& projectDir,
                                                  const QString& envFilePath) {
    const toml::table* table = groups.as_table();
    if (!table)
        return r.error(
            ErrorCode::Config, lineOf(groups),
            QCoreApplication::translate("strata", "groups must be a table ([groups.NAME])"));
    QList<EnvironmentGroup> out;
    for (const auto& [key, node] : ordered(*table)) {
        STRATA_TRY_ASSIGN(EnvironmentGroup g,
                          readGroup(r, *key, *node, environments, projectDir, envFilePath));
        g.index = int(out.size());
        if (g.defaults.color.isEmpty())
            g.defaults.color = Environment::defaultColor(int(environments.size()) + g.index);
        out << g;
    }
    return out;
}

} // namespace strata::config
