#include "RevisionBuilders.h"

#include <algorithm>

namespace strata::test {

Revision rev(const QString& id, const QStringList& parents, const QStringList& labels,
             const QStringList& deps) {
    Revision r;
    r.id = id;
    r.parents = parents;
    r.branchLabels = labels;
    r.dependsOn = deps;
    r.fileName = id + QStringLiteral(".sql");
    r.filePath = QStringLiteral("/project/versions/") + r.fileName;
    r.headerLine = 1;
    return r;
}

std::vector<Revision> sortedByFile(std::vector<Revision> revs) {
    std::stable_sort(revs.begin(), revs.end(),
                     [](const Revision& a, const Revision& b) { return a.fileName < b.fileName; });
    return revs;
}

QStringList sorted(QStringList list) {
    list.sort();
    return list;
}

std::optional<RevisionGraph> graphOrWarn(std::vector<Revision> revisions) {
    auto graph = RevisionGraph::fromRevisions(std::move(revisions));
    if (!graph) {
        qWarning("test graph does not build: %s", qPrintable(graph.error().toString()));
        return std::nullopt;
    }
    return std::move(graph).value();
}

std::vector<Revision> generatedRevisions(int n, bool branchy) {
    std::vector<Revision> out;
    out.reserve(size_t(n));
    QStringList prev;
    auto id = [](int i) { return QStringLiteral("r%1").arg(i, 5, 10, QLatin1Char('0')); };
    int i = 0;
    while (i < n) {
        if (branchy && i % 10 == 9 && i + 2 < n) {
            const QString left = id(i);
            const QString right = id(i + 1);
            const QString merge = id(i + 2);
            out.push_back(rev(left, prev));
            out.push_back(rev(right, prev));
            out.push_back(rev(merge, {left, right}));
            prev = QStringList{merge};
            i += 3;
            continue;
        }
        out.push_back(rev(id(i), prev));
        prev = QStringList{id(i)};
        ++i;
    }
    return out;
}

} // namespace strata::test
