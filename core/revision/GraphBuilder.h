#pragma once

#include "revision/GraphData.h"

#include <QList>

#include <memory>

namespace strata {

// Builds the interned graph from the revisions (RevisionGraph::build): checks ids, labels,
// edges and cycles, collecting every problem, keeps the consistent part, and precomputes
// everything the queries read (children, heads, bases, normalized down revisions, levels,
// segments, inherited branch labels). Linear in revisions + edges, plus one walk per labelled
// revision and per revision with dependencies. Use once.
class GraphBuilder {
public:
    explicit GraphBuilder(std::vector<Revision> input);

    struct Output {
        std::shared_ptr<GraphData> data;
        QList<Error> problems;
    };
    Output build();

private:
    struct Unordered {
        std::vector<char> left; // in a cycle or below one
        QStringList ids;        // their ids, sorted
        int first = -1;         // the first of them in input order
    };

    void checkIds();
    void mapLabels();
    void resolveEdges();
    void resolveParents(int i);
    void resolveDependencies(int i);
    std::vector<char> findCycles(Nodes& order);
    Unordered kahn(const std::vector<Nodes>& down, const std::vector<char>& exclude,
                   Nodes& order) const;
    void assemble(const std::vector<char>& keep, const Nodes& order);
    void indexKeys();
    void linkChildren();
    void normalizeDependencies();
    void levelsAndSegments();
    void spreadLabels();
    void problem(int i, const QString& message);

    std::vector<Revision> m_input;
    int m_m = 0;
    QList<Error> m_problems;
    QHash<QString, int> m_idIndex;
    QHash<QString, int> m_labelIndex;
    std::vector<char> m_skip; // duplicates: not nodes at all
    std::vector<char> m_bad;  // nodes left out with their descendants
    std::vector<QStringList> m_ownLabels;
    std::vector<Nodes> m_par, m_dep, m_allDown;
    std::shared_ptr<GraphData> m_data;
};

} // namespace strata
