#pragma once

#include <QList>
#include <QStringList>

namespace strata {

// Which lines of two texts differ (a longest-common-subsequence line diff), for highlighting
// two definitions side by side. Small texts only (DDL of one object).
struct LineDiff {
    QList<bool> changedA; // per line of A: not in the common subsequence
    QList<bool> changedB;

    static LineDiff compute(const QStringList& a, const QStringList& b);
};

} // namespace strata
