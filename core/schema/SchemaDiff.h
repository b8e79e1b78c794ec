#pragma once

#include "schema/SchemaSnapshot.h"

#include <QList>
#include <QMap>
#include <QString>

namespace strata {

// One attribute that differs between the two sides (an absent attribute is an empty value).
struct AttributeChange {
    QString name;
    QString before; // in snapshot A
    QString after;  // in snapshot B

    friend bool operator==(const AttributeChange& a, const AttributeChange& b) = default;
};

// One difference between snapshot A and snapshot B.
struct SchemaDifference {
    enum class Change {
        Added,       // only in B
        Removed,     // only in A
        Changed,     // in both, attributes (or the compared definition) differ
        ColumnOrder, // a table whose common columns are in a different order
    };

    ObjectKind kind = ObjectKind::Table;
    QString name;
    Change change = Change::Changed;
    QList<AttributeChange> attributes; // Changed: each attribute that differs (sorted by name);
                                       // ColumnOrder: the "columns" attribute
    QString definitionA;               // empty when Added
    QString definitionB;               // empty when Removed
    // Not empty for a server difference (ServerDifference): what the two PostgreSQL majors
    // ship differs, not what the migrations made. Shown apart, never drift.
    QString serverReason;

    bool isServer() const { return !serverReason.isEmpty(); }
};

QString changeName(SchemaDifference::Change change); // "added", "removed", "changed", ...

// How many differences of each change one kind has.
struct DiffCounts {
    int added = 0;
    int removed = 0;
    int changed = 0;
    int columnOrder = 0;
    int total() const { return added + removed + changed + columnOrder; }
};

// The differences from snapshot A to snapshot B, in key order (kind, then name): a sorted merge
// of the two snapshots' keys, so linear in their size.
//
// Attributes are compared one by one, two differing texts through DefinitionNormalizer (so what
// two PostgreSQL majors deparse differently compares equal). The DDL definition is compared too (as
// the pseudo attribute "definition") for every kind except tables, whose CREATE TABLE text is
// derived from their columns (which are objects of their own). A table's "columns" attribute is
// compared only as the relative order of the columns both sides have: a column added or dropped is
// a Column difference only; a reordering is one ColumnOrder difference of the table. Between
// snapshots of two majors, ServerDifference marks what the servers ship (serverReason).
class SchemaDiff {
public:
    static SchemaDiff compare(const SchemaSnapshot& a, const SchemaSnapshot& b);
    // A diff of these differences (a subset of a compare(), in its order).
    static SchemaDiff fromDifferences(QList<SchemaDifference> differences) {
        SchemaDiff diff;
        diff.m_differences = std::move(differences);
        return diff;
    }

    const QList<SchemaDifference>& differences() const { return m_differences; }
    bool isEmpty() const { return m_differences.isEmpty(); }
    int size() const { return static_cast<int>(m_differences.size()); }
    // Differences that are drift (not server differences).
    bool hasDrift() const { return driftCount() > 0; }
    int driftCount() const;
    QList<SchemaDifference> drift() const;
    QList<SchemaDifference> serverDifferences() const;

    // Counts per kind, only kinds that have a difference.
    QMap<ObjectKind, DiffCounts> summary() const;
    // "table: 1 added, 2 changed; column: 1 removed" or "no differences".
    QString summaryText() const;

private:
    QList<SchemaDifference> m_differences;
};

} // namespace strata
