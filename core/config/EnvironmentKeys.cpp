#include "EnvironmentKeys.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace strata::config {

const QStringList& EnvironmentKeys::names() {
    static const QStringList keys = {
        QStringLiteral("color"),        QStringLiteral("protected"),
        QStringLiteral("lock_timeout"), QStringLiteral("statement_timeout"),
        QStringLiteral("backup"),       QStringLiteral("pg_dump"),
        QStringLiteral("description")};
    return keys;
}

Result<bool> EnvironmentKeys::read(const TomlReader& r, const QString& key, const toml::node& node,
                                   const QString& what, const QString& projectDir,
                                   Environment& env) {
    if (key == QLatin1String("color")) {
        static const QRegularExpression colorRe(
            QStringLiteral("^(#([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6}|[0-9A-Fa-f]{8})|[A-Za-z]+)$"));
        STRATA_TRY_ASSIGN(const QString v, r.string(node, what));
        if (!colorRe.match(v).hasMatch())
            return r.error(ErrorCode::Config, lineOf(node),
                           QCoreApplication::translate(
                               "strata", "%1 must be a colour like \"#2e7d32\", not \"%2\"")
                               .arg(what, v));
        env.color = v;
    } else if (key == QLatin1String("protected")) {
        STRATA_TRY_ASSIGN(env.isProtected, r.boolean(node, what));
    } else if (key == QLatin1String("backup")) {
        STRATA_TRY_ASSIGN(env.backup, r.boolean(node, what));
    } else if (key == QLatin1String("pg_dump")) {
        STRATA_TRY_ASSIGN(const QString v, r.nonEmptyString(node, what));
        env.pgDump = programPath(projectDir, v);
    } else if (key == QLatin1String("lock_timeout")) {
        STRATA_TRY_ASSIGN(env.lockTimeoutMs, r.duration(node, what));
    } else if (key == QLatin1String("statement_timeout")) {
        STRATA_TRY_ASSIGN(env.statementTimeoutMs, r.duration(node, what));
    } else if (key == QLatin1String("description")) {
        STRATA_TRY_ASSIGN(env.description, r.string(node, what));
    } else {
        return false;
    }
    return true;
}

} // namespace strata::config
