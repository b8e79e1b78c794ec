#include "lint/TableLock.h"

#include <QCoreApplication>

namespace strata {

QString lockModeName(LockMode mode) {
    switch (mode) {
    case LockMode::None:
        return {};
    case LockMode::AccessShare:
        return QStringLiteral("ACCESS SHARE");
    case LockMode::RowShare:
        return QStringLiteral("ROW SHARE");
    case LockMode::RowExclusive:
        return QStringLiteral("ROW EXCLUSIVE");
    case LockMode::ShareUpdateExclusive:
        return QStringLiteral("SHARE UPDATE EXCLUSIVE");
    case LockMode::Share:
        return QStringLiteral("SHARE");
    case LockMode::ShareRowExclusive:
        return QStringLiteral("SHARE ROW EXCLUSIVE");
    case LockMode::Exclusive:
        return QStringLiteral("EXCLUSIVE");
    case LockMode::AccessExclusive:
        return QStringLiteral("ACCESS EXCLUSIVE");
    }
    return {};
}

QString lockModeBlocks(LockMode mode) {
    auto tr = [](const char* s) { return QCoreApplication::translate("strata", s); };
    switch (mode) {
    case LockMode::None:
        return {};
    case LockMode::AccessShare:
        return tr("blocks only ALTER/DROP of the table");
    case LockMode::RowShare:
        return tr("blocks EXCLUSIVE and ACCESS EXCLUSIVE locks (reads and writes continue)");
    case LockMode::RowExclusive:
        return tr("blocks CREATE INDEX and stronger locks (reads and writes continue)");
    case LockMode::ShareUpdateExclusive:
        return tr("blocks schema changes, VACUUM and CREATE INDEX (reads and writes continue)");
    case LockMode::Share:
        return tr("blocks writes (reads continue)");
    case LockMode::ShareRowExclusive:
        return tr("blocks writes (reads continue)");
    case LockMode::Exclusive:
        return tr("blocks writes and SELECT FOR UPDATE (plain reads continue)");
    case LockMode::AccessExclusive:
        return tr("blocks reads and writes");
    }
    return {};
}

QString TableLock::describe(bool transactional) const {
    QString text = lockModeName(mode) + QLatin1String(" on ") + relation;
    if (newRelation)
        return text + QCoreApplication::translate("strata", " (created in this revision)");
    text += QLatin1String(": ") + lockModeBlocks(mode);
    text += transactional ? QCoreApplication::translate("strata", " until the revision commits")
                          : QCoreApplication::translate("strata", " while the statement runs");
    return text;
}

LockMode strongestExistingLock(const QList<TableLock>& locks) {
    LockMode strongest = LockMode::None;
    for (const TableLock& lock : locks) {
        if (!lock.newRelation && lock.mode > strongest)
            strongest = lock.mode;
    }
    return strongest;
}

} // namespace strata
