#pragma once

#include <QList>
#include <QStringList>

namespace strata {

// Which lines of two texts differ (a longest-common-subsequence line diff), for highlighting
// two definitions side by side. Small texts only (DDL of one object).
//
// Lines are compared without their trailing whitespace and one trailing comma: the last
// column of a CREATE TABLE gains a comma when a column is added after it, and that line is not
// a change (only the added column is).
struct LineDiff {
    QList<bool> changedA; // per line of A: not in the common subsequence
    QList<bool> changedB;

    static LineDiff compute(const QStringList& a, const QStringList& b);
    // The text of `line` that is compared.
    static QString comparable(const QString& line);
};

} // namespace strata
