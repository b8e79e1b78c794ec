#pragma once

#include "revision/GraphData.h"

namespace strata {

// Alembic's _topological_sort in linear time (plus the upward searches at shared ancestors):
// the revisions marked in `todo`, depth-first from `heads` along normalized down revisions,
// ties broken by input order. One instance per query (it keeps scratch marks).
//
// Alembic keeps an ordered list of current heads, each with its full ancestor set, and a
// candidate index. A candidate that is an ancestor of another current head moves the index to
// the first such head; otherwise it is emitted and replaced by its normalized down revisions
// that are still to do (the first in place, the others appended), or removed (the index then
// steps back by one). Here the union of the heads' ancestor sets is kept as a reference count
// (children inside the union), so "is an ancestor of another head" is cnt > 0; the list is a
// linked list of slots whose ids grow with list position, so "the first such head" is the
// smallest slot among the heads found by walking up from the candidate inside the union.
class TopologicalOrder {
public:
    explicit TopologicalOrder(const GraphData& data)
        : m_d(data) {}

    // Fails (ErrorCode::Target) where Alembic's final `assert not todo` fails.
    Result<Nodes> sort(std::vector<char> todo, const Nodes& heads);

private:
    // The linked list of current heads.
    struct Slots {
        Nodes node, prev, next;
        int first = -1;
        int last = -1;
        int add(int n);        // a new slot at the end
        void unlink(int slot); // removes a slot from the list
    };

    void leaveUnion(int start);
    int firstHeadAbove(int c);

    const GraphData& m_d;
    std::vector<char> m_isHead;
    std::vector<int> m_cnt;
    std::vector<int> m_slotOf;
    std::vector<int> m_stamp;
    int m_generation = 0;
};

} // namespace strata
