#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <map>

namespace strata {

// The kinds of database object a SchemaSnapshot holds. Columns, constraints, indexes, triggers
// and policies are objects of their own (named "schema.table.name"; indexes "schema.index"),
// with `parent` set to their table.
enum class ObjectKind {
    Schema,
    Extension,
    Table,
    Column,
    Constraint,
    Index,
    Sequence,
    View,
    MaterializedView,
    Function,
    Trigger,
    EnumType,
    Domain,
    CompositeType,
    Policy,
    // Read by CollationReader, ForeignDataReader, StatisticsReader, RuleReader and
    // EventTriggerReader. Foreign data wrappers, servers, user mappings ("user@server") and
    // event triggers are database-wide: their names are unqualified.
    Collation,
    ForeignDataWrapper,
    ForeignServer,
    UserMapping,
    ForeignTable,
    Statistics,
    Rule,
    EventTrigger,
};

// "table", "materialized view", ... (stable: used in JSON and in reports).
QString objectKindName(ObjectKind kind);
// The inverse of objectKindName; false when the text names no kind.
bool objectKindFromName(const QString& name, ObjectKind* kind);
QList<ObjectKind> allObjectKinds();

// Identifies an object in a snapshot: its kind and qualified name. Ordered by kind, then name.
struct ObjectKey {
    ObjectKind kind = ObjectKind::Schema;
    QString name;

    friend bool operator==(const ObjectKey& a, const ObjectKey& b) = default;
    friend bool operator<(const ObjectKey& a, const ObjectKey& b) {
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.name < b.name;
    }
};

// One object: attributes (name -> text, sorted by name; a NULL catalog value is an absent
// attribute) and the DDL that creates it. Holds no OIDs or anything else that depends on the
// order in which a database was built.
struct SchemaObject {
    ObjectKind kind = ObjectKind::Schema;
    QString name;   // qualified: "public.documents", "public.documents.id", "public.f(integer)"
    QString parent; // the qualified table of a column/constraint/index/trigger/policy, the
                    // owning table of a sequence; empty otherwise
    QMap<QString, QString> attributes;
    QString definition; // DDL text

    ObjectKey key() const { return {kind, name}; }
    QString attribute(const QString& name) const { return attributes.value(name); }

    friend bool operator==(const SchemaObject& a, const SchemaObject& b) = default;
};

// The table attribute that lists its columns in order ("id,path,title"); SchemaDiff reports a
// difference in it as ColumnOrder, never as a changed table.
inline constexpr const char* kColumnOrderAttribute = "columns";

// The schema of one database: plain data, comparable and serialisable (for the expected-schema
// cache). Two databases with the same objects give equal snapshots whatever order they were
// built in.
class SchemaSnapshot {
public:
    SchemaSnapshot() = default;

    // Adds or replaces the object with the same kind and name.
    void insert(SchemaObject object);
    // Moves every object of `other` in (its nodes, without copying them); on the same kind and
    // name, `other`'s replaces this one's.
    void merge(SchemaSnapshot&& other);
    bool remove(const ObjectKey& key);
    const SchemaObject* find(ObjectKind kind, const QString& name) const;
    bool contains(ObjectKind kind, const QString& name) const { return find(kind, name); }

    const std::map<ObjectKey, SchemaObject>& objects() const { return m_objects; }
    int size() const { return static_cast<int>(m_objects.size()); }
    bool isEmpty() const { return m_objects.empty(); }
    int count(ObjectKind kind) const;
    QStringList names(ObjectKind kind) const; // sorted

    // Where it was read from (informational; part of equality and JSON).
    int serverVersion() const { return m_serverVersion; }
    void setServerVersion(int version) { m_serverVersion = version; }

    // {"format": 2, "serverVersion": 150004, "objects": [{"kind", "name", "parent",
    //   "attributes": {...}, "definition"}, ...]} with objects in key order.
    QJsonObject toJson() const;
    static Result<SchemaSnapshot> fromJson(const QJsonObject& json);

    friend bool operator==(const SchemaSnapshot& a, const SchemaSnapshot& b) = default;

private:
    std::map<ObjectKey, SchemaObject> m_objects;
    int m_serverVersion = 0;
};

} // namespace strata
