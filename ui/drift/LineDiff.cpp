#include "LineDiff.h"

#include <vector>

namespace strata {

QString LineDiff::comparable(const QString& line) {
    qsizetype end = line.size();
    while (end > 0 && line.at(end - 1).isSpace())
        --end;
    if (end > 0 && line.at(end - 1) == QLatin1Char(','))
        --end;
    while (end > 0 && line.at(end - 1).isSpace())
        --end;
    return line.left(end);
}

LineDiff LineDiff::compute(const QStringList& rawA, const QStringList& rawB) {
    QStringList a;
    QStringList b;
    a.reserve(rawA.size());
    b.reserve(rawB.size());
    for (const QString& line : rawA)
        a << comparable(line);
    for (const QString& line : rawB)
        b << comparable(line);
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[size_t(i)][size_t(j)] =
                a.at(i) == b.at(j)
                    ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                    : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
    LineDiff out;
    out.changedA = QList<bool>(n, true);
    out.changedB = QList<bool>(m, true);
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (a.at(i) == b.at(j)) {
            out.changedA[i++] = false;
            out.changedB[j++] = false;
        } else if (lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)]) {
            ++i;
        } else {
            ++j;
        }
    }
    return out;
}

} // namespace strata
