#pragma once

#include <QString>
#include <QStringList>

namespace strata {

// The entry of `known` closest to `name` (Levenshtein distance, case-insensitive) when it is
// at most `maxDistance` edits away; empty otherwise. For "(did you mean 'x'?)" in errors.
QString closestName(const QString& name, const QStringList& known, int maxDistance = 2);

// The Levenshtein distance between `a` and `b`.
int editDistance(const QString& a, const QString& b);

} // namespace strata
