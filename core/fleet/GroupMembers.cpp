#include "GroupMembers.h"

#include "config/ProjectConfig.h"
#include "db/Connection.h"
#include "db/EnvironmentConnector.h"
#include "db/QueryResult.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace strata {

namespace {

Error named(const EnvironmentGroup& group, Error e, const QString& prefix = QString()) {
    if (e.file.isEmpty())
        e.message = QCoreApplication::translate("strata", "group '%1': ").arg(group.name) + prefix +
                    e.message;
    return e;
}

Result<GroupMembers> discover(const ProjectConfig& config, const EnvironmentGroup& group,
                              int connectTimeoutSeconds) {
    STRATA_TRY_ASSIGN(const Environment* from, config.requireEnvironment(group.from));
    const QString where =
        QCoreApplication::translate("strata", "discover on '%1': ").arg(group.from);
    Result<std::unique_ptr<Connection>> opened =
        EnvironmentConnector::open(*from, ConnectionPurpose::Catalog, connectTimeoutSeconds);
    if (!opened)
        return named(group, opened.error(), where);
    Connection& connection = **opened;
    // The query is the user's: it only reads (a read-only transaction makes sure).
    if (Result<QueryResult> begin = connection.exec(QStringLiteral("BEGIN READ ONLY")); !begin)
        return named(group, begin.error(), where);
    Result<QueryResult> rows = connection.exec(group.discover);
    if (!rows) {
        Error e = named(group, rows.error(), where);
        e.at(group.file, group.discoverLine);
        return e;
    }
    (void)connection.exec(QStringLiteral("COMMIT"));
    if (rows->columnCount() == 0)
        return Error(ErrorCode::Config,
                     QCoreApplication::translate(
                         "strata", "groups.%1.discover returns no columns: it must be a SELECT "
                                   "whose first column names the member")
                         .arg(group.name))
            .at(group.file, group.discoverLine);

    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.\\-]*$"));
    QStringList columns;
    for (int c = 0; c < rows->columnCount(); ++c)
        columns << rows->columnName(c);
    GroupMembers out;
    QSet<QString> seen;
    for (int r = 0; r < rows->rowCount(); ++r) {
        const QString name = rows->value(r, 0);
        if (rows->isNull(r, 0) || !nameRe.match(name).hasMatch()) {
            out.warnings << QCoreApplication::translate(
                                "strata", "group '%1': row %2 is skipped: '%3' is not a valid "
                                          "member name (letters, digits, '_', '-' and '.')")
                                .arg(group.name)
                                .arg(r + 1)
                                .arg(rows->isNull(r, 0) ? QStringLiteral("NULL") : name);
            continue;
        }
        if (seen.contains(name)) {
            out.warnings << QCoreApplication::translate(
                                "strata", "group '%1': row %2 is skipped: '%3' is already a member")
                                .arg(group.name)
                                .arg(r + 1)
                                .arg(name);
            continue;
        }
        QList<bool> nulls;
        for (int c = 0; c < rows->columnCount(); ++c)
            nulls << rows->isNull(r, c);
        STRATA_TRY_ASSIGN(Environment member, group.member(name, columns, rows->row(r), nulls));
        member.envFilePath = config.envFilePath();
        member.index = int(out.members.size());
        seen.insert(name);
        out.members << member;
    }
    return out;
}

} // namespace

Result<GroupMembers> GroupMembers::resolve(const ProjectConfig& config,
                                           const EnvironmentGroup& group,
                                           int connectTimeoutSeconds) {
    GroupMembers out;
    if (group.isDiscovered()) {
        STRATA_TRY_ASSIGN(out, discover(config, group, connectTimeoutSeconds));
    } else {
        out.members = group.staticMembers(config.environments());
    }
    if (out.members.isEmpty())
        return Error(ErrorCode::NotFound,
                     group.isDiscovered()
                         ? QCoreApplication::translate(
                               "strata", "group '%1' has no members: discover on '%2' returned "
                                         "no rows")
                               .arg(group.name, group.from)
                         : QCoreApplication::translate(
                               "strata", "group '%1' has no members: no environment matches %2")
                               .arg(group.name, group.environments.join(QStringLiteral(", "))))
            .at(group.file, group.line);
    return out;
}

} // namespace strata
