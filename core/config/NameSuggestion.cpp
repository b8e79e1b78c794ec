#include "NameSuggestion.h"

#include <algorithm>
#include <vector>

namespace strata {

int editDistance(const QString& a, const QString& b) {
    std::vector<int> prev(size_t(b.size()) + 1), cur(size_t(b.size()) + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int subst = prev[size_t(j - 1)] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            cur[size_t(j)] = std::min({prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1, subst});
        }
        std::swap(prev, cur);
    }
    return prev[size_t(b.size())];
}

QString closestName(const QString& name, const QStringList& known, int maxDistance) {
    QString best;
    int bestDistance = maxDistance + 1;
    const QString lower = name.toLower();
    for (const QString& k : known) {
        const int d = editDistance(lower, k.toLower());
        if (d < bestDistance) {
            bestDistance = d;
            best = k;
        }
    }
    return best;
}

} // namespace strata
